// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The common picture of the province that every connector maps into and every screen reads
// (ARCHITECTURE.md, data model). Plain values: no QObject, no storage logic.

#include "core/result.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ioc {

enum class AssetKind { Camera, RainGauge, WaterStation, FloodTower, PatrolUnit, Facility };
enum class CaseCategory { FieldReport, Dossier, Complaint, Sos, SecurityIncident, SocAlert, SocialPost };
// chờ xử lý, đang xử lý, sắp hết hạn, quá hạn, đã xử lý, đã đóng
enum class CaseStatus { Pending, InProgress, NearDue, Overdue, Resolved, Closed };
enum class Severity { Low, Medium, High, Critical };
enum class Sentiment { None, Positive, Neutral, Negative };
enum class AlertState { New, Acknowledged, InSop, Resolved, Closed };
enum class AreaLevel { Province, Ward };
enum class PeriodKind { Month, Quarter, Year };
enum class Direction { HigherIsBetter, LowerIsBetter };

// Stable codes as stored in the database and exchanged with connectors ("camera", "field_report"…).
QString toCode(AssetKind value);
QString toCode(CaseCategory value);
QString toCode(CaseStatus value);
QString toCode(Severity value);
QString toCode(Sentiment value);
QString toCode(AlertState value);
QString toCode(AreaLevel value);
QString toCode(PeriodKind value);
QString toCode(Direction value);

template<typename Enum>
std::optional<Enum> fromCode(QStringView code);

// A record's identity in the source system: ingest is idempotent on (source, externalId).
struct RecordKey {
    QString source;     // the system it came from: "demo", "dvc", "paht", a connector's name
    QString externalId; // its id there, e.g. "PAHT.20240419.0025"

    bool operator==(const RecordKey&) const = default;
};

struct Area {
    QString code;        // official code: "96" for Cà Mau, "31825" for phường Bạc Liêu
    QString name;        // "Bạc Liêu"
    QString fullName;    // "Phường Bạc Liêu"
    QString nameEn;
    AreaLevel level = AreaLevel::Ward;
    QString parentCode;  // empty for a province
    double areaKm2 = 0;
    QGeoCoordinate centroid;
    QByteArray geometry; // GeoJSON geometry object, as read
};

struct Asset {
    RecordKey key;
    AssetKind kind = AssetKind::Facility;
    QString name;
    QGeoCoordinate position;
    QString areaCode;
    QJsonObject properties; // kind-specific: stream URLs, thresholds, unit call sign…
};

// One measurement of an asset: rain mm/h, water level m, pH, turbidity NTU… Unique on (asset, metric, time).
struct Observation {
    RecordKey asset;
    QString metric;
    QDateTime time;
    double value = 0;
};

// Where a moving unit was at a time; the latest one also moves its Asset.
struct UnitPosition {
    RecordKey unit;
    QDateTime time;
    QGeoCoordinate position;
    double speedKmh = 0;
};

struct Case {
    RecordKey key;
    CaseCategory category = CaseCategory::FieldReport;
    QString domain;        // lĩnh vực: "giao_thong", "moi_truong"…
    QString title;
    QString channel;       // where it was received: app, hotline, portal, facebook…
    QGeoCoordinate position;
    QString areaCode;
    CaseStatus status = CaseStatus::Pending;
    Severity severity = Severity::Medium;
    QDateTime opened;
    QDateTime due;         // invalid when the case has no deadline
    QDateTime closed;      // invalid while open
    QString assigneeUnit;
    std::optional<bool> satisfied; // dossiers: citizen's rating, if given
    Sentiment sentiment = Sentiment::None;
};

struct Indicator {
    QString code;          // "grdp_growth"
    QString name;          // Vietnamese
    QString nameEn;
    QString unit;          // "%", "tỷ đồng"…
    QString domain;
    Direction direction = Direction::HigherIsBetter;
    PeriodKind periodKind = PeriodKind::Month;
};

// Plan and actual of one indicator for one area and period ("2026-11", "2026-Q4", "2026").
struct IndicatorValue {
    QString indicatorCode;
    QString areaCode;
    QString period;
    std::optional<double> plan;
    std::optional<double> actual;
    QDateTime updated;
};

struct Alert {
    RecordKey key;         // (rule, episode): one alert per episode, never one per reading
    QString rule;
    Severity severity = Severity::Medium;
    AlertState state = AlertState::New;
    QString subject;       // what it is about: "case:paht/PAHT.20240419.0025", "asset:demo/RG-03"
    QString title;
    QGeoCoordinate position;
    QDateTime raised;
    QDateTime acknowledged;
    QString acknowledgedBy;
    QDateTime closed;
    QString closedBy;
};

// Checks that ingest relies on: an identity, a valid time, coordinates on Earth. The message names
// the record ("case paht/PAHT.1: latitude 123 is outside -90…90").
Result<void> validate(const Asset& asset);
Result<void> validate(const Case& item);
Result<void> validate(const Observation& observation);
Result<void> validate(const UnitPosition& position);
Result<void> validate(const IndicatorValue& value);
Result<void> validate(const Alert& alert);

// A coordinate may be absent (invalid QGeoCoordinate); a present one must lie on Earth. Note that
// QGeoCoordinate(lat, lon) silently drops out-of-range values: mappers that read raw degrees use
// positionFromDegrees(), which reports them; this catches values set with setLatitude()/setLongitude().
Result<void> validatePosition(const QGeoCoordinate& position, const QString& record);

// A position from raw degrees, as a connector or a file gives them. Both NaN: no position (an invalid
// QGeoCoordinate). Anything else outside the world is an error naming the record and the value.
Result<QGeoCoordinate> positionFromDegrees(double latitude, double longitude, const QString& record);

QString describe(const RecordKey& key); // "source/externalId"

} // namespace ioc
