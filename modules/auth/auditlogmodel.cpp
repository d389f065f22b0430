// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/auditlogmodel.h"

#include "auth/authservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace ioc {

class AuditText {
    Q_DECLARE_TR_FUNCTIONS(ioc::AuditText)
};

AuditLogModel::AuditLogModel(Journal& journal, AuthService& auth, QObject* parent)
    : QAbstractListModel(parent), m_journal(journal), m_auth(auth)
{
    // Whoever signs in next sees their own view; nothing of the previous session stays on screen.
    connect(&m_auth, &AuthService::sessionChanged, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT countChanged();
    });
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_rows.at(index.row());
    switch (role) {
    case SequenceRole:
        return e.sequence;
    case TimeRole:
        return e.time.toLocalTime();
    case ActorRole:
        return e.actor;
    case KindRole:
    case Qt::DisplayRole:
        return e.kind;
    case SubjectRole:
        return e.subject;
    case DetailsRole:
        return QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    return {{SequenceRole, "sequence"}, {TimeRole, "time"},       {ActorRole, "actor"},
            {KindRole, "kind"},         {SubjectRole, "subject"}, {DetailsRole, "details"}};
}

void AuditLogModel::setActor(const QString& actor)
{
    if (actor == m_query.actor)
        return;
    m_query.actor = actor.trimmed().left(64);
    Q_EMIT filterChanged();
}

void AuditLogModel::setAction(const QString& action)
{
    if (action == m_query.kindPrefix)
        return;
    m_query.kindPrefix = action.trimmed().left(64);
    Q_EMIT filterChanged();
}

void AuditLogModel::setFrom(const QDateTime& from)
{
    if (from == m_query.from)
        return;
    m_query.from = from;
    Q_EMIT filterChanged();
}

void AuditLogModel::setTo(const QDateTime& to)
{
    if (to == m_query.to)
        return;
    m_query.to = to;
    Q_EMIT filterChanged();
}

void AuditLogModel::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void AuditLogModel::refresh()
{
    if (auto allowed = m_auth.authorize(m_auth.session(), Capability::ViewAudit, QStringLiteral("audit")); !allowed) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT countChanged();
        setError(allowed.errorMessage());
        return;
    }
    const Result<QList<JournalEntry>> found = m_journal.find(m_query);
    if (!found) {
        setError(found.errorMessage()); // keep the rows shown
        return;
    }
    beginResetModel();
    m_rows = found.value();
    endResetModel();
    Q_EMIT countChanged();
    setError(QString());
}

QString AuditLogModel::csvCell(const QString& text)
{
    QString cell = text;
    // A cell a spreadsheet would evaluate (CSV injection) is kept as text.
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}

bool AuditLogModel::exportCsv(const QString& path)
{
    if (auto allowed = m_auth.authorize(m_auth.session(), Capability::ViewAudit, QStringLiteral("audit:export")); !allowed) {
        setError(allowed.errorMessage());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(AuditText::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    QByteArray out("\xEF\xBB\xBF");
    out += "sequence,time,actor,kind,subject,details\r\n";
    for (const JournalEntry& e : std::as_const(m_rows)) {
        const QStringList cells{QString::number(e.sequence),
                                e.time.toUTC().toString(Qt::ISODateWithMs),
                                csvCell(e.actor),
                                csvCell(e.kind),
                                csvCell(e.subject),
                                csvCell(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)))};
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    file.write(out);
    if (!file.commit()) {
        setError(AuditText::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    (void)m_journal.append(m_auth.session().login, QStringLiteral("audit.exported"), QStringLiteral("audit"),
                           {{QStringLiteral("rows"), int(m_rows.size())}, {QStringLiteral("file"), path}});
    setError(QString());
    return true;
}

QString AuditLogModel::suggestedExportPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("iocdesk-audit-%1.csv")
                                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

} // namespace ioc
