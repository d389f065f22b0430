// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/session.h"
#include "core/result.h"
#include "sop/sopcontacts.h"
#include "sop/sopnotifier.h"
#include "sop/soprun.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ioc {

class AuthService;
class Clock;
class Database;
class Journal;
class SopTemplateLibrary;

// The alert a run belongs to (the alerts module passes it; "alert:<key>" is its journal subject).
struct SopAlertRef {
    QString subject;  // "alert:rules/rain-RG03-2026112209"
    QString key;      // "rules/rain-RG03-2026112209": what alertResolved() is called with
    QString title;
    QString areaCode;
    QString areaName;
};

// The capability a session needs to act on a step of this role (see SopService).
Capability capabilityForStep(Role stepRole);

// Starts SOP runs and acts on their steps. Every change is a journal entry with subject "sop:<runId>"
// (runId: a UUID without braces, so that the same alert can have a run again after one closed); the
// state is derived by SopRunReplay from those entries and re-read before each action, so a restart or
// another console's action is never lost or overwritten.
//
// Entries (payload fields; the actor is the login, or "system" for what the service does itself):
//   sop.started            template (the whole template JSON), templateId, version, alert, alertKey,
//                          alertTitle, area, areaName
//   sop.step.assigned      step, role, timeLimitMinutes   (the step became active: deadline = entry time + limit)
//   sop.step.done          step, role, answer / value+unit / evidence {kind, reference} / note / handedOver
//   sop.step.skipped       step, role, justification
//   sop.approval.requested step, performer, performedStep  (with the approval step's sop.step.assigned)
//   sop.approval.granted   step, role, comment
//   sop.approval.rejected  step, role, comment            (then performedStep is assigned again)
//   sop.step.escalated     step, role, deadline, overdueSeconds
//   sop.notification.sent / .failed  step, purpose, channel, recipient, address, detail
//   sop.condition.met      condition "alert_resolved"     (the alert was resolved before the wait step)
//   sop.closed             reason "completed" | "condition"
//
// Who may act on a step: the capability of the step's role, checked with AuthService::authorize
// (journaled) on the alert's area — operator steps StartSop (operators and supervisors: a supervisor
// may take over an operator's step), supervisor steps ApproveSopStep (supervisors), leader steps
// RequestExplanation (leaders), admin steps ManageAccounts (administrators). A viewer never acts.
// Approvals also refuse the account that performed the work being approved (four eyes).
//
// GUI thread or the headless service's thread; the Database, Journal and AuthService are that thread's.
class SopService : public QObject {
    Q_OBJECT

public:
    SopService(Database& database, Journal& journal, AuthService& auth, const SopTemplateLibrary& templates,
               const Clock& clock, QObject* parent = nullptr);
    ~SopService() override;

    // Optional: who delivers notify-step messages (not owned; must outlive the service). Without one, a
    // notify step journals sop.notification.failed ("no notifier") and waits for a person to complete it.
    void setNotifier(SopNotifier* notifier) { m_notifier = notifier; }
    void setContacts(SopContactDirectory contacts) { m_contacts = std::move(contacts); }
    // Language of the messages sent ("vi" default, "en").
    void setMessageLanguage(const QString& language) { m_language = language; }

    // Reads every run from the journal (called by the constructor; again after a reconnect).
    Result<void> reload();

    Result<QString> start(const QString& templateId, const SopAlertRef& alert, const Session& session);
    // An automatic start by a rule (actor "system", no session).
    Result<QString> startAutomatically(const QString& templateId, const SopAlertRef& alert);

    // input by the step's kind: check {"answer": "yes"|"no"}; value {"value": number}; evidence
    // {"evidence": {"kind": "snapshot"|"photo"|"file", "reference": "<path, URL or snapshot id>"}};
    // call {"answer": "reached"|"not_reached"}; notify/wait done by hand {"note": "…"} (required);
    // every kind may add {"note": "…"}. Approval steps: approve()/reject().
    Result<void> complete(const QString& runId, const QString& stepId, const QJsonObject& input, const Session& session);
    // A skip goes on to the step's `next`, or to its first branch's target when it has no `next`.
    Result<void> skip(const QString& runId, const QString& stepId, const QString& justification, const Session& session);
    Result<void> approve(const QString& runId, const QString& stepId, const Session& session, const QString& comment = {});
    Result<void> reject(const QString& runId, const QString& stepId, const Session& session, const QString& comment);

    // Journals sop.step.escalated once for each active step past its deadline; returns how many.
    int escalateOverdue(const QDateTime& now);
    // The alerts side: the alert with this key was resolved (e.g. water back in range). Wait steps on
    // "alert_resolved" are done; a run whose wait step was its last closes itself.
    void alertResolved(const QString& alertKey);
    // The notifier's report for one recipient.
    void notificationDelivered(const QString& runId, const QString& stepId, const QString& recipient, bool ok,
                               const QString& detail);

    // The app: a 15 s timer and a single-shot timer at the next deadline drive escalateOverdue().
    void startTimers(std::chrono::milliseconds period = std::chrono::seconds(15));

    const SopRun* run(const QString& runId) const;
    QList<const SopRun*> runs() const;               // newest first
    QString openRunFor(const QString& alertKey) const; // empty when none
    const SopTemplateLibrary& templates() const { return m_templates; }
    const Clock& clock() const { return m_clock; }

Q_SIGNALS:
    void runStarted(const QString& runId);
    void runChanged(const QString& runId);
    void runClosed(const QString& runId);
    // For the supervisor's queue.
    void stepEscalated(const QString& runId, const QString& stepId);
    void stepSkipped(const QString& runId, const QString& stepId);
    void approvalRequested(const QString& runId, const QString& stepId);

private:
    Result<QString> startAs(const QString& templateId, const SopAlertRef& alert, const QString& actor);
    Result<void> decide(const QString& runId, const QString& stepId, const Session& session, const QString& comment,
                        bool granted);
    Result<SopRun> load(const QString& runId); // re-reads the run from the journal into the cache
    void refreshCached(const QString& runId);
    Result<SopRun> activeStep(const QString& runId, const QString& stepId, const SopStep** definition);
    Result<void> mayAct(const Session& session, const SopRun& run, const SopStep& step, const QString& what);
    Result<void> append(const QString& actor, const QString& kind, const QString& runId, QJsonObject payload);
    // Inside a transaction: the work after `stepId` ended with `answer` — the next step or the end.
    Result<void> advance(const SopRun& run, const SopStep& step, const QString& answer, const QString& performer,
                         const QString& performedStep);
    Result<void> activate(const SopRun& run, const QString& stepId, const QString& performer,
                          const QString& performedStep);
    // After a commit: notify steps send their messages, then move on.
    void runAutomaticSteps(const QString& runId);
    void tell(const SopRun& run, const QString& stepId, const QString& purpose, const QString& channel,
              const QStringList& roles, bool areaOfficer, const QString& subject, const QString& body);
    QList<SopRecipient> resolve(const SopRun& run, const QStringList& roles, bool areaOfficer, const QString& channel,
                                QStringList* missing);
    QString fill(const QString& text, const SopRun& run, const SopStep* step) const;
    void changed(const QString& runId, bool started = false);
    void scheduleNextDeadline();

    Database& m_database;
    Journal& m_journal;
    AuthService& m_auth;
    const SopTemplateLibrary& m_templates;
    const Clock& m_clock;
    SopNotifier* m_notifier = nullptr;
    SopContactDirectory m_contacts;
    QString m_language = QStringLiteral("vi");
    QHash<QString, SopRun> m_runs;
    QTimer m_tick;
    QTimer m_nextDeadline;
};

} // namespace ioc
