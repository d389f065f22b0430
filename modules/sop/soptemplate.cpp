// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/soptemplate.h"

#include "sop/logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <QFileInfo>
#include <QSet>

#include <functional>

namespace ioc {

struct SopTemplateText {
    Q_DECLARE_TR_FUNCTIONS(ioc::SopTemplateText)
};

namespace {

SopText textOf(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("vi")).toString(), o.value(QStringLiteral("en")).toString()};
}

// Roles a step may name: everyone who works in the control room (a viewer does nothing).
std::optional<Role> stepRole(const QString& code)
{
    const std::optional<Role> role = roleFromCode(code);
    if (!role || *role == Role::Viewer)
        return std::nullopt;
    return role;
}

const QStringList& answersOf(SopStepKind kind)
{
    static const QStringList check{QStringLiteral("yes"), QStringLiteral("no")};
    static const QStringList value{QStringLiteral("below"), QStringLiteral("within"), QStringLiteral("above")};
    static const QStringList call{QStringLiteral("reached"), QStringLiteral("not_reached")};
    static const QStringList none;
    switch (kind) {
    case SopStepKind::Check: return check;
    case SopStepKind::Value: return value;
    case SopStepKind::Call: return call;
    default: return none;
    }
}

} // namespace

QString toCode(SopStepKind kind)
{
    switch (kind) {
    case SopStepKind::Check: return QStringLiteral("check");
    case SopStepKind::Value: return QStringLiteral("value");
    case SopStepKind::Evidence: return QStringLiteral("evidence");
    case SopStepKind::Notify: return QStringLiteral("notify");
    case SopStepKind::Call: return QStringLiteral("call");
    case SopStepKind::Wait: return QStringLiteral("wait");
    case SopStepKind::Approval: return QStringLiteral("approval");
    }
    return {};
}

std::optional<SopStepKind> sopStepKindFromCode(QStringView code)
{
    for (SopStepKind kind : {SopStepKind::Check, SopStepKind::Value, SopStepKind::Evidence, SopStepKind::Notify,
                             SopStepKind::Call, SopStepKind::Wait, SopStepKind::Approval})
        if (code == toCode(kind))
            return kind;
    return std::nullopt;
}

QString SopStep::nextFor(const QString& answer) const
{
    for (const SopBranch& branch : branches)
        if (branch.answer == answer)
            return branch.next;
    return next;
}

const SopStep* SopTemplate::step(const QString& stepId) const
{
    const int i = indexOf(stepId);
    return i < 0 ? nullptr : &steps.at(i);
}

int SopTemplate::indexOf(const QString& stepId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (steps.at(i).id == stepId)
            return int(i);
    return -1;
}

