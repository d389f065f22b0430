// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/settingsschema.h"

#include <QHash>
#include <QObject>

namespace ioc {

// The program's settings: values checked against a SettingsSchema. Loading is all-or-nothing: a
// file with one bad field changes nothing and the error names the file and the field.
// Lives on the GUI thread.
class Settings : public QObject {
    Q_OBJECT

public:
    explicit Settings(SettingsSchema schema, QObject* parent = nullptr);

    const SettingsSchema& schema() const { return m_schema; }

    // The value set, else the default. An unknown key is a programming error: returns an invalid QVariant.
    QVariant value(const QString& key) const;

    Result<void> set(const QString& key, const QJsonValue& value);

    // A JSON object nested by the keys' dots: {"ui": {"density": "wall"}}. Unknown fields are errors,
    // so that a misspelt key is not silently ignored.
    Result<void> loadJson(const QByteArray& json, const QString& sourceName);
    Result<void> loadFile(const QString& path);

Q_SIGNALS:
    void valueChanged(const QString& key, const QVariant& value);

private:
    Result<void> collect(const QJsonObject& object, const QString& prefix, const QString& sourceName,
                         QHash<QString, QVariant>& out) const;
    void apply(const QString& key, const QVariant& value);

    SettingsSchema m_schema;
    QHash<QString, QVariant> m_values;
};

} // namespace ioc
