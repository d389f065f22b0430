// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ioc {

class AlertRuleSet;
class SopTemplateLibrary;

// Which SOP template an alert rule starts (resources/sop/triggers.json, checked against
// triggers.schema.json): data, like the rules and the templates. A rule may start one template.
class SopTriggers {
public:
    // Every rule and template named must exist; the error names the file and the JSON Pointer.
    static Result<SopTriggers> load(const QString& path, const AlertRuleSet& rules, const SopTemplateLibrary& templates);
    static QString embeddedPath() { return QStringLiteral(":/sop/triggers.json"); }

    QString templateFor(const QString& rule) const { return m_templates.value(rule); }
    int size() const { return int(m_templates.size()); }

private:
    QHash<QString, QString> m_templates; // rule id → template id
};

} // namespace ioc
