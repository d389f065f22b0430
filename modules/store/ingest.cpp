// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ingest.h"

#include "store/changefeed.h"
#include "store/database.h"
#include "store/internal/recordsql.h"
#include "store/logcategories.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ioc {

class IngestText {
    Q_DECLARE_TR_FUNCTIONS(ioc::IngestText)
};

namespace {

// Writes one record type of a batch: validate, prepare once, bind and execute per record. What was
// written is counted here and added to the change set once, when the writer goes (a batch that fails
// discards the change set anyway).
class TypeWriter {
public:
    TypeWriter(Database& database, const QString& recordType, IngestReport& report, ChangeSet& changes)
        : m_database(database), m_type(recordType), m_query(database.connection()), m_report(report), m_changes(changes)
    {
    }

    ~TypeWriter()
    {
        if (m_written > 0)
            m_changes.counts[m_type] += m_written;
    }

    TypeWriter(const TypeWriter&) = delete;
    TypeWriter& operator=(const TypeWriter&) = delete;

    Result<void> prepare(const QString& sql)
    {
        if (!m_query.prepare(sql))
            return fail(m_database.describeError(IngestText::tr("cannot prepare the %1 statement").arg(m_type),
                                                 m_query.lastError()));
        return {};
    }

    void reject(qsizetype index, const QString& reason)
    {
        m_report.rejected.append({m_type, index, reason});
        qCWarning(lcStore).noquote() << "rejected" << m_type << index << reason;
    }

    // describeRecord() names the record for the error message; it is called only when the write fails.
    template<typename Describe>
    Result<void> exec(const Describe& describeRecord)
    {
        if (!m_query.exec())
            return fail(m_database.describeError(IngestText::tr("cannot write %1").arg(describeRecord()), m_query.lastError()));
        ++m_report.written;
        ++m_written;
        return {};
    }

    QSqlQuery& query() { return m_query; }
    Database& database() { return m_database; }

    // Records written by a statement of the caller's own (several rows at once).
    void addWritten(qsizetype count)
    {
        m_report.written += count;
        m_written += int(count);
    }

private:
    Database& m_database;
    QString m_type;
    QSqlQuery m_query;
    IngestReport& m_report;
    ChangeSet& m_changes;
    int m_written = 0;
};

struct RecordKeyHash {
    size_t operator()(const RecordKey& key) const noexcept { return qHashMulti(0, key.source, key.externalId); }
};

// Asset ids by key, for one batch (assets are written before the records that refer to them, and
// nothing in a batch removes one, so an answer holds for the whole batch).
class AssetIds {
public:
    explicit AssetIds(Database& database) : m_database(database), m_query(database.connection()), m_many(database.connection()) {}

    // Looks up all of `keys` at once: a query per kChunk keys of one source rather than one per asset,
    // which on PostgreSQL is a round trip each (a batch of observations names ~1,000 sensors).
    Result<void> load(const std::vector<const RecordKey*>& keys)
    {
        QHash<QString, QStringList> wanted; // source → external ids not looked up yet
        std::unordered_set<RecordKey, RecordKeyHash> seen;
        for (const RecordKey* key : keys) {
            if (m_ids.count(*key) || m_unknown.count(*key) || !seen.insert(*key).second)
                continue;
            wanted[key->source].append(key->externalId);
        }
        if (wanted.isEmpty())
            return {};
        if (!m_manyPrepared) {
            // The text depends on kChunk only; every value is a bound parameter.
            QString sql = QStringLiteral("SELECT id, external_id FROM assets WHERE source = ? AND external_id IN (?");
            sql += QStringLiteral(", ?").repeated(kChunk - 1) + QLatin1Char(')');
            if (!m_many.prepare(sql))
                return fail(m_database.describeError(IngestText::tr("cannot look up assets"), m_many.lastError()));
            m_manyPrepared = true;
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QStringList& ids = it.value();
            for (qsizetype first = 0; first < ids.size(); first += kChunk) {
                m_many.addBindValue(it.key());
                for (qsizetype i = 0; i < kChunk; ++i) // a short last chunk repeats its last id
                    m_many.addBindValue(ids.at(std::min(first + i, ids.size() - 1)));
                if (!m_many.exec())
                    return fail(m_database.describeError(IngestText::tr("cannot look up assets"), m_many.lastError()));
                while (m_many.next())
                    m_ids.emplace(RecordKey{it.key(), m_many.value(1).toString()}, m_many.value(0).toLongLong());
                m_many.finish();
            }
            for (const QString& id : ids) {
                RecordKey key{it.key(), id};
                if (!m_ids.count(key))
                    m_unknown.insert(std::move(key));
            }
        }
        return {};
    }

