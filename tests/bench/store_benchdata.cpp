// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_benchdata.h"

#include <QJsonObject>

#include <array>
#include <cmath>

namespace ioc::bench {

namespace {

const QDateTime kCaseBaseTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

template<typename T, std::size_t N>
const T& pick(Random& random, const std::array<T, N>& items)
{
    return items[std::size_t(random.below(int(N)))];
}

double rounded(double value, double step) { return std::round(value / step) * step; }

struct Sensor {
    AssetKind kind;
    const char16_t* prefix;
    const char16_t* name;
    const char16_t* metric;
};

// Half rain gauges, three tenths water stations, the rest flood towers.
const Sensor& sensorFor(int index)
{
    static const std::array<Sensor, 3> sensors{{
        {AssetKind::RainGauge, u"RG", u"Trạm đo mưa", u"rain_mm_h"},
        {AssetKind::WaterStation, u"WS", u"Trạm quan trắc mực nước", u"water_level_m"},
        {AssetKind::FloodTower, u"FT", u"Cột đo ngập", u"flood_depth_cm"},
    }};
    const int tenth = index % 10;
    return sensors[tenth < 5 ? 0 : tenth < 8 ? 1 : 2];
}

const std::array<QString, 5> kWards{QStringLiteral("32002"), QStringLiteral("32005"), QStringLiteral("32008"),
                                    QStringLiteral("32011"), QStringLiteral("32014")};
const std::array<QString, 5> kPlaces{QStringLiteral("Tân Thành"), QStringLiteral("Bạc Liêu"), QStringLiteral("Lý Văn Lâm"),
                                     QStringLiteral("An Xuyên"), QStringLiteral("Hòa Thành")};

} // namespace

Random::Random(quint64 seed, quint64 stream) : m_state(seed ^ (stream * 0x9E3779B97F4A7C15ull))
{
    next(); // mix the stream in before the first value is used
}

quint64 Random::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int Random::below(int n) { return int(next() % quint64(n)); }

QDateTime observationBaseTime() { return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC); }

QList<Asset> makeAssets(int count)
{
    QList<Asset> assets;
    assets.reserve(count);
    for (int i = 0; i < count; ++i) {
        Random random(kSeed, quint64(i) + 1'000'000'000ull);
        const Sensor& sensor = sensorFor(i);
        Asset asset;
        asset.key = {QStringLiteral("bench"), QStringLiteral("%1-%2").arg(QString::fromUtf16(sensor.prefix)).arg(i, 4, 10, QLatin1Char('0'))};
        asset.kind = sensor.kind;
        asset.name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf16(sensor.name), pick(random, kPlaces)).arg(i);
        asset.position = QGeoCoordinate(rounded(random.uniform(8.6, 9.6), 1e-5), rounded(random.uniform(104.7, 105.8), 1e-5));
        asset.areaCode = pick(random, kWards);
        asset.properties = {{QStringLiteral("metric"), QString::fromUtf16(sensor.metric)},
                            {QStringLiteral("threshold"), random.below(50) + 30}};
        assets.append(asset);
    }
    return assets;
}

