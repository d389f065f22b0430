// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/assetgenerator.h"

#include "demo/internal/provincedata.h"
#include "demo/internal/random.h"

#include <QJsonArray>

#include <cmath>

namespace ioc::internal {

namespace {

const QString kSource = QStringLiteral("demo");

QString numbered(const char* prefix, int number, int digits)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(number, digits, 10, QLatin1Char('0'));
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Degrees rounded to about a metre: positions print and compare the same everywhere.
QGeoCoordinate tidy(const QGeoCoordinate& point)
{
    return QGeoCoordinate(rounded(point.latitude(), 6), rounded(point.longitude(), 6));
}

Asset makeAsset(const QString& id, AssetKind kind, QString name, const QGeoCoordinate& position, const QString& area,
                QJsonObject properties)
{
    Asset asset;
    asset.key = {kSource, id};
    asset.kind = kind;
    asset.name = std::move(name);
    asset.position = tidy(position);
    asset.areaCode = area;
    asset.properties = std::move(properties);
    return asset;
}

// Wards that are not part of an urban centre, in file order.
QList<qsizetype> ruralWards(const ProvinceData& data)
{
    const QList<qsizetype> urban = data.urbanWards();
    QList<qsizetype> result;
    for (qsizetype i = 0; i < data.wards.size(); ++i) {
        if (!urban.contains(i))
            result.append(i);
    }
    return result;
}

void addCameras(const ProvinceData& data, DemoRandom& random, QList<Asset>& assets)
{
    int number = 0;
    const QStringList types{QStringLiteral("ptz"), QStringLiteral("fixed"), QStringLiteral("fixed"),
                            QStringLiteral("dome")};
    // The shipped clips (resources/video, played looped by Ioc.Video), main stream then the 384-wide
    // sub-stream, handed out in turn. Not drawn from `random`: the rest of the province stays as it was.
    struct Clip {
        const char* name;
        int width;
        int height;
        int subHeight;
    };
    static constexpr Clip clips[] = {{"intel_car-detection", 768, 432, 216},
                                     {"vtest_h264", 768, 576, 288},
                                     {"intel_one-by-one-person-detection", 768, 432, 216}};
    int nextClip = 0;
    const auto streams = [&] {
        const Clip& clip = clips[nextClip++ % std::size(clips)];
        const auto stream = [](const QString& file, int width, int height) {
            return QJsonObject{{QStringLiteral("url"), QStringLiteral("demo:") + file},
                               {QStringLiteral("width"), width},
                               {QStringLiteral("height"), height}};
        };
        const QString name = QString::fromLatin1(clip.name);
        return QJsonArray{stream(name + QStringLiteral(".mp4"), clip.width, clip.height),
                          stream(name + QStringLiteral("_sub.mp4"), 384, clip.subHeight)};
    };
    const auto properties = [&](const QString& road) {
        const bool analytics = random.chance(0.6);
        QJsonArray functions;
        if (analytics) {
            functions.append(QStringLiteral("vehicle_count"));
            if (random.chance(0.5))
                functions.append(QStringLiteral("crowd"));
            if (random.chance(0.3))
                functions.append(QStringLiteral("plate_recognition"));
        }
        const QString type = random.pick(types);
        const QString resolution = random.chance(0.5) ? QStringLiteral("1080p") : QStringLiteral("4MP");
        return QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("road"), road},
                           {QStringLiteral("analytics"), functions},
                           {QStringLiteral("resolution"), resolution},
                           {QStringLiteral("streams"), streams()}};
    };

