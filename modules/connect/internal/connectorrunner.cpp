// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/internal/connectorrunner.h"

#include "connect/internal/connectorstate.h"
#include "connect/logcategories.h"
#include "connect/transport.h"
#include "core/redaction.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/journal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <algorithm>

namespace ioc {
struct RunnerText {
    Q_DECLARE_TR_FUNCTIONS(RunnerText)
};
} // namespace ioc

namespace ioc::internal {

using std::chrono::milliseconds;

// What the host offers a connector; forwards to its runner.
class RunnerContext final : public ConnectorContext {
public:
    RunnerContext(ConnectorRunner& runner, const ConnectorRunner::Setup& setup) : m_runner(runner), m_setup(setup) {}

    QString connectorId() const override { return m_setup.settings.id; }
    QJsonObject configuration() const override { return m_setup.settings.config; }
    Transport& transport() override { return *m_setup.transport; }
    const Clock& clock() const override { return *m_setup.clock; }
    const QLoggingCategory& logCategory() const override { return *m_setup.logCategory; }
    bool isStopping() const override { return m_runner.isStopping(); }
    Result<void> deliver(ConnectorBatch batch) override { return m_runner.deliver(std::move(batch)); }
    void reportFailure(const QString& reason) override { m_runner.subscriptionFailed(reason); }
    void reportRecovered() override { m_runner.subscriptionRecovered(); }

private:
    ConnectorRunner& m_runner;
    const ConnectorRunner::Setup& m_setup;
};

namespace {

// The advisory-lock key of a connector: stable across processes and machines (qHash is seeded per process).
qint64 lockKey(const QString& connectorId)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayLiteral("ioc.connector.") + connectorId.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

QByteArray describeRejected(const IngestRejection& rejection)
{
    // The mapped record is what ingest refused; the raw item stays with the source. Its place is kept.
    QJsonObject object;
    object.insert(QStringLiteral("recordType"), rejection.recordType);
    object.insert(QStringLiteral("index"), qint64(rejection.index));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ConnectorRunner::ConnectorRunner(Setup setup)
    : m_setup(std::move(setup)),
      m_retry(m_setup.settings.retryInitial, m_setup.settings.retryMaximum, m_setup.seed),
      m_breaker(m_setup.settings.breakerFailures, m_setup.settings.breakerOpen.count())
{
    m_context = std::make_unique<RunnerContext>(*this, m_setup);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectorRunner::attempt);
    m_health.connectorId = m_setup.settings.id;
    m_health.plugin = m_setup.pluginId;
    m_health.node = m_setup.node;
    m_health.staleAfterMs = m_setup.settings.staleAfter.count();
}

ConnectorRunner::~ConnectorRunner()
{
    // Contract for subscriptions: deliver() calls that arrive while stopping are accepted into the inbox
    // and committed here, after unsubscribe() has returned (after which no more can arrive).
    m_stopping = true;
    m_timer.stop();
    dropPrefetch();
    if (m_connector && m_subscribed)
        m_connector->unsubscribe();
    if (m_database)
        drainDeliveries();
    m_connector.reset();
    if (m_database && m_locked) {
        m_health.nextAttempt = QDateTime();
        publishHealth(QStringLiteral("stopped"));
    }
    // Closing the connection releases the PostgreSQL advisory lock.
}

void ConnectorRunner::begin()
{
    if (m_stopping)
        return;
    if (!m_database) {
        if (auto opened = open(); !opened) {
            qCWarning(lcConnect).noquote() << m_setup.settings.id << opened.errorMessage();
            m_health.lastError = redacted(opened.errorMessage());
            m_health.lastErrorAt = m_setup.clock->now();
            m_health.state = QStringLiteral("failed");
            Q_EMIT healthChanged(m_health);
            QTimer::singleShot(m_setup.standbyRetry, this, &ConnectorRunner::begin);
            return;
        }
    }
    if (!takeLock()) {
        if (m_health.state != u"standby") {
            qCInfo(lcConnect).noquote() << m_setup.settings.id << "runs on another node; standing by";
            m_health.state = QStringLiteral("standby");
            Q_EMIT healthChanged(m_health);
        }
        QTimer::singleShot(m_setup.standbyRetry, this, &ConnectorRunner::begin);
        return;
    }

    // Continue the previous run's counters (records today, error history) where a node left them.
    if (auto previous = loadHealth(*m_database, m_setup.settings.id); previous && previous.value()) {
        const ConnectorHealth& before = *previous.value();
        m_health.lastSuccess = before.lastSuccess;
        m_health.lastError = before.lastError;
        m_health.lastErrorAt = before.lastErrorAt;
        m_health.dataTime = before.dataTime;
        m_health.recordsToday = before.recordsToday;
        m_health.recordsDay = before.recordsDay;
    }
    Result<Checkpoint> checkpoint = loadCheckpoint(*m_database, m_setup.settings.id);
    if (!checkpoint) {
        failed(checkpoint.errorMessage());
        return;
    }
    m_checkpoint = checkpoint.value().cursor;

    Result<std::unique_ptr<Connector>> made = m_setup.factory->create(*m_context);
    if (!made) {
        // A configuration the plugin refuses does not mend itself: the connector stays down, and says why.
        qCWarning(lcConnect).noquote() << m_setup.settings.id << made.errorMessage();
        m_health.lastError = redacted(made.errorMessage());
        m_health.lastErrorAt = m_setup.clock->now();
        publishHealth(QStringLiteral("failed"));
        return;
    }
    m_connector = std::move(made).value();
    publishHealth(QStringLiteral("starting"));
    schedule(milliseconds(0));
}

Result<void> ConnectorRunner::open()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_setup.storeUrl);
    if (!opened)
        return opened.error();
    m_database = std::move(opened).value();
    m_ingest = std::make_unique<Ingest>(*m_database, m_setup.feed);
    return {};
}

