// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace ioc {

class AuthService;
class SopService;
struct SopRun;

// The SOP runs for the SOP screen and the supervisor's queue, read from SopService (which derives them
// from the journal) and refreshed when a run changes. Filters (`filter`):
//   "running"   open runs, the least time left first (default);
//   "mine"      open runs whose current step this console's session may do, in its areas;
//   "approval"  open runs waiting for a supervisor's approval;
//   "attention" the supervisor's queue: waiting for approval, escalated, or with a skipped step;
//   "all"       every run, newest first.
// GUI thread.
class SopRunListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        RunIdRole = Qt::UserRole + 1, TemplateIdRole, TitleRole, AlertKeyRole, AlertTitleRole, AreaRole, StartedAtRole,
        StartedByRole, CurrentStepRole, CurrentStepTitleRole, CurrentRoleRole, DeadlineRole, SecondsLeftRole, OverdueRole,
        EscalatedRole, AwaitingApprovalRole, SkippedCountRole, DoneCountRole, StepCountRole, ClosedRole, ClosedReasonRole
    };

    SopRunListModel(SopService& service, AuthService& auth, QObject* parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString& filter);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The value of a role by name, for tests and the details pane.
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    // Reads the runs again (time left changes with the clock: the screen calls it on its own timer).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void filterChanged();
    void languageChanged();
    void countChanged();

private:
    bool accepts(const SopRun& run) const;

    SopService& m_service;
    AuthService& m_auth;
    QString m_filter = QStringLiteral("running");
    QString m_language = QStringLiteral("en");
    QStringList m_runIds;
};

} // namespace ioc
