// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Read access to each record type. Writing goes through Ingest (one idempotent path for connectors,
// the simulator and tests). Filtering and ordering are done by the database, with bound parameters.

#include "core/domain.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace ioc {

class Database;

class AreaRepository {
public:
    explicit AreaRepository(Database& database) : m_database(database) {}
    Result<QList<Area>> all(std::optional<AreaLevel> level = std::nullopt);
    Result<std::optional<Area>> get(const QString& code);
    Result<qint64> count();

private:
    Database& m_database;
};

class AssetRepository {
public:
    explicit AssetRepository(Database& database) : m_database(database) {}
    // text: matched against name and external id, ignoring case and diacritics.
    Result<QList<Asset>> find(std::optional<AssetKind> kind = std::nullopt, const QString& text = QString());
    Result<std::optional<Asset>> get(const RecordKey& key);
    Result<qint64> count(std::optional<AssetKind> kind = std::nullopt);

private:
    Database& m_database;
};

struct CaseQuery {
    enum class Order { NewestFirst, OldestFirst, DueFirst, MostSevereFirst };

    std::optional<CaseCategory> category;
    QList<CaseStatus> statuses; // empty: any status
    QString areaCode;
    // The areas of responsibility of who is looking: cases in these areas or in their wards. Empty:
    // no restriction (the whole province).
    QStringList scope;
    QString text;               // matched against title and code, ignoring case and diacritics
    QDateTime openedSince;      // invalid: no bound
    Order order = Order::NewestFirst;
    int limit = 1000;
};

class CaseRepository {
public:
    explicit CaseRepository(Database& database) : m_database(database) {}
    Result<QList<Case>> find(const CaseQuery& query = {});
    Result<std::optional<Case>> get(const RecordKey& key);
    Result<qint64> count(const CaseQuery& query = {});

private:
    Database& m_database;
};

class ObservationRepository {
public:
    explicit ObservationRepository(Database& database) : m_database(database) {}
    // Oldest first; from and to are inclusive.
    Result<QList<Observation>> series(const RecordKey& asset, const QString& metric, const QDateTime& from,
                                      const QDateTime& to);
    Result<std::optional<Observation>> latest(const RecordKey& asset, const QString& metric);
    Result<QList<UnitPosition>> track(const RecordKey& unit, const QDateTime& from, const QDateTime& to);
    Result<qint64> count();
    Result<qint64> positionCount();

private:
    Database& m_database;
};

class IndicatorRepository {
public:
    explicit IndicatorRepository(Database& database) : m_database(database) {}
    Result<QList<Indicator>> indicators();
    // Values of one indicator, by period; with an area, only that area's.
    Result<QList<IndicatorValue>> values(const QString& indicatorCode, const QString& areaCode = QString());
    Result<qint64> count();
    Result<qint64> valueCount();

private:
    Database& m_database;
};

struct AlertQuery {
    QList<AlertState> states; // empty: any state
    int limit = 1000;         // most severe first, then newest
};

class AlertRepository {
public:
    explicit AlertRepository(Database& database) : m_database(database) {}
    Result<QList<Alert>> find(const AlertQuery& query = {});
    Result<std::optional<Alert>> get(const RecordKey& key);
    Result<qint64> count(const AlertQuery& query = {});

private:
    Database& m_database;
};

} // namespace ioc