bool ConnectorRunner::takeLock()
{
    if (m_locked || !m_database->isPostgres()) {
        m_locked = true;
        return true;
    }
    // Session-level: held as long as this connection lives, released when the node stops or dies.
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    query.addBindValue(lockKey(m_setup.settings.id));
    if (!query.exec() || !query.next()) {
        qCWarning(lcConnect).noquote() << m_database->describeError(
            RunnerText::tr("cannot take the lock of connector %1").arg(m_setup.settings.id), query.lastError());
        return false;
    }
    m_locked = query.value(0).toBool();
    return m_locked;
}

void ConnectorRunner::pollNow()
{
    if (m_connector && !m_stopping)
        schedule(milliseconds(0));
}

void ConnectorRunner::schedule(milliseconds delay)
{
    if (m_stopping)
        return;
    m_health.nextAttempt = m_setup.clock->now().addMSecs(delay.count());
    m_timer.start(int(std::clamp<qint64>(delay.count(), 0, std::numeric_limits<int>::max())));
}

void ConnectorRunner::attempt()
{
    if (m_stopping || !m_connector)
        return;
    const QDateTime now = m_setup.clock->now();
    if (!m_breaker.allowAttempt(now)) {
        publishHealth(QStringLiteral("breaker_open"));
        schedule(milliseconds(std::max<qint64>(1, now.msecsTo(m_breaker.openUntil()))));
        return;
    }
    m_health.lastAttempt = now;

    if (m_connector->mode() == Connector::Mode::Subscribe) {
        if (m_subscribed)
            return;
        if (auto subscribed = m_connector->subscribe(m_checkpoint); !subscribed) {
            failed(subscribed.errorMessage());
            return;
        }
        m_subscribed = true;
        m_breaker.recordSuccess();
        m_recent.append(true);
        publishHealth(QStringLiteral("subscribed"));
        return;
    }

    // While a batch with `more` commits, the next page of a connector that pollsAhead() is already being
    // fetched (on a thread of its own, never two polls at once): the source's latency and the store's write
    // overlap. A prefetched page is
    // used only if the batch it follows committed; otherwise it is dropped and polled again.
    Result<ConnectorBatch> polled = takePrefetched(m_checkpoint);
    if (m_stopping)
        return;
    if (!polled) {
        failed(polled.errorMessage());
        return;
    }
    // Nothing new (the usual answer of an idle source): no transaction, no checkpoint write.
    const bool nothingNew = polled.value().size() == 0
        && (polled.value().checkpoint.isEmpty() || polled.value().checkpoint == m_checkpoint);
    if (nothingNew) {
        succeeded(polled.value());
        publishHealth(QStringLiteral("idle"));
        schedule(polled.value().more ? milliseconds(0) : m_setup.settings.interval);
        return;
    }
    if (polled.value().more && !polled.value().checkpoint.isEmpty() && m_connector->pollsAhead())
        startPrefetch(polled.value().checkpoint);
    if (auto committed = commit(polled.value()); !committed) {
        dropPrefetch();
        failed(committed.errorMessage());
        return;
    }
    succeeded(polled.value());
    // In a burst of pages the status row is written at most every 2 s; at the end of the burst always.
    if (!polled.value().more || !m_lastHealthWrite.isValid() || m_lastHealthWrite.elapsed() > 2000)
        publishHealth(QStringLiteral("idle"));
    schedule(polled.value().more ? milliseconds(0) : m_setup.settings.interval);
}

