// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/journal.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace ioc {

class AuthService;

// The audit screen's rows: journal entries filtered by who, what (kind prefix) and when, newest
// first, at most 1,000. Reading needs ViewAudit in the console's session, checked here (and
// journaled), not in QML. GUI thread.
class AuditLogModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString actor READ actor WRITE setActor NOTIFY filterChanged)
    Q_PROPERTY(QString action READ action WRITE setAction NOTIFY filterChanged)
    Q_PROPERTY(QDateTime from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDateTime to READ to WRITE setTo NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role { SequenceRole = Qt::UserRole + 1, TimeRole, ActorRole, KindRole, SubjectRole, DetailsRole };

    AuditLogModel(Journal& journal, AuthService& auth, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString actor() const { return m_query.actor; }
    void setActor(const QString& actor);
    QString action() const { return m_query.kindPrefix; }
    void setAction(const QString& action);
    QDateTime from() const { return m_query.from; }
    void setFrom(const QDateTime& from);
    QDateTime to() const { return m_query.to; }
    void setTo(const QDateTime& to);
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    // Writes the rows shown as CSV (UTF-8 with BOM so that spreadsheet programs read the diacritics);
    // cells that a spreadsheet would run as a formula are prefixed with '. Journals the export.
    Q_INVOKABLE bool exportCsv(const QString& path);
    Q_INVOKABLE QString suggestedExportPath() const;

    static QString csvCell(const QString& text);

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void errorChanged();

private:
    void setError(const QString& error);

    Journal& m_journal;
    AuthService& m_auth;
    JournalQuery m_query;
    QList<JournalEntry> m_rows;
    QString m_error;
};

} // namespace ioc
