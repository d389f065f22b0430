// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How each record type is written to and read from SQL: the one place that knows the columns.
// The statements are the same on SQLite and PostgreSQL (INSERT … ON CONFLICT … DO UPDATE) and every
// value goes through a bound parameter.

#include "core/domain.h"

#include <QSqlQuery>

namespace ioc::internal {

extern const QString kAreaUpsert;
extern const QString kAssetUpsert;
extern const QString kObservationUpsert;
extern const QString kPositionInsert;
extern const QString kAssetMove;
extern const QString kCaseUpsert;
extern const QString kIndicatorUpsert;
extern const QString kIndicatorValueUpsert;
extern const QString kAlertUpsert;

extern const QString kAreaColumns;
extern const QString kAssetColumns;
extern const QString kCaseColumns;
extern const QString kIndicatorColumns;
extern const QString kIndicatorValueColumns;
extern const QString kAlertColumns;

void bind(QSqlQuery& query, const Area& area);
void bind(QSqlQuery& query, const Asset& asset, qint64 nowMs);
void bind(QSqlQuery& query, qint64 assetId, const Observation& observation);

// Several observations in one statement (PostgreSQL, where each statement is a round trip):
// the statement for `rows` rows, and the binding of one row's values, in order, with addBindValue.
QString observationUpsertRows(qsizetype rows);
void bindRow(QSqlQuery& query, qint64 assetId, const Observation& observation);
void bind(QSqlQuery& query, qint64 assetId, const UnitPosition& position);
// row: the record's place in a multi-row statement (multiRowUpsert), 0 for a single-row one.
constexpr int kCaseColumnCount = 19;
void bind(QSqlQuery& query, const Case& item, qint64 nowMs, int row = 0);

// The statement that upserts `rows` records at once, made from a single-row upsert of `columns` values.
QString multiRowUpsert(const QString& singleRow, int columns, int rows);
void bind(QSqlQuery& query, const Indicator& indicator);
void bind(QSqlQuery& query, const IndicatorValue& value, qint64 nowMs);
void bind(QSqlQuery& query, const Alert& alert);

// Read a record from the current row; the row holds the matching k…Columns in order.
Area readArea(const QSqlQuery& query);
Asset readAsset(const QSqlQuery& query);
Case readCase(const QSqlQuery& query);
Indicator readIndicator(const QSqlQuery& query);
IndicatorValue readIndicatorValue(const QSqlQuery& query);
Alert readAlert(const QSqlQuery& query);

QVariant nullableDouble(const std::optional<double>& value);
QVariant latitudeOf(const QGeoCoordinate& position);
QVariant longitudeOf(const QGeoCoordinate& position);
QGeoCoordinate positionFrom(const QVariant& latitude, const QVariant& longitude);

} // namespace ioc::internal
