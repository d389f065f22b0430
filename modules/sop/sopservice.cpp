// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/sopservice.h"

#include "auth/accountrepository.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "sop/logcategories.h"
#include "sop/soptemplate.h"
#include "store/database.h"
#include "store/journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace ioc {

struct SopServiceText {
    Q_DECLARE_TR_FUNCTIONS(ioc::SopServiceText)
};

namespace {

const QString kSystem = QStringLiteral("system");
constexpr int kEntriesPerRun = 1000000; // a run's entries are read whole

// The answer a value takes against the step's normal range.
QString classify(const SopStep& step, double value)
{
    if (step.rangeMin && value < *step.rangeMin)
        return QStringLiteral("below");
    if (step.rangeMax && value > *step.rangeMax)
        return QStringLiteral("above");
    return QStringLiteral("within");
}

} // namespace

Capability capabilityForStep(Role stepRole)
{
    switch (stepRole) {
    case Role::Supervisor: return Capability::ApproveSopStep;
    case Role::Leader: return Capability::RequestExplanation;
    case Role::Admin: return Capability::ManageAccounts;
    case Role::Operator:
    case Role::Viewer: break;
    }
    return Capability::StartSop;
}

SopService::SopService(Database& database, Journal& journal, AuthService& auth, const SopTemplateLibrary& templates,
                       const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_journal(journal), m_auth(auth), m_templates(templates), m_clock(clock)
{
    m_nextDeadline.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, [this] { escalateOverdue(m_clock.now()); });
    connect(&m_nextDeadline, &QTimer::timeout, this, [this] { escalateOverdue(m_clock.now()); });
    if (auto loaded = reload(); !loaded)
        qCWarning(lcSop).noquote() << "cannot read the SOP runs:" << loaded.errorMessage();
}

SopService::~SopService() = default;

Result<void> SopService::reload()
{
    JournalQuery query;
    query.kinds = {SopEvent::Started};
    query.limit = 100000;
    const Result<QList<JournalEntry>> starts = m_journal.find(query);
    if (!starts)
        return starts.error();
    QHash<QString, SopRun> runs;
    for (const JournalEntry& e : starts.value()) {
        const QString runId = e.subject.mid(4);
        Result<SopRun> run = load(runId);
        if (!run) {
            qCWarning(lcSop).noquote() << run.errorMessage();
            continue;
        }
        runs.insert(runId, std::move(run).value());
    }
    m_runs = std::move(runs);
    scheduleNextDeadline();
    return {};
}

Result<SopRun> SopService::load(const QString& runId)
{
    JournalQuery query;
    query.subject = sopSubject(runId);
    query.kindPrefix = QStringLiteral("sop.");
    query.limit = kEntriesPerRun;
    Result<QList<JournalEntry>> entries = m_journal.find(query);
    if (!entries)
        return entries.error();
    Result<SopRun> run = SopRunReplay::replay(runId, std::move(entries).value());
    if (run)
        m_runs.insert(runId, run.value());
    return run;
}

void SopService::refreshCached(const QString& runId)
{
    if (Result<SopRun> run = load(runId); !run)
        qCWarning(lcSop).noquote() << "cannot read the SOP run" << runId << run.errorMessage();
}

const SopRun* SopService::run(const QString& runId) const
{
    const auto it = m_runs.constFind(runId);
    return it == m_runs.cend() ? nullptr : &*it;
}

QList<const SopRun*> SopService::runs() const
{
    QList<const SopRun*> out;
    for (const SopRun& r : m_runs)
        out.append(&r);
    std::sort(out.begin(), out.end(), [](const SopRun* a, const SopRun* b) {
        return a->startedAt != b->startedAt ? a->startedAt > b->startedAt : a->id < b->id;
    });
    return out;
}

QString SopService::openRunFor(const QString& alertKey) const
{
    for (const SopRun& r : m_runs)
        if (!r.closed && r.alertKey == alertKey)
            return r.id;
    return {};
}

Result<void> SopService::append(const QString& actor, const QString& kind, const QString& runId, QJsonObject payload)
{
    const Result<JournalEntry> entry = m_journal.append(actor, kind, sopSubject(runId), payload);
    if (!entry)
        return entry.error();
    return {};
}