    // A key that load() was given: its id, or none when there is no such asset.
    std::optional<qint64> loaded(const RecordKey& key) const
    {
        const auto it = m_ids.find(key);
        return it == m_ids.end() ? std::optional<qint64>() : std::optional<qint64>(it->second);
    }

    // Any key: from what is known, else one query.
    Result<std::optional<qint64>> find(const RecordKey& key)
    {
        if (const auto it = m_ids.find(key); it != m_ids.end())
            return std::optional<qint64>(it->second);
        if (m_unknown.count(key))
            return std::optional<qint64>();
        if (!m_prepared) {
            if (!m_query.prepare(QStringLiteral("SELECT id FROM assets WHERE source = ? AND external_id = ?")))
                return fail(m_database.describeError(IngestText::tr("cannot look up assets"), m_query.lastError()));
            m_prepared = true;
        }
        m_query.addBindValue(key.source);
        m_query.addBindValue(key.externalId);
        if (!m_query.exec())
            return fail(m_database.describeError(IngestText::tr("cannot look up asset %1").arg(describe(key)), m_query.lastError()));
        if (!m_query.next()) {
            m_unknown.insert(key);
            return std::optional<qint64>();
        }
        const qint64 id = m_query.value(0).toLongLong();
        m_query.finish();
        m_ids.emplace(key, id);
        return std::optional<qint64>(id);
    }

private:
    static constexpr qsizetype kChunk = 100;

    Database& m_database;
    QSqlQuery m_query;
    QSqlQuery m_many;
    bool m_prepared = false;
    bool m_manyPrepared = false;
    std::unordered_map<RecordKey, qint64, RecordKeyHash> m_ids;
    std::unordered_set<RecordKey, RecordKeyHash> m_unknown;
};

template<typename Record, typename BindFn>
Result<void> writeKeyed(TypeWriter& writer, const QString& sql, const QList<Record>& records, BindFn bindRecord,
                        QStringList* keys)
{
    if (records.isEmpty())
        return {};
    if (auto prepared = writer.prepare(sql); !prepared)
        return prepared;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record& record = records.at(i);
        if (auto valid = validate(record); !valid) {
            writer.reject(i, valid.errorMessage());
            continue;
        }
        bindRecord(writer.query(), record);
        if (auto written = writer.exec([&] { return describe(record.key); }); !written)
            return written;
        if (keys && keys->size() < ChangeSet::kMaxKeys)
            keys->append(describe(record.key));
    }
    return {};
}

// writeKeyed for PostgreSQL, where every statement is a round trip: records go several per statement.
// PostgreSQL refuses to update one row twice in a statement, so a key already in the pending statement
// sends that statement first; the later record still wins. Rejections and change keys keep batch order.
template<typename Record, typename BindRowFn>
Result<void> writeKeyedRows(TypeWriter& writer, const QString& singleRowSql, int columns, const QList<Record>& records,
                            BindRowFn bindRow, QStringList* keys)
{
    if (records.isEmpty())
        return {};
    const int rowsPerStatement = std::max(1, 1800 / columns);
    QSqlQuery query(writer.database().connection());
    int preparedFor = 0;
    std::vector<const Record*> pending;
    std::unordered_set<RecordKey, RecordKeyHash> pendingKeys;
    const auto flush = [&]() -> Result<void> {
        if (pending.empty())
            return {};
        if (int(pending.size()) != preparedFor) {
            if (!query.prepare(internal::multiRowUpsert(singleRowSql, columns, int(pending.size()))))
                return fail(writer.database().describeError(IngestText::tr("cannot prepare the %1 statement").arg(describe(pending.front()->key)),
                                                            query.lastError()));
            preparedFor = int(pending.size());
        }
        for (std::size_t row = 0; row < pending.size(); ++row)
            bindRow(query, *pending[row], int(row));
        if (!query.exec())
            return fail(writer.database().describeError(IngestText::tr("cannot write %1").arg(describe(pending.front()->key)),
                                                        query.lastError()));
        writer.addWritten(qsizetype(pending.size()));
        pending.clear();
        pendingKeys.clear();
        return {};
    };
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record& record = records.at(i);
        if (auto valid = validate(record); !valid) {
            writer.reject(i, valid.errorMessage());
            continue;
        }
        if (pendingKeys.count(record.key)) {
            if (auto ok = flush(); !ok)
                return ok;
        }
        pending.push_back(&record);
        pendingKeys.insert(record.key);
        if (keys && keys->size() < ChangeSet::kMaxKeys)
            keys->append(describe(record.key));
        if (int(pending.size()) == rowsPerStatement) {
            if (auto ok = flush(); !ok)
                return ok;
        }
    }
    return flush();
}