    // In the cities: at crossings along the main roads that join the centroids of their wards.
    for (const UrbanCentre& centre : data.vocabulary.urbanCentres) {
        QList<QGeoCoordinate> centroids;
        for (const QString& code : centre.wardCodes)
            centroids.append(data.wards.at(data.wardIndex(code)).centroid);
        QList<std::pair<QGeoCoordinate, QGeoCoordinate>> roads;
        for (qsizetype a = 0; a < centroids.size(); ++a) {
            for (qsizetype b = a + 1; b < centroids.size(); ++b)
                roads.append({centroids.at(a), centroids.at(b)});
        }
        if (roads.isEmpty())
            roads.append({centroids.first(), centroids.first()});
        QList<std::pair<QString, QString>> crossings;
        for (qsizetype a = 0; a < centre.streets.size(); ++a) {
            for (qsizetype b = a + 1; b < centre.streets.size(); ++b)
                crossings.append({centre.streets.at(a), centre.streets.at(b)});
        }
        random.shuffle(crossings);
        for (int i = 0; i < centre.cameras; ++i) {
            const auto& [from, to] = roads.at(i % roads.size());
            // Drawn one by one: the order in which function arguments are evaluated is unspecified.
            const double along = random.between(0.1, 0.9);
            // A few hundred metres off the straight line: streets are not straight.
            const double offLatitude = random.normal(0, 0.002);
            const double offLongitude = random.normal(0, 0.002);
            const QGeoCoordinate point(from.latitude() + (to.latitude() - from.latitude()) * along + offLatitude,
                                       from.longitude() + (to.longitude() - from.longitude()) * along + offLongitude);
            const auto& [streetA, streetB] = crossings.at(i % crossings.size());
            const QString name = QStringLiteral("Nút giao %1 – %2, %3").arg(streetA, streetB, centre.name);
            assets.append(makeAsset(numbered("CAM", ++number, 3), AssetKind::Camera, name, point,
                                    data.wards.at(data.wardAt(point)).code,
                                    properties(QStringLiteral("đường ") + streetA)));
        }
    }

    // In the communes: one camera on a main road near the centre of a few of them.
    QList<qsizetype> communes = ruralWards(data);
    random.shuffle(communes);
    for (int i = 0; i < data.vocabulary.ruralCameras && i < communes.size(); ++i) {
        const Area& ward = data.wards.at(communes.at(i));
        const double offLatitude = random.normal(0, 0.003);
        const double offLongitude = random.normal(0, 0.003);
        const QGeoCoordinate point(ward.centroid.latitude() + offLatitude, ward.centroid.longitude() + offLongitude);
        const QString road = random.pick(data.vocabulary.ruralRoads);
        assets.append(makeAsset(numbered("CAM", ++number, 3), AssetKind::Camera,
                                QStringLiteral("%1, %2").arg(road, ward.fullName), point,
                                data.wards.at(data.wardAt(point)).code, properties(road)));
    }
}

// Wards for gauges and towers: some in the cities (where the damage is), the rest spread over the communes.
QList<qsizetype> spreadWards(const ProvinceData& data, DemoRandom& random, int count, int inCities)
{
    QList<qsizetype> cities = data.urbanWards();
    QList<qsizetype> communes = ruralWards(data);
    random.shuffle(cities);
    random.shuffle(communes);
    QList<qsizetype> result = cities.mid(0, std::min<qsizetype>(inCities, cities.size()));
    result += communes.mid(0, std::max<qsizetype>(0, count - result.size()));
    return result;
}

