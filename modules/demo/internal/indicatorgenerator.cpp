// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/indicatorgenerator.h"

#include "demo/internal/provincedata.h"
#include "demo/internal/random.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ioc::internal {

namespace {

struct Period {
    QString code;  // "2026-11", "2026-Q4", "2026"
    int year = 0;
    int lastMonth = 0; // the period's last month, 1…12
    int months = 1;
    QDate end;         // the period's last day
    bool current = false;
};

// The periods of a kind up to and including the one `today` falls in, oldest first.
QList<Period> periodsUpTo(PeriodKind kind, const QDate& today)
{
    QList<Period> periods;
    switch (kind) {
    case PeriodKind::Month:
        for (int back = 23; back >= 0; --back) {
            const QDate first = QDate(today.year(), today.month(), 1).addMonths(-back);
            periods.append({first.toString(QStringLiteral("yyyy-MM")), first.year(), first.month(), 1,
                            first.addMonths(1).addDays(-1), back == 0});
        }
        break;
    case PeriodKind::Quarter:
        for (int back = 7; back >= 0; --back) {
            const QDate first = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(-3 * back);
            const int quarter = (first.month() - 1) / 3 + 1;
            periods.append({QStringLiteral("%1-Q%2").arg(first.year()).arg(quarter), first.year(), first.month() + 2, 3,
                            first.addMonths(3).addDays(-1), back == 0});
        }
        break;
    case PeriodKind::Year:
        for (int back = 2; back >= 0; --back) {
            const int year = today.year() - back;
            periods.append({QString::number(year), year, 12, 12, QDate(year, 12, 31), back == 0});
        }
        break;
    }
    return periods;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double planFor(const IndicatorSpec& spec, const Period& period, int thisYear)
{
    const int yearsFromNow = period.year - thisYear;
    switch (spec.shape) {
    case IndicatorSpec::Shape::Amount: {
        double total = 0;
        for (int month = period.lastMonth - period.months + 1; month <= period.lastMonth; ++month) {
            const double season =
                1 + spec.seasonAmplitude * std::cos(2 * std::numbers::pi * (month - spec.seasonPeakMonth) / 12.0);
            total += spec.plan * season;
        }
        return total * std::pow(1 + spec.yearGrowth, yearsFromNow);
    }
    case IndicatorSpec::Shape::YearToDate:
        // Disbursement starts slowly and catches up towards the end of the year.
        return spec.plan * std::pow(period.lastMonth / 12.0, 1.4);
    case IndicatorSpec::Shape::Level:
        break;
    }
    return spec.plan + spec.planStep * yearsFromNow;
}

double actualFor(const IndicatorSpec& spec, double plan, double performance, DemoRandom& random)
{
    double actual = spec.shape == IndicatorSpec::Shape::Level
        ? plan + performance + random.normal(0, spec.noise)
        : plan * performance * (1 + random.normal(0, spec.noise));
    actual = std::max(0.0, actual);
    return spec.max ? std::min(*spec.max, actual) : actual;
}

void addSeries(const IndicatorSpec& spec, const QString& areaCode, double share, DemoRandom& random,
               const QDateTime& now, QList<IndicatorValue>& values)
{
    const QDate today = provinceTime(now).date();
    const double performance = random.between(spec.performanceLow, spec.performanceHigh);
    for (const Period& period : periodsUpTo(spec.indicator.periodKind, today)) {
        IndicatorValue value;
        value.indicatorCode = spec.indicator.code;
        value.areaCode = areaCode;
        value.period = period.code;
        const double plan = planFor(spec, period, today.year()) * share;
        value.plan = rounded(plan, spec.decimals);
        const double actual = actualFor(spec, plan, performance, random);
        if (!period.current)
            value.actual = rounded(actual, spec.decimals);
        // Figures come in about ten days after a period closes.
        const QDateTime reported(period.end.addDays(10), QTime(9, 0), Qt::OffsetFromUTC, kProvinceUtcOffsetSeconds);
        value.updated = period.current || reported > now ? now : reported;
        values.append(value);
    }
}

} // namespace

void generateIndicators(const ProvinceData& data, quint64 seed, const QDateTime& now, QList<Indicator>& indicators,
                        QList<IndicatorValue>& values)
{
    DemoRandom random = DemoRandom::stream(seed, "indicators");
    const QList<qsizetype> urbanWards = data.urbanWards();
    for (const IndicatorSpec& spec : data.indicators) {
        indicators.append(spec.indicator);
        addSeries(spec, data.province.code, 1.0, random, now, values);
        if (!spec.wards)
            continue;
        for (const qsizetype ward : urbanWards) {
            // A ward's share of a provincial total; a rate is held against the province's target.
            const double share = spec.shape == IndicatorSpec::Shape::Amount ? random.between(0.02, 0.09) : 1.0;
            addSeries(spec, data.wards.at(ward).code, share, random, now, values);
        }
    }
}

} // namespace ioc::internal
