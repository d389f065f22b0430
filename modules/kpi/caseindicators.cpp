// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/caseindicators.h"

#include "kpi/internal/casecounts.h"
#include "kpi/logcategories.h"
#include "store/database.h"
#include "store/ingest.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace ioc {

class KpiText {
    Q_DECLARE_TR_FUNCTIONS(ioc::KpiText)
};

namespace {

using internal::CaseCounts;

enum class Measure { Received, Resolved, OnTimeRate, Overdue, NearDue, NotReceived4h, NotSatisfiedRate };

struct Computation {
    CaseCategory category = CaseCategory::Dossier;
    Measure measure = Measure::Received;
};

std::optional<double> rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt; // nothing to rate: no value, never 0 % (and no division by zero)
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::optional<double> valueOf(Measure measure, const CaseCounts& c)
{
    switch (measure) {
    case Measure::Received: return double(c.received);
    case Measure::Resolved: return double(c.resolved);
    case Measure::OnTimeRate: return rate(c.resolvedOnTime, c.resolved);
    case Measure::Overdue: return double(c.overdue);
    case Measure::NearDue: return double(c.nearDue);
    case Measure::NotReceived4h: return double(c.notReceived4h);
    case Measure::NotSatisfiedRate: return rate(c.notSatisfied, c.rated);
    }
    return std::nullopt;
}

// Catalogue::knownComputations() lists the same names.
const QHash<QString, Computation>& computations()
{
    using C = CaseCategory;
    using M = Measure;
    static const QHash<QString, Computation> table{
        {QStringLiteral("dossiers_received"), {C::Dossier, M::Received}},
        {QStringLiteral("dossiers_resolved_on_time_rate"), {C::Dossier, M::OnTimeRate}},
        {QStringLiteral("dossiers_overdue"), {C::Dossier, M::Overdue}},
        {QStringLiteral("dossiers_not_received_4h"), {C::Dossier, M::NotReceived4h}},
        {QStringLiteral("dossiers_near_due"), {C::Dossier, M::NearDue}},
        {QStringLiteral("dossiers_not_satisfied_rate"), {C::Dossier, M::NotSatisfiedRate}},
        {QStringLiteral("reports_received"), {C::FieldReport, M::Received}},
        {QStringLiteral("reports_resolved"), {C::FieldReport, M::Resolved}},
        {QStringLiteral("reports_near_due"), {C::FieldReport, M::NearDue}},
        {QStringLiteral("reports_overdue"), {C::FieldReport, M::Overdue}},
        {QStringLiteral("soc_alerts_received"), {C::SocAlert, M::Received}},
        {QStringLiteral("soc_alerts_resolved_on_time_rate"), {C::SocAlert, M::OnTimeRate}},
        {QStringLiteral("soc_alerts_overdue"), {C::SocAlert, M::Overdue}},
    };
    return table;
}

struct AreaRow {
    QString code;
    AreaLevel level = AreaLevel::Ward;
    QString parentCode;
};

Result<QList<AreaRow>> readAreas(Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code, level, parent_code FROM areas ORDER BY code")))
        return fail(database.describeError(KpiText::tr("cannot read the areas"), query.lastError()));
    QList<AreaRow> areas;
    while (query.next()) {
        const std::optional<AreaLevel> level = fromCode<AreaLevel>(query.value(1).toString());
        if (!level) {
            qCWarning(lcKpi) << "area" << query.value(0).toString() << "has an unknown level; left out";
            continue;
        }
        areas.append({query.value(0).toString(), *level, query.value(2).toString()});
    }
    // Provinces first, then wards, each by code: a stable order for callers and tests.
    std::stable_sort(areas.begin(), areas.end(), [](const AreaRow& a, const AreaRow& b) {
        return a.level == AreaLevel::Province && b.level != AreaLevel::Province;
    });
    return areas;
}

} // namespace

CaseIndicators::CaseIndicators(Database& database, int utcOffsetSeconds)
    : m_database(database), m_utcOffsetSeconds(utcOffsetSeconds)
{
}

QDateTime CaseIndicators::monthStart(const QString& period) const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(period);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!date.isValid())
        return {};
    return QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, m_utcOffsetSeconds);
}

