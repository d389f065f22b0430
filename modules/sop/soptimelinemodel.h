// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace ioc {

class SopService;
struct JournalEntry;
struct SopRun;

// The journal entries of one run (`runId`), oldest first, each in words ("vanhanh did “Check the
// gauge”: yes"). GUI thread.
class SopTimelineModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString runId READ runId WRITE setRunId NOTIFY runIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles { SequenceRole = Qt::UserRole + 1, TimeRole, ActorRole, KindRole, TextRole };

    explicit SopTimelineModel(SopService& service, QObject* parent = nullptr);

    QString runId() const { return m_runId; }
    void setRunId(const QString& runId);
    QString language() const { return m_language; }
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;
    Q_INVOKABLE void refresh();

    // One entry in words (translated English source texts; step titles in `language`).
    static QString describe(const SopRun& run, const JournalEntry& entry, const QString& language);

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
