// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ioc {

// One setting as the schema describes it (STYLE.md 15): settings are data, not code.
struct SettingField {
    enum class Type { Bool, Int, Double, String, Enum };

    QString key;                 // dotted path, e.g. "ui.density"; the config file nests objects by it
    Type type = Type::String;
    QVariant defaultValue;
    std::optional<double> minimum; // Int and Double only
    std::optional<double> maximum;
    QStringList choices;         // Enum only
    QString description;
};

// The list of settings a program knows, read from a JSON description:
//   { "fields": [ { "key": "ui.density", "type": "enum", "choices": ["wall","console","touch"],
//                   "default": "console", "description": "…" }, … ] }
class SettingsSchema {
public:
    // Fails, naming the source and the field, on a malformed description or a default that breaks
    // its own bounds.
    static Result<SettingsSchema> parse(const QByteArray& json, const QString& sourceName);
    static Result<SettingsSchema> load(const QString& path);

    const QList<SettingField>& fields() const { return m_fields; }
    const SettingField* find(const QString& key) const;

    // Checks a value for a field and converts it to the field's type. The error names the field.
    Result<QVariant> validate(const SettingField& field, const QJsonValue& value) const;

private:
    QList<SettingField> m_fields;
};

} // namespace ioc
