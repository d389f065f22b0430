// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace ioc {

class SopService;

// The steps of one run (`runId`) in template order with their state, who did them and when, the
// active step's deadline and time left, and the answer, value or evidence given. GUI thread.
class SopStepListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString runId READ runId WRITE setRunId NOTIFY runIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        StepIdRole = Qt::UserRole + 1, TitleRole, InstructionsRole, StepRoleRole, KindRole, StateRole, CurrentRole,
        ByRole, AtRole, ActivatedAtRole, DeadlineRole, SecondsLeftRole, OverdueRole, EscalatedRole, AnswerRole,
        ValueRole, UnitRole, EvidenceKindRole, EvidenceReferenceRole, NoteRole, JustificationRole, CommentRole,
        PerformerRole, NotificationsSentRole, NotificationsFailedRole, TimeLimitMinutesRole
    };

    explicit SopStepListModel(SopService& service, QObject* parent = nullptr);

    QString runId() const { return m_runId; }
    void setRunId(const QString& runId);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void runIdChanged();
    void languageChanged();
    void countChanged();

private:
    SopService& m_service;
    QString m_runId;
    QString m_language = QStringLiteral("en");
    int m_rows = 0;
};

} // namespace ioc
