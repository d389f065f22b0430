// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/recordsql.h"

#include "core/textsearch.h"
#include "store/database.h"

#include <QJsonDocument>

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

} // namespace

const QString kAreaUpsert = QStringLiteral(
    "INSERT INTO areas (code, name, full_name, name_en, level, parent_code, area_km2, lat, lon, geometry) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, full_name = excluded.full_name, "
    "name_en = excluded.name_en, level = excluded.level, parent_code = excluded.parent_code, "
    "area_km2 = excluded.area_km2, lat = excluded.lat, lon = excluded.lon, geometry = excluded.geometry");

const QString kAssetUpsert = QStringLiteral(
    "INSERT INTO assets (source, external_id, kind, name, search_text, lat, lon, area_code, properties, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (source, external_id) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
    "search_text = excluded.search_text, lat = excluded.lat, lon = excluded.lon, area_code = excluded.area_code, "
    "properties = excluded.properties, updated_at = excluded.updated_at");

const QString kObservationUpsert = QStringLiteral(
    "INSERT INTO observations (asset_id, metric, time, value) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (asset_id, metric, time) DO UPDATE SET value = excluded.value");

const QString kPositionInsert = QStringLiteral(
    "INSERT INTO unit_positions (asset_id, time, lat, lon, speed_kmh) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (asset_id, time) DO UPDATE SET lat = excluded.lat, lon = excluded.lon, speed_kmh = excluded.speed_kmh");

const QString kAssetMove = QStringLiteral("UPDATE assets SET lat = ?, lon = ?, updated_at = ? WHERE id = ?");

const QString kCaseUpsert = QStringLiteral(
    "INSERT INTO cases (source, external_id, category, domain, title, search_text, channel, lat, lon, area_code, "
    "status, severity, opened_at, due_at, closed_at, assignee_unit, satisfied, sentiment, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (source, external_id) DO UPDATE SET category = excluded.category, domain = excluded.domain, "
    "title = excluded.title, search_text = excluded.search_text, channel = excluded.channel, lat = excluded.lat, "
    "lon = excluded.lon, area_code = excluded.area_code, status = excluded.status, severity = excluded.severity, "
    "opened_at = excluded.opened_at, due_at = excluded.due_at, closed_at = excluded.closed_at, "
    "assignee_unit = excluded.assignee_unit, satisfied = excluded.satisfied, sentiment = excluded.sentiment, "
    "updated_at = excluded.updated_at");

const QString kIndicatorUpsert = QStringLiteral(
    "INSERT INTO indicators (code, name, name_en, unit, domain, direction, period_kind) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, unit = excluded.unit, "
    "domain = excluded.domain, direction = excluded.direction, period_kind = excluded.period_kind");

const QString kIndicatorValueUpsert = QStringLiteral(
    "INSERT INTO indicator_values (indicator_code, area_code, period, plan, actual, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (indicator_code, area_code, period) DO UPDATE SET plan = excluded.plan, actual = excluded.actual, "
    "updated_at = excluded.updated_at");

const QString kAlertUpsert = QStringLiteral(
    "INSERT INTO alerts (source, external_id, rule, severity, state, subject, title, lat, lon, raised_at, "
    "acknowledged_at, acknowledged_by, closed_at, closed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
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
    query.addBindValue(area.code);
    query.addBindValue(area.name);
    query.addBindValue(text(area.fullName));
    query.addBindValue(text(area.nameEn));
    query.addBindValue(toCode(area.level));
    query.addBindValue(area.parentCode.isEmpty() ? nullString() : QVariant(area.parentCode));
    query.addBindValue(area.areaKm2);
    query.addBindValue(latitudeOf(area.centroid));
    query.addBindValue(longitudeOf(area.centroid));
    query.addBindValue(area.geometry.isEmpty() ? nullString() : QVariant(QString::fromUtf8(area.geometry)));
}

