// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace ioc {

class SopService;
struct SopRun;

// The base of the models that list something of one run (`runId`): its steps, its timeline. Keeps the run
// and the language, and resets itself when the service says the run changed; a subclass says how many rows
// a run has and what they hold. GUI thread.
class SopRunRowsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString runId READ runId WRITE setRunId NOTIFY runIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    QString runId() const { return m_runId; }
    void setRunId(const QString& runId);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    Q_INVOKABLE void refresh();
    // A row's value by role name (as the delegates name it); invalid for an unknown row or name.
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

Q_SIGNALS:
    void runIdChanged();
    void languageChanged();
    void countChanged();

protected:
    explicit SopRunRowsModel(SopService& service, QObject* parent = nullptr);
    virtual int rowsOf(const SopRun& run) const = 0;
    // The run shown, or null (none set, or not known to the service).
    const SopRun* shownRun() const;

    SopService& m_service;
    QString m_language = QStringLiteral("en");

private:
    QString m_runId;
    int m_rows = 0;
};

} // namespace ioc