void ConnectorRunner::startPrefetch(const QByteArray& cursor)
{
    dropPrefetch();
    m_prefetchCursor = cursor;
    Connector* connector = m_connector.get();
    m_prefetch = std::async(std::launch::async, [connector, cursor] { return connector->poll(cursor); });
}

void ConnectorRunner::dropPrefetch()
{
    if (m_prefetch.valid())
        m_prefetch.wait(); // the connector is not polled twice at once, and never outlives this
    m_prefetch = {};
    m_prefetchCursor.clear();
}

Result<ConnectorBatch> ConnectorRunner::takePrefetched(const QByteArray& checkpoint)
{
    if (m_prefetch.valid()) {
        const bool matches = m_prefetchCursor == checkpoint;
        Result<ConnectorBatch> prefetched = m_prefetch.get();
        m_prefetch = {};
        m_prefetchCursor.clear();
        if (matches)
            return prefetched;
    }
    return m_connector->poll(checkpoint);
}

Result<void> ConnectorRunner::commit(const ConnectorBatch& batch)
{
    RecordBatch records = batch.records;
    records.source = m_setup.settings.id;
    const QDateTime now = m_setup.clock->now();
    Result<IngestReport> written = m_ingest->write(records, [&](const IngestReport& report, ChangeSet& changes) -> Result<void> {
        QList<QuarantinedRecord> quarantined = batch.quarantined;
        for (const IngestRejection& rejection : report.rejected)
            quarantined.append({rejection.recordType, describeRejected(rejection), rejection.reason});
        if (auto ok = insertQuarantined(*m_database, m_setup.settings.id, quarantined, now); !ok)
            return ok;
        if (auto ok = saveCheckpoint(*m_database, m_setup.settings.id, batch.checkpoint, report.written, now); !ok)
            return ok;
        if (!quarantined.isEmpty())
            changes.counts[QStringLiteral("quarantine")] += int(quarantined.size());
        changes.counts[QStringLiteral("connector")] += 1;
        return {};
    });
    if (!written)
        return written.error();
    if (!records.isEmpty())
        Q_EMIT recordsCommitted(records);
    if (!written.value().rejected.isEmpty())
        qCWarning(*m_setup.logCategory).noquote()
            << m_setup.settings.id << written.value().rejected.size() << "records refused by the store, quarantined; first:"
            << written.value().rejected.first().reason;
    if (!batch.quarantined.isEmpty())
        qCInfo(*m_setup.logCategory).noquote()
            << m_setup.settings.id << batch.quarantined.size() << "records quarantined; first:" << batch.quarantined.first().reason;
    return {};
}

void ConnectorRunner::succeeded(const ConnectorBatch& batch)
{
    if (!batch.checkpoint.isEmpty())
        m_checkpoint = batch.checkpoint;
    m_breaker.recordSuccess();
    m_recent.append(true);
    m_health.lastSuccess = m_setup.clock->now();
    if (batch.dataTime.isValid() && (!m_health.dataTime.isValid() || batch.dataTime > m_health.dataTime))
        m_health.dataTime = batch.dataTime;
    countRecords(batch.records.size());
}