void addSensors(const ProvinceData& data, DemoRandom& random, QList<Asset>& assets)
{
    const Vocabulary& words = data.vocabulary;
    const QList<qsizetype> gauges = spreadWards(data, random, words.rainGauges, 4);
    for (qsizetype i = 0; i < gauges.size(); ++i) {
        const qsizetype ward = gauges.at(i);
        assets.append(makeAsset(numbered("RG", int(i + 1), 2), AssetKind::RainGauge,
                                QStringLiteral("Trạm đo mưa %1").arg(data.wards.at(ward).fullName),
                                data.wardShapes.at(ward).randomPoint(random), data.wards.at(ward).code,
                                {{QStringLiteral("thresholdMmPerHour"), 50}, {QStringLiteral("intervalMinutes"), 5}}));
    }
    const QList<qsizetype> towers = spreadWards(data, random, words.floodTowers, words.floodTowers - 2);
    for (qsizetype i = 0; i < towers.size(); ++i) {
        const qsizetype ward = towers.at(i);
        const double base = rounded(random.between(0.3, 0.7), 2);
        assets.append(makeAsset(numbered("FT", int(i + 1), 2), AssetKind::FloodTower,
                                QStringLiteral("Tháp cảnh báo ngập %1").arg(data.wards.at(ward).fullName),
                                data.wardShapes.at(ward).randomPoint(random), data.wards.at(ward).code,
                                {{kBaseLevelProperty, base},
                                 {QStringLiteral("warningLevelM"), rounded(base + 0.5, 2)},
                                 {QStringLiteral("alarmLevelM"), rounded(base + 0.8, 2)}}));
    }
    QStringList waters = words.waterBodies;
    random.shuffle(waters);
    const QList<qsizetype> stations = spreadWards(data, random, words.waterStations, 1);
    for (qsizetype i = 0; i < stations.size() && i < waters.size(); ++i) {
        const qsizetype ward = stations.at(i);
        assets.append(makeAsset(numbered("WS", int(i + 1), 2), AssetKind::WaterStation,
                                QStringLiteral("Trạm quan trắc nước %1").arg(waters.at(i)),
                                data.wardShapes.at(ward).randomPoint(random), data.wards.at(ward).code,
                                {{QStringLiteral("phMin"), 6.0}, {QStringLiteral("phMax"), 8.5},
                                 {QStringLiteral("turbidityMaxNtu"), 30}, {QStringLiteral("water"), waters.at(i)}}));
    }
}

void addPatrolUnits(const ProvinceData& data, DemoRandom& random, QList<Asset>& assets)
{
    QList<qsizetype> homes = data.urbanWards();
    random.shuffle(homes);
    int unit = 0;
    for (const PatrolForce& force : data.vocabulary.patrolForces) {
        for (int n = 1; n <= force.units; ++n) {
            const QString callSign = numbered(force.prefix.toUtf8().constData(), n, 2);
            const Area& home = data.wards.at(homes.at(unit++ % homes.size()));
            assets.append(makeAsset(callSign, AssetKind::PatrolUnit, QStringLiteral("Tổ %1 %2").arg(force.force, callSign),
                                    home.centroid, home.code,
                                    {{QStringLiteral("callSign"), callSign},
                                     {QStringLiteral("force"), force.force},
                                     {kHomeAreaProperty, home.code},
                                     {kMinSpeedProperty, force.minSpeedKmh},
                                     {kMaxSpeedProperty, force.maxSpeedKmh}}));
        }
    }
}

void addFacilities(const ProvinceData& data, DemoRandom& random, QList<Asset>& assets)
{
    int number = 0;
    for (const Facility& facility : data.vocabulary.facilities) {
        const qsizetype ward = data.wardIndex(facility.wardCode);
        assets.append(makeAsset(numbered("FAC", ++number, 2), AssetKind::Facility, facility.name,
                                data.wardShapes.at(ward).randomPoint(random), facility.wardCode,
                                {{QStringLiteral("type"), facility.type}}));
    }
}

} // namespace

QList<Asset> generateAssets(const ProvinceData& data, quint64 seed)
{
    QList<Asset> assets;
    DemoRandom cameras = DemoRandom::stream(seed, "cameras");
    addCameras(data, cameras, assets);
    DemoRandom sensors = DemoRandom::stream(seed, "sensors");
    addSensors(data, sensors, assets);
    DemoRandom patrols = DemoRandom::stream(seed, "patrols");
    addPatrolUnits(data, patrols, assets);
    DemoRandom facilities = DemoRandom::stream(seed, "facilities");
    addFacilities(data, facilities, assets);
    return assets;
}

} // namespace ioc::internal