Result<QString> SopService::start(const QString& templateId, const SopAlertRef& alert, const Session& session)
{
    if (auto allowed = m_auth.authorize(session, Capability::StartSop, alert.subject, alert.areaCode); !allowed)
        return allowed.error();
    return startAs(templateId, alert, session.login);
}

Result<QString> SopService::startAutomatically(const QString& templateId, const SopAlertRef& alert)
{
    return startAs(templateId, alert, kSystem);
}

Result<QString> SopService::startAs(const QString& templateId, const SopAlertRef& alert, const QString& actor)
{
    const SopTemplate* t = m_templates.find(templateId);
    if (!t)
        return fail(SopServiceText::tr("There is no SOP template '%1'.").arg(templateId));
    if (alert.key.isEmpty())
        return fail(SopServiceText::tr("An SOP run belongs to an alert: the alert's key is missing."));
    for (const SopRun& r : m_runs)
        if (!r.closed && r.alertKey == alert.key && r.sopTemplate.id == templateId)
            return fail(SopServiceText::tr("The SOP \"%1\" is already running for this alert.").arg(t->title.en));
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (auto a = append(actor, SopEvent::Started, runId,
                            {{QStringLiteral("template"), t->json},
                             {QStringLiteral("templateId"), t->id},
                             {QStringLiteral("version"), t->version},
                             {QStringLiteral("alert"), alert.subject},
                             {QStringLiteral("alertKey"), alert.key},
                             {QStringLiteral("alertTitle"), alert.title},
                             {QStringLiteral("area"), alert.areaCode},
                             {QStringLiteral("areaName"), alert.areaName}});
            !a)
            return a;
        Result<SopRun> run = load(runId);
        if (!run)
            return run.error();
        return activate(run.value(), t->start, QString(), QString());
    });
    if (!written) {
        m_runs.remove(runId);
        return written.error();
    }
    refreshCached(runId);
    qCInfo(lcSop) << "SOP run" << runId << "of" << templateId << "started by" << actor << "for" << alert.key;
    changed(runId, true);
    runAutomaticSteps(runId);
    return runId;
}

Result<void> SopService::activate(const SopRun& before, const QString& stepId, const QString& performer,
                                  const QString& performedStep)
{
    const SopStep* step = before.sopTemplate.step(stepId);
    if (auto a = append(kSystem, SopEvent::StepAssigned, before.id,
                        {{QStringLiteral("step"), stepId},
                         {QStringLiteral("role"), toCode(step->role)},
                         {QStringLiteral("timeLimitMinutes"), step->timeLimitMinutes}});
        !a)
        return a;
    if (step->kind == SopStepKind::Approval) {
        QString who = performer;
        QString what = performedStep;
        // Reached through an automatic step (a notify step): the work approved is the last a person did.
        for (auto e = before.entries.crbegin(); who.isEmpty() && e != before.entries.crend(); ++e)
            if ((e->kind == SopEvent::StepDone || e->kind == SopEvent::StepSkipped) && e->actor != kSystem) {
                who = e->actor;
                what = e->payload.value(QStringLiteral("step")).toString();
            }
        return append(kSystem, SopEvent::ApprovalRequested, before.id,
                      {{QStringLiteral("step"), stepId},
                       {QStringLiteral("performer"), who},
                       {QStringLiteral("performedStep"), what}});
    }
    if (step->kind == SopStepKind::Wait && step->condition == QLatin1String("alert_resolved") && before.alertResolved) {
        // The alert was resolved already: the wait is over as soon as it starts.
        if (auto a = append(kSystem, SopEvent::StepDone, before.id,
                            {{QStringLiteral("step"), stepId}, {QStringLiteral("role"), kSystem},
                             {QStringLiteral("condition"), step->condition}});
            !a)
            return a;
        Result<SopRun> run = load(before.id);
        if (!run)
            return run.error();
        return advance(run.value(), *step, QString(), performer, performedStep);
    }
    return {};
}

