// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/soprun.h"

#include <QCoreApplication>

#include <algorithm>

namespace ioc {

struct SopRunText {
    Q_DECLARE_TR_FUNCTIONS(ioc::SopRunText)
};

QString sopSubject(const QString& runId)
{
    return QStringLiteral("sop:") + runId;
}

QString toCode(SopStepState state)
{
    switch (state) {
    case SopStepState::Pending: return QStringLiteral("pending");
    case SopStepState::Active: return QStringLiteral("active");
    case SopStepState::Done: return QStringLiteral("done");
    case SopStepState::Skipped: return QStringLiteral("skipped");
    case SopStepState::Approved: return QStringLiteral("approved");
    case SopStepState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

const SopStepRun* SopRun::stepRun(const QString& stepId) const
{
    for (const SopStepRun& s : steps)
        if (s.stepId == stepId)
            return &s;
    return nullptr;
}

SopStepRun* SopRun::stepRun(const QString& stepId)
{
    for (SopStepRun& s : steps)
        if (s.stepId == stepId)
            return &s;
    return nullptr;
}

std::optional<qint64> SopRun::secondsLeft(const QDateTime& now) const
{
    const SopStepRun* step = current();
    if (!step || !step->deadline.isValid())
        return std::nullopt;
    return now.secsTo(step->deadline);
}

bool SopRun::awaitingApproval() const
{
    const SopStepRun* step = current();
    const SopStep* definition = step ? sopTemplate.step(step->stepId) : nullptr;
    return definition && definition->kind == SopStepKind::Approval && step->state == SopStepState::Active;
}

Result<SopRun> SopRunReplay::replay(const QString& runId, QList<JournalEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const JournalEntry& a, const JournalEntry& b) { return a.sequence < b.sequence; });
    if (entries.isEmpty() || entries.first().kind != SopEvent::Started)
        return fail(SopRunText::tr("The journal has no start of the SOP run %1.").arg(runId));
    SopRun run;
    run.id = runId;
    const auto str = [](const JournalEntry& e, const char* key) { return e.payload.value(QLatin1String(key)).toString(); };
    for (const JournalEntry& e : entries) {
        const QString stepId = str(e, "step");
        SopStepRun* step = stepId.isEmpty() ? nullptr : run.stepRun(stepId);
        if (e.kind == SopEvent::Started) {
            Result<SopTemplate> t = SopTemplate::fromJson(e.payload.value(QStringLiteral("template")).toObject(),
                                                          sopSubject(runId));
            if (!t)
                return t.error();
            run.sopTemplate = std::move(t).value();
            run.alertSubject = str(e, "alert");
            run.alertKey = str(e, "alertKey");
            run.alertTitle = str(e, "alertTitle");
            run.areaCode = str(e, "area");
            run.areaName = str(e, "areaName");
            run.startedBy = e.actor;
            run.startedAt = e.time;
            for (const SopStep& s : run.sopTemplate.steps) {
                SopStepRun state;
                state.stepId = s.id;
                run.steps.append(state);
            }
        } else if (!stepId.isEmpty() && !step) {
            return fail(SopRunText::tr("Journal entry %1 of SOP run %2 names the unknown step '%3'.")
                            .arg(e.sequence).arg(runId, stepId));
        } else if (e.kind == SopEvent::StepAssigned) {
            const SopStep* definition = run.sopTemplate.step(stepId);
            step->state = SopStepState::Active;
            step->activatedAt = e.time;
            step->deadline = definition->timeLimitMinutes > 0 ? e.time.addSecs(definition->timeLimitMinutes * 60LL) : QDateTime();
            step->escalated = false;
            step->escalatedAt = {};
            step->by.clear();
            step->at = {};
            ++step->activations;
            run.currentStep = stepId;
        } else if (e.kind == SopEvent::StepDone || e.kind == SopEvent::ApprovalGranted) {
            step->state = e.kind == SopEvent::StepDone ? SopStepState::Done : SopStepState::Approved;
            step->by = e.actor;
            step->byRole = str(e, "role");
            step->at = e.time;
            step->result = e.payload;
            step->comment = str(e, "comment");
            if (run.currentStep == stepId)
                run.currentStep.clear();
        } else if (e.kind == SopEvent::StepSkipped) {
            step->state = SopStepState::Skipped;
            step->by = e.actor;
            step->byRole = str(e, "role");
            step->at = e.time;
            step->justification = str(e, "justification");
            if (run.currentStep == stepId)
                run.currentStep.clear();
        } else if (e.kind == SopEvent::ApprovalRejected) {
            step->state = SopStepState::Rejected;
            step->by = e.actor;
            step->byRole = str(e, "role");
            step->at = e.time;
            step->comment = str(e, "comment");
            if (run.currentStep == stepId)
                run.currentStep.clear();
        } else if (e.kind == SopEvent::ApprovalRequested) {
            step->performer = str(e, "performer");
            step->performedStep = str(e, "performedStep");
        } else if (e.kind == SopEvent::StepEscalated) {
            step->escalated = true;
            step->escalatedAt = e.time;
        } else if (e.kind == SopEvent::NotificationSent || e.kind == SopEvent::NotificationFailed) {
            SopNotificationRecord n{e.time, e.kind == SopEvent::NotificationSent, str(e, "channel"),
                                    str(e, "recipient"), str(e, "address"), str(e, "detail")};
            if (step)
                step->notifications.append(n);
        } else if (e.kind == SopEvent::ConditionMet) {
            run.alertResolved = true;
        } else if (e.kind == SopEvent::Closed) {
            run.closed = true;
            run.closedReason = str(e, "reason");
            run.closedAt = e.time;
            run.currentStep.clear();
        }
        run.lastSequence = e.sequence;
    }
    run.entries = std::move(entries);
    return run;
}

} // namespace ioc
