// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/statusrule.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ioc {

class KpiText {
    Q_DECLARE_TR_FUNCTIONS(ioc::KpiText)
};

QString toCode(KpiColour colour)
{
    switch (colour) {
    case KpiColour::Red:
        return QStringLiteral("red");
    case KpiColour::Orange:
        return QStringLiteral("orange");
    case KpiColour::Green:
        return QStringLiteral("green");
    case KpiColour::Grey:
        return QStringLiteral("grey");
    }
    return QStringLiteral("grey");
}

namespace {

// Why the rule gave grey; None when it judged.
enum class GreyReason {
    None,
    InvalidPeriod,
    InvalidThresholds,
    NoActual,
    ActualNotFinite,
    ActualNegative,
    NoPlan,
    PlanNotFinite,
    PlanNegative,
    PlanZero,
    NotStarted,
    ForecastNotFinite,
    ForecastNegative,
};

// Worse first: the order in which colours combine.
int severity(KpiColour c)
{
    switch (c) {
    case KpiColour::Red:
        return 2;
    case KpiColour::Orange:
        return 1;
    default:
        return 0;
    }
}

KpiColour worse(KpiColour a, KpiColour b) { return severity(a) >= severity(b) ? a : b; }

double slack(double threshold) { return 1e-9 * std::max(1.0, std::abs(threshold)); }

KpiColour colourOf(double ratio, const StatusThresholds& t)
{
    if (ratio >= t.green - slack(t.green))
        return KpiColour::Green;
    if (ratio < t.red - slack(t.red))
        return KpiColour::Red;
    return KpiColour::Orange;
}

double achievement(Direction direction, double share)
{
    return direction == Direction::HigherIsBetter ? share : 2.0 - share;
}

QString periodWord(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month:
        //: Period word in status explanations ("at 40% of the month", "for the finished month").
        return KpiText::tr("month");
    case PeriodKind::Quarter:
        //: Period word in status explanations ("at 40% of the quarter").
        return KpiText::tr("quarter");
    case PeriodKind::Year:
        //: Period word in status explanations ("at 40% of the year").
        return KpiText::tr("year");
    }
    return {};
}

QString colourWord(KpiColour colour)
{
    switch (colour) {
    case KpiColour::Red:
        return KpiText::tr("red", "KPI status colour");
    case KpiColour::Orange:
        return KpiText::tr("orange", "KPI status colour");
    case KpiColour::Green:
        return KpiText::tr("green", "KPI status colour");
    case KpiColour::Grey:
        return KpiText::tr("grey", "KPI status colour");
    }
    return {};
}

// A share of plan as a whole percentage, rounded towards the worse side (down where higher is better, up
// where lower is better), so that a shown figure never looks better than the one judged: 0.899 shows as
// 89%, not as the 90% of an orange threshold.
QString sharePercent(double share, Direction direction)
{
    const QLocale locale;
    const double percent = share * 100.0;
    const double shown = direction == Direction::HigherIsBetter ? std::floor(percent + 1e-7) : std::ceil(percent - 1e-7);
    return locale.toString(shown, 'f', 0) + locale.percent();
}

QString elapsedPercent(double share)
{
    const QLocale locale;
    return locale.toString(std::round(share * 100.0), 'f', 0) + locale.percent();
}

// A figure rounded to two decimals, shortest form, and its unit ("1,250 cases", "3.5").
QString amount(double value, const QString& unit)
{
    const QString text = QLocale().toString(std::round(value * 100.0) / 100.0, 'f', QLocale::FloatingPointShortest);
    return unit.isEmpty() ? text : text + u' ' + unit;
}