Result<void> SopService::advance(const SopRun& run, const SopStep& step, const QString& answer, const QString& performer,
                                 const QString& performedStep)
{
    const QString next = step.nextFor(answer);
    if (next.isEmpty())
        return append(kSystem, SopEvent::Closed, run.id,
                      {{QStringLiteral("reason"), step.kind == SopStepKind::Wait ? QStringLiteral("condition")
                                                                                 : QStringLiteral("completed")}});
    return activate(run, next, performer, performedStep);
}

Result<SopRun> SopService::activeStep(const QString& runId, const QString& stepId, const SopStep** definition)
{
    Result<SopRun> run = load(runId);
    if (!run)
        return fail(SopServiceText::tr("There is no SOP run %1.").arg(runId));
    if (run.value().closed)
        return fail(SopServiceText::tr("This SOP run is closed."));
    *definition = run.value().sopTemplate.step(stepId);
    if (!*definition)
        return fail(SopServiceText::tr("The SOP has no step '%1'.").arg(stepId));
    if (run.value().currentStep != stepId)
        return fail(SopServiceText::tr("The step \"%1\" is not the one to do now.").arg((*definition)->title.en));
    return run;
}

Result<void> SopService::mayAct(const Session& session, const SopRun& run, const SopStep& step, const QString& what)
{
    Q_UNUSED(what);
    return m_auth.authorize(session, capabilityForStep(step.role), sopSubject(run.id) + QLatin1Char('/') + step.id,
                            run.areaCode);
}

Result<void> SopService::complete(const QString& runId, const QString& stepId, const QJsonObject& input,
                                  const Session& session)
{
    const SopStep* step = nullptr;
    Result<SopRun> found = activeStep(runId, stepId, &step);
    if (!found)
        return found.error();
    const SopRun& run = found.value();
    if (step->kind == SopStepKind::Approval)
        return fail(SopServiceText::tr("An approval step is approved or rejected, not completed."));
    if (auto allowed = mayAct(session, run, *step, QStringLiteral("complete")); !allowed)
        return allowed;

    QJsonObject payload{{QStringLiteral("step"), stepId}, {QStringLiteral("role"), toCode(session.role)}};
    const QString note = input.value(QStringLiteral("note")).toString().trimmed();
    if (note.size() > 4000)
        return fail(SopServiceText::tr("A note has at most 4,000 characters."));
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note);
    QString answer;
    switch (step->kind) {
    case SopStepKind::Check:
    case SopStepKind::Call: {
        answer = input.value(QStringLiteral("answer")).toString();
        const QStringList allowed = step->kind == SopStepKind::Check
                                        ? QStringList{QStringLiteral("yes"), QStringLiteral("no")}
                                        : QStringList{QStringLiteral("reached"), QStringLiteral("not_reached")};
        if (!allowed.contains(answer))
            return fail(SopServiceText::tr("Answer the step \"%1\" with one of: %2.").arg(step->title.en, allowed.join(QStringLiteral(", "))));
        payload.insert(QStringLiteral("answer"), answer);
        break;
    }
    case SopStepKind::Value: {
        const QJsonValue value = input.value(QStringLiteral("value"));
        if (!value.isDouble())
            return fail(SopServiceText::tr("Enter the value in %1.").arg(step->unit));
        answer = classify(*step, value.toDouble());
        payload.insert(QStringLiteral("value"), value.toDouble());
        payload.insert(QStringLiteral("unit"), step->unit);
        payload.insert(QStringLiteral("answer"), answer);
        break;
    }
    case SopStepKind::Evidence: {
        const QJsonObject evidence = input.value(QStringLiteral("evidence")).toObject();
        const QString kind = evidence.value(QStringLiteral("kind")).toString();
        const QString reference = evidence.value(QStringLiteral("reference")).toString().trimmed();
        if (!step->evidenceKinds.contains(kind) || reference.isEmpty() || reference.size() > 2000)
            return fail(SopServiceText::tr("Attach the evidence (%1).").arg(step->evidenceKinds.join(QStringLiteral(", "))));
        payload.insert(QStringLiteral("evidence"),
                       QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("reference"), reference}});
        break;
    }
    case SopStepKind::Notify:
    case SopStepKind::Wait:
        if (note.isEmpty())
            return fail(SopServiceText::tr("Say in a note what was done instead."));
        break;
    case SopStepKind::Approval:
        break;
    }
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (auto a = append(session.login, SopEvent::StepDone, runId, payload); !a)
            return a;
        Result<SopRun> after = load(runId);
        if (!after)
            return after.error();
        return advance(after.value(), *step, answer, session.login, stepId);
    });
    refreshCached(runId); // the cache follows the journal whether or not the write went through
    if (!written)
        return written;
    changed(runId);
    runAutomaticSteps(runId);
    return {};
}

