// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoprovince.h"

#include "demo/internal/assetgenerator.h"
#include "demo/internal/indicatorgenerator.h"
#include "demo/internal/provincedata.h"
#include "demo/internal/seedcases.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc {

// Context of the messages about the demo province's files.
class DemoProvinceText {
    Q_DECLARE_TR_FUNCTIONS(ioc::DemoProvinceText)
};

namespace {

struct Feature {
    Area area;
    internal::GeoShape shape;
};

Result<QJsonArray> readFeatures(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(DemoProvinceText::tr("cannot read %1: %2").arg(fileName, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(DemoProvinceText::tr("%1 is not valid JSON: %2 at offset %3")
                        .arg(fileName, parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(u"type").toString() != u"FeatureCollection" || !root.value(u"features").isArray())
        return fail(DemoProvinceText::tr("%1 is not a GeoJSON FeatureCollection").arg(fileName));
    const QJsonArray features = root.value(u"features").toArray();
    if (features.isEmpty())
        return fail(DemoProvinceText::tr("%1 holds no feature").arg(fileName));
    return features;
}

// One feature as an Area: the names exactly as in the file, the centroid from the polygon.
Result<Feature> readFeature(const QString& fileName, const QJsonArray& features, qsizetype index, AreaLevel level,
                            const QString& parentCode)
{
    const QJsonObject feature = features.at(index).toObject();
    const QJsonObject properties = feature.value(u"properties").toObject();
    Feature result;
    Area& area = result.area;
    const auto property = [&](const char* key, QString& target) -> Result<void> {
        target = properties.value(QLatin1String(key)).toString();
        if (target.isEmpty())
            return fail(DemoProvinceText::tr("%1, feature %2: the property \"%3\" is missing or empty")
                            .arg(fileName)
                            .arg(index)
                            .arg(QLatin1String(key)));
        return {};
    };
    for (const auto& [key, target] : {std::pair{"code", &area.code}, std::pair{"name", &area.name},
                                      std::pair{"fullName", &area.fullName}, std::pair{"nameEn", &area.nameEn}}) {
        if (auto ok = property(key, *target); !ok)
            return ok.error();
    }
    if (!properties.value(u"areaKm2").isDouble())
        return fail(DemoProvinceText::tr("%1, feature %2: the property \"areaKm2\" is missing or not a number")
                        .arg(fileName)
                        .arg(index));
    area.areaKm2 = properties.value(u"areaKm2").toDouble();
    area.level = level;
    area.parentCode = parentCode;

    const QJsonObject geometry = feature.value(u"geometry").toObject();
    auto shape = internal::GeoShape::fromGeoJson(geometry);
    if (!shape)
        return fail(DemoProvinceText::tr("%1, feature %2: the geometry is not a Polygon or MultiPolygon with "
                                         "valid coordinates")
                        .arg(fileName)
                        .arg(index));
    result.shape = *std::move(shape);
    area.centroid = result.shape.centroid();
    area.geometry = QJsonDocument(geometry).toJson(QJsonDocument::Compact);
    return result;
}

// Every ward the vocabulary places things in must exist, or the generator would place them nowhere.
Result<void> checkWardCodes(const internal::ProvinceData& data, const DemoProvince::Files& files)
{
    QStringList codes;
    for (const internal::UrbanCentre& centre : data.vocabulary.urbanCentres)
        codes += centre.wardCodes;
    for (const internal::Facility& facility : data.vocabulary.facilities)
        codes += facility.wardCode;
    for (const QString& code : std::as_const(codes)) {
        if (data.wardIndex(code) < 0)
            return fail(DemoProvinceText::tr("%1 names the ward %2, which %3 does not hold")
                            .arg(files.vocabulary, code, files.wards));
    }
    return {};
}

} // namespace

DemoProvince::Files DemoProvince::embeddedFiles()
{
    return {QStringLiteral(":/demo/ca_mau_province_2025.geojson"), QStringLiteral(":/demo/ca_mau_wards_2025.geojson"),
            QStringLiteral(":/demo/vocabulary.json"), QStringLiteral(":/demo/indicators.json")};
}

Result<DemoProvince> DemoProvince::load() { return load(embeddedFiles()); }

Result<DemoProvince> DemoProvince::load(const Files& files)
{
    auto data = std::make_shared<internal::ProvinceData>();

    const Result<QJsonArray> provinces = readFeatures(files.province);
    if (!provinces)
        return provinces.error();
    Result<Feature> province = readFeature(files.province, provinces.value(), 0, AreaLevel::Province, QString());
    if (!province)
        return province.error();
    data->province = province.value().area;
    data->provinceShape = province.value().shape;

    const Result<QJsonArray> wards = readFeatures(files.wards);
    if (!wards)
        return wards.error();
    for (qsizetype i = 0; i < wards.value().size(); ++i) {
        Result<Feature> ward = readFeature(files.wards, wards.value(), i, AreaLevel::Ward, data->province.code);
        if (!ward)
            return ward.error();
        data->wards.append(ward.value().area);
        data->wardShapes.append(ward.value().shape);
    }

    Result<internal::Vocabulary> vocabulary = internal::Vocabulary::read(files.vocabulary);
    if (!vocabulary)
        return vocabulary.error();
    data->vocabulary = std::move(vocabulary).value();
    Result<QList<internal::IndicatorSpec>> indicators = internal::IndicatorSpec::read(files.indicators);
    if (!indicators)
        return indicators.error();
    data->indicators = std::move(indicators).value();
    if (auto checked = checkWardCodes(*data, files); !checked)
        return checked.error();
    return DemoProvince(std::move(data));
}

DemoProvince::DemoProvince(std::shared_ptr<const internal::ProvinceData> data) : m_data(std::move(data)) {}

const Area& DemoProvince::province() const { return m_data->province; }

const QList<Area>& DemoProvince::wards() const { return m_data->wards; }

QList<Area> DemoProvince::areas() const { return QList<Area>{m_data->province} + m_data->wards; }

RecordBatch DemoProvince::seed(quint64 seed, const QDateTime& now) const
{
    RecordBatch batch;
    batch.source = QStringLiteral("demo");
    batch.areas = areas();
    batch.assets = internal::generateAssets(*m_data, seed);
    batch.cases = internal::generateSeedCases(*m_data, seed, now);
    internal::generateIndicators(*m_data, seed, now, batch.indicators, batch.indicatorValues);
    return batch;
}

} // namespace ioc