// Observations are written in key order (asset, metric, time), not in the batch's order. A batch
// usually holds every sensor at a few times; in batch order each row lands on another page of the
// primary key, and once the table outgrows the page cache every row reads and writes back a page
// (1M observations took twice as long on SQLite, tests/bench/store.sh). Equal keys keep their batch
// order, so the last one still wins, and rejections are still reported in batch order.
Result<void> writeObservations(TypeWriter& writer, AssetIds& assetIds, const QList<Observation>& observations)
{
    if (observations.isEmpty())
        return {};
    if (auto prepared = writer.prepare(internal::kObservationUpsert); !prepared)
        return prepared;

    std::vector<std::pair<qsizetype, QString>> invalid; // (index, reason)
    std::vector<qsizetype> valid;
    std::vector<const RecordKey*> keys;
    valid.reserve(std::size_t(observations.size()));
    keys.reserve(std::size_t(observations.size()));
    for (qsizetype i = 0; i < observations.size(); ++i) {
        if (auto checked = validate(observations.at(i)); !checked) {
            invalid.emplace_back(i, checked.errorMessage());
            continue;
        }
        valid.push_back(i);
        keys.push_back(&observations.at(i).asset);
    }
    if (auto loaded = assetIds.load(keys); !loaded)
        return loaded;

    struct Row {
        qint64 assetId;
        qint64 time;
        qsizetype index;
    };
    std::vector<Row> rows;
    rows.reserve(valid.size());
    auto nextInvalid = invalid.cbegin();
    for (const qsizetype i : valid) {
        for (; nextInvalid != invalid.cend() && nextInvalid->first < i; ++nextInvalid)
            writer.reject(nextInvalid->first, nextInvalid->second);
        const Observation& observation = observations.at(i);
        const std::optional<qint64> id = assetIds.loaded(observation.asset);
        if (!id) {
            writer.reject(i, IngestText::tr("observation %1 %2: unknown asset").arg(describe(observation.asset), observation.metric));
            continue;
        }
        rows.push_back({*id, observation.time.toMSecsSinceEpoch(), i});
    }
    for (; nextInvalid != invalid.cend(); ++nextInvalid)
        writer.reject(nextInvalid->first, nextInvalid->second);

    std::sort(rows.begin(), rows.end(), [&observations](const Row& a, const Row& b) {
        if (a.assetId != b.assetId)
            return a.assetId < b.assetId;
        const QString& metricA = observations.at(a.index).metric;
        const QString& metricB = observations.at(b.index).metric;
        if (metricA.constData() != metricB.constData() || metricA.size() != metricB.size()) { // not one shared string
            if (const int order = metricA.compare(metricB); order != 0)
                return order < 0;
        }
        if (a.time != b.time)
            return a.time < b.time;
        return a.index < b.index;
    });
    if (!writer.database().isPostgres()) {
        for (const Row& row : rows) {
            const Observation& observation = observations.at(row.index);
            internal::bind(writer.query(), row.assetId, observation);
            if (auto ok = writer.exec([&] { return describe(observation.asset); }); !ok)
                return ok;
        }
        return {};
    }

    // On PostgreSQL every statement is a round trip to the server (~80 µs on loopback, more on a
    // network): rows go kRowsPerStatement at a time. PostgreSQL refuses to update one row twice in one
    // statement, so a row whose key repeats the previous row's (equal keys are adjacent after the
    // sort) starts a new statement; the later value still wins.
    constexpr qsizetype kRowsPerStatement = 200;
    QSqlQuery multi(writer.database().connection());
    qsizetype preparedFor = 0;
    std::vector<const Row*> chunk;
    chunk.reserve(kRowsPerStatement);
    const auto flush = [&]() -> Result<void> {
        if (chunk.empty())
            return {};
        if (qsizetype(chunk.size()) != preparedFor) {
            if (!multi.prepare(internal::observationUpsertRows(qsizetype(chunk.size()))))
                return fail(writer.database().describeError(IngestText::tr("cannot prepare the %1 statement").arg(QStringLiteral("observation")),
                                                            multi.lastError()));
            preparedFor = qsizetype(chunk.size());
        }
        for (const Row* row : chunk)
            internal::bindRow(multi, row->assetId, observations.at(row->index));
        if (!multi.exec())
            return fail(writer.database().describeError(
                IngestText::tr("cannot write %1").arg(describe(observations.at(chunk.front()->index).asset)), multi.lastError()));
        writer.addWritten(qsizetype(chunk.size()));
        chunk.clear();
        return {};
    };
    for (const Row& row : rows) {
        if (!chunk.empty()) {
            const Row& last = *chunk.back();
            if (last.assetId == row.assetId && last.time == row.time
                && observations.at(last.index).metric == observations.at(row.index).metric) {
                if (auto ok = flush(); !ok)
                    return ok;
            }
        }
        chunk.push_back(&row);
        if (qsizetype(chunk.size()) == kRowsPerStatement) {
            if (auto ok = flush(); !ok)
                return ok;
        }
    }
    return flush();
}

} // namespace

