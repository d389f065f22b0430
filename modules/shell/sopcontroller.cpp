// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/sopcontroller.h"

#include "auth/authservice.h"
#include "core/clock.h"
#include "sop/sopservice.h"

#include <QJsonObject>

namespace ioc {

namespace {
const QStringList kFilters = {QStringLiteral("mine"), QStringLiteral("approval"), QStringLiteral("running"),
                              QStringLiteral("attention"), QStringLiteral("all")};
}

SopController::SopController(SopService& service, AuthService& auth, QObject* parent)
    : QObject(parent), m_service(service), m_auth(auth), m_runs(service, auth), m_steps(service), m_timeline(service)
{
    // The models follow SopService::runChanged themselves (runStarted and runClosed come with one);
    // here: the badge and the selected run's summary.
    connect(&m_service, &SopService::runChanged, this, &SopController::onRunChanged);
    connect(&m_auth, &AuthService::sessionChanged, this, &SopController::onSessionChanged);
    m_now = m_service.clock().now();
    m_canApprove = m_auth.session().has(Capability::ApproveSopStep);
    updateApprovalCount();
}

void SopController::setFilter(const QString& filter)
{
    if (!kFilters.contains(filter) || filter == m_runs.filter())
        return;
    m_runs.setFilter(filter);
    Q_EMIT filterChanged();
}

void SopController::setSelectedRunId(const QString& runId)
{
    if (runId == m_selectedRunId)
        return;
    m_selectedRunId = runId;
    m_steps.setRunId(runId);
    m_timeline.setRunId(runId);
    Q_EMIT selectedRunIdChanged();
    Q_EMIT selectedRunChanged();
}

QVariantMap SopController::selectedRun() const
{
    const SopRun* run = m_selectedRunId.isEmpty() ? nullptr : m_service.run(m_selectedRunId);
    if (!run)
        return {};
    return {{QStringLiteral("runId"), run->id},
            {QStringLiteral("title"), run->sopTemplate.title.in(language())},
            {QStringLiteral("templateId"), run->sopTemplate.id},
            {QStringLiteral("alertTitle"), run->alertTitle},
            {QStringLiteral("alertKey"), run->alertKey},
            {QStringLiteral("area"), run->areaName.isEmpty() ? run->areaCode : run->areaName},
            {QStringLiteral("startedBy"), run->startedBy},
            {QStringLiteral("startedAt"), run->startedAt.toLocalTime()},
            {QStringLiteral("closed"), run->closed},
            {QStringLiteral("closedReason"), run->closedReason},
            {QStringLiteral("currentStep"), run->currentStep},
            {QStringLiteral("awaitingApproval"), run->awaitingApproval()}};
}

void SopController::setLanguage(const QString& language)
{
    if (language == m_runs.language())
        return;
    m_runs.setLanguage(language);
    m_steps.setLanguage(language);
    m_timeline.setLanguage(language);
    Q_EMIT languageChanged();
    Q_EMIT selectedRunChanged();
}

void SopController::tick()
{
    const QDateTime now = m_service.clock().now();
    if (now == m_now)
        return;
    m_now = now;
    Q_EMIT nowChanged();
}

void SopController::onRunChanged(const QString& runId)
{
    updateApprovalCount();
    if (runId == m_selectedRunId)
        Q_EMIT selectedRunChanged();
}

void SopController::onSessionChanged()
{
    const bool can = m_auth.session().has(Capability::ApproveSopStep);
    if (can != m_canApprove) {
        m_canApprove = can;
        Q_EMIT canApproveChanged();
    }
    // The last answer was for the person who signed out.
    setLastMessage({}, false);
}

void SopController::updateApprovalCount()
{
    int count = 0;
    for (const SopRun* run : m_service.runs())
        if (!run->closed && run->awaitingApproval())
            ++count;
    if (count == m_approvalCount)
        return;
    m_approvalCount = count;
    Q_EMIT approvalCountChanged();
}

void SopController::setLastMessage(const QString& message, bool failed)
{
    if (message == m_lastMessage && failed == m_lastFailed)
        return;
    m_lastMessage = message;
    m_lastFailed = failed;
    Q_EMIT lastMessageChanged();
}

QString SopController::stepTitle(const QString& stepId) const
{
    const SopRun* run = m_service.run(m_selectedRunId);
    const SopStep* step = run ? run->sopTemplate.step(stepId) : nullptr;
    return step ? step->title.in(language()) : stepId;
}

bool SopController::report(const Result<void>& result, const QString& stepId, const QString& done)
{
    if (!result) {
        setLastMessage(result.errorMessage(), true);
        return false;
    }
    setLastMessage(done.arg(stepTitle(stepId)), false);
    return true;
}

bool SopController::complete(const QString& stepId, const QVariantMap& input)
{
    if (m_selectedRunId.isEmpty()) {
        setLastMessage(tr("Select a SOP first."), true);
        return false;
    }
    const QString title = stepTitle(stepId); // before: a completed last step may close the run
    const Result<void> done =
        m_service.complete(m_selectedRunId, stepId, QJsonObject::fromVariantMap(input), m_auth.session());
    if (!done) {
        setLastMessage(done.errorMessage(), true);
        return false;
    }
    setLastMessage(tr("Done: \"%1\".").arg(title), false);
    return true;
}

bool SopController::answer(const QString& stepId, const QString& answer)
{
    return complete(stepId, {{QStringLiteral("answer"), answer}});
}

bool SopController::enterValue(const QString& stepId, double value)
{
    return complete(stepId, {{QStringLiteral("value"), value}});
}

bool SopController::attachEvidence(const QString& stepId, const QString& kind, const QString& reference)
{
    return complete(stepId, {{QStringLiteral("evidence"),
                              QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("reference"), reference.trimmed()}}}});
}

bool SopController::addNote(const QString& stepId, const QString& note)
{
    return complete(stepId, {{QStringLiteral("note"), note.trimmed()}});
}

bool SopController::skip(const QString& stepId, const QString& justification)
{
    if (m_selectedRunId.isEmpty()) {
        setLastMessage(tr("Select a SOP first."), true);
        return false;
    }
    return report(m_service.skip(m_selectedRunId, stepId, justification.trimmed(), m_auth.session()), stepId,
                  tr("Skipped: \"%1\"."));
}

bool SopController::approve(const QString& stepId, const QString& comment)
{
    if (m_selectedRunId.isEmpty()) {
        setLastMessage(tr("Select a SOP first."), true);
        return false;
    }
    const QString title = stepTitle(stepId);
    const Result<void> done = m_service.approve(m_selectedRunId, stepId, m_auth.session(), comment.trimmed());
    if (!done) {
        setLastMessage(done.errorMessage(), true);
        return false;
    }
    setLastMessage(tr("Approved: \"%1\".").arg(title), false);
    return true;
}

bool SopController::reject(const QString& stepId, const QString& comment)
{
    if (m_selectedRunId.isEmpty()) {
        setLastMessage(tr("Select a SOP first."), true);
        return false;
    }
    return report(m_service.reject(m_selectedRunId, stepId, m_auth.session(), comment.trimmed()), stepId,
                  tr("Rejected: \"%1\"; the work goes back to be done again."));
}

} // namespace ioc