void bind(QSqlQuery& query, const Asset& asset, qint64 nowMs)
{
    query.addBindValue(asset.key.source);
    query.addBindValue(asset.key.externalId);
    query.addBindValue(toCode(asset.kind));
    query.addBindValue(asset.name);
    query.addBindValue(foldForSearch(asset.name + QLatin1Char(' ') + asset.key.externalId));
    query.addBindValue(latitudeOf(asset.position));
    query.addBindValue(longitudeOf(asset.position));
    query.addBindValue(asset.areaCode.isEmpty() ? nullString() : QVariant(asset.areaCode));
    query.addBindValue(QString::fromUtf8(QJsonDocument(asset.properties).toJson(QJsonDocument::Compact)));
    query.addBindValue(nowMs);
}

void bind(QSqlQuery& query, qint64 assetId, const Observation& observation)
{
    query.addBindValue(assetId);
    query.addBindValue(observation.metric);
    query.addBindValue(observation.time.toMSecsSinceEpoch());
    query.addBindValue(observation.value);
}

void bind(QSqlQuery& query, qint64 assetId, const UnitPosition& position)
{
    query.addBindValue(assetId);
    query.addBindValue(position.time.toMSecsSinceEpoch());
    query.addBindValue(position.position.latitude());
    query.addBindValue(position.position.longitude());
    query.addBindValue(position.speedKmh);
}

void bind(QSqlQuery& query, const Case& item, qint64 nowMs)
{
    query.addBindValue(item.key.source);
    query.addBindValue(item.key.externalId);
    query.addBindValue(toCode(item.category));
    query.addBindValue(text(item.domain));
    query.addBindValue(item.title);
    query.addBindValue(foldForSearch(item.title + QLatin1Char(' ') + item.key.externalId));
    query.addBindValue(text(item.channel));
    query.addBindValue(latitudeOf(item.position));
    query.addBindValue(longitudeOf(item.position));
    query.addBindValue(item.areaCode.isEmpty() ? nullString() : QVariant(item.areaCode));
    query.addBindValue(toCode(item.status));
    query.addBindValue(toCode(item.severity));
    query.addBindValue(item.opened.toMSecsSinceEpoch());
    query.addBindValue(toStoredTime(item.due));
    query.addBindValue(toStoredTime(item.closed));
    query.addBindValue(text(item.assigneeUnit));
    query.addBindValue(item.satisfied ? QVariant(*item.satisfied ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(toCode(item.sentiment));
    query.addBindValue(nowMs);
}

void bind(QSqlQuery& query, const Indicator& indicator)
{
    query.addBindValue(indicator.code);
    query.addBindValue(indicator.name);
    query.addBindValue(text(indicator.nameEn));
    query.addBindValue(text(indicator.unit));
    query.addBindValue(text(indicator.domain));
    query.addBindValue(toCode(indicator.direction));
    query.addBindValue(toCode(indicator.periodKind));
}

void bind(QSqlQuery& query, const IndicatorValue& value, qint64 nowMs)
{
    query.addBindValue(value.indicatorCode);
    query.addBindValue(value.areaCode);
    query.addBindValue(value.period);
    query.addBindValue(nullableDouble(value.plan));
    query.addBindValue(nullableDouble(value.actual));
    query.addBindValue(value.updated.isValid() ? value.updated.toMSecsSinceEpoch() : nowMs);
}

void bind(QSqlQuery& query, const Alert& alert)
{
    query.addBindValue(alert.key.source);
    query.addBindValue(alert.key.externalId);
    query.addBindValue(alert.rule);
    query.addBindValue(toCode(alert.severity));
    query.addBindValue(toCode(alert.state));
    query.addBindValue(text(alert.subject));
    query.addBindValue(text(alert.title));
    query.addBindValue(latitudeOf(alert.position));
    query.addBindValue(longitudeOf(alert.position));
    query.addBindValue(alert.raised.toMSecsSinceEpoch());
    query.addBindValue(toStoredTime(alert.acknowledged));
    query.addBindValue(text(alert.acknowledgedBy));
    query.addBindValue(toStoredTime(alert.closed));
    query.addBindValue(text(alert.closedBy));
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
