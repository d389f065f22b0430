// SPDX-License-Identifier: GPL-3.0-or-later
#include "osmand.h"

#include "connect/jsonpointer.h"
#include "core/domain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>

namespace ioc {

namespace {
struct PositionsText {
    Q_DECLARE_TR_FUNCTIONS(PositionsText)
};

constexpr double kKmhPerKnot = 1.852;
constexpr double kKmhPerMetrePerSecond = 3.6;

Result<QString> decodeComponent(QByteArray bytes)
{
    bytes.replace('+', ' ');
    const QByteArray decoded = QByteArray::fromPercentEncoding(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(decoded);
    if (decoder.hasError())
        return fail(PositionsText::tr("'%1' is not UTF-8 text").arg(QString::fromLatin1(bytes.left(60))));
    return text;
}

Result<void> addParameters(QMap<QString, QString>& parameters, const QByteArray& encoded)
{
    if (encoded.isEmpty())
        return {};
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        auto name = decodeComponent(equals < 0 ? pair : pair.left(equals));
        auto value = decodeComponent(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name)
            return name.error();
        if (!value)
            return fail(QStringLiteral("%1: %2").arg(name.value(), value.errorMessage()));
        if (parameters.contains(name.value()))
            return fail(PositionsText::tr("%1: given twice").arg(name.value()));
        parameters.insert(name.value(), value.value());
    }
    return {};
}

Result<double> readNumber(const QMap<QString, QString>& parameters, const QString& name)
{
    bool ok = false;
    const QString text = parameters.value(name);
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(PositionsText::tr("%1: '%2' is not a number").arg(name, text.left(40)));
    return value;
}

Result<QDateTime> readTimestamp(const QString& text)
{
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(number) || number < 0 || number > 253402300799000.0)
            return fail(PositionsText::tr("timestamp: '%1' is out of range").arg(text.left(40)));
        // Seconds until the year 5138; anything larger is milliseconds (as Traccar reads it).
        const double ms = number > 1e11 ? number : number * 1000.0;
        return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(ms)), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        return fail(PositionsText::tr("timestamp: '%1' is not seconds since 1970 or an ISO 8601 time").arg(text.left(40)));
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // a time without a zone is UTC, as trackers send it
    return time.toUTC();
}

Result<OsmAndFix> parseJson(const HttpRequest& request, const QDateTime& receivedAt)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(PositionsText::tr("the body is not a JSON object (%1)").arg(error.errorString()));
    const QJsonValue root = document.object();
    OsmAndFix fix;
    const auto unit = resolveJsonPointer(root, u"/device_id");
    fix.unit = unit && unit->isString() ? unit->toString() : QString();
    if (fix.unit.isEmpty())
        return fail(PositionsText::tr("device_id: missing"));
    const auto latitude = resolveJsonPointer(root, u"/location/coords/latitude");
    const auto longitude = resolveJsonPointer(root, u"/location/coords/longitude");
    if (!latitude || !latitude->isDouble() || !longitude || !longitude->isDouble())
        return fail(PositionsText::tr("location/coords: latitude and longitude must be numbers"));
    auto position = positionFromDegrees(latitude->toDouble(), longitude->toDouble(), fix.unit);
    if (!position || !position.value().isValid())
        return fail(position ? PositionsText::tr("location/coords: no position") : position.errorMessage());
    fix.position = position.value();
    fix.time = receivedAt.toUTC();
    if (const auto time = resolveJsonPointer(root, u"/location/timestamp"); time) {
        auto read = readTimestamp(time->isDouble() ? QString::number(time->toDouble(), 'f', 0) : time->toString());
        if (!read)
            return read.error();
        fix.time = read.value();
    }
    if (const auto speed = resolveJsonPointer(root, u"/location/coords/speed"); speed && speed->isDouble())
        fix.speedKmh = std::max(0.0, speed->toDouble() * kKmhPerMetrePerSecond); // -1: unknown
    return fix;
}
} // namespace

Result<QMap<QString, QString>> osmAndParameters(const HttpRequest& request)
{
    QMap<QString, QString> parameters;
    const qsizetype question = request.target.indexOf('?');
    if (question >= 0)
        if (auto added = addParameters(parameters, request.target.mid(question + 1)); !added)
            return added.error();
    const QByteArray type = request.header("content-type").toLower();
    if (request.method == "POST" && !request.body.isEmpty()
        && (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")))
        if (auto added = addParameters(parameters, request.body.trimmed()); !added)
            return added.error();
    return parameters;
}

Result<OsmAndFix> parseOsmAnd(const HttpRequest& request, const QDateTime& receivedAt)
{
    if (request.method == "POST" && request.header("content-type").toLower().startsWith("application/json"))
        return parseJson(request, receivedAt);

    auto read = osmAndParameters(request);
    if (!read)
        return read.error();
    const QMap<QString, QString>& parameters = read.value();

    OsmAndFix fix;
    fix.unit = parameters.value(QStringLiteral("id"), parameters.value(QStringLiteral("deviceid"))).trimmed();
    if (fix.unit.isEmpty())
        return fail(PositionsText::tr("id: missing (the unit's identifier)"));
    if (fix.unit.size() > 64)
        return fail(PositionsText::tr("id: longer than 64 characters"));

    double latitude = 0;
    double longitude = 0;
    if (parameters.contains(QStringLiteral("lat")) || parameters.contains(QStringLiteral("lon"))) {
        auto lat = readNumber(parameters, QStringLiteral("lat"));
        if (!lat)
            return lat.error();
        auto lon = readNumber(parameters, QStringLiteral("lon"));
        if (!lon)
            return lon.error();
        latitude = lat.value();
        longitude = lon.value();
    } else if (parameters.contains(QStringLiteral("location"))) {
        const QStringList parts = parameters.value(QStringLiteral("location")).split(QLatin1Char(','));
        bool latOk = false;
        bool lonOk = false;
        if (parts.size() == 2) {
            latitude = parts.at(0).toDouble(&latOk);
            longitude = parts.at(1).toDouble(&lonOk);
        }
        if (!latOk || !lonOk || !std::isfinite(latitude) || !std::isfinite(longitude))
            return fail(PositionsText::tr("location: '%1' is not 'latitude,longitude'").arg(parameters.value(QStringLiteral("location")).left(60)));
    } else {
        return fail(PositionsText::tr("lat, lon: missing (or location)"));
    }
    if (latitude < -90 || latitude > 90)
        return fail(PositionsText::tr("lat: %1 is outside -90…90").arg(latitude));
    if (longitude < -180 || longitude > 180)
        return fail(PositionsText::tr("lon: %1 is outside -180…180").arg(longitude));
    fix.position = QGeoCoordinate(latitude, longitude);

    fix.time = receivedAt.toUTC();
    if (parameters.contains(QStringLiteral("timestamp"))) {
        auto time = readTimestamp(parameters.value(QStringLiteral("timestamp")));
        if (!time)
            return time.error();
        fix.time = time.value();
    }
    if (parameters.contains(QStringLiteral("speed"))) {
        auto knots = readNumber(parameters, QStringLiteral("speed"));
        if (!knots)
            return knots.error();
        if (knots.value() < 0)
            return fail(PositionsText::tr("speed: %1 is negative").arg(knots.value()));
        fix.speedKmh = knots.value() * kKmhPerKnot;
    }
    const QString valid = parameters.value(QStringLiteral("valid"), QStringLiteral("true")).toLower();
    fix.valid = valid != QLatin1String("false") && valid != QLatin1String("0");
    return fix;
}

} // namespace ioc