Ingest::Ingest(Database& database, ChangeFeed* feed) : m_database(database), m_feed(feed) {}

Result<IngestReport> Ingest::write(const IngestBatch& batch, const InTransaction& alsoInTransaction)
{
    IngestReport report;
    ChangeSet changes;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    auto written = m_database.transaction([&]() -> Result<void> {
        using namespace internal;
        {
            TypeWriter writer(m_database, QStringLiteral("area"), report, changes);
            if (!batch.areas.isEmpty()) {
                if (auto prepared = writer.prepare(kAreaUpsert); !prepared)
                    return prepared;
            }
            for (qsizetype i = 0; i < batch.areas.size(); ++i) {
                const Area& area = batch.areas.at(i);
                if (area.code.isEmpty() || area.name.isEmpty()) {
                    writer.reject(i, IngestText::tr("area #%1: the code or the name is missing").arg(i));
                    continue;
                }
                bind(writer.query(), area);
                if (auto ok = writer.exec([&] { return area.code; }); !ok)
                    return ok;
            }
        }
        {
            TypeWriter writer(m_database, QStringLiteral("indicator"), report, changes);
            if (!batch.indicators.isEmpty()) {
                if (auto prepared = writer.prepare(kIndicatorUpsert); !prepared)
                    return prepared;
            }
            for (qsizetype i = 0; i < batch.indicators.size(); ++i) {
                const Indicator& indicator = batch.indicators.at(i);
                if (indicator.code.isEmpty() || indicator.name.isEmpty()) {
                    writer.reject(i, IngestText::tr("indicator #%1: the code or the name is missing").arg(i));
                    continue;
                }
                bind(writer.query(), indicator);
                if (auto ok = writer.exec([&] { return indicator.code; }); !ok)
                    return ok;
            }
        }
        {
            TypeWriter writer(m_database, QStringLiteral("asset"), report, changes);
            if (auto ok = writeKeyed(writer, kAssetUpsert, batch.assets,
                                     [now](QSqlQuery& q, const Asset& a) { bind(q, a, now); }, nullptr);
                !ok)
                return ok;
        }
        {
            TypeWriter writer(m_database, QStringLiteral("case"), report, changes);
            const auto bindCase = [now](QSqlQuery& q, const Case& c, int row) { bind(q, c, now, row); };
            if (auto ok = m_database.isPostgres()
                    ? writeKeyedRows(writer, kCaseUpsert, kCaseColumnCount, batch.cases, bindCase, &changes.caseKeys)
                    : writeKeyed(writer, kCaseUpsert, batch.cases,
                                 [&](QSqlQuery& q, const Case& c) { bindCase(q, c, 0); }, &changes.caseKeys);
                !ok)
                return ok;
        }
        {
            TypeWriter writer(m_database, QStringLiteral("indicator_value"), report, changes);
            if (!batch.indicatorValues.isEmpty()) {
                if (auto prepared = writer.prepare(kIndicatorValueUpsert); !prepared)
                    return prepared;
            }
            for (qsizetype i = 0; i < batch.indicatorValues.size(); ++i) {
                const IndicatorValue& value = batch.indicatorValues.at(i);
                if (auto valid = validate(value); !valid) {
                    writer.reject(i, valid.errorMessage());
                    continue;
                }
                bind(writer.query(), value, now);
                if (auto ok = writer.exec([&] { return value.indicatorCode + QLatin1Char(' ') + value.period; }); !ok)
                    return ok;
            }
        }

        AssetIds assetIds(m_database);
        {
            TypeWriter writer(m_database, QStringLiteral("observation"), report, changes);
            if (auto ok = writeObservations(writer, assetIds, batch.observations); !ok)
                return ok;
        }
        {
            TypeWriter writer(m_database, QStringLiteral("position"), report, changes);
            if (!batch.positions.isEmpty()) {
                if (auto prepared = writer.prepare(kPositionInsert); !prepared)
                    return prepared;
            }
            QHash<qint64, const UnitPosition*> latest;
            for (qsizetype i = 0; i < batch.positions.size(); ++i) {
                const UnitPosition& position = batch.positions.at(i);
                if (auto valid = validate(position); !valid) {
                    writer.reject(i, valid.errorMessage());
                    continue;
                }
                const auto id = assetIds.find(position.unit);
                if (!id)
                    return id.error();
                if (!id.value()) {
                    writer.reject(i, IngestText::tr("position of %1: unknown unit").arg(describe(position.unit)));
                    continue;
                }
                bind(writer.query(), *id.value(), position);
                if (auto ok = writer.exec([&] { return describe(position.unit); }); !ok)
                    return ok;
                const UnitPosition*& newest = latest[*id.value()];
                if (!newest || newest->time < position.time)
                    newest = &position;
            }
            QSqlQuery move(m_database.connection());
            if (!latest.isEmpty() && !move.prepare(kAssetMove))
                return fail(m_database.describeError(IngestText::tr("cannot move units"), move.lastError()));
            for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
                move.addBindValue(it.value()->position.latitude());
                move.addBindValue(it.value()->position.longitude());
                move.addBindValue(now);
                move.addBindValue(it.key());
                if (!move.exec())
                    return fail(m_database.describeError(IngestText::tr("cannot move units"), move.lastError()));
                ++changes.counts[QStringLiteral("asset")];
            }
        }
        {
            TypeWriter writer(m_database, QStringLiteral("alert"), report, changes);
            if (auto ok = writeKeyed(writer, kAlertUpsert, batch.alerts,
                                     [](QSqlQuery& q, const Alert& a) { bind(q, a); }, &changes.alertKeys);
                !ok)
                return ok;
        }

        if (alsoInTransaction) {
            if (auto ok = alsoInTransaction(report, changes); !ok)
                return ok;
        }

        // On PostgreSQL the notification is part of the transaction: other consoles hear of the batch
        // exactly when it commits, and never of a batch that rolled back.
        if (m_feed && m_database.isPostgres() && !changes.isEmpty()) {
            QSqlQuery notify(m_database.connection());
            notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
            notify.addBindValue(QString::fromLatin1(ChangeFeed::kChannel));
            notify.addBindValue(QString::fromUtf8(m_feed->notificationPayload(changes)));
            if (!notify.exec())
                return fail(m_database.describeError(IngestText::tr("cannot notify other consoles"), notify.lastError()));
        }
        return {};
    });
    if (!written)
        return written.error();
    if (m_feed && !changes.isEmpty())
        m_feed->publishLocal(changes);
    return report;
}

} // namespace ioc
