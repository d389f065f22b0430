// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demorehearsal.h"

#include "auth/authservice.h"
#include "demo/demoaccounts.h"
#include "demo/logcategories.h"
#include "sop/sopservice.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace ioc {

struct DemoRehearsalText {
    Q_DECLARE_TR_FUNCTIONS(DemoRehearsalText)
};

DemoRehearsal::DemoRehearsal(SopService& sop, AuthService& auth, QObject* parent)
    : QObject(parent), m_sop(sop), m_auth(auth)
{
}

void DemoRehearsal::start()
{
    if (someRunAwaitsApproval())
        return;
    const QList<const SopRun*> runs = m_sop.runs();
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) { // oldest first
        tryRun((*it)->id);
        if (!m_rehearsed.isEmpty())
            return;
    }
    connect(&m_sop, &SopService::runStarted, this, &DemoRehearsal::tryRun);
}

void DemoRehearsal::tryRun(const QString& runId)
{
    if (!m_rehearsed.isEmpty())
        return;
    const SopRun* run = m_sop.run(runId);
    if (!run || run->closed || run->sopTemplate.id != QLatin1String(kTemplateId) || run->awaitingApproval())
        return;
    if (const Result<void> done = rehearse(runId); !done) {
        qCWarning(lcDemo).noquote() << "demo rehearsal of" << runId << "stopped:" << done.errorMessage();
        return;
    }
    m_rehearsed = runId;
    disconnect(&m_sop, &SopService::runStarted, this, &DemoRehearsal::tryRun);
    qCInfo(lcDemo).noquote() << "demo rehearsal: run" << runId << "waits for the supervisor's approval";
    Q_EMIT rehearsed(runId);
}

bool DemoRehearsal::someRunAwaitsApproval() const
{
    const QList<const SopRun*> runs = m_sop.runs();
    return std::any_of(runs.cbegin(), runs.cend(), [](const SopRun* run) { return !run->closed && run->awaitingApproval(); });
}

Result<void> DemoRehearsal::rehearse(const QString& runId)
{
    const QString login = DemoAccounts::operatorLogin();
    const Result<Session> session = m_auth.verifyCredentials(login, DemoAccounts::passwordOf(login),
                                                             QStringLiteral("demo rehearsal"));
    if (!session)
        return session.error();
    // A procedure has at most a few dozen steps; the bound stops a template that loops on these answers.
    for (int worked = 0; worked < 32; ++worked) {
        const SopRun* run = m_sop.run(runId);
        if (!run || run->closed)
            return fail(DemoRehearsalText::tr("The run %1 closed before its approval.").arg(runId));
        if (run->awaitingApproval())
            return {};
        const SopStep* step = run->sopTemplate.step(run->currentStep);
        if (!step)
            return fail(DemoRehearsalText::tr("The run %1 has no current step.").arg(runId));
        if (step->role != Role::Operator)
            return fail(DemoRehearsalText::tr("The step %1 is not the operator's.").arg(step->id));
        QJsonObject input;
        switch (step->kind) {
        case SopStepKind::Check:
            input.insert(QStringLiteral("answer"), QStringLiteral("yes"));
            break;
        case SopStepKind::Call:
            input.insert(QStringLiteral("answer"), QStringLiteral("reached"));
            break;
        case SopStepKind::Evidence:
            input.insert(QStringLiteral("evidence"),
                         QJsonObject{{QStringLiteral("kind"), step->evidenceKinds.value(0, QStringLiteral("file"))},
                                     {QStringLiteral("reference"), QStringLiteral("demo/bien-ban-xu-ly.pdf")}});
            input.insert(QStringLiteral("note"), DemoRehearsalText::tr("Minutes of the ward's handling, received by e-mail."));
            break;
        case SopStepKind::Notify:
            input.insert(QStringLiteral("note"), DemoRehearsalText::tr("Told the area officer by telephone."));
            break;
        case SopStepKind::Value:
        case SopStepKind::Wait:
        case SopStepKind::Approval:
            return fail(DemoRehearsalText::tr("The step %1 cannot be rehearsed.").arg(step->id));
        }
        // A copy: completing the step replaces the run (and its template) that `step` points into.
        const QString stepId = step->id;
        if (const Result<void> done = m_sop.complete(runId, stepId, input, session.value()); !done)
            return done;
    }
    return fail(DemoRehearsalText::tr("The run %1 did not reach its approval.").arg(runId));
}

} // namespace ioc
