// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/internal/timeparsing.h"

#include <QRegularExpression>

#include <cmath>

namespace ioc::internal {

namespace {

struct FormatName {
    TimeFormat format;
    const char* name;
};

constexpr FormatName kFormats[] = {
    {TimeFormat::Iso, "iso"},
    {TimeFormat::DayMonthYearTime, "dd/MM/yyyy HH:mm:ss"},
    {TimeFormat::DayMonthYearHm, "dd/MM/yyyy HH:mm"},
    {TimeFormat::DayMonthYear, "dd/MM/yyyy"},
    {TimeFormat::EpochSeconds, "s"},
    {TimeFormat::EpochMilliseconds, "ms"},
};

std::optional<QDateTime> plausible(const QDateTime& time)
{
    if (!time.isValid())
        return std::nullopt;
    const QDateTime utc = time.toUTC();
    if (utc.date().year() < 1900 || utc.date().year() > 2200)
        return std::nullopt;
    return utc;
}

std::optional<QDateTime> parseIso(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    // The fields straight from the digits the expression matched: QDate/QTime::fromString with a format
    // were 40 % of mapping a record. An impossible value (31 February, 25:00) makes an invalid QDate or
    // QTime, as fromString did.
    const auto number = [&m](int group, qsizetype from, qsizetype length) {
        return m.capturedView(group).mid(from, length).toInt();
    };
    const QDate date(number(1, 0, 4), number(1, 5, 2), number(1, 8, 2));
    QTime time(0, 0);
    if (m.hasCaptured(2)) {
        const QStringView fraction = m.capturedView(4); // the first three digits are the milliseconds
        int milliseconds = 0;
        for (qsizetype i = 0; i < 3; ++i)
            milliseconds = milliseconds * 10 + (i < fraction.size() ? fraction[i].unicode() - u'0' : 0);
        time = QTime(number(2, 0, 2), number(2, 3, 2), m.hasCaptured(3) ? number(3, 0, 2) : 0, milliseconds);
    }
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (!m.hasCaptured(5))
        return plausible(QDateTime(date, time, zone));
    const QString offset = m.captured(5);
    if (offset == QLatin1String("Z"))
        return plausible(QDateTime(date, time, QTimeZone::utc()));
    const QString digits = QString(offset).remove(u':');
    const int hours = digits.mid(1, 2).toInt();
    const int minutes = digits.mid(3, 2).toInt();
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    const int seconds = (offset.startsWith(u'-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    return plausible(QDateTime(date, time, QTimeZone(seconds)));
}

std::optional<QDateTime> parseDayMonthYear(const QString& text, TimeFormat format, const QTimeZone& zone)
{
    const QString datePart = text.section(u' ', 0, 0);
    const QString timePart = text.section(u' ', 1);
    const QDate date = QDate::fromString(datePart, QStringLiteral("dd/MM/yyyy"));
    QTime time(0, 0);
    switch (format) {
    case TimeFormat::DayMonthYearTime:
        time = QTime::fromString(timePart, QStringLiteral("HH:mm:ss"));
        break;
    case TimeFormat::DayMonthYearHm:
        time = QTime::fromString(timePart, QStringLiteral("HH:mm"));
        break;
    default:
        if (!timePart.isEmpty())
            return std::nullopt;
        break;
    }
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return plausible(QDateTime(date, time, zone));
}

std::optional<QDateTime> parseEpoch(const QJsonValue& value, TimeFormat format)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        static const QRegularExpression digits(QStringLiteral("^-?\\d{1,16}$"));
        const QString text = value.toString().trimmed();
        if (!digits.match(text).hasMatch())
            return std::nullopt;
        number = text.toDouble();
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::fabs(number) > 1e15)
        return std::nullopt;
    const qint64 ms = format == TimeFormat::EpochSeconds ? qint64(std::llround(number * 1000)) : qint64(std::llround(number));
    return plausible(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

} // namespace

std::optional<TimeFormat> timeFormatFromName(QStringView name)
{
    for (const FormatName& f : kFormats)
        if (name == QLatin1String(f.name))
            return f.format;
    return std::nullopt;
}

QString timeFormatName(TimeFormat format)
{
    for (const FormatName& f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.name);
    return {};
}

QStringList timeFormatNames()
{
    QStringList names;
    for (const FormatName& f : kFormats)
        names << QString::fromLatin1(f.name);
    return names;
}

std::optional<QDateTime> parseTime(const QJsonValue& value, TimeFormat format, const QTimeZone& zone)
{
    switch (format) {
    case TimeFormat::EpochSeconds:
    case TimeFormat::EpochMilliseconds:
        return parseEpoch(value, format);
    case TimeFormat::Iso:
        return value.isString() ? parseIso(value.toString().trimmed(), zone) : std::nullopt;
    case TimeFormat::DayMonthYearTime:
    case TimeFormat::DayMonthYearHm:
    case TimeFormat::DayMonthYear:
        return value.isString() ? parseDayMonthYear(value.toString().trimmed(), format, zone) : std::nullopt;
    }
    return std::nullopt;
}

QString formatTime(const QDateTime& time, TimeFormat format, const QTimeZone& zone)
{
    const QDateTime local = time.toTimeZone(zone);
    switch (format) {
    case TimeFormat::Iso:
        return time.toUTC().toString(Qt::ISODate); // "2026-01-01T00:05:00Z": unambiguous, and sorts as text
    case TimeFormat::DayMonthYearTime:
        return local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case TimeFormat::DayMonthYearHm:
        return local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case TimeFormat::DayMonthYear:
        return local.toString(QStringLiteral("dd/MM/yyyy"));
    case TimeFormat::EpochSeconds:
        return QString::number(time.toSecsSinceEpoch());
    case TimeFormat::EpochMilliseconds:
        return QString::number(time.toMSecsSinceEpoch());
    }
    return {};
}

} // namespace ioc::internal