void ConnectorRunner::failed(const QString& reason)
{
    const QDateTime now = m_setup.clock->now();
    const QString shown = redacted(reason);
    m_breaker.recordFailure(now);
    m_recent.append(false);
    milliseconds delay = m_retry.delayAfter(m_breaker.consecutiveFailures());
    if (m_breaker.state() == CircuitBreaker::State::Open)
        delay = std::max(delay, milliseconds(now.msecsTo(m_breaker.openUntil())));
    m_health.lastError = shown;
    m_health.lastErrorAt = now;
    qCWarning(*m_setup.logCategory).noquote()
        << m_setup.settings.id << "failed (" << m_breaker.consecutiveFailures() << "in a row), next attempt in"
        << delay.count() << "ms:" << shown;
    if (m_connector && m_connector->mode() == Connector::Mode::Subscribe && m_subscribed) {
        publishHealth(QStringLiteral("disconnected")); // the subscription reconnects by itself
        return;
    }
    schedule(delay);
    publishHealth(m_breaker.state() == CircuitBreaker::State::Open ? QStringLiteral("breaker_open")
                                                                   : QStringLiteral("backing_off"));
}

void ConnectorRunner::countRecords(qint64 records)
{
    const QString today = m_setup.clock->now().toLocalTime().date().toString(Qt::ISODate);
    if (m_health.recordsDay != today) {
        m_health.recordsDay = today;
        m_health.recordsToday = 0;
    }
    m_health.recordsToday += records;
}

void ConnectorRunner::publishHealth(const QString& state)
{
    while (m_recent.size() > ConnectorHealth::kRecentWindow)
        m_recent.removeFirst();
    m_health.state = state;
    m_health.breaker = CircuitBreaker::toCode(m_breaker.state());
    m_health.consecutiveFailures = m_breaker.consecutiveFailures();
    m_health.recentAttempts = int(m_recent.size());
    m_health.recentFailures = int(std::count(m_recent.cbegin(), m_recent.cend(), false));
    m_health.updated = m_setup.clock->now();
    m_lastHealthWrite.start();
    countRecords(0); // rolls the day over
    if (m_database) {
        if (auto saved = saveHealth(*m_database, m_health); !saved)
            qCWarning(lcConnect).noquote() << saved.errorMessage();
        else if (m_setup.feed) {
            ChangeSet changes;
            changes.counts[QStringLiteral("connector")] = 1;
            if (m_database->isPostgres()) {
                QSqlQuery notify(m_database->connection());
                notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
                notify.addBindValue(QString::fromLatin1(ChangeFeed::kChannel));
                notify.addBindValue(QString::fromUtf8(m_setup.feed->notificationPayload(changes)));
                if (!notify.exec())
                    qCWarning(lcConnect).noquote() << m_database->describeError(QStringLiteral("pg_notify"), notify.lastError());
            }
            m_setup.feed->publishLocal(changes);
        }
    }
    Q_EMIT healthChanged(m_health);
}

Result<void> ConnectorRunner::deliver(ConnectorBatch batch)
{
    auto pending = std::make_shared<Pending>();
    pending->batch = std::move(batch);
    std::future<Result<void>> done = pending->done.get_future();
    {
        QMutexLocker lock(&m_inboxMutex);
        m_inbox.push_back(pending);
    }
    if (QThread::currentThread() == thread()) {
        drainDeliveries();
        return done.get();
    }
    QMetaObject::invokeMethod(this, &ConnectorRunner::drainDeliveries, Qt::QueuedConnection);
    for (;;) {
        if (done.wait_for(std::chrono::milliseconds(50)) == std::future_status::ready)
            return done.get();
        if (m_stopping)
            return {}; // accepted: the destructor commits it after unsubscribe() returns
    }
}

void ConnectorRunner::drainDeliveries()
{
    for (;;) {
        std::shared_ptr<Pending> next;
        {
            QMutexLocker lock(&m_inboxMutex);
            if (m_inbox.empty())
                return;
            next = m_inbox.front();
            m_inbox.pop_front();
        }
        Result<void> committed = m_database ? commit(next->batch)
                                            : Result<void>(fail(RunnerText::tr("the store is not open")));
        if (committed) {
            succeeded(next->batch);
            if (!m_stopping)
                publishHealth(QStringLiteral("subscribed"));
        } else {
            qCWarning(lcConnect).noquote() << m_setup.settings.id << committed.errorMessage();
        }
        next->done.set_value(committed);
    }
}

void ConnectorRunner::subscriptionFailed(const QString& reason)
{
    QMetaObject::invokeMethod(this, [this, reason] {
        if (!m_stopping)
            failed(reason);
    }, Qt::QueuedConnection);
}

