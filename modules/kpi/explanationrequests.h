// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/session.h"
#include "core/result.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace ioc {

class AuthService;
class Clock;
class Journal;

// A leader's request that the responsible unit explain an indicator (yêu cầu giải trình), and the
// unit's answer. Kept only as journal events ("kpi.explanation.requested", "kpi.explanation.answered"):
// the list is derived from them, so nothing is lost and every step says who did it. Asking needs
// RequestExplanation; answering needs a signed-in person of the unit asked (or an administrator).
// GUI thread.
class ExplanationRequests : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int openCount READ openCount NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    struct Request {
        QString id;          // "expl/<journal sequence of the request>"
        QString indicator;   // code
        QString area;
        QString period;
        QString question;
        QString unit;        // who must answer
        QString requestedBy;
        QDateTime requestedAt;
        QDateTime deadline;
        QString answer;
        QString answeredBy;
        QDateTime answeredAt;
    };
    enum Role { IdRole = Qt::UserRole + 1, IndicatorRole, AreaRole, PeriodRole, QuestionRole, UnitRole, RequestedByRole,
                RequestedAtRole, DeadlineRole, AnswerRole, AnsweredByRole, AnsweredAtRole, OverdueRole };

    ExplanationRequests(Journal& journal, AuthService& auth, const Clock& clock, QObject* parent = nullptr);

    Result<QString> request(const Session& session, const QString& indicator, const QString& area, const QString& period,
                            const QString& question, const QString& unit, const QDateTime& deadline);
    Result<void> answer(const Session& session, const QString& id, const QString& text);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int openCount() const;
    QString lastError() const { return m_lastError; }
    const QList<Request>& requests() const { return m_requests; }

    // Re-reads the journal.
    Q_INVOKABLE void refresh();
    // QML: the console's session asks or answers; false with lastError when refused.
    Q_INVOKABLE bool submitRequest(const QString& indicator, const QString& area, const QString& period,
                                   const QString& question, const QString& unit, int daysToAnswer);
    Q_INVOKABLE bool submitAnswer(const QString& id, const QString& text);

Q_SIGNALS:
    void changed();
    void lastErrorChanged();

private:
    void setLastError(const QString& error);

    Journal& m_journal;
    AuthService& m_auth;
    const Clock& m_clock;
    QList<Request> m_requests; // newest first
    QString m_lastError;
};

} // namespace ioc