Result<void> SopService::skip(const QString& runId, const QString& stepId, const QString& justification,
                              const Session& session)
{
    const SopStep* step = nullptr;
    Result<SopRun> found = activeStep(runId, stepId, &step);
    if (!found)
        return found.error();
    const SopRun& run = found.value();
    if (auto allowed = mayAct(session, run, *step, QStringLiteral("skip")); !allowed)
        return allowed;
    const QString why = justification.trimmed();
    if (why.size() < 5 || why.size() > 2000)
        return fail(SopServiceText::tr("Skipping a step needs a justification (5 to 2,000 characters)."));
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (auto a = append(session.login, SopEvent::StepSkipped, runId,
                            {{QStringLiteral("step"), stepId},
                             {QStringLiteral("role"), toCode(session.role)},
                             {QStringLiteral("justification"), why}});
            !a)
            return a;
        Result<SopRun> after = load(runId);
        if (!after)
            return after.error();
        // A skip follows `next`, or the first branch (the template's main path) of a step without one.
        const QString skipAnswer = step->next.isEmpty() && !step->branches.isEmpty() ? step->branches.first().answer : QString();
        return advance(after.value(), *step, skipAnswer, session.login, stepId);
    });
    refreshCached(runId);
    if (!written)
        return written;
    qCInfo(lcSop) << "step" << stepId << "of SOP run" << runId << "skipped by" << session.login;
    Q_EMIT stepSkipped(runId, stepId);
    if (const SopRun* now = this->run(runId))
        tell(*now, stepId, QStringLiteral("skip"), QStringLiteral("email"), {QStringLiteral("supervisor")}, false,
             SopServiceText::tr("SOP step skipped: %1").arg(step->title.in(m_language)),
             SopServiceText::tr("%1 skipped the step \"%2\" of \"%3\" (alert: %4). Justification: %5")
                 .arg(session.displayName.isEmpty() ? session.login : session.displayName, step->title.in(m_language),
                      now->sopTemplate.title.in(m_language), now->alertTitle, why));
    changed(runId);
    runAutomaticSteps(runId);
    return {};
}

Result<void> SopService::approve(const QString& runId, const QString& stepId, const Session& session, const QString& comment)
{
    return decide(runId, stepId, session, comment, true);
}

Result<void> SopService::reject(const QString& runId, const QString& stepId, const Session& session, const QString& comment)
{
    return decide(runId, stepId, session, comment, false);
}

Result<void> SopService::decide(const QString& runId, const QString& stepId, const Session& session,
                                const QString& comment, bool granted)
{
    const SopStep* step = nullptr;
    Result<SopRun> found = activeStep(runId, stepId, &step);
    if (!found)
        return found.error();
    const SopRun& run = found.value();
    if (step->kind != SopStepKind::Approval)
        return fail(SopServiceText::tr("The step \"%1\" is not an approval.").arg(step->title.en));
    if (auto allowed = m_auth.authorize(session, Capability::ApproveSopStep, sopSubject(runId) + QLatin1Char('/') + stepId,
                                        run.areaCode);
        !allowed)
        return allowed;
    const SopStepRun* state = run.stepRun(stepId);
    if (!state->performer.isEmpty() && state->performer == session.login)
        return fail(SopServiceText::tr("%1 did the work to be approved: another supervisor approves it (four eyes).")
                        .arg(session.displayName.isEmpty() ? session.login : session.displayName));
    const QString text = comment.trimmed();
    if (!granted && text.isEmpty())
        return fail(SopServiceText::tr("Say why the step is rejected."));
    if (text.size() > 2000)
        return fail(SopServiceText::tr("A comment has at most 2,000 characters."));
    const Result<void> written = m_database.transaction([&]() -> Result<void> {
        if (auto a = append(session.login, granted ? SopEvent::ApprovalGranted : SopEvent::ApprovalRejected, runId,
                            {{QStringLiteral("step"), stepId},
                             {QStringLiteral("role"), toCode(session.role)},
                             {QStringLiteral("comment"), text}});
            !a)
            return a;
        Result<SopRun> after = load(runId);
        if (!after)
            return after.error();
        if (granted)
            return advance(after.value(), *step, QString(), state->performer, state->performedStep);
        // Rejected: the work goes back to whoever does the step that was approved.
        if (state->performedStep.isEmpty())
            return append(kSystem, SopEvent::Closed, runId, {{QStringLiteral("reason"), QStringLiteral("rejected")}});
        return activate(after.value(), state->performedStep, QString(), QString());
    });
    refreshCached(runId);
    if (!written)
        return written;
    changed(runId);
    runAutomaticSteps(runId);
    return {};
}