Result<QList<IndicatorValue>> CaseIndicators::compute(const Catalogue& catalogue, const QList<QString>& periods,
                                                      const QDateTime& now)
{
    m_lastCatalogue = catalogue;
    if (!now.isValid())
        return fail(KpiText::tr("cannot compute the case indicators: the current time is not valid"));
    QList<QDateTime> starts;
    for (const QString& period : periods) {
        const QDateTime start = monthStart(period);
        if (!start.isValid())
            return fail(KpiText::tr("cannot compute the case indicators: the period \"%1\" is not a month (YYYY-MM)")
                            .arg(period));
        starts.append(start);
    }

    Result<QList<AreaRow>> areas = readAreas(m_database);
    if (!areas)
        return areas.error();
    QHash<QString, QString> provinceOfWard;
    for (const AreaRow& area : areas.value()) {
        if (area.level == AreaLevel::Ward)
            provinceOfWard.insert(area.code, area.parentCode);
    }

    // The categories the catalogue needs, each counted once per month.
    QList<CaseCategory> categories;
    for (const CatalogueEntry& entry : catalogue.entries()) {
        if (entry.computedFrom.isEmpty())
            continue;
        const auto computation = computations().constFind(entry.computedFrom);
        if (computation == computations().constEnd())
            return fail(KpiText::tr("cannot compute %1: unknown computation \"%2\"").arg(entry.code, entry.computedFrom));
        if (!categories.contains(computation->category))
            categories.append(computation->category);
    }

    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<IndicatorValue> values;
    for (qsizetype p = 0; p < periods.size(); ++p) {
        const qint64 start = starts.at(p).toMSecsSinceEpoch();
        if (start > nowMs)
            continue; // a month still to come has no figures yet
        const qint64 next = starts.at(p).addMonths(1).toMSecsSinceEpoch();
        const bool current = nowMs < next;
        internal::CaseWindow window;
        window.start = start;
        window.reference = std::min(next, nowMs);
        window.until = std::min(next, nowMs + 1);
        window.pendingBefore = nowMs - 4 * 3600 * 1000LL;

        QHash<CaseCategory, QHash<QString, CaseCounts>> countsByCategory;
        for (const CaseCategory category : std::as_const(categories)) {
            Result<QHash<QString, CaseCounts>> byCode = internal::countCasesByArea(m_database, toCode(category), window);
            if (!byCode)
                return byCode.error();
            // Roll the wards up into their provinces.
            QHash<QString, CaseCounts> byArea;
            for (auto it = byCode.value().constBegin(); it != byCode.value().constEnd(); ++it) {
                byArea[it.key()] += it.value();
                const auto province = provinceOfWard.constFind(it.key());
                if (province != provinceOfWard.constEnd() && !province->isEmpty())
                    byArea[*province] += it.value();
            }
            countsByCategory.insert(category, byArea);
        }

        for (const CatalogueEntry& entry : catalogue.entries()) {
            if (entry.computedFrom.isEmpty())
                continue;
            const Computation& computation = computations().value(entry.computedFrom);
            // A snapshot of now: only the month containing now gets a value.
            if (computation.measure == Measure::NotReceived4h && !current)
                continue;
            const QHash<QString, CaseCounts>& byArea = countsByCategory[computation.category];
            for (const AreaRow& area : areas.value()) {
                if (!entry.existsFor(area.level))
                    continue;
                IndicatorValue value;
                value.indicatorCode = entry.code;
                value.areaCode = area.code;
                value.period = periods.at(p);
                value.plan = entry.plan;
                value.actual = valueOf(computation.measure, byArea.value(area.code));
                value.updated = now;
                values.append(value);
            }
        }
    }
    qCDebug(lcKpi) << "computed" << values.size() << "case indicator values for" << periods.size() << "months";
    return values;
}

Result<void> CaseIndicators::store(Ingest& ingest, const Catalogue& catalogue, const QList<IndicatorValue>& values) const
{
    IngestBatch batch;
    batch.source = QStringLiteral("kpi");
    for (const CatalogueEntry& entry : catalogue.entries())
        batch.indicators.append(entry.toIndicator());
    batch.indicatorValues = values;
    Result<IngestReport> report = ingest.write(batch);
    if (!report)
        return report.error();
    if (!report.value().rejected.isEmpty()) {
        const IngestRejection& first = report.value().rejected.constFirst();
        return fail(KpiText::tr("%n indicator record(s) rejected; the first: %1", nullptr,
                                int(report.value().rejected.size()))
                        .arg(first.reason));
    }
    return {};
}

Result<void> CaseIndicators::store(Ingest& ingest, const QList<IndicatorValue>& values) const
{
    if (!m_lastCatalogue)
        return fail(KpiText::tr("cannot store the case indicators: no catalogue (compute them first)"));
    return store(ingest, *m_lastCatalogue, values);
}

} // namespace ioc
