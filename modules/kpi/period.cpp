// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/period.h"

namespace ioc {

namespace {


// Digits only, no sign or space: QString::toInt would accept " 12" and "+1".
std::optional<int> digits(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Julian day number of a Gregorian date of a year >= 1 (the classic integer formula; divisions by
// constants only, as this runs for every status of a recompute).
qint64 julianDay(int year, int month, int day)
{
    const int a = (14 - month) / 12;
    const qint64 y = qint64(year) + 4800 - a;
    const int m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

} // namespace

std::optional<Period> Period::parse(QStringView text)
{
    if (text.size() < 4)
        return std::nullopt;
    const auto year = digits(text.first(4));
    if (!year || *year < Period::kMinYear)
        return std::nullopt;
    if (text.size() == 4)
        return Period{PeriodKind::Year, *year, 0};
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    if (text[5] == u'Q') {
        const auto quarter = digits(text.sliced(6));
        if (!quarter || *quarter < 1 || *quarter > 4)
            return std::nullopt;
        return Period{PeriodKind::Quarter, *year, *quarter};
    }
    const auto month = digits(text.sliced(5));
    if (!month || *month < 1 || *month > 12)
        return std::nullopt;
    return Period{PeriodKind::Month, *year, *month};
}

Period Period::containing(PeriodKind kind, QDate date)
{
    if (!date.isValid())
        return Period{kind, 0, 0};
    switch (kind) {
    case PeriodKind::Month:
        return Period{kind, date.year(), date.month()};
    case PeriodKind::Quarter:
        return Period{kind, date.year(), (date.month() - 1) / 3 + 1};
    case PeriodKind::Year:
        return Period{kind, date.year(), 0};
    }
    return Period{kind, 0, 0};
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    const QString y = QString::number(year);
    switch (kind) {
    case PeriodKind::Month:
        return y + u'-' + QString::number(index).rightJustified(2, u'0');
    case PeriodKind::Quarter:
        return y + QStringLiteral("-Q") + QString::number(index);
    case PeriodKind::Year:
        return y;
    }
    return {};
}

qint64 Period::firstJulianDay() const
{
    if (!isValid())
        return 0;
    switch (kind) {
    case PeriodKind::Month:
        return julianDay(year, index, 1);
    case PeriodKind::Quarter:
        return julianDay(year, (index - 1) * 3 + 1, 1);
    case PeriodKind::Year:
        return julianDay(year, 1, 1);
    }
    return 0;
}

qint64 Period::lastJulianDay() const
{
    if (!isValid())
        return 0;
    switch (kind) {
    case PeriodKind::Month:
        return firstJulianDay() + daysInMonth(year, index) - 1;
    case PeriodKind::Quarter: {
        const int month = index * 3;
        return firstJulianDay() + daysInMonth(year, month - 2) + daysInMonth(year, month - 1) + daysInMonth(year, month) - 1;
    }
    case PeriodKind::Year:
        return firstJulianDay() + (isLeap(year) ? 366 : 365) - 1;
    }
    return 0;
}

QDate Period::firstDay() const { return isValid() ? QDate::fromJulianDay(firstJulianDay()) : QDate(); }

QDate Period::lastDay() const { return isValid() ? QDate::fromJulianDay(lastJulianDay()) : QDate(); }

int Period::dayCount() const { return isValid() ? int(lastJulianDay() - firstJulianDay()) + 1 : 0; }

double Period::elapsedShare(QDate today) const { return today.isValid() ? elapsedShare(today.toJulianDay()) : 0.0; }

double Period::elapsedShare(qint64 today) const
{
    if (!isValid())
        return 0.0;
    const qint64 first = firstJulianDay();
    if (today < first)
        return 0.0;
    const qint64 last = lastJulianDay();
    if (today > last)
        return 1.0;
    return double(today - first + 1) / double(last - first + 1);
}

Period Period::next(int n) const
{
    // Count periods from year 0 so that negative steps across year boundaries floor correctly; the
    // divisor is a constant per kind (this runs for every status of a recompute).
    auto step = [&](int per) {
        const long long ordinal = (long long)year * per + index - 1 + n;
        const long long y = ordinal >= 0 ? ordinal / per : -((-ordinal + per - 1) / per);
        return Period{kind, int(y), int(ordinal - y * per) + 1};
    };
    switch (kind) {
    case PeriodKind::Month:
        return step(12);
    case PeriodKind::Quarter:
        return step(4);
    case PeriodKind::Year:
        break;
    }
    return Period{kind, year + n, 0};
}

} // namespace ioc
