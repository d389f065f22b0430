// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/connectorstatusmodel.h"

#include "connect/connectorhealth.h"
#include "connect/internal/connectorstate.h"
#include "core/clock.h"

#include <cmath>

namespace ioc {

namespace {

const QStringList kRoles = {
    QStringLiteral("connectorId"), QStringLiteral("name"),        QStringLiteral("plugin"),
    QStringLiteral("node"),        QStringLiteral("state"),       QStringLiteral("stateText"),
    QStringLiteral("status"),      QStringLiteral("breaker"),     QStringLiteral("lastAttempt"),
    QStringLiteral("lastSuccess"), QStringLiteral("lastError"),   QStringLiteral("lastErrorAt"),
    QStringLiteral("dataTime"),    QStringLiteral("dataAgeText"), QStringLiteral("recordsToday"),
    QStringLiteral("errorRate"),   QStringLiteral("stale"),       QStringLiteral("down"),
    QStringLiteral("nextAttempt"), QStringLiteral("updated"),
};

} // namespace

ConnectorStatusModel::ConnectorStatusModel(Database* database, ChangeFeed* feed, const Clock& clock, QObject* parent)
    : RecordListModel(database, feed, kRoles, QStringLiteral("connector"), parent), m_clock(clock)
{
    connect(this, &RecordListModel::refreshed, this, &ConnectorStatusModel::applySummary);
    m_timer.setInterval(kRefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectorStatusModel::refresh);
    if (database)
        m_timer.start();
}

void ConnectorStatusModel::setDisplayNames(const QHash<QString, QString>& names)
{
    if (names == m_names)
        return;
    m_names = names;
    refresh();
}

QString ConnectorStatusModel::stateText(const QString& state)
{
    if (state == u"starting")
        return tr("starting");
    if (state == u"idle")
        return tr("waiting for the next poll");
    if (state == u"polling")
        return tr("polling");
    if (state == u"backing_off")
        return tr("failed, retrying");
    if (state == u"breaker_open")
        return tr("paused after repeated failures");
    if (state == u"subscribed")
        return tr("receiving");
    if (state == u"disconnected")
        return tr("disconnected");
    if (state == u"standby")
        return tr("standby (another node runs it)");
    if (state == u"stopped")
        return tr("stopped");
    if (state == u"failed")
        return tr("cannot run");
    return tr("unknown state %1").arg(state);
}

QString ConnectorStatusModel::breakerText(const QString& breaker)
{
    if (breaker == u"closed")
        return tr("closed (attempts go through)");
    if (breaker == u"open")
        return tr("open (attempts paused)");
    if (breaker == u"half_open")
        return tr("half-open (one trial attempt)");
    return breaker;
}

QString ConnectorStatusModel::ageText(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid() || !now.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, time.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QVariantList ConnectorStatusModel::rowOf(const ConnectorHealth& h, const QDateTime& now) const
{
    const bool stale = h.isStale(now);
    const bool down = h.isDown();
    QString status;
    if (down)
        status = QStringLiteral("risk");
    else if (stale)
        status = QStringLiteral("stale");
    else if (h.state == u"stopped" || h.state == u"standby")
        status = QStringLiteral("none");
    else if (h.consecutiveFailures > 0 || h.breaker == u"half_open" || h.state == u"starting")
        status = QStringLiteral("watch");
    else
        status = QStringLiteral("good");
    // records_today counts records_day only: after midnight (local time) nothing came in today yet.
    const bool today = h.recordsDay == now.toLocalTime().date().toString(Qt::ISODate);
    const QDateTime dataReference = h.dataTime.isValid() ? h.dataTime : h.lastSuccess;
    return {h.connectorId,
            m_names.value(h.connectorId, h.connectorId),
            h.plugin,
            h.node,
            h.state,
            stateText(h.state),
            status,
            breakerText(h.breaker),
            h.lastAttempt,
            h.lastSuccess,
            h.lastError,
            h.lastErrorAt,
            h.dataTime,
            ageText(dataReference, now),
            today ? h.recordsToday : qint64(0),
            std::round(h.errorRate() * 1000.0) / 10.0,
            stale,
            down,
            h.nextAttempt,
            h.updated};
}

Result<QList<QVariantList>> ConnectorStatusModel::fetch(Database& database)
{
    Result<QList<ConnectorHealth>> all = internal::loadAllHealth(database);
    if (!all)
        return all.error();
    const QDateTime now = m_clock.now();
    QList<QVariantList> rows;
    Summary summary;
    for (const ConnectorHealth& health : all.value()) {
        rows.append(rowOf(health, now));
        const bool down = health.isDown();
        const bool stale = health.isStale(now);
        summary.down += down ? 1 : 0;
        summary.stale += stale && !down ? 1 : 0;
        if (down || stale)
            summary.troubled.append(health.connectorId);
    }
    if (rows.isEmpty())
        summary.overall = QStringLiteral("none");
    else if (summary.down > 0)
        summary.overall = QStringLiteral("down");
    else if (summary.stale > 0)
        summary.overall = QStringLiteral("stale");
    else
        summary.overall = QStringLiteral("ok");
    m_fetched = summary;
    return rows;
}

void ConnectorStatusModel::applySummary()
{
    if (m_fetched == m_summary)
        return;
    m_summary = m_fetched;
    Q_EMIT summaryChanged();
}

} // namespace ioc
