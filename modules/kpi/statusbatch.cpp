// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/statusbatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ioc {

class KpiBatchText {
    Q_DECLARE_TR_FUNCTIONS(ioc::KpiBatchText)
};

namespace {

// A rule with its limits computed once: the same expressions as statusrule.cpp's colourOf, so that every
// comparison gives the same answer bit for bit.
struct PreparedRule {
    bool higher = true;
    bool amount = true;
    bool negativeAllowed = false;
    bool thresholdsValid = false;
    double greenLimit = 0.0;
    double redLimit = 0.0;
    qint64 expectedUpdateSeconds = 0;
};

double slack(double threshold) { return 1e-9 * std::max(1.0, std::abs(threshold)); }

PreparedRule prepare(const StatusSeriesRule& rule)
{
    PreparedRule p;
    p.higher = rule.direction == Direction::HigherIsBetter;
    p.amount = rule.shape == KpiShape::Amount;
    p.negativeAllowed = rule.negativeAllowed;
    const StatusThresholds& t = rule.thresholds;
    p.thresholdsValid = std::isfinite(t.green) && std::isfinite(t.red) && !(t.red > t.green);
    if (p.thresholdsValid) {
        p.greenLimit = t.green - slack(t.green);
        p.redLimit = t.red - slack(t.red);
    }
    p.expectedUpdateSeconds = rule.expectedUpdateSeconds;
    return p;
}

inline KpiColour colourOf(double ratio, const PreparedRule& rule)
{
    if (ratio >= rule.greenLimit)
        return KpiColour::Green;
    if (ratio < rule.redLimit)
        return KpiColour::Red;
    return KpiColour::Orange;
}

inline KpiColour worse(KpiColour a, KpiColour b)
{
    // Red > Orange > Green; Grey never reaches here.
    auto severity = [](KpiColour c) { return c == KpiColour::Red ? 2 : c == KpiColour::Orange ? 1 : 0; };
    return severity(a) >= severity(b) ? a : b;
}

// evaluateStatus's colour for one row; see statusrule.cpp (checkInput, then the judgement).
inline KpiColour colourOfRow(double actual, double plan, double forecast, const PeriodClock& clock,
                             const PreparedRule& rule)
{
    if (!clock.valid || !rule.thresholdsValid)
        return KpiColour::Grey;
    if (!std::isfinite(actual) || (actual < 0 && !rule.negativeAllowed))
        return KpiColour::Grey;
    if (!std::isfinite(plan) || plan < 0 || !clock.started)
        return KpiColour::Grey;
    const bool useForecast = !clock.finished && !std::isnan(forecast);
    if (useForecast && (std::isinf(forecast) || (forecast < 0 && !rule.negativeAllowed)))
        return KpiColour::Grey;
    if (plan == 0) {
        if (rule.higher)
            return KpiColour::Grey;
        if (useForecast && forecast > 0)
            return KpiColour::Red;
        return actual <= 0 ? KpiColour::Green : KpiColour::Red;
    }
    const double proRated = rule.amount ? plan * clock.elapsedShare : plan;
    const double share = actual / proRated;
    KpiColour colour = colourOf(rule.higher ? share : 2.0 - share, rule);
    if (useForecast) {
        const double forecastShare = forecast / plan;
        colour = worse(colour, colourOf(rule.higher ? forecastShare : 2.0 - forecastShare, rule));
    }
    return colour;
}

// QDateTime::secsTo as Qt 6.4 computes it: the difference in milliseconds divided by 1000, truncated towards 0
// (not each time truncated first: 11:59:59.358 to 12:00:00.357 is 0 s). A difference that does not fit in
// 64 bits saturates (such an update is more stale than any expectation).
inline bool staleOf(qint64 updatedMs, qint64 nowMs, qint64 expectedUpdateSeconds)
{
    if (expectedUpdateSeconds <= 0 || nowMs == kNoTimeMs)
        return false;
    if (updatedMs == kNoTimeMs)
        return true;
    qint64 diff = 0;
    if (__builtin_sub_overflow(nowMs, updatedMs, &diff))
        return nowMs > updatedMs;
    return diff / 1000 > expectedUpdateSeconds;
}

QString lengthError(const char* column, size_t length, size_t rows)
{
    //: Developer error: %1 is a column name (plan, forecast…), %2 and %3 are counts.
    return KpiBatchText::tr("status columns: %1 has %2 entries for %3 rows")
        .arg(QLatin1String(column))
        .arg(qulonglong(length))
        .arg(qulonglong(rows));
}

} // namespace