void ConnectorRunner::subscriptionRecovered()
{
    QMetaObject::invokeMethod(this, [this] {
        if (m_stopping)
            return;
        m_breaker.recordSuccess();
        m_recent.append(true);
        publishHealth(QStringLiteral("subscribed"));
    }, Qt::QueuedConnection);
}

void ConnectorRunner::retryQuarantined(qint64 id, const QString& actor)
{
    const auto done = [&](bool ok, const QString& message) { Q_EMIT quarantineHandled(id, ok, message); };
    if (!m_database || !m_connector) {
        done(false, RunnerText::tr("connector %1 is not running").arg(m_setup.settings.id));
        return;
    }
    Result<std::optional<QuarantineRow>> row = loadQuarantined(*m_database, id);
    if (!row || !row.value() || row.value()->connectorId != m_setup.settings.id) {
        done(false, row ? RunnerText::tr("quarantined record %1 does not exist").arg(id) : row.errorMessage());
        return;
    }
    if (row.value()->state != u"held") {
        done(false, RunnerText::tr("quarantined record %1 was already handled (%2)").arg(id).arg(row.value()->state));
        return;
    }
    dropPrefetch(); // remap() never runs beside a poll
    Result<RecordBatch> remapped = m_connector->remap(row.value()->record);
    if (!remapped) {
        (void)keepQuarantined(*m_database, id, remapped.errorMessage());
        done(false, remapped.errorMessage());
        return;
    }
    RecordBatch records = remapped.value();
    records.source = m_setup.settings.id;
    Journal journal(*m_database, *m_setup.clock);
    Result<IngestReport> written = m_ingest->write(records, [&](const IngestReport& report, ChangeSet& changes) -> Result<void> {
        if (!report.rejected.isEmpty())
            return fail(report.rejected.first().reason);
        if (report.written == 0)
            return fail(RunnerText::tr("the record still maps to nothing"));
        if (auto ok = resolveQuarantined(*m_database, id, QStringLiteral("retried"), actor, m_setup.clock->now()); !ok)
            return ok;
        QJsonObject payload;
        payload.insert(QStringLiteral("connector"), m_setup.settings.id);
        payload.insert(QStringLiteral("records"), qint64(report.written));
        if (auto entry = journal.append(actor, QStringLiteral("connector.quarantine.retried"),
                                        QStringLiteral("quarantine:%1").arg(id), payload);
            !entry)
            return entry.error();
        changes.counts[QStringLiteral("quarantine")] += 1;
        return {};
    });
    if (!written) {
        (void)keepQuarantined(*m_database, id, written.errorMessage());
        done(false, written.errorMessage());
        return;
    }
    done(true, RunnerText::tr("%n record(s) written", nullptr, int(written.value().written)));
}

void ConnectorRunner::discardQuarantined(qint64 id, const QString& actor)
{
    if (!m_database) {
        Q_EMIT quarantineHandled(id, false, RunnerText::tr("connector %1 is not running").arg(m_setup.settings.id));
        return;
    }
    Journal journal(*m_database, *m_setup.clock);
    Result<void> discarded = m_database->transaction([&]() -> Result<void> {
        Result<std::optional<QuarantineRow>> row = loadQuarantined(*m_database, id);
        if (!row)
            return row.error();
        if (!row.value() || row.value()->state != u"held")
            return fail(RunnerText::tr("quarantined record %1 is not held").arg(id));
        if (auto ok = resolveQuarantined(*m_database, id, QStringLiteral("discarded"), actor, m_setup.clock->now()); !ok)
            return ok;
        QJsonObject payload;
        payload.insert(QStringLiteral("connector"), m_setup.settings.id);
        payload.insert(QStringLiteral("reason"), row.value()->record.reason);
        if (auto entry = journal.append(actor, QStringLiteral("connector.quarantine.discarded"),
                                        QStringLiteral("quarantine:%1").arg(id), payload);
            !entry)
            return entry.error();
        return {};
    });
    if (discarded && m_setup.feed) {
        ChangeSet changes;
        changes.counts[QStringLiteral("quarantine")] = 1;
        m_setup.feed->publishLocal(changes);
    }
    Q_EMIT quarantineHandled(id, bool(discarded), discarded ? RunnerText::tr("discarded") : discarded.errorMessage());
}

QString ConnectorRunner::redacted(const QString& text) const { return redactCredentials(text); }

} // namespace ioc::internal
