// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sop/soptemplate.h"
#include "store/journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace ioc {


// The journal kinds of a run (subject "sop:<runId>"). The payload fields are listed in sopservice.h.
namespace SopEvent {
inline const QString Started = QStringLiteral("sop.started");
inline const QString StepAssigned = QStringLiteral("sop.step.assigned");
inline const QString StepDone = QStringLiteral("sop.step.done");
inline const QString StepSkipped = QStringLiteral("sop.step.skipped");
inline const QString ApprovalRequested = QStringLiteral("sop.approval.requested");
inline const QString ApprovalGranted = QStringLiteral("sop.approval.granted");
inline const QString ApprovalRejected = QStringLiteral("sop.approval.rejected");
inline const QString StepEscalated = QStringLiteral("sop.step.escalated");
inline const QString NotificationSent = QStringLiteral("sop.notification.sent");
inline const QString NotificationFailed = QStringLiteral("sop.notification.failed");
inline const QString ConditionMet = QStringLiteral("sop.condition.met");
inline const QString Closed = QStringLiteral("sop.closed");
} // namespace SopEvent

QString sopSubject(const QString& runId); // "sop:<runId>"

enum class SopStepState { Pending, Active, Done, Skipped, Approved, Rejected };
QString toCode(SopStepState state);

struct SopNotificationRecord {
    QDateTime time;
    bool ok = false;
    QString channel;
    QString recipient; // login
    QString address;   // e-mail or phone
    QString detail;
};

// One step of a run as the journal says it is.
struct SopStepRun {
    QString stepId;
    SopStepState state = SopStepState::Pending;
    QDateTime activatedAt;  // last time it became active
    QDateTime deadline;     // activatedAt + the step's limit; invalid without a limit
    QString by;             // who did, skipped, approved or rejected it
    QString byRole;
    QDateTime at;           // when
    QJsonObject result;     // the sop.step.done payload (answer, value, evidence…) or the approval's
    QString justification;  // a skip's
    QString comment;        // an approval's
    QString performer;      // approval steps: whose work is approved (four eyes)
    QString performedStep;
    bool escalated = false;
    QDateTime escalatedAt;
    int activations = 0;    // > 1 after a rejected approval sent the work back
    QList<SopNotificationRecord> notifications;
};

// A run: its template (the copy journaled when it started) and the state derived from its entries.
struct SopRun {
    QString id;
    SopTemplate sopTemplate;
    QString alertSubject; // "alert:rules/rain-RG03-2026112209"
    QString alertKey;     // "rules/rain-RG03-2026112209"
    QString alertTitle;
    QString areaCode;
    QString areaName;
    QString startedBy;
    QDateTime startedAt;
    bool closed = false;
    QString closedReason; // "completed" | "condition" (closed itself)
    QDateTime closedAt;
    bool alertResolved = false; // "sop.condition.met" seen
    QString currentStep;        // empty when closed
    QList<SopStepRun> steps;    // in template order
    QList<JournalEntry> entries; // oldest first (the timeline)
    qint64 lastSequence = 0;

    const SopStepRun* stepRun(const QString& stepId) const;
    SopStepRun* stepRun(const QString& stepId);
    const SopStepRun* current() const { return currentStep.isEmpty() ? nullptr : stepRun(currentStep); }
    // Seconds to the current step's deadline (negative: overdue); nullopt without a limit or when closed.
    std::optional<qint64> secondsLeft(const QDateTime& now) const;
    bool awaitingApproval() const;
};

// Rebuilds a run from its journal entries (any order: sorted by sequence here). Pure: the same entries
// give the same run, which is what makes a restart lose nothing.
class SopRunReplay {
public:
    static Result<SopRun> replay(const QString& runId, QList<JournalEntry> entries);
};

} // namespace ioc
