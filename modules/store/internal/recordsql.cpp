// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/recordsql.h"

#include "core/textsearch.h"
#include "store/database.h"

#include <QJsonDocument>

#include <array>
#include <vector>

namespace ioc::internal {

namespace {

QVariant nullString() { return QVariant(QMetaType::fromType<QString>()); }

// A null QString binds as SQL NULL; NOT NULL text columns take an absent value as "".
QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

template<typename Enum>
Enum enumFrom(const QVariant& value, Enum fallback)
{
    return fromCode<Enum>(value.toString()).value_or(fallback);
}

// Placeholders are named ":p1", ":p2"… in statement order, each used once, and values are bound by
// those names. Why not addBindValue() or bindValue(int): in Qt 6.4 both build the placeholder's name
// with QString::arg() for every value bound, about 0.25 µs a value on the benchmark machine, as much
// as SQLite's own insert of a small row; a ready-made name is only looked up.
// Multi-row statements (PostgreSQL) number their placeholders on across rows: row r of a record type
// with n columns uses :p(r*n+1) … :p(r*n+n).
constexpr int kMaxPlaceholders = 2000;

const QString& placeholder(int index)
{
    static const std::vector<QString> names = [] {
        std::vector<QString> out(static_cast<std::size_t>(kMaxPlaceholders));
        for (int i = 0; i < kMaxPlaceholders; ++i)
            out[std::size_t(i)] = QStringLiteral(":p%1").arg(i + 1);
        return out;
    }();
    Q_ASSERT(index >= 0 && index < kMaxPlaceholders);
    return names[std::size_t(index)];
}

// Binds the values of one record in statement order, from placeholder `first` on.
class Binder {
public:
    explicit Binder(QSqlQuery& query, int first = 0) : m_query(query), m_next(first) {}