QString greyText(GreyReason reason, PeriodKind kind)
{
    switch (reason) {
    case GreyReason::None:
        return {};
    case GreyReason::InvalidPeriod:
        return KpiText::tr("the period is not valid");
    case GreyReason::InvalidThresholds:
        return KpiText::tr("the status thresholds are not valid");
    case GreyReason::NoActual:
        //: %1 is the period word: month, quarter, year.
        return KpiText::tr("no actual figure for this %1").arg(periodWord(kind));
    case GreyReason::ActualNotFinite:
        return KpiText::tr("the actual figure is not a number");
    case GreyReason::ActualNegative:
        return KpiText::tr("the actual figure is negative, which this indicator cannot be");
    case GreyReason::NoPlan:
        //: %1 is the period word: month, quarter, year.
        return KpiText::tr("no plan for this %1").arg(periodWord(kind));
    case GreyReason::PlanNotFinite:
        return KpiText::tr("the plan is not a number");
    case GreyReason::PlanNegative:
        return KpiText::tr("the plan is negative, so no share of it can be judged");
    case GreyReason::PlanZero:
        return KpiText::tr("the plan is 0, so no share of it can be judged");
    case GreyReason::NotStarted:
        //: %1 is the period word: month, quarter, year.
        return KpiText::tr("the %1 has not started").arg(periodWord(kind));
    case GreyReason::ForecastNotFinite:
        return KpiText::tr("the forecast is not a number");
    case GreyReason::ForecastNegative:
        return KpiText::tr("the forecast is negative, which this indicator cannot be");
    }
    return {};
}

GreyReason checkInput(const StatusInput& in, bool started, bool running)
{
    if (!in.period.isValid())
        return GreyReason::InvalidPeriod;
    const StatusThresholds& t = in.thresholds;
    if (!std::isfinite(t.green) || !std::isfinite(t.red) || t.red > t.green)
        return GreyReason::InvalidThresholds;
    if (!in.actual)
        return GreyReason::NoActual;
    if (!std::isfinite(*in.actual))
        return GreyReason::ActualNotFinite;
    if (*in.actual < 0 && !in.negativeAllowed)
        return GreyReason::ActualNegative;
    if (!in.plan)
        return GreyReason::NoPlan;
    if (!std::isfinite(*in.plan))
        return GreyReason::PlanNotFinite;
    if (*in.plan < 0)
        return GreyReason::PlanNegative;
    if (!started)
        return GreyReason::NotStarted;
    if (running && in.forecastAtEnd) {
        if (!std::isfinite(*in.forecastAtEnd))
            return GreyReason::ForecastNotFinite;
        if (*in.forecastAtEnd < 0 && !in.negativeAllowed)
            return GreyReason::ForecastNegative;
    }
    if (*in.plan == 0 && in.direction == Direction::HigherIsBetter)
        return GreyReason::PlanZero;
    return GreyReason::None;
}

QString staleSuffix(const StatusInput& in, qint64 ageSeconds, const QString& sentence)
{
    if (!in.updated.isValid())
        return KpiText::tr("%1; stale: no update time").arg(sentence);
    const qint64 hours = ageSeconds / 3600;
    if (hours >= 48)
        //: %2 is a whole number of days.
        return KpiText::tr("%1; stale: last update %2 d ago").arg(sentence, QLocale().toString(hours / 24));
    //: %2 is a whole number of hours.
    return KpiText::tr("%1; stale: last update %2 h ago").arg(sentence, QLocale().toString(hours));
}

} // namespace

PeriodClock PeriodClock::of(const Period& period, const QDateTime& now)
{
    PeriodClock clock;
    clock.valid = period.isValid() && now.isValid();
    if (!clock.valid)
        return clock;
    // Julian days, each computed once: this runs for every status of a recompute that has no clock at hand.
    const qint64 today = now.date().toJulianDay();
    const qint64 first = period.firstJulianDay();
    const qint64 last = period.lastJulianDay();
    clock.started = today >= first;
    clock.finished = today > last;
    clock.elapsedShare = !clock.started ? 0.0 : clock.finished ? 1.0 : double(today - first + 1) / double(last - first + 1);
    return clock;
}

