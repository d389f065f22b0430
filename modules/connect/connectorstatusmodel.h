// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordlistmodel.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

namespace ioc {

class Clock;
struct ConnectorHealth;

// The connectors' health as the store holds it (connector_status): every connector of the centre,
// whichever node runs it, so that a console shows the connectors a headless node runs. Read again
// when the change feed reports "connector" and every 15 s, because data grows stale with time alone.
//
// Roles: connectorId, name (the configured display name, else the id), plugin, node, state (code),
// stateText (translated words), status (the chip's group: "good", "watch", "risk", "stale", "none"),
// breaker, lastAttempt, lastSuccess, lastError, lastErrorAt, dataTime, dataAgeText ("3 minutes ago",
// empty when no data arrived), recordsToday (0 when the counted day is not today), errorRate (percent
// of the recent attempts, 0–100), stale, down, nextAttempt (invalid when none is planned), updated.
//
// GUI thread; the Database is the GUI thread's and, like the clock, outlives the model.
class ConnectorStatusModel : public ioc::RecordListModel { // qualified: QML tooling matches base classes by their full name
    Q_OBJECT
    // Connectors that are down; connectors whose data is stale while they are not down (each counted once).
    Q_PROPERTY(int downCount READ downCount NOTIFY summaryChanged)
    Q_PROPERTY(int staleCount READ staleCount NOTIFY summaryChanged)
    // "none" (no connector known), "down" (one is failing), "stale" (one's data is old), else "ok".
    Q_PROPERTY(QString overall READ overall NOTIFY summaryChanged)
    // Connectors whose data cannot be trusted now (stale or down), for the screens that show their data.
    Q_PROPERTY(QStringList troubledIds READ troubledIds NOTIFY summaryChanged)

public:
    static constexpr int kRefreshIntervalMs = 15000;

    ConnectorStatusModel(Database* database, ChangeFeed* feed, const Clock& clock, QObject* parent = nullptr);

    int downCount() const { return m_summary.down; }
    int staleCount() const { return m_summary.stale; }
    QString overall() const { return m_summary.overall; }
    QStringList troubledIds() const { return m_summary.troubled; }

    // Connector id -> the name its configuration gives it (ConnectorInstanceSettings::displayName()).
    void setDisplayNames(const QHash<QString, QString>& names);

    // The translated words of a state code ("idle" -> "waiting for the next poll").
    static QString stateText(const QString& state);
    // The circuit breaker in words ("closed" → "closed: attempts go through").
    static QString breakerText(const QString& breaker);
    // "just now", "3 minutes ago", "2 hours ago", "4 days ago"; empty for an invalid time.
    static QString ageText(const QDateTime& time, const QDateTime& now);

Q_SIGNALS:
    void summaryChanged();

protected:
    Result<QList<QVariantList>> fetch(Database& database) override;

private:
    struct Summary {
        int down = 0;
        int stale = 0;
        QString overall = QStringLiteral("none");
        QStringList troubled;
        bool operator==(const Summary&) const = default;
    };

    QVariantList rowOf(const ConnectorHealth& health, const QDateTime& now) const;
    void applySummary();

    const Clock& m_clock;
    QHash<QString, QString> m_names;
    QTimer m_timer;
    Summary m_summary;
    Summary m_fetched; // computed by fetch(), applied once the rows are in (refreshed())
};

} // namespace ioc