    Binder& operator<<(const QVariant& value)
    {
        m_query.bindValue(placeholder(m_next++), value);
        return *this;
    }

private:
    QSqlQuery& m_query;
    int m_next;
};

// toCode() builds a new QString on every call; a record type's codes are made once and shared.
template<typename Enum, int Count>
QString code(Enum value)
{
    static const std::array<QString, Count> codes = [] {
        std::array<QString, Count> out;
        for (int i = 0; i < Count; ++i)
            out[std::size_t(i)] = toCode(Enum(i));
        return out;
    }();
    const int index = int(value);
    return index >= 0 && index < Count ? codes[std::size_t(index)] : toCode(value);
}

QString codeOf(AssetKind value) { return code<AssetKind, 6>(value); }
QString codeOf(CaseCategory value) { return code<CaseCategory, 7>(value); }
QString codeOf(CaseStatus value) { return code<CaseStatus, 6>(value); }
QString codeOf(Severity value) { return code<Severity, 4>(value); }
QString codeOf(Sentiment value) { return code<Sentiment, 4>(value); }
QString codeOf(AlertState value) { return code<AlertState, 5>(value); }

} // namespace

const QString kAreaUpsert = QStringLiteral(
    "INSERT INTO areas (code, name, full_name, name_en, level, parent_code, area_km2, lat, lon, geometry) "
    "VALUES (:p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8, :p9, :p10) "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, full_name = excluded.full_name, "
    "name_en = excluded.name_en, level = excluded.level, parent_code = excluded.parent_code, "
    "area_km2 = excluded.area_km2, lat = excluded.lat, lon = excluded.lon, geometry = excluded.geometry");

const QString kAssetUpsert = QStringLiteral(
    "INSERT INTO assets (source, external_id, kind, name, search_text, lat, lon, area_code, properties, updated_at) "
    "VALUES (:p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8, :p9, :p10) "
    "ON CONFLICT (source, external_id) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
    "search_text = excluded.search_text, lat = excluded.lat, lon = excluded.lon, area_code = excluded.area_code, "
    "properties = excluded.properties, updated_at = excluded.updated_at");

const QString kObservationUpsert = QStringLiteral(
    "INSERT INTO observations (asset_id, metric, time, value) VALUES (:p1, :p2, :p3, :p4) "
    "ON CONFLICT (asset_id, metric, time) DO UPDATE SET value = excluded.value");

const QString kPositionInsert = QStringLiteral(
    "INSERT INTO unit_positions (asset_id, time, lat, lon, speed_kmh) VALUES (:p1, :p2, :p3, :p4, :p5) "
    "ON CONFLICT (asset_id, time) DO UPDATE SET lat = excluded.lat, lon = excluded.lon, speed_kmh = excluded.speed_kmh");

const QString kAssetMove = QStringLiteral("UPDATE assets SET lat = ?, lon = ?, updated_at = ? WHERE id = ?");

const QString kCaseUpsert = QStringLiteral(
    "INSERT INTO cases (source, external_id, category, domain, title, search_text, channel, lat, lon, area_code, "
    "status, severity, opened_at, due_at, closed_at, assignee_unit, satisfied, sentiment, updated_at) "
    "VALUES (:p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8, :p9, :p10, :p11, :p12, :p13, :p14, :p15, :p16, :p17, :p18, :p19) "
    "ON CONFLICT (source, external_id) DO UPDATE SET category = excluded.category, domain = excluded.domain, "
    "title = excluded.title, search_text = excluded.search_text, channel = excluded.channel, lat = excluded.lat, "
    "lon = excluded.lon, area_code = excluded.area_code, status = excluded.status, severity = excluded.severity, "
    "opened_at = excluded.opened_at, due_at = excluded.due_at, closed_at = excluded.closed_at, "
    "assignee_unit = excluded.assignee_unit, satisfied = excluded.satisfied, sentiment = excluded.sentiment, "
    "updated_at = excluded.updated_at");

const QString kIndicatorUpsert = QStringLiteral(
    "INSERT INTO indicators (code, name, name_en, unit, domain, direction, period_kind) VALUES (:p1, :p2, :p3, :p4, :p5, :p6, :p7) "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, unit = excluded.unit, "
    "domain = excluded.domain, direction = excluded.direction, period_kind = excluded.period_kind");

const QString kIndicatorValueUpsert = QStringLiteral(
    "INSERT INTO indicator_values (indicator_code, area_code, period, plan, actual, updated_at) VALUES (:p1, :p2, :p3, :p4, :p5, :p6) "
    "ON CONFLICT (indicator_code, area_code, period) DO UPDATE SET plan = excluded.plan, actual = excluded.actual, "
    "updated_at = excluded.updated_at");

const QString kAlertUpsert = QStringLiteral(
    "INSERT INTO alerts (source, external_id, rule, severity, state, subject, title, lat, lon, raised_at, "
    "acknowledged_at, acknowledged_by, closed_at, closed_by) VALUES (:p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8, :p9, :p10, :p11, :p12, :p13, :p14) "
    "ON CONFLICT (source, external_id) DO UPDATE SET rule = excluded.rule, severity = excluded.severity, "
    "state = excluded.state, subject = excluded.subject, title = excluded.title, lat = excluded.lat, lon = excluded.lon, "
    "raised_at = excluded.raised_at, acknowledged_at = excluded.acknowledged_at, "
    "acknowledged_by = excluded.acknowledged_by, closed_at = excluded.closed_at, closed_by = excluded.closed_by");

const QString kAreaColumns = QStringLiteral("code, name, full_name, name_en, level, parent_code, area_km2, lat, lon, geometry");
const QString kAssetColumns = QStringLiteral("source, external_id, kind, name, lat, lon, area_code, properties");
const QString kCaseColumns = QStringLiteral(
    "source, external_id, category, domain, title, channel, lat, lon, area_code, status, severity, opened_at, due_at, "
    "closed_at, assignee_unit, satisfied, sentiment");
const QString kIndicatorColumns = QStringLiteral("code, name, name_en, unit, domain, direction, period_kind");
const QString kIndicatorValueColumns = QStringLiteral("indicator_code, area_code, period, plan, actual, updated_at");
const QString kAlertColumns = QStringLiteral(
    "source, external_id, rule, severity, state, subject, title, lat, lon, raised_at, acknowledged_at, "
    "acknowledged_by, closed_at, closed_by");

QVariant nullableDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant latitudeOf(const QGeoCoordinate& position)
{
    return position.isValid() ? QVariant(position.latitude()) : QVariant(QMetaType::fromType<double>());
}

QVariant longitudeOf(const QGeoCoordinate& position)
{
    return position.isValid() ? QVariant(position.longitude()) : QVariant(QMetaType::fromType<double>());
}

QGeoCoordinate positionFrom(const QVariant& latitude, const QVariant& longitude)
{
    if (latitude.isNull() || longitude.isNull())
        return {};
    return QGeoCoordinate(latitude.toDouble(), longitude.toDouble());
}

void bind(QSqlQuery& query, const Area& area)
{
    Binder(query) << area.code << area.name << text(area.fullName) << text(area.nameEn) << toCode(area.level)
                  << (area.parentCode.isEmpty() ? nullString() : QVariant(area.parentCode)) << area.areaKm2
                  << latitudeOf(area.centroid) << longitudeOf(area.centroid)
                  << (area.geometry.isEmpty() ? nullString() : QVariant(QString::fromUtf8(area.geometry)));
}

void bind(QSqlQuery& query, const Asset& asset, qint64 nowMs)
{
    Binder(query) << asset.key.source << asset.key.externalId << codeOf(asset.kind) << asset.name
                  << foldForSearch(asset.name + QLatin1Char(' ') + asset.key.externalId) << latitudeOf(asset.position)
                  << longitudeOf(asset.position) << (asset.areaCode.isEmpty() ? nullString() : QVariant(asset.areaCode))
                  << QString::fromUtf8(QJsonDocument(asset.properties).toJson(QJsonDocument::Compact)) << nowMs;
}

void bind(QSqlQuery& query, qint64 assetId, const Observation& observation)
{
    Binder(query) << assetId << observation.metric << observation.time.toMSecsSinceEpoch() << observation.value;
}

QString multiRowUpsert(const QString& singleRow, int columns, int rows)
{
    // singleRow is "INSERT … VALUES (:p1, …, :pN) ON CONFLICT …": repeat the VALUES group, renumbered.
    const qsizetype values = singleRow.indexOf(QStringLiteral("VALUES ("));
    const qsizetype tail = singleRow.indexOf(QStringLiteral(" ON CONFLICT"));
    Q_ASSERT(values > 0 && tail > values && columns * rows <= kMaxPlaceholders);
    QString sql = singleRow.left(values + 7);
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (int column = 0; column < columns; ++column) {
            if (column > 0)
                sql += QStringLiteral(", ");
            sql += placeholder(row * columns + column);
        }
        sql += QLatin1Char(')');
    }
    return sql + singleRow.mid(tail);
}