KpiStatus evaluateStatus(const StatusInput& in, StatusDetail detail)
{
    return evaluateStatus(in, PeriodClock::of(in.period, in.now), detail);
}

KpiStatus evaluateStatus(const StatusInput& in, const PeriodClock& clock, StatusDetail detail)
{
    KpiStatus status;
    const bool finished = clock.finished;
    const bool started = clock.started;
    const bool running = !finished;
    status.elapsedShare = clock.elapsedShare;
    const bool nowValid = in.now.isValid();
    const bool updatedValid = in.updated.isValid();
    const qint64 age = updatedValid && nowValid ? in.updated.secsTo(in.now) : 0;
    status.stale = in.expectedUpdateSeconds > 0 && nowValid && (!updatedValid || age > in.expectedUpdateSeconds);

    const GreyReason grey = checkInput(in, started, running);
    const bool useForecast = running && in.forecastAtEnd.has_value();
    const bool withText = detail == StatusDetail::WithExplanation;
    QString body;
    QString forecastPart;

    if (grey != GreyReason::None) {
        status.colour = KpiColour::Grey;
        if (withText)
            body = greyText(grey, in.period.kind);
    } else if (*in.plan == 0) {
        // LowerIsBetter with a plan of 0 ("no incidents"): any amount above 0 misses it outright.
        status.colour = *in.actual <= 0 ? KpiColour::Green : KpiColour::Red;
        if (useForecast && *in.forecastAtEnd > 0)
            status.colour = KpiColour::Red;
        if (withText) {
            body = KpiText::tr("the plan is 0 and the actual is %1").arg(amount(*in.actual, in.unit));
            if (useForecast)
                //: %1 is the forecast (a share of plan like "88%" or a figure), %2 the period word.
                forecastPart = KpiText::tr("forecast %1 at %2 end")
                                   .arg(amount(*in.forecastAtEnd, in.unit), periodWord(in.period.kind));
        }
    } else {
        const double proRated = in.shape == KpiShape::Amount ? *in.plan * status.elapsedShare : *in.plan;
        const double share = *in.actual / proRated;
        status.shareOfPlan = share;
        status.ratio = achievement(in.direction, share);
        status.colour = colourOf(*status.ratio, in.thresholds);
        if (useForecast) {
            const double forecastShare = *in.forecastAtEnd / *in.plan;
            status.forecastShareOfPlan = forecastShare;
            status.forecastRatio = achievement(in.direction, forecastShare);
            status.colour = worse(status.colour, colourOf(*status.forecastRatio, in.thresholds));
        }
        if (withText) {
            const QString word = periodWord(in.period.kind);
            if (finished)
                //: %1 is a share of plan ("61%"), %2 the period word.
                body = KpiText::tr("actual %1 of plan for the finished %2").arg(sharePercent(share, in.direction), word);
            else if (in.shape == KpiShape::Amount)
                //: %1 is a share of plan ("61%"), %2 the elapsed share of the period ("75%"), %3 the period word.
                body = KpiText::tr("actual %1 of plan at %2 of the %3")
                           .arg(sharePercent(share, in.direction), elapsedPercent(status.elapsedShare), word);
            else
                body = KpiText::tr("actual %1 of plan").arg(sharePercent(share, in.direction));
            if (useForecast)
                forecastPart = KpiText::tr("forecast %1 at %2 end")
                                   .arg(sharePercent(*status.forecastShareOfPlan, in.direction), word);
        }
    }

    if (withText) {
        QString sentence = forecastPart.isEmpty()
            //: A status explanation: %1 the figures, %2 the colour.
            ? KpiText::tr("%1 → %2").arg(body, colourWord(status.colour))
            //: A status explanation: %1 the actual figures, %2 the forecast, %3 the colour.
            : KpiText::tr("%1; %2 → %3").arg(body, forecastPart, colourWord(status.colour));
        status.explanation = status.stale ? staleSuffix(in, age, sentence) : sentence;
    }
    return status;
}

} // namespace ioc
