// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

namespace ioc {

class AuthService;
class SopService;

// The demo's rehearsal: in the demo province, the operator on shift (DemoAccounts::operatorLogin) has already
// worked one procedure up to the supervisor's approval, so that a presenter, and the screen tour, find a run in
// the approval queue. It acts through SopService with the operator's own session, so every step is checked
// and journaled like a person's. Once per store: nothing is done while some run already waits for approval.
// GUI thread (the SopService's); the services outlive it.
class DemoRehearsal : public QObject {
    Q_OBJECT

public:
    // The procedure rehearsed: a field report past due (check → record the result → approval).
    static constexpr const char* kTemplateId = "field-report-overdue";

    DemoRehearsal(SopService& sop, AuthService& auth, QObject* parent = nullptr);

    // Rehearses a running run of kTemplateId now if there is one, else the first one that starts.
    void start();
    // Works the run's operator steps up to its approval step, as the demo operator. Fails (and leaves the
    // run as it is after the last step done) when a step is not the operator's or cannot be answered here.
    Result<void> rehearse(const QString& runId);
    QString rehearsedRun() const { return m_rehearsed; }

Q_SIGNALS:
    void rehearsed(const QString& runId);

private:
    void tryRun(const QString& runId);
    bool someRunAwaitsApproval() const;

    SopService& m_sop;
    AuthService& m_auth;
    QString m_rehearsed;
};

} // namespace ioc