QString observationUpsertRows(qsizetype rows)
{
    QString sql = QStringLiteral("INSERT INTO observations (asset_id, metric, time, value) VALUES (?, ?, ?, ?)");
    sql.reserve(sql.size() + rows * 14 + 80);
    for (qsizetype i = 1; i < rows; ++i)
        sql += QStringLiteral(", (?, ?, ?, ?)");
    sql += QStringLiteral(" ON CONFLICT (asset_id, metric, time) DO UPDATE SET value = excluded.value");
    return sql;
}

void bindRow(QSqlQuery& query, qint64 assetId, const Observation& observation)
{
    query.addBindValue(assetId);
    query.addBindValue(observation.metric);
    query.addBindValue(observation.time.toMSecsSinceEpoch());
    query.addBindValue(observation.value);
}

void bind(QSqlQuery& query, qint64 assetId, const UnitPosition& position)
{
    Binder(query) << assetId << position.time.toMSecsSinceEpoch() << position.position.latitude()
                  << position.position.longitude() << position.speedKmh;
}

void bind(QSqlQuery& query, const Case& item, qint64 nowMs, int row)
{
    Binder(query, row * kCaseColumnCount) << item.key.source << item.key.externalId << codeOf(item.category) << text(item.domain) << item.title
                  << foldForSearch(item.title + QLatin1Char(' ') + item.key.externalId) << text(item.channel)
                  << latitudeOf(item.position) << longitudeOf(item.position)
                  << (item.areaCode.isEmpty() ? nullString() : QVariant(item.areaCode)) << codeOf(item.status)
                  << codeOf(item.severity) << item.opened.toMSecsSinceEpoch() << toStoredTime(item.due)
                  << toStoredTime(item.closed) << text(item.assigneeUnit)
                  << (item.satisfied ? QVariant(*item.satisfied ? 1 : 0) : QVariant(QMetaType::fromType<int>()))
                  << codeOf(item.sentiment) << nowMs;
}

void bind(QSqlQuery& query, const Indicator& indicator)
{
    Binder(query) << indicator.code << indicator.name << text(indicator.nameEn) << text(indicator.unit)
                  << text(indicator.domain) << toCode(indicator.direction) << toCode(indicator.periodKind);
}

