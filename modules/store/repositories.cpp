// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/repositories.h"

#include "core/textsearch.h"
#include "store/database.h"
#include "store/internal/recordsql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ioc {

class RepositoryText {
    Q_DECLARE_TR_FUNCTIONS(ioc::RepositoryText)
};

namespace {

using namespace internal;

// A WHERE clause built from optional conditions, with its bound values in order.
struct Conditions {
    QStringList clauses;
    QVariantList values;

    void add(const QString& clause, const QVariantList& bound)
    {
        clauses.append(clause);
        values.append(bound);
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

QString likePattern(const QString& text)
{
    QString escaped = foldForSearch(text);
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

template<typename Record, typename Reader>
Result<QList<Record>> select(Database& database, const QString& sql, const QVariantList& values, Reader read)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(database.describeError(RepositoryText::tr("cannot prepare a query"), query.lastError()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(database.describeError(RepositoryText::tr("cannot read"), query.lastError()));
    QList<Record> out;
    while (query.next())
        out.append(read(query));
    return out;
}

template<typename Record, typename Reader>
Result<std::optional<Record>> selectOne(Database& database, const QString& sql, const QVariantList& values, Reader read)
{
    Result<QList<Record>> rows = select<Record>(database, sql, values, read);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<Record>();
    return std::optional<Record>(rows.value().constFirst());
}

Result<qint64> countOf(Database& database, const QString& sql, const QVariantList& values)
{
    Result<QList<qint64>> rows = select<qint64>(database, sql, values, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? 0 : rows.value().constFirst();
}

const QString kSeverityRank = QStringLiteral(
    "CASE severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END");

Conditions caseConditions(const CaseQuery& query)
{
    Conditions where;
    if (query.category)
        where.add(QStringLiteral("category = ?"), {toCode(*query.category)});
    if (!query.statuses.isEmpty()) {
        QVariantList codes;
        for (CaseStatus status : query.statuses)
            codes.append(toCode(status));
        where.add(QStringLiteral("status IN (%1)").arg(placeholders(codes.size())), codes);
    }
    if (!query.areaCode.isEmpty())
        where.add(QStringLiteral("area_code = ?"), {query.areaCode});
    if (!query.scope.isEmpty()) {
        QVariantList codes;
        for (const QString& code : query.scope)
            codes.append(code);
        where.add(QStringLiteral("(area_code IN (%1) OR area_code IN (SELECT code FROM areas WHERE parent_code IN (%1)))")
                      .arg(placeholders(codes.size())),
                  codes + codes);
    }
    if (!query.text.trimmed().isEmpty())
        where.add(QStringLiteral("search_text LIKE ? ESCAPE '\\'"), {likePattern(query.text)});
    if (query.openedSince.isValid())
        where.add(QStringLiteral("opened_at >= ?"), {query.openedSince.toMSecsSinceEpoch()});
    return where;
}

Conditions alertConditions(const AlertQuery& query)
{
    Conditions where;
    if (!query.states.isEmpty()) {
        QVariantList codes;
        for (AlertState state : query.states)
            codes.append(toCode(state));
        where.add(QStringLiteral("state IN (%1)").arg(placeholders(codes.size())), codes);
    }
    return where;
}

} // namespace

Result<QList<Area>> AreaRepository::all(std::optional<AreaLevel> level)
{
    Conditions where;
    if (level)
        where.add(QStringLiteral("level = ?"), {toCode(*level)});
    return select<Area>(m_database, QStringLiteral("SELECT %1 FROM areas%2 ORDER BY code").arg(kAreaColumns, where.sql()),
                        where.values, readArea);
}

Result<std::optional<Area>> AreaRepository::get(const QString& code)
{
    return selectOne<Area>(m_database, QStringLiteral("SELECT %1 FROM areas WHERE code = ?").arg(kAreaColumns), {code},
                           readArea);
}

Result<qint64> AreaRepository::count() { return countOf(m_database, QStringLiteral("SELECT count(*) FROM areas"), {}); }

Result<QList<Asset>> AssetRepository::find(std::optional<AssetKind> kind, const QString& text)
{
    Conditions where;
    if (kind)
        where.add(QStringLiteral("kind = ?"), {toCode(*kind)});
    if (!text.trimmed().isEmpty())
        where.add(QStringLiteral("search_text LIKE ? ESCAPE '\\'"), {likePattern(text)});
    return select<Asset>(m_database,
                         QStringLiteral("SELECT %1 FROM assets%2 ORDER BY kind, name, external_id").arg(kAssetColumns, where.sql()),
                         where.values, readAsset);
}

Result<std::optional<Asset>> AssetRepository::get(const RecordKey& key)
{
    return selectOne<Asset>(m_database,
                            QStringLiteral("SELECT %1 FROM assets WHERE source = ? AND external_id = ?").arg(kAssetColumns),
                            {key.source, key.externalId}, readAsset);
}

Result<qint64> AssetRepository::count(std::optional<AssetKind> kind)
{
    if (kind)
        return countOf(m_database, QStringLiteral("SELECT count(*) FROM assets WHERE kind = ?"), {toCode(*kind)});
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM assets"), {});
}

Result<QList<Case>> CaseRepository::find(const CaseQuery& query)
{
    const Conditions where = caseConditions(query);
    QString order;
    switch (query.order) {
    case CaseQuery::Order::NewestFirst: order = QStringLiteral("opened_at DESC, id DESC"); break;
    case CaseQuery::Order::OldestFirst: order = QStringLiteral("opened_at ASC, id ASC"); break;
    case CaseQuery::Order::DueFirst: order = QStringLiteral("CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at ASC, id ASC"); break;
    case CaseQuery::Order::MostSevereFirst: order = kSeverityRank + QStringLiteral(" DESC, opened_at DESC, id DESC"); break;
    }
    QVariantList values = where.values;
    values.append(query.limit);
    return select<Case>(m_database,
                        QStringLiteral("SELECT %1 FROM cases%2 ORDER BY %3 LIMIT ?").arg(kCaseColumns, where.sql(), order),
                        values, readCase);
}

Result<std::optional<Case>> CaseRepository::get(const RecordKey& key)
{
    return selectOne<Case>(m_database,
                           QStringLiteral("SELECT %1 FROM cases WHERE source = ? AND external_id = ?").arg(kCaseColumns),
                           {key.source, key.externalId}, readCase);
}

Result<qint64> CaseRepository::count(const CaseQuery& query)
{
    const Conditions where = caseConditions(query);
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM cases") + where.sql(), where.values);
}

Result<QList<Observation>> ObservationRepository::series(const RecordKey& asset, const QString& metric,
                                                          const QDateTime& from, const QDateTime& to)
{
    return select<Observation>(
        m_database,
        QStringLiteral("SELECT o.time, o.value FROM observations o JOIN assets a ON a.id = o.asset_id "
                       "WHERE a.source = ? AND a.external_id = ? AND o.metric = ? AND o.time >= ? AND o.time <= ? "
                       "ORDER BY o.time"),
        {asset.source, asset.externalId, metric, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()},
        [&](const QSqlQuery& q) {
            return Observation{asset, metric, fromStoredTime(q.value(0)), q.value(1).toDouble()};
        });
}

Result<std::optional<Observation>> ObservationRepository::latest(const RecordKey& asset, const QString& metric)
{
    return selectOne<Observation>(
        m_database,
        QStringLiteral("SELECT o.time, o.value FROM observations o JOIN assets a ON a.id = o.asset_id "
                       "WHERE a.source = ? AND a.external_id = ? AND o.metric = ? ORDER BY o.time DESC LIMIT 1"),
        {asset.source, asset.externalId, metric},
        [&](const QSqlQuery& q) {
            return Observation{asset, metric, fromStoredTime(q.value(0)), q.value(1).toDouble()};
        });
}

Result<QList<UnitPosition>> ObservationRepository::track(const RecordKey& unit, const QDateTime& from, const QDateTime& to)
{
    return select<UnitPosition>(
        m_database,
        QStringLiteral("SELECT p.time, p.lat, p.lon, p.speed_kmh FROM unit_positions p JOIN assets a ON a.id = p.asset_id "
                       "WHERE a.source = ? AND a.external_id = ? AND p.time >= ? AND p.time <= ? ORDER BY p.time"),
        {unit.source, unit.externalId, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()},
        [&](const QSqlQuery& q) {
            return UnitPosition{unit, fromStoredTime(q.value(0)), positionFrom(q.value(1), q.value(2)), q.value(3).toDouble()};
        });
}

Result<qint64> ObservationRepository::count()
{
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM observations"), {});
}

Result<qint64> ObservationRepository::positionCount()
{
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM unit_positions"), {});
}

Result<QList<Indicator>> IndicatorRepository::indicators()
{
    return select<Indicator>(m_database, QStringLiteral("SELECT %1 FROM indicators ORDER BY code").arg(kIndicatorColumns), {},
                             readIndicator);
}

Result<QList<IndicatorValue>> IndicatorRepository::values(const QString& indicatorCode, const QString& areaCode)
{
    Conditions where;
    where.add(QStringLiteral("indicator_code = ?"), {indicatorCode});
    if (!areaCode.isEmpty())
        where.add(QStringLiteral("area_code = ?"), {areaCode});
    return select<IndicatorValue>(
        m_database,
        QStringLiteral("SELECT %1 FROM indicator_values%2 ORDER BY area_code, period").arg(kIndicatorValueColumns, where.sql()),
        where.values, readIndicatorValue);
}

Result<qint64> IndicatorRepository::count()
{
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM indicators"), {});
}

Result<qint64> IndicatorRepository::valueCount()
{
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM indicator_values"), {});
}

Result<QList<Alert>> AlertRepository::find(const AlertQuery& query)
{
    const Conditions where = alertConditions(query);
    QVariantList values = where.values;
    values.append(query.limit);
    return select<Alert>(m_database,
                         QStringLiteral("SELECT %1 FROM alerts%2 ORDER BY %3 DESC, raised_at DESC, id DESC LIMIT ?")
                             .arg(kAlertColumns, where.sql(), kSeverityRank),
                         values, readAlert);
}

Result<std::optional<Alert>> AlertRepository::get(const RecordKey& key)
{
    return selectOne<Alert>(m_database,
                            QStringLiteral("SELECT %1 FROM alerts WHERE source = ? AND external_id = ?").arg(kAlertColumns),
                            {key.source, key.externalId}, readAlert);
}

Result<qint64> AlertRepository::count(const AlertQuery& query)
{
    const Conditions where = alertConditions(query);
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM alerts") + where.sql(), where.values);
}

} // namespace ioc