int SopService::escalateOverdue(const QDateTime& now)
{
    int escalated = 0;
    QStringList candidates;
    for (const SopRun& r : m_runs) {
        const SopStepRun* step = r.current();
        if (!r.closed && step && step->state == SopStepState::Active && step->deadline.isValid()
            && step->deadline <= now && !step->escalated)
            candidates.append(r.id);
    }
    for (const QString& runId : candidates) {
        // Re-read: another console may have acted or escalated since.
        Result<SopRun> fresh = load(runId);
        if (!fresh)
            continue;
        const SopRun& r = fresh.value();
        const SopStepRun* step = r.current();
        if (r.closed || !step || step->escalated || !step->deadline.isValid() || step->deadline > now)
            continue;
        const SopStep* definition = r.sopTemplate.step(step->stepId);
        if (auto a = append(kSystem, SopEvent::StepEscalated, runId,
                            {{QStringLiteral("step"), step->stepId},
                             {QStringLiteral("role"), toCode(definition->role)},
                             {QStringLiteral("deadline"), step->deadline.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("overdueSeconds"), step->deadline.secsTo(now)}});
            !a) {
            qCWarning(lcSop).noquote() << "cannot escalate:" << a.errorMessage();
            continue;
        }
        ++escalated;
        refreshCached(runId);
        qCInfo(lcSop) << "step" << step->stepId << "of SOP run" << runId << "is overdue: escalated";
        Q_EMIT stepEscalated(runId, step->stepId);
        tell(*run(runId), step->stepId, QStringLiteral("escalation"), QStringLiteral("email"), {QStringLiteral("supervisor")},
             false, SopServiceText::tr("SOP step overdue: %1").arg(definition->title.in(m_language)),
             SopServiceText::tr("The step \"%1\" of \"%2\" (alert: %3) is past its time limit of %n minute(s).", nullptr,
                         definition->timeLimitMinutes)
                 .arg(definition->title.in(m_language), r.sopTemplate.title.in(m_language), r.alertTitle));
        changed(runId);
    }
    scheduleNextDeadline();
    return escalated;
}

void SopService::alertResolved(const QString& alertKey)
{
    QStringList affected;
    for (const SopRun& r : m_runs)
        if (!r.closed && r.alertKey == alertKey)
            affected.append(r.id);
    for (const QString& runId : affected) {
        Result<SopRun> fresh = load(runId);
        if (!fresh || fresh.value().closed)
            continue;
        const SopRun& r = fresh.value();
        const SopStep* current = r.sopTemplate.step(r.currentStep);
        const Result<void> written = m_database.transaction([&]() -> Result<void> {
            if (current && current->kind == SopStepKind::Wait && current->condition == QLatin1String("alert_resolved")) {
                if (auto a = append(kSystem, SopEvent::StepDone, runId,
                                    {{QStringLiteral("step"), current->id}, {QStringLiteral("role"), kSystem},
                                     {QStringLiteral("condition"), current->condition}});
                    !a)
                    return a;
                Result<SopRun> after = load(runId);
                if (!after)
                    return after.error();
                return advance(after.value(), *current, QString(), QString(), QString());
            }
            if (r.alertResolved)
                return {};
            // Remembered for a wait step still ahead.
            return append(kSystem, SopEvent::ConditionMet, runId, {{QStringLiteral("condition"), QStringLiteral("alert_resolved")}});
        });
        refreshCached(runId);
        if (!written) {
            qCWarning(lcSop).noquote() << "cannot record the resolved alert:" << written.errorMessage();
            continue;
        }
        changed(runId);
        runAutomaticSteps(runId);
    }
}

