// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc {

Settings::Settings(SettingsSchema schema, QObject* parent) : QObject(parent), m_schema(std::move(schema)) {}

QVariant Settings::value(const QString& key) const
{
    if (const auto it = m_values.constFind(key); it != m_values.cend())
        return *it;
    const SettingField* field = m_schema.find(key);
    return field ? field->defaultValue : QVariant();
}

Result<void> Settings::set(const QString& key, const QJsonValue& value)
{
    const SettingField* field = m_schema.find(key);
    if (!field)
        return fail(tr("unknown setting %1").arg(key));
    const Result<QVariant> checked = m_schema.validate(*field, value);
    if (!checked)
        return checked.error();
    apply(key, checked.value());
    return {};
}

Result<void> Settings::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(tr("%1: no such configuration file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read the configuration file: %2").arg(path, file.errorString()));
    return loadJson(file.readAll(), path);
}

Result<void> Settings::loadJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1: invalid JSON at offset %2: %3")
                        .arg(sourceName).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("%1: the configuration must be a JSON object").arg(sourceName));

    QHash<QString, QVariant> incoming;
    if (auto collected = collect(doc.object(), QString(), sourceName, incoming); !collected)
        return collected;
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it)
        apply(it.key(), it.value());
    return {};
}

Result<void> Settings::collect(const QJsonObject& object, const QString& prefix, const QString& sourceName,
                               QHash<QString, QVariant>& out) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (const SettingField* field = m_schema.find(key)) {
            const Result<QVariant> checked = m_schema.validate(*field, it.value());
            if (!checked)
                return fail(tr("%1: %2").arg(sourceName, checked.errorMessage()));
            out.insert(key, checked.value());
        } else if (it.value().isObject()) {
            if (auto nested = collect(it.value().toObject(), key, sourceName, out); !nested)
                return nested;
        } else {
            return fail(tr("%1: %2: unknown setting").arg(sourceName, key));
        }
    }
    return {};
}

void Settings::apply(const QString& key, const QVariant& value)
{
    if (this->value(key) == value && m_values.contains(key))
        return;
    m_values.insert(key, value);
    Q_EMIT valueChanged(key, value);
}

} // namespace ioc
