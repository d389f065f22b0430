// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/period.h"

namespace ioc {

namespace {

constexpr int kMinYear = 1000;
constexpr int kMaxYear = 9999;

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

int periodsPerYear(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month:
        return 12;
    case PeriodKind::Quarter:
        return 4;
    case PeriodKind::Year:
        return 1;
    }
    return 1;
}

} // namespace

std::optional<Period> Period::parse(QStringView text)
{
    if (text.size() < 4)
        return std::nullopt;
    const auto year = digits(text.first(4));
    if (!year || *year < kMinYear)
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

bool Period::isValid() const
{
    if (year < kMinYear || year > kMaxYear)
        return false;
    switch (kind) {
    case PeriodKind::Month:
        return index >= 1 && index <= 12;
    case PeriodKind::Quarter:
        return index >= 1 && index <= 4;
    case PeriodKind::Year:
        return index == 0;
    }
    return false;
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

QDate Period::firstDay() const
{
    if (!isValid())
        return {};
    switch (kind) {
    case PeriodKind::Month:
        return QDate(year, index, 1);
    case PeriodKind::Quarter:
        return QDate(year, (index - 1) * 3 + 1, 1);
    case PeriodKind::Year:
        return QDate(year, 1, 1);
    }
    return {};
}

QDate Period::lastDay() const
{
    if (!isValid())
        return {};
    return next().firstDay().addDays(-1);
}

int Period::dayCount() const
{
    if (!isValid())
        return 0;
    return int(firstDay().daysTo(lastDay())) + 1;
}

double Period::elapsedShare(QDate today) const
{
    if (!isValid() || !today.isValid())
        return 0.0;
    const QDate first = firstDay();
    if (today < first)
        return 0.0;
    const QDate last = lastDay();
    if (today > last)
        return 1.0;
    return double(first.daysTo(today) + 1) / double(first.daysTo(last) + 1);
}

Period Period::next(int n) const
{
    const int per = periodsPerYear(kind);
    // Count periods from year 0 so that negative steps across year boundaries floor correctly.
    const long long ordinal = (long long)year * per + (kind == PeriodKind::Year ? 0 : index - 1) + n;
    const long long y = ordinal >= 0 ? ordinal / per : -((-ordinal + per - 1) / per);
    const int i = int(ordinal - y * per);
    return Period{kind, int(y), kind == PeriodKind::Year ? 0 : i + 1};
}

} // namespace ioc