void bind(QSqlQuery& query, const IndicatorValue& value, qint64 nowMs)
{
    Binder(query) << value.indicatorCode << value.areaCode << value.period << nullableDouble(value.plan)
                  << nullableDouble(value.actual)
                  << (value.updated.isValid() ? value.updated.toMSecsSinceEpoch() : nowMs);
}

void bind(QSqlQuery& query, const Alert& alert)
{
    Binder(query) << alert.key.source << alert.key.externalId << alert.rule << codeOf(alert.severity)
                  << codeOf(alert.state) << text(alert.subject) << text(alert.title) << latitudeOf(alert.position)
                  << longitudeOf(alert.position) << alert.raised.toMSecsSinceEpoch() << toStoredTime(alert.acknowledged)
                  << text(alert.acknowledgedBy) << toStoredTime(alert.closed) << text(alert.closedBy);
}

Area readArea(const QSqlQuery& query)
{
    Area area;
    area.code = query.value(0).toString();
    area.name = query.value(1).toString();
    area.fullName = query.value(2).toString();
    area.nameEn = query.value(3).toString();
    area.level = enumFrom(query.value(4), AreaLevel::Ward);
    area.parentCode = query.value(5).toString();
    area.areaKm2 = query.value(6).toDouble();
    area.centroid = positionFrom(query.value(7), query.value(8));
    area.geometry = query.value(9).toString().toUtf8();
    return area;
}

Asset readAsset(const QSqlQuery& query)
{
    Asset asset;
    asset.key = {query.value(0).toString(), query.value(1).toString()};
    asset.kind = enumFrom(query.value(2), AssetKind::Facility);
    asset.name = query.value(3).toString();
    asset.position = positionFrom(query.value(4), query.value(5));
    asset.areaCode = query.value(6).toString();
    asset.properties = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    return asset;
}

Case readCase(const QSqlQuery& query)
{
    Case item;
    item.key = {query.value(0).toString(), query.value(1).toString()};
    item.category = enumFrom(query.value(2), CaseCategory::FieldReport);
    item.domain = query.value(3).toString();
    item.title = query.value(4).toString();
    item.channel = query.value(5).toString();
    item.position = positionFrom(query.value(6), query.value(7));
    item.areaCode = query.value(8).toString();
    item.status = enumFrom(query.value(9), CaseStatus::Pending);
    item.severity = enumFrom(query.value(10), Severity::Medium);
    item.opened = fromStoredTime(query.value(11));
    item.due = fromStoredTime(query.value(12));
    item.closed = fromStoredTime(query.value(13));
    item.assigneeUnit = query.value(14).toString();
    if (!query.value(15).isNull())
        item.satisfied = query.value(15).toInt() != 0;
    item.sentiment = enumFrom(query.value(16), Sentiment::None);
    return item;
}

Indicator readIndicator(const QSqlQuery& query)
{
    Indicator indicator;
    indicator.code = query.value(0).toString();
    indicator.name = query.value(1).toString();
    indicator.nameEn = query.value(2).toString();
    indicator.unit = query.value(3).toString();
    indicator.domain = query.value(4).toString();
    indicator.direction = enumFrom(query.value(5), Direction::HigherIsBetter);
    indicator.periodKind = enumFrom(query.value(6), PeriodKind::Month);
    return indicator;
}

IndicatorValue readIndicatorValue(const QSqlQuery& query)
{
    IndicatorValue value;
    value.indicatorCode = query.value(0).toString();
    value.areaCode = query.value(1).toString();
    value.period = query.value(2).toString();
    if (!query.value(3).isNull())
        value.plan = query.value(3).toDouble();
    if (!query.value(4).isNull())
        value.actual = query.value(4).toDouble();
    value.updated = fromStoredTime(query.value(5));
    return value;
}

Alert readAlert(const QSqlQuery& query)
{
    Alert alert;
    alert.key = {query.value(0).toString(), query.value(1).toString()};
    alert.rule = query.value(2).toString();
    alert.severity = enumFrom(query.value(3), Severity::Medium);
    alert.state = enumFrom(query.value(4), AlertState::New);
    alert.subject = query.value(5).toString();
    alert.title = query.value(6).toString();
    alert.position = positionFrom(query.value(7), query.value(8));
    alert.raised = fromStoredTime(query.value(9));
    alert.acknowledged = fromStoredTime(query.value(10));
    alert.acknowledgedBy = query.value(11).toString();
    alert.closed = fromStoredTime(query.value(12));
    alert.closedBy = query.value(13).toString();
    return alert;
}

} // namespace ioc::internal
