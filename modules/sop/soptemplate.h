// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/capability.h"
#include "connect/jsonschema.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc {

// A text in the province's language and in English (templates are data: the lead's vi.json does not
// translate them).
struct SopText {
    QString vi;
    QString en;
    // "vi" gives the Vietnamese text, anything else the English one.
    QString in(const QString& language) const { return language == QLatin1String("vi") ? vi : en; }
};

enum class SopStepKind { Check, Value, Evidence, Notify, Call, Wait, Approval };
QString toCode(SopStepKind kind);
std::optional<SopStepKind> sopStepKindFromCode(QStringView code);

// Where the run goes after a check/value/call answer. Answers: check "yes"|"no"; value "below"|
// "within"|"above" (against the step's range); call "reached"|"not_reached".
struct SopBranch {
    QString answer;
    QString next;
};

struct SopStep {
    QString id;
    SopText title;
    SopText instructions;
    Role role = Role::Operator; // who does it (operator, supervisor, leader, admin)
    SopStepKind kind = SopStepKind::Check;
    int timeLimitMinutes = 0; // 0: no limit
    QString next;             // empty: the run closes after this step
    QList<SopBranch> branches;
    // value
    QString unit;
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
    // evidence: the kinds accepted ("snapshot", "photo", "file")
    QStringList evidenceKinds;
    // notify
    QString channel;           // "email" | "sms"
    QStringList recipientRoles; // role codes
    bool areaOfficer = false;  // the area officer(s) of the alert's area (resources/sop/contacts.json)
    SopText message;           // placeholders {alert.title} {alert.key} {area.name} {area.code} {run.id} {step.title}
    // wait
    QString condition;         // "alert_resolved"

    // The step that follows an answer: the matching branch, else `next` (empty: the end).
    QString nextFor(const QString& answer) const;
};

// One SOP as data (resources/sop/templates/*.json, checked by resources/sop/template.schema.json and
// by fromJson's semantic checks). Immutable once read.
struct SopTemplate {
    QString id;
    SopText title;
    SopText description;
    QString domain;
    int version = 0;
    QString start;
    QList<SopStep> steps;
    QJsonObject json; // as read: copied into each run's "sop.started" entry so a run outlives template edits

    const SopStep* step(const QString& stepId) const;
    int indexOf(const QString& stepId) const;

    // Schema (when given) then semantics: a known kind and role for every step, unique ids, targets that
    // exist, no cycle (named: "a → b → a"), every step reachable from the start. The error starts with
    // `origin` and names the JSON Pointer ("rain.json: /steps/2/role: unknown role 'chief'").
    static Result<SopTemplate> fromJson(const QJsonObject& json, const QString& origin,
                                        const JsonSchema* schema = nullptr);
};

// The templates the centre uses, read at start. A bad file is refused with its reason; the others load.
class SopTemplateLibrary {
public:
    // The schema compiled into ioc_sop (":/sop/template.schema.json").
    static Result<JsonSchema> schema();

    // Reads every *.json in the folder (":/sop/templates" for the shipped ones). Returns the reasons of
    // the files refused (empty: all loaded); fails only when the folder or the schema cannot be read.
    Result<QStringList> loadFolder(const QString& folder);
    Result<void> loadFile(const QString& path);
    Result<void> add(const QJsonObject& json, const QString& origin);

    const SopTemplate* find(const QString& id) const;
    QStringList ids() const; // sorted
    int size() const { return int(m_templates.size()); }

private:
    Result<void> ensureSchema();
    QHash<QString, SopTemplate> m_templates;
    std::optional<JsonSchema> m_schema;
};

} // namespace ioc
