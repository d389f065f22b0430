// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/soptriggers.h"

#include "alerts/alertrule.h"
#include "connect/jsonschema.h"
#include "sop/soptemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ioc {

struct TriggerText {
    Q_DECLARE_TR_FUNCTIONS(TriggerText)
};

Result<SopTriggers> SopTriggers::load(const QString& path, const AlertRuleSet& rules, const SopTemplateLibrary& templates)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(TriggerText::tr("%1: cannot be read: %2").arg(name, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(TriggerText::tr("%1: not valid JSON at byte %2: %3").arg(name).arg(parseError.offset).arg(parseError.errorString()));
    Result<JsonSchema> schema = JsonSchema::fromFile(QStringLiteral(":/sop/triggers.schema.json"));
    if (!schema)
        return schema.error();
    if (auto valid = schema.value().validate(document.object(), name); !valid)
        return valid.error();

    SopTriggers triggers;
    const QJsonArray items = document.object().value(QStringLiteral("triggers")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString rule = items.at(i).toObject().value(QStringLiteral("rule")).toString();
        const QString templateId = items.at(i).toObject().value(QStringLiteral("template")).toString();
        if (!rules.find(rule))
            return fail(TriggerText::tr("%1: /triggers/%2/rule: no alert rule \"%3\"").arg(name).arg(i).arg(rule));
        if (!templates.find(templateId))
            return fail(TriggerText::tr("%1: /triggers/%2/template: no SOP template \"%3\"").arg(name).arg(i).arg(templateId));
        if (triggers.m_templates.contains(rule))
            return fail(TriggerText::tr("%1: /triggers/%2/rule: \"%3\" already starts a template").arg(name).arg(i).arg(rule));
        triggers.m_templates.insert(rule, templateId);
    }
    return triggers;
}

} // namespace ioc
