// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settingsschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <cmath>

namespace ioc {

namespace {

std::optional<SettingField::Type> typeFromName(const QString& name)
{
    if (name == u"bool") return SettingField::Type::Bool;
    if (name == u"int") return SettingField::Type::Int;
    if (name == u"double") return SettingField::Type::Double;
    if (name == u"string") return SettingField::Type::String;
    if (name == u"enum") return SettingField::Type::Enum;
    return std::nullopt;
}

QString describe(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    if (value.isArray() || value.isObject()) {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

Result<SettingsSchema> SettingsSchema::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QObject::tr("%1: cannot read the settings description: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<SettingsSchema> SettingsSchema::parse(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QObject::tr("%1: invalid JSON at offset %2: %3")
                        .arg(sourceName).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject() || !doc.object().value(u"fields").isArray())
        return fail(QObject::tr("%1: expected an object with a \"fields\" array").arg(sourceName));

    SettingsSchema schema;
    const QJsonArray fields = doc.object().value(u"fields").toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject object = fields.at(i).toObject();
        SettingField field;
        field.key = object.value(u"key").toString();
        const QString where = field.key.isEmpty() ? QObject::tr("field #%1").arg(i + 1) : field.key;
        if (field.key.isEmpty())
            return fail(QObject::tr("%1: %2 has no key").arg(sourceName, where));
        if (schema.find(field.key))
            return fail(QObject::tr("%1: %2 is described twice").arg(sourceName, where));
        const auto type = typeFromName(object.value(u"type").toString());
        if (!type)
            return fail(QObject::tr("%1: %2: unknown type %3")
                            .arg(sourceName, where, describe(object.value(u"type"))));
        field.type = *type;
        field.description = object.value(u"description").toString();
        if (object.contains(u"minimum"))
            field.minimum = object.value(u"minimum").toDouble();
        if (object.contains(u"maximum"))
            field.maximum = object.value(u"maximum").toDouble();
        for (const QJsonValue& choice : object.value(u"choices").toArray())
            field.choices.append(choice.toString());
        if (field.type == SettingField::Type::Enum && field.choices.isEmpty())
            return fail(QObject::tr("%1: %2: an enum needs \"choices\"").arg(sourceName, where));
        if (!object.contains(u"default"))
            return fail(QObject::tr("%1: %2 has no default").arg(sourceName, where));
        const Result<QVariant> defaultValue = schema.validate(field, object.value(u"default"));
        if (!defaultValue)
            return fail(QObject::tr("%1: default: %2").arg(sourceName, defaultValue.errorMessage()));
        field.defaultValue = defaultValue.value();
        schema.m_fields.append(field);
    }
    return schema;
}

const SettingField* SettingsSchema::find(const QString& key) const
{
    for (const SettingField& field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

Result<QVariant> SettingsSchema::validate(const SettingField& field, const QJsonValue& value) const
{
    const auto wrongType = [&](const QString& expected) {
        return fail(QObject::tr("%1: %2 is not %3").arg(field.key, describe(value), expected));
    };
    const auto checkBounds = [&](double number) -> Result<void> {
        if (field.minimum && number < *field.minimum)
            return fail(QObject::tr("%1: %2 is below the minimum %3").arg(field.key, describe(value)).arg(*field.minimum));
        if (field.maximum && number > *field.maximum)
            return fail(QObject::tr("%1: %2 is above the maximum %3").arg(field.key, describe(value)).arg(*field.maximum));
        return {};
    };

    switch (field.type) {
    case SettingField::Type::Bool:
        if (!value.isBool())
            return wrongType(QObject::tr("true or false"));
        return QVariant(value.toBool());
    case SettingField::Type::Int: {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number)
            return wrongType(QObject::tr("a whole number"));
        if (auto bounds = checkBounds(number); !bounds)
            return bounds.error();
        return QVariant(static_cast<qint64>(number));
    }
    case SettingField::Type::Double: {
        if (!value.isDouble())
            return wrongType(QObject::tr("a number"));
        if (auto bounds = checkBounds(value.toDouble()); !bounds)
            return bounds.error();
        return QVariant(value.toDouble());
    }
    case SettingField::Type::String:
        if (!value.isString())
            return wrongType(QObject::tr("a text"));
        return QVariant(value.toString());
    case SettingField::Type::Enum:
        if (!value.isString() || !field.choices.contains(value.toString()))
            return fail(QObject::tr("%1: %2 is not one of: %3")
                            .arg(field.key, describe(value), field.choices.join(QStringLiteral(", "))));
        return QVariant(value.toString());
    }
    return wrongType(QString());
}

} // namespace ioc