Observation makeObservation(const QList<Asset>& assets, qint64 index, qint64 total, ObservationOrder order)
{
    static const QString metrics[] = {QStringLiteral("rain_mm_h"), QStringLiteral("water_level_m"),
                                      QStringLiteral("flood_depth_cm")};
    static const QDateTime base = observationBaseTime();
    const qint64 assetCount = assets.size();
    qsizetype asset = qsizetype(index % assetCount);
    qint64 step = index / assetCount;
    if (order == ObservationOrder::Asset) {
        const qint64 steps = (total + assetCount - 1) / assetCount;
        asset = qsizetype(index / steps);
        step = index % steps;
    }
    // Seeded by the observation's place in time order, so that both orders give it the same value.
    Random random(kSeed, quint64(step * assetCount + asset));
    const AssetKind kind = assets.at(asset).kind;
    Observation observation;
    observation.asset = assets.at(asset).key;
    observation.time = base.addMSecs(step * kObservationStepMinutes * 60'000);
    switch (kind) {
    case AssetKind::RainGauge:
        observation.metric = metrics[0];
        observation.value = random.chance(0.7) ? 0.0 : rounded(random.uniform(0, 80), 0.1);
        break;
    case AssetKind::WaterStation:
        observation.metric = metrics[1];
        observation.value = rounded(random.uniform(0.2, 2.5), 0.01);
        break;
    default:
        observation.metric = metrics[2];
        observation.value = rounded(random.uniform(0, 60), 1);
        break;
    }
    return observation;
}

Case makeCase(qint64 index)
{
    struct Kind {
        CaseCategory category;
        const char16_t* source;
        const char16_t* prefix;
    };
    static const std::array<Kind, 7> kinds{{
        {CaseCategory::FieldReport, u"paht", u"PAHT"}, {CaseCategory::Dossier, u"dvc", u"DVC"},
        {CaseCategory::Complaint, u"paht", u"KN"}, {CaseCategory::Sos, u"sos113", u"SOS"},
        {CaseCategory::SecurityIncident, u"camera_ai", u"AI"}, {CaseCategory::SocAlert, u"soc", u"SOC"},
        {CaseCategory::SocialPost, u"social", u"MXH"},
    }};
    // Commas and quotes on purpose: the CSV for the reference tools must quote them.
    static const std::array<QString, 8> titles{
        QStringLiteral("Ổ gà trên đường Lý Thường Kiệt, đoạn số %1"),
        QStringLiteral("Ngập nước tại hẻm %1 đường Trần Hưng Đạo"),
        QStringLiteral("Đèn đường không sáng ở khóm %1, phường Tân Thành"),
        QStringLiteral("Rác thải tồn đọng gần chợ Cà Mau, điểm %1"),
        QStringLiteral("Hồ sơ cấp giấy phép xây dựng số %1"),
        QStringLiteral("Cây xanh ngã đổ chắn đường Nguyễn Trãi, vị trí %1"),
        QStringLiteral("Tiếng ồn công trình về đêm tại số nhà %1"),
        QStringLiteral("Phản ánh \"lấn chiếm vỉa hè\" tại số %1 đường Phan Ngọc Hiển"),
    };
    static const std::array<QString, 7> domains{QStringLiteral("giao_thong"), QStringLiteral("moi_truong"),
                                                QStringLiteral("do_thi"), QStringLiteral("an_ninh"), QStringLiteral("y_te"),
                                                QStringLiteral("giao_duc"), QStringLiteral("dat_dai")};
    static const std::array<QString, 6> channels{QStringLiteral("app"), QStringLiteral("hotline"), QStringLiteral("portal"),
                                                 QStringLiteral("facebook"), QStringLiteral("zalo"), QStringLiteral("camera")};
    static const std::array<QString, 4> units{QStringLiteral("UBND phường Tân Thành"), QStringLiteral("Sở Giao thông vận tải"),
                                              QStringLiteral("Công an phường 5"), QString()};

    Random random(kSeed, quint64(index) + 2'000'000'000ull);
    const Kind& kind = pick(random, kinds);
    Case item;
    item.key = {QString::fromUtf16(kind.source), QStringLiteral("%1.%2").arg(QString::fromUtf16(kind.prefix)).arg(index, 7, 10, QLatin1Char('0'))};
    item.category = kind.category;
    item.domain = pick(random, domains);
    item.title = pick(random, titles).arg(random.below(500) + 1);
    item.channel = pick(random, channels);
    if (random.chance(0.9))
        item.position = QGeoCoordinate(rounded(random.uniform(8.9, 9.4), 1e-5), rounded(random.uniform(104.9, 105.4), 1e-5));
    if (random.chance(0.95))
        item.areaCode = pick(random, kWards);
    item.status = CaseStatus(random.below(6));
    item.severity = Severity(random.below(4));
    item.opened = kCaseBaseTime.addSecs(-60 * qint64(random.below(90 * 24 * 60)));
    if (random.chance(0.9))
        item.due = item.opened.addSecs(3600 * qint64(random.below(12 * 24) + 72));
    if (item.status == CaseStatus::Resolved || item.status == CaseStatus::Closed)
        item.closed = item.opened.addSecs(60 * qint64(random.below(10 * 24 * 60) + 60));
    item.assigneeUnit = pick(random, units);
    if (item.category == CaseCategory::Dossier && item.closed.isValid() && random.chance(0.7))
        item.satisfied = random.chance(0.8);
    if (item.category == CaseCategory::SocialPost)
        item.sentiment = Sentiment(random.below(3) + 1);
    return item;
}

} // namespace ioc::bench
