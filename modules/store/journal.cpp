// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/journal.h"

#include "core/clock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ioc {

class JournalText {
    Q_DECLARE_TR_FUNCTIONS(ioc::JournalText)
};

namespace {

const QByteArray kGenesisHash(64, '0');

JournalEntry readEntry(const QSqlQuery& query)
{
    JournalEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.time = fromStoredTime(query.value(1));
    entry.actor = query.value(2).toString();
    entry.kind = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.previousHash = query.value(6).toString().toLatin1();
    entry.hash = query.value(7).toString().toLatin1();
    return entry;
}

const QString kSelect = QStringLiteral(
    "SELECT sequence, time, actor, kind, subject, payload, previous_hash, hash FROM journal ");

} // namespace

Journal::Journal(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

QByteArray Journal::canonicalEncoding(const JournalEntry& entry)
{
    // QJsonObject keeps its keys sorted, so the payload's encoding is canonical too. Time in epoch
    // milliseconds (exact in a JSON number); strings as UTF-8 JSON strings.
    const QJsonArray fields{
        QJsonValue(entry.sequence),
        QJsonValue(entry.time.toMSecsSinceEpoch()),
        entry.actor,
        entry.kind,
        entry.subject,
        entry.payload,
        QString::fromLatin1(entry.previousHash),
    };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray Journal::computeHash(const JournalEntry& entry)
{
    return QCryptographicHash::hash(canonicalEncoding(entry), QCryptographicHash::Sha256).toHex();
}

Result<JournalEntry> Journal::append(const QString& actor, const QString& kind, const QString& subject,
                                     const QJsonObject& payload)
{
    JournalEntry entry;
    auto appended = m_database.transaction([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        // One writer at a time, across consoles: the chain must not fork.
        if (m_database.isPostgres() && !query.exec(QStringLiteral("LOCK TABLE journal IN EXCLUSIVE MODE")))
            return fail(m_database.describeError(JournalText::tr("cannot lock the journal"), query.lastError()));
        if (!query.exec(QStringLiteral("SELECT sequence, hash FROM journal ORDER BY sequence DESC LIMIT 1")))
            return fail(m_database.describeError(JournalText::tr("cannot read the journal"), query.lastError()));
        const bool first = !query.next();
        entry.sequence = first ? 1 : query.value(0).toLongLong() + 1;
        entry.previousHash = first ? kGenesisHash : query.value(1).toString().toLatin1();
        query.finish();
        entry.time = QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC);
        entry.actor = actor;
        entry.kind = kind;
        entry.subject = subject;
        entry.payload = payload;
        entry.hash = computeHash(entry);

        query.prepare(QStringLiteral("INSERT INTO journal (sequence, time, actor, kind, subject, payload, previous_hash, hash) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(entry.sequence);
        query.addBindValue(entry.time.toMSecsSinceEpoch());
        query.addBindValue(entry.actor);
        query.addBindValue(entry.kind);
        query.addBindValue(entry.subject);
        query.addBindValue(QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
        query.addBindValue(QString::fromLatin1(entry.previousHash));
        query.addBindValue(QString::fromLatin1(entry.hash));
        if (!query.exec())
            return fail(m_database.describeError(JournalText::tr("cannot append to the journal"), query.lastError()));
        return {};
    });
    if (!appended)
        return appended.error();
    return entry;
}

Result<Journal::Verification> Journal::verify()
{
    Verification verification;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(kSelect + QStringLiteral("ORDER BY sequence")))
        return fail(m_database.describeError(JournalText::tr("cannot read the journal"), query.lastError()));

    QByteArray expectedPrevious = kGenesisHash;
    qint64 expectedSequence = 1;
    while (query.next()) {
        const JournalEntry entry = readEntry(query);
        ++verification.entries;
        QString problem;
        if (entry.sequence != expectedSequence)
            problem = JournalText::tr("expected entry %1 here: an entry is missing or was inserted").arg(expectedSequence);
        else if (entry.previousHash != expectedPrevious)
            problem = JournalText::tr("its link to the previous entry does not match (an entry before it was changed or removed)");
        else if (computeHash(entry) != entry.hash)
            problem = JournalText::tr("its content does not match its hash (the entry was changed)");
        if (!problem.isEmpty()) {
            verification.firstBroken = entry.sequence;
            verification.reason = problem;
            return verification;
        }
        expectedPrevious = entry.hash;
        ++expectedSequence;
    }
    return verification;
}

Result<QList<JournalEntry>> Journal::entries(qint64 fromSequence, int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelect + QStringLiteral("WHERE sequence >= ? ORDER BY sequence LIMIT ?"));
    query.addBindValue(fromSequence);
    query.addBindValue(limit);
    if (!query.exec())
        return fail(m_database.describeError(JournalText::tr("cannot read the journal"), query.lastError()));
    QList<JournalEntry> out;
    while (query.next())
        out.append(readEntry(query));
    return out;
}

Result<QList<JournalEntry>> Journal::find(const JournalQuery& search)
{
    // Every condition is bound; the LIKE pattern escapes the prefix's own wildcards.
    QString sql = kSelect + QStringLiteral("WHERE 1 = 1");
    if (!search.actor.isEmpty())
        sql += QStringLiteral(" AND actor = :actor");
    if (!search.kindPrefix.isEmpty())
        sql += QStringLiteral(" AND kind LIKE :kind ESCAPE '!'");
    if (!search.kinds.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < search.kinds.size(); ++i)
            names.append(QStringLiteral(":k%1").arg(i));
        sql += QStringLiteral(" AND kind IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (!search.subject.isEmpty())
        sql += QStringLiteral(" AND subject = :subject");
    if (search.from.isValid())
        sql += QStringLiteral(" AND time >= :from");
    if (search.to.isValid())
        sql += QStringLiteral(" AND time <= :to");
    sql += QStringLiteral(" ORDER BY sequence DESC LIMIT :limit");
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    if (!search.actor.isEmpty())
        query.bindValue(QStringLiteral(":actor"), search.actor);
    if (!search.kindPrefix.isEmpty()) {
        QString escaped = search.kindPrefix;
        escaped.replace(QLatin1Char('!'), QStringLiteral("!!"))
            .replace(QLatin1Char('%'), QStringLiteral("!%"))
            .replace(QLatin1Char('_'), QStringLiteral("!_"));
        query.bindValue(QStringLiteral(":kind"), escaped + QLatin1Char('%'));
    }
    for (qsizetype i = 0; i < search.kinds.size(); ++i)
        query.bindValue(QStringLiteral(":k%1").arg(i), search.kinds.at(i));
    if (!search.subject.isEmpty())
        query.bindValue(QStringLiteral(":subject"), search.subject);
    if (search.from.isValid())
        query.bindValue(QStringLiteral(":from"), search.from.toMSecsSinceEpoch());
    if (search.to.isValid())
        query.bindValue(QStringLiteral(":to"), search.to.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":limit"), search.limit);
    if (!query.exec())
        return fail(m_database.describeError(JournalText::tr("cannot read the journal"), query.lastError()));
    QList<JournalEntry> out;
    while (query.next())
        out.append(readEntry(query));
    return out;
}

} // namespace ioc