Result<void> evaluateColours(const StatusColumns& c, qint64 nowMs, std::span<KpiColour> colours,
                             std::span<bool> stale)
{
    const size_t rows = c.rows();
    const size_t writable = std::min({rows, colours.size(), stale.size()});
    auto greyAll = [&] {
        std::fill_n(colours.begin(), std::min(rows, colours.size()), KpiColour::Grey);
        std::fill_n(stale.begin(), std::min(rows, stale.size()), false);
    };
    if (writable < rows) {
        greyAll();
        //: Developer error: %1 and %2 are counts.
        return fail(KpiBatchText::tr("status columns: room for %1 results, %2 rows")
                        .arg(qulonglong(std::min(colours.size(), stale.size())))
                        .arg(qulonglong(rows)));
    }
    const char* badColumn = nullptr;
    size_t badLength = 0;
    if (c.plan.size() != rows)
        badColumn = "plan", badLength = c.plan.size();
    else if (c.period.size() != rows)
        badColumn = "period", badLength = c.period.size();
    else if (!c.forecast.empty() && c.forecast.size() != rows)
        badColumn = "forecast", badLength = c.forecast.size();
    else if (!c.updatedMs.empty() && c.updatedMs.size() != rows)
        badColumn = "updatedMs", badLength = c.updatedMs.size();
    else if (!c.series.empty() && c.series.size() != rows)
        badColumn = "series", badLength = c.series.size();
    if (badColumn) {
        greyAll();
        return fail(lengthError(badColumn, badLength, rows));
    }
    if (c.rules.empty() && rows > 0) {
        greyAll();
        return fail(KpiBatchText::tr("status columns: no series rule"));
    }

    // A few rules prepared on the stack; more on the heap (one allocation per call, never per row).
    constexpr size_t kInline = 64;
    PreparedRule inlineRules[kInline];
    std::vector<PreparedRule> heapRules;
    PreparedRule* rules = inlineRules;
    if (c.rules.size() > kInline) {
        heapRules.resize(c.rules.size());
        rules = heapRules.data();
    }
    for (size_t r = 0; r < c.rules.size(); ++r)
        rules[r] = prepare(c.rules[r]);

    const size_t clockCount = c.clocks.size();
    const size_t ruleCount = c.rules.size();
    const bool hasForecast = !c.forecast.empty();
    const bool hasUpdated = !c.updatedMs.empty();
    const bool hasSeries = !c.series.empty();
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    size_t badRow = rows;
    for (size_t i = 0; i < rows; ++i) {
        const size_t p = c.period[i];
        const size_t s = hasSeries ? c.series[i] : 0;
        if (p >= clockCount || s >= ruleCount) [[unlikely]] {
            colours[i] = KpiColour::Grey;
            stale[i] = false;
            badRow = std::min(badRow, i);
            continue;
        }
        const PreparedRule& rule = rules[s];
        colours[i] = colourOfRow(c.actual[i], c.plan[i], hasForecast ? c.forecast[i] : kNone, c.clocks[p], rule);
        stale[i] = staleOf(hasUpdated ? c.updatedMs[i] : kNoTimeMs, nowMs, rule.expectedUpdateSeconds);
    }
    if (badRow < rows) {
        //: Developer error: %1 is a row number, %2 and %3 are counts.
        return fail(KpiBatchText::tr("status columns: row %1 names a period or series past the tables "
                                     "(%2 periods, %3 series)")
                        .arg(qulonglong(badRow))
                        .arg(qulonglong(clockCount))
                        .arg(qulonglong(ruleCount)));
    }
    return {};
}

