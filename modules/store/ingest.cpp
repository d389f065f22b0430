// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ingest.h"

#include "store/changefeed.h"
#include "store/database.h"
#include "store/internal/recordsql.h"
#include "store/logcategories.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace ioc {

class IngestText {
    Q_DECLARE_TR_FUNCTIONS(ioc::IngestText)
};

namespace {

// Writes one record type of a batch: validate, prepare once, bind and execute per record.
class TypeWriter {
public:
    TypeWriter(Database& database, const QString& recordType, IngestReport& report, ChangeSet& changes)
        : m_database(database), m_type(recordType), m_query(database.connection()), m_report(report), m_changes(changes)
    {
    }

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

    Result<void> exec(const QString& record)
    {
        if (!m_query.exec())
            return fail(m_database.describeError(IngestText::tr("cannot write %1").arg(record), m_query.lastError()));
        ++m_report.written;
        ++m_changes.counts[m_type];
        return {};
    }

    QSqlQuery& query() { return m_query; }

private:
    Database& m_database;
    QString m_type;
    QSqlQuery m_query;
    IngestReport& m_report;
    ChangeSet& m_changes;
};

// Asset ids by key, looked up once per batch.
class AssetIds {
public:
    explicit AssetIds(Database& database) : m_database(database), m_query(database.connection()) {}

    Result<std::optional<qint64>> find(const RecordKey& key)
    {
        const QString k = describe(key);
        if (const auto it = m_cache.constFind(k); it != m_cache.cend())
            return std::optional<qint64>(*it);
        if (!m_prepared) {
            if (!m_query.prepare(QStringLiteral("SELECT id FROM assets WHERE source = ? AND external_id = ?")))
                return fail(m_database.describeError(IngestText::tr("cannot look up assets"), m_query.lastError()));
            m_prepared = true;
        }
        m_query.addBindValue(key.source);
        m_query.addBindValue(key.externalId);
        if (!m_query.exec())
            return fail(m_database.describeError(IngestText::tr("cannot look up asset %1").arg(k), m_query.lastError()));
        if (!m_query.next())
            return std::optional<qint64>();
        const qint64 id = m_query.value(0).toLongLong();
        m_query.finish();
        m_cache.insert(k, id);
        return std::optional<qint64>(id);
    }

private:
    Database& m_database;
    QSqlQuery m_query;
    bool m_prepared = false;
    QHash<QString, qint64> m_cache;
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
        if (auto written = writer.exec(describe(record.key)); !written)
            return written;
        if (keys && keys->size() < ChangeSet::kMaxKeys)
            keys->append(describe(record.key));
    }
    return {};
}

} // namespace

qsizetype IngestBatch::size() const
{
    return areas.size() + assets.size() + cases.size() + observations.size() + positions.size() + indicators.size()
        + indicatorValues.size() + alerts.size();
}

Ingest::Ingest(Database& database, ChangeFeed* feed) : m_database(database), m_feed(feed) {}

Result<IngestReport> Ingest::write(const IngestBatch& batch)
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
                if (auto ok = writer.exec(area.code); !ok)
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
                if (auto ok = writer.exec(indicator.code); !ok)
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
            if (auto ok = writeKeyed(writer, kCaseUpsert, batch.cases,
                                     [now](QSqlQuery& q, const Case& c) { bind(q, c, now); }, &changes.caseKeys);
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
                if (auto ok = writer.exec(value.indicatorCode + QLatin1Char(' ') + value.period); !ok)
                    return ok;
            }
        }

        AssetIds assetIds(m_database);
        {
            TypeWriter writer(m_database, QStringLiteral("observation"), report, changes);
            if (!batch.observations.isEmpty()) {
                if (auto prepared = writer.prepare(kObservationUpsert); !prepared)
                    return prepared;
            }
            for (qsizetype i = 0; i < batch.observations.size(); ++i) {
                const Observation& observation = batch.observations.at(i);
                if (auto valid = validate(observation); !valid) {
                    writer.reject(i, valid.errorMessage());
                    continue;
                }
                const auto id = assetIds.find(observation.asset);
                if (!id)
                    return id.error();
                if (!id.value()) {
                    writer.reject(i, IngestText::tr("observation %1 %2: unknown asset")
                                         .arg(describe(observation.asset), observation.metric));
                    continue;
                }
                bind(writer.query(), *id.value(), observation);
                if (auto ok = writer.exec(describe(observation.asset)); !ok)
                    return ok;
            }
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
                if (auto ok = writer.exec(describe(position.unit)); !ok)
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
