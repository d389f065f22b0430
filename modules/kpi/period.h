// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace ioc {

// One reporting period of an indicator: a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026").
// index is the month 1–12, the quarter 1–4, or 0 for a year. Years are 1000–9999 (four digits in text).
struct Period {
    PeriodKind kind = PeriodKind::Month;
    int year = 0;
    int index = 0;

    // Exactly "YYYY-MM" (MM 01–12), "YYYY-QN" (N 1–4) or "YYYY"; anything else (spaces, "2026-1",
    // "2026-q4", "2026-13") is nullopt.
    static std::optional<Period> parse(QStringView text);
    // The first period of kind that contains date (an invalid date gives an invalid Period).
    static Period containing(PeriodKind kind, QDate date);

    static constexpr int kMinYear = 1000;
    static constexpr int kMaxYear = 9999;

    bool isValid() const
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
    QString toString() const;
    QDate firstDay() const;
    QDate lastDay() const;
    int dayCount() const;
    // firstDay() and lastDay() as Julian day numbers, by integer arithmetic (the status rule evaluates
    // millions of periods); 0 for an invalid period.
    qint64 firstJulianDay() const;
    qint64 lastJulianDay() const;
    // Share of the period elapsed on today, counting today as elapsed: 0 before firstDay(), 1 after
    // lastDay(), else (days from firstDay() to today, both included) / dayCount(). 0 for an invalid date.
    double elapsedShare(QDate today) const;
    double elapsedShare(qint64 todayJulianDay) const;
    // The period n steps later (n < 0: earlier), of the same kind.
    Period next(int n = 1) const;

    // Chronological within one kind; periods of different kinds order by kind first (Month < Quarter < Year).
    friend auto operator<=>(const Period&, const Period&) = default;
    friend bool operator==(const Period&, const Period&) = default;
};

} // namespace ioc
