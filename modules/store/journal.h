// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ioc {

class Clock;
class Database;

struct JournalEntry {
    qint64 sequence = 0;
    QDateTime time;
    QString actor;       // login of who did it, or "system", "connector:<name>"
    QString kind;        // "alert.acknowledged", "sop.step.approved", "auth.signin"…
    QString subject;     // what it is about: "alert:rules/rain-RG03-2026112209"
    QJsonObject payload;
    QByteArray previousHash; // hex SHA-256 of the previous entry; 64 zeros for the first
    QByteArray hash;         // hex SHA-256 of this entry's canonical encoding
};

// A search of the journal (the audit screen). Empty fields do not filter; kinds match by prefix
// ("auth." finds every sign-in entry); times are inclusive. Newest first.
struct JournalQuery {
    QString actor;
    QString kindPrefix;
    QStringList kinds; // exact kinds, any of them
    QString subject;
    QDateTime from;
    QDateTime to;
    int limit = 1000;
};

// The append-only journal: each entry is chained to the previous one by SHA-256 over a canonical
// encoding, so that a changed, removed or inserted entry is detected by verify().
class Journal {
public:
    Journal(Database& database, const Clock& clock);

    Result<JournalEntry> append(const QString& actor, const QString& kind, const QString& subject,
                                const QJsonObject& payload);

    struct Verification {
        qint64 entries = 0;                  // entries checked
        std::optional<qint64> firstBroken;   // sequence of the first entry that does not verify
        QString reason;                      // why it does not
        bool intact() const { return !firstBroken; }
    };
    Result<Verification> verify();

    Result<QList<JournalEntry>> entries(qint64 fromSequence, int limit);
    Result<QList<JournalEntry>> find(const JournalQuery& query);

    // The exact bytes that are hashed: a compact JSON array of the fields in a fixed order, the
    // payload with its keys sorted. Public so that tests and external auditors can recompute it.
    static QByteArray canonicalEncoding(const JournalEntry& entry);
    static QByteArray computeHash(const JournalEntry& entry);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace ioc
