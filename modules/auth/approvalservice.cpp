// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/approvalservice.h"

#include "auth/authservice.h"
#include "store/journal.h"

#include <QCoreApplication>

namespace ioc {

class ApprovalText {
    Q_DECLARE_TR_FUNCTIONS(ioc::ApprovalText)
};

ApprovalService::ApprovalService(AuthService& auth, Journal& journal, QObject* parent)
    : QObject(parent), m_auth(auth), m_journal(journal)
{
}

Result<Approval> ApprovalService::approve(const Session& approver, const ApprovalRequest& request)
{
    if (request.subject.isEmpty() || request.performedBy.isEmpty())
        return fail(ApprovalText::tr("An approval needs the step and who performed it."));
    if (auto allowed = m_auth.authorize(approver, Capability::ApproveSopStep, request.subject, request.areaCode);
        !allowed) {
        (void)m_journal.append(approver.isValid() ? approver.login : QStringLiteral("unknown"),
                               QStringLiteral("approval.refused"), request.subject,
                               {{QStringLiteral("reason"), QStringLiteral("permission")},
                                {QStringLiteral("performedBy"), request.performedBy}});
        return allowed.error();
    }
    if (approver.login == request.performedBy) {
        (void)m_journal.append(approver.login, QStringLiteral("approval.refused"), request.subject,
                               {{QStringLiteral("reason"), QStringLiteral("four-eyes")},
                                {QStringLiteral("performedBy"), request.performedBy}});
        return fail(ApprovalText::tr("%1 performed this step and cannot also approve it: another supervisor must.")
                        .arg(approver.displayName));
    }
    const Result<JournalEntry> entry =
        m_journal.append(approver.login, QStringLiteral("approval.granted"), request.subject,
                         {{QStringLiteral("performedBy"), request.performedBy},
                          {QStringLiteral("summary"), request.summary.left(500)},
                          {QStringLiteral("area"), request.areaCode}});
    if (!entry)
        return fail(ApprovalText::tr("The approval could not be recorded: %1").arg(entry.errorMessage()));
    Q_EMIT approved(request.subject, approver.login);
    return Approval{approver.login, entry.value().time, entry.value().sequence};
}

Result<Approval> ApprovalService::confirmAsSupervisor(const QString& login, const QString& password,
                                                      const ApprovalRequest& request)
{
    const Result<Session> approver = m_auth.verifyCredentials(login, password, QStringLiteral("approval"));
    if (!approver)
        return approver.error();
    return approve(approver.value(), request);
}

bool ApprovalService::submitConfirmation(const QString& subject, const QString& performedBy, const QString& summary,
                                         const QString& login, const QString& password)
{
    const Result<Approval> result = confirmAsSupervisor(login, password, {subject, performedBy, QString(), summary});
    setLastError(result ? QString() : result.errorMessage());
    return result.ok();
}

void ApprovalService::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

} // namespace ioc