void SopService::notificationDelivered(const QString& runId, const QString& stepId, const QString& recipient, bool ok,
                                       const QString& detail)
{
    const SopRun* r = run(runId);
    if (!r) {
        qCWarning(lcSop) << "delivery report for an unknown SOP run" << runId;
        return;
    }
    const SopStep* step = r->sopTemplate.step(stepId);
    const QString channel = step && step->kind == SopStepKind::Notify ? step->channel : QStringLiteral("email");
    if (auto a = append(kSystem, ok ? SopEvent::NotificationSent : SopEvent::NotificationFailed, runId,
                        {{QStringLiteral("step"), stepId},
                         {QStringLiteral("channel"), channel},
                         {QStringLiteral("recipient"), recipient},
                         {QStringLiteral("address"), m_contacts.address(recipient, channel)},
                         {QStringLiteral("detail"), detail.left(500)}});
        !a) {
        qCWarning(lcSop).noquote() << "cannot journal a delivery:" << a.errorMessage();
        return;
    }
    refreshCached(runId);
    changed(runId);
}

void SopService::runAutomaticSteps(const QString& runId)
{
    for (int guard = 0; guard < 100; ++guard) {
        const SopRun* cached = run(runId);
        if (!cached || cached->closed)
            return;
        const SopRun snapshot = *cached; // load() below replaces the cached run
        const SopStep* step = snapshot.sopTemplate.step(snapshot.currentStep);
        const SopStepRun* state = snapshot.current();
        if (!step || step->kind != SopStepKind::Notify || !state)
            return;
        if (!m_notifier) {
            // Once per activation: a person notifies by hand and completes the step with a note.
            const bool told = std::any_of(state->notifications.cbegin(), state->notifications.cend(),
                                          [&](const SopNotificationRecord& n) { return n.time >= state->activatedAt; });
            if (!told && append(kSystem, SopEvent::NotificationFailed, runId,
                                {{QStringLiteral("step"), step->id}, {QStringLiteral("purpose"), QStringLiteral("step")},
                                 {QStringLiteral("channel"), step->channel}, {QStringLiteral("recipient"), QString()},
                                 {QStringLiteral("detail"), QStringLiteral("no notifier configured")}}))
                refreshCached(runId);
            changed(runId);
            return;
        }
        QStringList missing;
        const QList<SopRecipient> recipients = resolve(snapshot, step->recipientRoles, step->areaOfficer, step->channel, &missing);
        const Result<void> written = m_database.transaction([&]() -> Result<void> {
            for (const QString& login : missing)
                if (auto a = append(kSystem, SopEvent::NotificationFailed, runId,
                                    {{QStringLiteral("step"), step->id}, {QStringLiteral("purpose"), QStringLiteral("step")},
                                     {QStringLiteral("channel"), step->channel}, {QStringLiteral("recipient"), login},
                                     {QStringLiteral("detail"), QStringLiteral("no address for this channel")}});
                    !a)
                    return a;
            QJsonArray handedOver;
            for (const SopRecipient& recipient : recipients)
                handedOver.append(recipient.login);
            if (auto a = append(kSystem, SopEvent::StepDone, runId,
                                {{QStringLiteral("step"), step->id}, {QStringLiteral("role"), kSystem},
                                 {QStringLiteral("channel"), step->channel}, {QStringLiteral("handedOver"), handedOver}});
                !a)
                return a;
            Result<SopRun> after = load(runId);
            if (!after)
                return after.error();
            return advance(after.value(), *step, QString(), QString(), QString());
        });
        refreshCached(runId);
        if (!written) {
            qCWarning(lcSop).noquote() << "cannot record a notify step:" << written.errorMessage();
            return;
        }
        if (!recipients.isEmpty()) {
            SopNotification n;
            n.runId = runId;
            n.stepId = step->id;
            n.purpose = QStringLiteral("step");
            n.channel = step->channel;
            n.recipients = recipients;
            n.subject = step->channel == QLatin1String("email") ? fill(step->title.in(m_language), snapshot, step) : QString();
            n.body = fill(step->message.in(m_language), snapshot, step);
            m_notifier->send(n); // after the commit: never hand over what the journal does not hold
        }
        changed(runId);
    }
}

