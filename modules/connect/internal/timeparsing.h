// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace ioc::internal {

// The time formats a mapping may name. Anything else is refused when the mapping is read.
enum class TimeFormat {
    Iso,              // "iso": ISO 8601; with "Z" or an offset as given, without one in the configured zone;
                      // a date alone is its midnight; ' ' is accepted for 'T'; fractions of a second kept to ms
    DayMonthYearTime, // "dd/MM/yyyy HH:mm:ss", in the configured zone
    DayMonthYearHm,   // "dd/MM/yyyy HH:mm"
    DayMonthYear,     // "dd/MM/yyyy", midnight
    EpochSeconds,     // "s": seconds since 1970-01-01T00:00Z, a number or a text of digits
    EpochMilliseconds // "ms"
};

std::optional<TimeFormat> timeFormatFromName(QStringView name);
QString timeFormatName(TimeFormat format);
QStringList timeFormatNames();

// The time in UTC, or nullopt when value is not a time in this format (or lies outside the years
// 1900–2200, which catches seconds read as milliseconds and the like).
std::optional<QDateTime> parseTime(const QJsonValue& value, TimeFormat format, const QTimeZone& zone);

// The time written in this format, e.g. for a "since" query parameter: ISO 8601 in UTC to the second
// ("2026-01-01T00:05:00Z"), the dd/MM/yyyy forms in the zone, s and ms since the epoch.
QString formatTime(const QDateTime& time, TimeFormat format, const QTimeZone& zone);

} // namespace ioc::internal
