// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <utility>

namespace ioc {

// Context of the validation messages.
class DomainText {
    Q_DECLARE_TR_FUNCTIONS(ioc::DomainText)
};

namespace {

template<typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char16_t*>, N>;

constexpr CodeTable<AssetKind, 6> kAssetKinds{{
    {AssetKind::Camera, u"camera"}, {AssetKind::RainGauge, u"rain_gauge"},
    {AssetKind::WaterStation, u"water_station"}, {AssetKind::FloodTower, u"flood_tower"},
    {AssetKind::PatrolUnit, u"patrol_unit"}, {AssetKind::Facility, u"facility"}}};
constexpr CodeTable<CaseCategory, 7> kCaseCategories{{
    {CaseCategory::FieldReport, u"field_report"}, {CaseCategory::Dossier, u"dossier"},
    {CaseCategory::Complaint, u"complaint"}, {CaseCategory::Sos, u"sos"},
    {CaseCategory::SecurityIncident, u"security_incident"}, {CaseCategory::SocAlert, u"soc_alert"},
    {CaseCategory::SocialPost, u"social_post"}}};
constexpr CodeTable<CaseStatus, 6> kCaseStatuses{{
    {CaseStatus::Pending, u"pending"}, {CaseStatus::InProgress, u"in_progress"}, {CaseStatus::NearDue, u"near_due"},
    {CaseStatus::Overdue, u"overdue"}, {CaseStatus::Resolved, u"resolved"}, {CaseStatus::Closed, u"closed"}}};
constexpr CodeTable<Severity, 4> kSeverities{{
    {Severity::Low, u"low"}, {Severity::Medium, u"medium"}, {Severity::High, u"high"}, {Severity::Critical, u"critical"}}};
constexpr CodeTable<Sentiment, 4> kSentiments{{
    {Sentiment::None, u"none"}, {Sentiment::Positive, u"positive"}, {Sentiment::Neutral, u"neutral"},
    {Sentiment::Negative, u"negative"}}};
constexpr CodeTable<AlertState, 5> kAlertStates{{
    {AlertState::New, u"new"}, {AlertState::Acknowledged, u"acknowledged"}, {AlertState::InSop, u"in_sop"},
    {AlertState::Resolved, u"resolved"}, {AlertState::Closed, u"closed"}}};
constexpr CodeTable<AreaLevel, 2> kAreaLevels{{{AreaLevel::Province, u"province"}, {AreaLevel::Ward, u"ward"}}};
constexpr CodeTable<PeriodKind, 3> kPeriodKinds{{
    {PeriodKind::Month, u"month"}, {PeriodKind::Quarter, u"quarter"}, {PeriodKind::Year, u"year"}}};
constexpr CodeTable<Direction, 2> kDirections{{
    {Direction::HigherIsBetter, u"higher_is_better"}, {Direction::LowerIsBetter, u"lower_is_better"}}};

template<typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [entry, code] : table) {
        if (entry == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N>& table, QStringView code)
{
    for (const auto& [entry, text] : table) {
        if (code == QStringView(text))
            return entry;
    }
    return std::nullopt;
}

Result<void> requireKey(const RecordKey& key, const QString& what)
{
    if (key.source.isEmpty())
        return fail(DomainText::tr("%1 %2: the source is missing").arg(what, describe(key)));
    if (key.externalId.isEmpty())
        return fail(DomainText::tr("%1 from %2: the external id is missing").arg(what, key.source));
    return {};
}

Result<void> requireTime(const QDateTime& time, const QString& record, const char* field)
{
    if (!time.isValid())
        return fail(DomainText::tr("%1: %2 is missing or not a valid time").arg(record, QString::fromLatin1(field)));
    return {};
}

} // namespace

QString toCode(AssetKind value) { return codeOf(kAssetKinds, value); }
QString toCode(CaseCategory value) { return codeOf(kCaseCategories, value); }
QString toCode(CaseStatus value) { return codeOf(kCaseStatuses, value); }
QString toCode(Severity value) { return codeOf(kSeverities, value); }
QString toCode(Sentiment value) { return codeOf(kSentiments, value); }
QString toCode(AlertState value) { return codeOf(kAlertStates, value); }
QString toCode(AreaLevel value) { return codeOf(kAreaLevels, value); }
QString toCode(PeriodKind value) { return codeOf(kPeriodKinds, value); }
QString toCode(Direction value) { return codeOf(kDirections, value); }

template<> std::optional<AssetKind> fromCode<AssetKind>(QStringView code) { return valueOf(kAssetKinds, code); }
template<> std::optional<CaseCategory> fromCode<CaseCategory>(QStringView code) { return valueOf(kCaseCategories, code); }
template<> std::optional<CaseStatus> fromCode<CaseStatus>(QStringView code) { return valueOf(kCaseStatuses, code); }
template<> std::optional<Severity> fromCode<Severity>(QStringView code) { return valueOf(kSeverities, code); }
template<> std::optional<Sentiment> fromCode<Sentiment>(QStringView code) { return valueOf(kSentiments, code); }
template<> std::optional<AlertState> fromCode<AlertState>(QStringView code) { return valueOf(kAlertStates, code); }
template<> std::optional<AreaLevel> fromCode<AreaLevel>(QStringView code) { return valueOf(kAreaLevels, code); }
template<> std::optional<PeriodKind> fromCode<PeriodKind>(QStringView code) { return valueOf(kPeriodKinds, code); }
template<> std::optional<Direction> fromCode<Direction>(QStringView code) { return valueOf(kDirections, code); }

QString describe(const RecordKey& key) { return key.source + QLatin1Char('/') + key.externalId; }

Result<void> validatePosition(const QGeoCoordinate& position, const QString& record)
{
    if (!position.isValid()) {
        // QGeoCoordinate reports out-of-range values as invalid; tell which one.
        const double latitude = position.latitude();
        const double longitude = position.longitude();
        if (!std::isnan(latitude) && (latitude < -90 || latitude > 90))
            return fail(DomainText::tr("%1: latitude %2 is outside -90…90").arg(record).arg(latitude));
        if (!std::isnan(longitude) && (longitude < -180 || longitude > 180))
            return fail(DomainText::tr("%1: longitude %2 is outside -180…180").arg(record).arg(longitude));
    }
    return {};
}

Result<QGeoCoordinate> positionFromDegrees(double latitude, double longitude, const QString& record)
{
    if (std::isnan(latitude) && std::isnan(longitude))
        return QGeoCoordinate();
    if (!std::isfinite(latitude) || latitude < -90 || latitude > 90)
        return fail(DomainText::tr("%1: latitude %2 is outside -90…90").arg(record).arg(latitude));
    if (!std::isfinite(longitude) || longitude < -180 || longitude > 180)
        return fail(DomainText::tr("%1: longitude %2 is outside -180…180").arg(record).arg(longitude));
    return QGeoCoordinate(latitude, longitude);
}

Result<void> validate(const Asset& asset)
{
    if (auto key = requireKey(asset.key, DomainText::tr("asset")); !key)
        return key;
    const QString record = DomainText::tr("asset %1").arg(describe(asset.key));
    if (asset.name.isEmpty())
        return fail(DomainText::tr("%1: the name is missing").arg(record));
    return validatePosition(asset.position, record);
}

Result<void> validate(const Case& item)
{
    if (auto key = requireKey(item.key, DomainText::tr("case")); !key)
        return key;
    const QString record = DomainText::tr("case %1").arg(describe(item.key));
    if (item.title.isEmpty())
        return fail(DomainText::tr("%1: the title is missing").arg(record));
    if (auto opened = requireTime(item.opened, record, "opened"); !opened)
        return opened;
    return validatePosition(item.position, record);
}

Result<void> validate(const Observation& observation)
{
    if (auto key = requireKey(observation.asset, DomainText::tr("observation")); !key)
        return key;
    const QString record = DomainText::tr("observation %1 %2").arg(describe(observation.asset), observation.metric);
    if (observation.metric.isEmpty())
        return fail(DomainText::tr("%1: the metric is missing").arg(record));
    if (!std::isfinite(observation.value))
        return fail(DomainText::tr("%1: the value is not a number").arg(record));
    return requireTime(observation.time, record, "time");
}

Result<void> validate(const UnitPosition& position)
{
    if (auto key = requireKey(position.unit, DomainText::tr("unit position")); !key)
        return key;
    const QString record = DomainText::tr("position of %1").arg(describe(position.unit));
    if (auto valid = validatePosition(position.position, record); !valid)
        return valid;
    if (!position.position.isValid())
        return fail(DomainText::tr("%1: the coordinate is missing").arg(record));
    return requireTime(position.time, record, "time");
}

Result<void> validate(const IndicatorValue& value)
{
    const QString record = DomainText::tr("indicator %1 %2 %3").arg(value.indicatorCode, value.areaCode, value.period);
    if (value.indicatorCode.isEmpty() || value.areaCode.isEmpty() || value.period.isEmpty())
        return fail(DomainText::tr("%1: indicator, area and period are all required").arg(record));
    if ((value.plan && !std::isfinite(*value.plan)) || (value.actual && !std::isfinite(*value.actual)))
        return fail(DomainText::tr("%1: plan and actual must be numbers").arg(record));
    return {};
}

Result<void> validate(const Alert& alert)
{
    if (auto key = requireKey(alert.key, DomainText::tr("alert")); !key)
        return key;
    const QString record = DomainText::tr("alert %1").arg(describe(alert.key));
    if (alert.rule.isEmpty())
        return fail(DomainText::tr("%1: the rule is missing").arg(record));
    if (auto raised = requireTime(alert.raised, record, "raised"); !raised)
        return raised;
    return validatePosition(alert.position, record);
}

} // namespace ioc