void SopService::tell(const SopRun& r, const QString& stepId, const QString& purpose, const QString& channel,
                      const QStringList& roles, bool areaOfficer, const QString& subject, const QString& body)
{
    if (!m_notifier)
        return;
    QStringList missing;
    SopNotification n{r.id, stepId, purpose, channel, resolve(r, roles, areaOfficer, channel, &missing), subject, body};
    if (!n.recipients.isEmpty())
        m_notifier->send(n);
}

QList<SopRecipient> SopService::resolve(const SopRun& r, const QStringList& roles, bool areaOfficer,
                                        const QString& channel, QStringList* missing)
{
    QStringList logins;
    if (!roles.isEmpty()) {
        const Result<QList<Account>> accounts = AccountRepository(m_database).all();
        if (!accounts)
            qCWarning(lcSop).noquote() << "cannot read the accounts:" << accounts.errorMessage();
        else
            for (const Account& a : accounts.value())
                if (!a.disabled && roles.contains(toCode(a.role)) && (r.areaCode.isEmpty() || coversArea(a.areas, r.areaCode, QString())))
                    logins.append(a.login);
    }
    if (areaOfficer)
        for (const QString& login : m_contacts.areaOfficers(r.areaCode))
            if (!logins.contains(login))
                logins.append(login);
    QList<SopRecipient> out;
    for (const QString& login : logins) {
        const QString address = m_contacts.address(login, channel);
        if (address.isEmpty()) {
            missing->append(login);
            continue;
        }
        out.append({login, m_contacts.contact(login) ? m_contacts.contact(login)->name : login, address});
    }
    return out;
}

QString SopService::fill(const QString& text, const SopRun& r, const SopStep* step) const
{
    QString out = text;
    out.replace(QStringLiteral("{alert.title}"), r.alertTitle)
        .replace(QStringLiteral("{alert.key}"), r.alertKey)
        .replace(QStringLiteral("{area.name}"), r.areaName.isEmpty() ? r.areaCode : r.areaName)
        .replace(QStringLiteral("{area.code}"), r.areaCode)
        .replace(QStringLiteral("{run.id}"), r.id)
        .replace(QStringLiteral("{sop.title}"), r.sopTemplate.title.in(m_language));
    if (step)
        out.replace(QStringLiteral("{step.title}"), step->title.in(m_language));
    return out;
}

void SopService::changed(const QString& runId, bool started)
{
    scheduleNextDeadline();
    const SopRun* r = run(runId);
    if (started)
        Q_EMIT runStarted(runId);
    Q_EMIT runChanged(runId);
    if (r && r->awaitingApproval() && r->entries.last().kind == SopEvent::ApprovalRequested)
        Q_EMIT approvalRequested(runId, r->currentStep);
    if (r && r->closed && r->entries.last().kind == SopEvent::Closed)
        Q_EMIT runClosed(runId);
}

void SopService::startTimers(std::chrono::milliseconds period)
{
    m_tick.start(period);
    scheduleNextDeadline();
}

void SopService::scheduleNextDeadline()
{
    if (!m_tick.isActive())
        return; // the timers run in the app only (tests call escalateOverdue themselves)
    QDateTime next;
    for (const SopRun& r : m_runs) {
        const SopStepRun* step = r.current();
        if (!r.closed && step && step->deadline.isValid() && !step->escalated && (!next.isValid() || step->deadline < next))
            next = step->deadline;
    }
    if (!next.isValid()) {
        m_nextDeadline.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_clock.now().msecsTo(next) + 50, 0, 24LL * 3600 * 1000);
    m_nextDeadline.start(std::chrono::milliseconds(ms));
}

} // namespace ioc