Result<SopTemplate> SopTemplate::fromJson(const QJsonObject& json, const QString& origin, const JsonSchema* schema)
{
    if (schema) {
        const QStringList problems = schema->problems(json);
        if (!problems.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(origin, problems.join(QStringLiteral("; "))));
    }
    const auto bad = [&](const QString& pointer, const QString& reason) {
        return fail(QStringLiteral("%1: %2: %3").arg(origin, pointer, reason));
    };
    SopTemplate t;
    t.id = json.value(QStringLiteral("id")).toString();
    t.title = textOf(json.value(QStringLiteral("title")));
    t.description = textOf(json.value(QStringLiteral("description")));
    t.domain = json.value(QStringLiteral("domain")).toString();
    t.version = json.value(QStringLiteral("version")).toInt();
    t.start = json.value(QStringLiteral("start")).toString();
    t.json = json;
    if (t.id.isEmpty())
        return bad(QStringLiteral("/id"), SopTemplateText::tr("a template needs an id"));

    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return bad(QStringLiteral("/steps"), SopTemplateText::tr("a template needs at least one step"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        const QString at = QStringLiteral("/steps/%1").arg(i);
        SopStep s;
        s.id = o.value(QStringLiteral("id")).toString();
        if (s.id.isEmpty())
            return bad(at + QStringLiteral("/id"), SopTemplateText::tr("a step needs an id"));
        if (t.indexOf(s.id) >= 0)
            return bad(at + QStringLiteral("/id"), SopTemplateText::tr("duplicate step id '%1'").arg(s.id));
        s.title = textOf(o.value(QStringLiteral("title")));
        s.instructions = textOf(o.value(QStringLiteral("instructions")));
        const QString roleCode = o.value(QStringLiteral("role")).toString();
        if (roleCode.isEmpty())
            return bad(at + QStringLiteral("/role"), SopTemplateText::tr("step '%1' has no role").arg(s.id));
        const std::optional<Role> role = stepRole(roleCode);
        if (!role)
            return bad(at + QStringLiteral("/role"),
                       SopTemplateText::tr("unknown role '%1' (operator, supervisor, leader, admin)").arg(roleCode));
        s.role = *role;
        const QString kindCode = o.value(QStringLiteral("kind")).toString();
        const std::optional<SopStepKind> kind = sopStepKindFromCode(kindCode);
        if (!kind)
            return bad(at + QStringLiteral("/kind"), SopTemplateText::tr("unknown step kind '%1'").arg(kindCode));
        s.kind = *kind;
        s.timeLimitMinutes = o.value(QStringLiteral("timeLimitMinutes")).toInt(0);
        s.next = o.value(QStringLiteral("next")).toString();
        const QJsonArray branches = o.value(QStringLiteral("branches")).toArray();
        for (qsizetype b = 0; b < branches.size(); ++b) {
            const QJsonObject branch = branches.at(b).toObject();
            const QString answer = branch.value(QStringLiteral("answer")).toString();
            if (!answersOf(s.kind).contains(answer))
                return bad(QStringLiteral("%1/branches/%2/answer").arg(at).arg(b),
                           SopTemplateText::tr("a %1 step has no answer '%2'").arg(kindCode, answer));
            s.branches.append({answer, branch.value(QStringLiteral("next")).toString()});
        }
        s.unit = o.value(QStringLiteral("unit")).toString();
        const QJsonObject range = o.value(QStringLiteral("range")).toObject();
        if (range.contains(QStringLiteral("min")))
            s.rangeMin = range.value(QStringLiteral("min")).toDouble();
        if (range.contains(QStringLiteral("max")))
            s.rangeMax = range.value(QStringLiteral("max")).toDouble();
        for (const QJsonValue& e : o.value(QStringLiteral("evidence")).toArray())
            s.evidenceKinds.append(e.toString());
        s.channel = o.value(QStringLiteral("channel")).toString();
        const QJsonObject recipients = o.value(QStringLiteral("recipients")).toObject();
        for (const QJsonValue& r : recipients.value(QStringLiteral("roles")).toArray()) {
            if (!stepRole(r.toString()))
                return bad(at + QStringLiteral("/recipients/roles"),
                           SopTemplateText::tr("unknown role '%1' (operator, supervisor, leader, admin)").arg(r.toString()));
            s.recipientRoles.append(r.toString());
        }
        s.areaOfficer = recipients.value(QStringLiteral("areaOfficer")).toBool(false);
        s.message = textOf(o.value(QStringLiteral("message")));
        s.condition = o.value(QStringLiteral("condition")).toString();

        // What each kind needs.
        if (s.kind == SopStepKind::Value && s.unit.isEmpty())
            return bad(at + QStringLiteral("/unit"), SopTemplateText::tr("a value step names its unit"));
        if (s.rangeMin && s.rangeMax && *s.rangeMin > *s.rangeMax)
            return bad(at + QStringLiteral("/range"), SopTemplateText::tr("the range's min is above its max"));
        if (s.kind == SopStepKind::Evidence && s.evidenceKinds.isEmpty())
            return bad(at + QStringLiteral("/evidence"), SopTemplateText::tr("an evidence step lists what it accepts"));
        if (s.kind == SopStepKind::Notify) {
            if (s.channel.isEmpty())
                return bad(at + QStringLiteral("/channel"), SopTemplateText::tr("a notify step names its channel"));
            if (s.recipientRoles.isEmpty() && !s.areaOfficer)
                return bad(at + QStringLiteral("/recipients"), SopTemplateText::tr("a notify step names its recipients"));
            if (s.message.vi.isEmpty() || s.message.en.isEmpty())
                return bad(at + QStringLiteral("/message"), SopTemplateText::tr("a notify step has a message"));
        }
        if (s.kind == SopStepKind::Wait && s.condition.isEmpty())
            return bad(at + QStringLiteral("/condition"), SopTemplateText::tr("a wait step names its condition"));
        if (s.kind == SopStepKind::Approval && s.role != Role::Supervisor)
            return bad(at + QStringLiteral("/role"), SopTemplateText::tr("an approval step is a supervisor's"));
        t.steps.append(s);
    }

    // Targets exist.
    if (t.indexOf(t.start) < 0)
        return bad(QStringLiteral("/start"), SopTemplateText::tr("the start step '%1' does not exist").arg(t.start));
    for (qsizetype i = 0; i < t.steps.size(); ++i) {
        const SopStep& s = t.steps.at(i);
        if (!s.next.isEmpty() && t.indexOf(s.next) < 0)
            return bad(QStringLiteral("/steps/%1/next").arg(i),
                       SopTemplateText::tr("step '%1' goes to '%2', which does not exist").arg(s.id, s.next));
        for (qsizetype b = 0; b < s.branches.size(); ++b)
            if (t.indexOf(s.branches.at(b).next) < 0)
                return bad(QStringLiteral("/steps/%1/branches/%2/next").arg(i).arg(b),
                           SopTemplateText::tr("step '%1' goes to '%2', which does not exist").arg(s.id, s.branches.at(b).next));
    }
    // A four-eyes approval needs a step before it whose performer it checks.
    if (t.step(t.start)->kind == SopStepKind::Approval)
        return bad(QStringLiteral("/start"), SopTemplateText::tr("a run cannot start with an approval"));

    // No cycle (depth-first, colours), then every step reachable from the start.
    const auto targets = [&](const SopStep& s) {
        QStringList out;
        if (!s.next.isEmpty())
            out.append(s.next);
        for (const SopBranch& b : s.branches)
            if (!out.contains(b.next))
                out.append(b.next);
        return out;
    };
    QHash<QString, int> colour; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    QString cycle;
    std::function<void(const QString&)> visit = [&](const QString& id) {
        if (!cycle.isEmpty())
            return;
        colour[id] = 1;
        path.append(id);
        for (const QString& to : targets(*t.step(id))) {
            if (colour.value(to) == 1) {
                const QStringList loop = path.mid(path.indexOf(to)) << to;
                cycle = loop.join(QStringLiteral(" → "));
                return;
            }
            if (colour.value(to) == 0)
                visit(to);
            if (!cycle.isEmpty())
                return;
        }
        path.removeLast();
        colour[id] = 2;
    };
    for (const SopStep& s : t.steps)
        if (colour.value(s.id) == 0 && cycle.isEmpty())
            visit(s.id);
    if (!cycle.isEmpty())
        return bad(QStringLiteral("/steps"), SopTemplateText::tr("the steps form a cycle: %1").arg(cycle));
    QSet<QString> reached{t.start};
    QStringList queue{t.start};
    while (!queue.isEmpty())
        for (const QString& to : targets(*t.step(queue.takeFirst())))
            if (!reached.contains(to)) {
                reached.insert(to);
                queue.append(to);
            }
    for (qsizetype i = 0; i < t.steps.size(); ++i)
        if (!reached.contains(t.steps.at(i).id))
            return bad(QStringLiteral("/steps/%1").arg(i),
                       SopTemplateText::tr("step '%1' cannot be reached from the start").arg(t.steps.at(i).id));
    return t;
}

Result<JsonSchema> SopTemplateLibrary::schema()
{
    return JsonSchema::fromFile(QStringLiteral(":/sop/template.schema.json"));
}

Result<void> SopTemplateLibrary::ensureSchema()
{
    if (m_schema)
        return {};
    Result<JsonSchema> loaded = schema();
    if (!loaded)
        return loaded.error();
    m_schema = std::move(loaded).value();
    return {};
}

Result<void> SopTemplateLibrary::add(const QJsonObject& json, const QString& origin)
{
    if (auto ready = ensureSchema(); !ready)
        return ready;
    Result<SopTemplate> read = SopTemplate::fromJson(json, origin, &*m_schema);
    if (!read)
        return read.error();
    if (m_templates.contains(read.value().id))
        return fail(SopTemplateText::tr("%1: a template with the id '%2' is loaded already").arg(origin, read.value().id));
    m_templates.insert(read.value().id, std::move(read).value());
    return {};
}

Result<void> SopTemplateLibrary::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(SopTemplateText::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(SopTemplateText::tr("%1: not JSON at byte %2 (%3)").arg(path).arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return fail(SopTemplateText::tr("%1: /: a template is a JSON object").arg(path));
    return add(document.object(), QFileInfo(path).fileName());
}

Result<QStringList> SopTemplateLibrary::loadFolder(const QString& folder)
{
    if (auto ready = ensureSchema(); !ready)
        return ready.error();
    const QDir dir(folder);
    if (!dir.exists())
        return fail(SopTemplateText::tr("The SOP template folder %1 does not exist.").arg(folder));
    QStringList refused;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (auto loaded = loadFile(dir.filePath(name)); !loaded) {
            qCWarning(lcSop).noquote() << "SOP template refused:" << loaded.errorMessage();
            refused.append(loaded.errorMessage());
        }
    }
    return refused;
}

const SopTemplate* SopTemplateLibrary::find(const QString& id) const
{
    const auto it = m_templates.constFind(id);
    return it == m_templates.cend() ? nullptr : &*it;
}

QStringList SopTemplateLibrary::ids() const
{
    QStringList out = m_templates.keys();
    out.sort();
    return out;
}

} // namespace ioc