StatusColumns sliced(const StatusColumns& c, size_t first, size_t count)
{
    auto cut = [&](auto span) {
        if (span.empty())
            return span;
        const size_t from = std::min(first, span.size());
        return span.subspan(from, std::min(count, span.size() - from));
    };
    StatusColumns out = c;
    out.actual = cut(c.actual);
    out.plan = cut(c.plan);
    out.forecast = cut(c.forecast);
    out.updatedMs = cut(c.updatedMs);
    out.period = cut(c.period);
    out.series = cut(c.series);
    return out;
}

namespace {

bool sameRule(const StatusSeriesRule& a, const StatusSeriesRule& b)
{
    // Thresholds compared bit for bit (a NaN threshold equals itself here: the same rule).
    auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    return a.direction == b.direction && a.shape == b.shape && a.negativeAllowed == b.negativeAllowed
        && a.expectedUpdateSeconds == b.expectedUpdateSeconds && same(a.thresholds.green, b.thresholds.green)
        && same(a.thresholds.red, b.thresholds.red);
}

} // namespace

Result<void> StatusBatch::append(const StatusInput& in)
{
    if (m_actual.empty() && m_rules.empty()) {
        m_now = in.now;
        m_nowMs = in.now.isValid() ? in.now.toMSecsSinceEpoch() : kNoTimeMs;
    } else if (in.now != m_now || in.now.isValid() != m_now.isValid() || in.now.date() != m_now.date()) {
        return fail(KpiBatchText::tr("status batch: every status must be judged at the same time"));
    }
    size_t p = 0;
    while (p < m_periods.size() && !(m_periods[p] == in.period))
        ++p;
    if (p == m_periods.size()) {
        if (p > std::numeric_limits<quint16>::max())
            return fail(KpiBatchText::tr("status batch: more than 65,536 periods"));
        m_periods.push_back(in.period);
        m_clocks.push_back(PeriodClock::of(in.period, in.now));
    }
    StatusSeriesRule rule;
    rule.direction = in.direction;
    rule.shape = in.shape;
    rule.thresholds = in.thresholds;
    rule.negativeAllowed = in.negativeAllowed;
    rule.expectedUpdateSeconds = in.expectedUpdateSeconds;
    size_t s = m_rules.size();
    while (s > 0 && !sameRule(m_rules[s - 1], rule))
        --s;
    if (s == 0) {
        m_rules.push_back(rule);
        s = m_rules.size();
    }
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    m_actual.push_back(in.actual ? *in.actual : kNone);
    m_plan.push_back(in.plan ? *in.plan : kNone);
    // A forecast that is there but not a number must stay distinguishable from none: infinity (grey).
    m_forecast.push_back(!in.forecastAtEnd ? kNone
                             : std::isnan(*in.forecastAtEnd) ? std::numeric_limits<double>::infinity()
                                                             : *in.forecastAtEnd);
    m_updatedMs.push_back(in.updated.isValid() ? in.updated.toMSecsSinceEpoch() : kNoTimeMs);
    m_period.push_back(quint16(p));
    m_series.push_back(quint32(s - 1));
    return {};
}

StatusColumns StatusBatch::columns() const
{
    StatusColumns c;
    c.actual = m_actual;
    c.plan = m_plan;
    c.forecast = m_forecast;
    c.updatedMs = m_updatedMs;
    c.period = m_period;
    c.series = m_series;
    c.clocks = m_clocks;
    c.rules = m_rules;
    return c;
}

Result<void> StatusBatch::evaluate(std::span<KpiColour> colours, std::span<bool> stale) const
{
    return evaluateColours(columns(), m_nowMs, colours, stale);
}

} // namespace ioc
