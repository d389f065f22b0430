// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/session.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>

namespace ioc {

class AuthService;
class Journal;

// A step that someone did and that a supervisor must approve (an SOP step, a closure).
struct ApprovalRequest {
    QString subject;     // "sop:run/12/step/3"
    QString performedBy; // login of who did the step
    QString areaCode;    // where it happened, if anywhere: the approver must be responsible for it
    QString summary;     // what is approved, for the journal
};

struct Approval {
    QString approver;
    QDateTime time;
    qint64 journalSequence = 0;
};

// Approvals under the four-eyes rule: the approver needs ApproveSopStep (and the area), and can never
// be who performed the step. Every grant and refusal is journaled ("approval.granted",
// "approval.refused"). QML reaches confirmAsSupervisor through submitConfirmation().
class ApprovalService : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    ApprovalService(AuthService& auth, Journal& journal, QObject* parent = nullptr);

    Result<Approval> approve(const Session& approver, const ApprovalRequest& request);
    // A supervisor approves on someone else's console with their own credentials; the console's
    // session is not changed.
    Result<Approval> confirmAsSupervisor(const QString& login, const QString& password, const ApprovalRequest& request);

    QString lastError() const { return m_lastError; }
    Q_INVOKABLE bool submitConfirmation(const QString& subject, const QString& performedBy, const QString& summary,
                                        const QString& login, const QString& password);

Q_SIGNALS:
    void lastErrorChanged();
    void approved(const QString& subject, const QString& approver);

private:
    void setLastError(const QString& error);

    AuthService& m_auth;
    Journal& m_journal;
    QString m_lastError;
};

} // namespace ioc
