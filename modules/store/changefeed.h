// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUuid>

namespace ioc {

class Database;

// What one committed batch changed: a count per record type ("case", "asset", "observation",
// "position", "indicator", "alert", "area", "journal") and the keys of changed cases and alerts
// (at most kMaxKeys each, so that a payload stays small).
struct ChangeSet {
    static constexpr int kMaxKeys = 50;

    QHash<QString, int> counts;
    QStringList caseKeys;  // "source/externalId"
    QStringList alertKeys;

    bool isEmpty() const { return counts.isEmpty(); }
    bool touches(const QString& recordType) const { return counts.value(recordType) > 0; }

    QByteArray toPayload(const QUuid& origin) const;
    static std::optional<std::pair<QUuid, ChangeSet>> fromPayload(const QByteArray& payload);
};

// Tells every view what changed in the store: in this process by a signal, and across consoles
// through PostgreSQL LISTEN/NOTIFY on one channel, one notification per committed batch.
// Lives on the GUI thread.
class ChangeFeed : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kChannel = "ioc_changes";

    explicit ChangeFeed(QObject* parent = nullptr);

    // Call after a commit in this process: emits changed() at once (local = true).
    void publishLocal(const ChangeSet& changes);

    // On PostgreSQL: the SQL that Ingest runs inside its transaction so that the notification is
    // delivered exactly when the batch commits. Empty on SQLite.
    QByteArray notificationPayload(const ChangeSet& changes) const { return changes.toPayload(m_origin); }

    // Subscribes to other consoles' changes on this PostgreSQL connection (a no-op on SQLite).
    Result<void> listen(Database& database);

    QUuid origin() const { return m_origin; }

Q_SIGNALS:
    void changed(const ioc::ChangeSet& changes, bool local);

private:
    void onNotification(const QString& name, const QVariant& payload);

    QUuid m_origin = QUuid::createUuid();
};

} // namespace ioc

Q_DECLARE_METATYPE(ioc::ChangeSet)
