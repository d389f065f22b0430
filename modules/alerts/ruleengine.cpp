// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/ruleengine.h"

#include "alerts/logcategories.h"
#include "connect/connectorhealth.h"
#include "kpi/catalogue.h"
#include "kpi/period.h"
#include "kpi/statusrule.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc {

struct AlertEngineText {
    Q_DECLARE_TR_FUNCTIONS(AlertEngineText)
};

namespace {

QString language() { return QLocale().name(); }

QString keyString(const RecordKey& key) { return key.source + QChar(0x1f) + key.externalId; }

QString stamp(const QDateTime& time) { return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss")); }

QString number(double value) { return QLocale().toString(value, 'g', 6); }

QList<CaseStatus> openStatuses()
{
    return {CaseStatus::Pending, CaseStatus::InProgress, CaseStatus::NearDue, CaseStatus::Overdue};
}

QString groupKeyOf(const AlertRule& rule, const QString& area)
{
    return rule.groupWindowMinutes > 0 && !area.isEmpty() ? rule.id + QLatin1Char('/') + area : QString();
}

} // namespace

double haversineMetres(const QGeoCoordinate& a, const QGeoCoordinate& b)
{
    constexpr double kEarthRadius = 6371008.8;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (b.latitude() - a.latitude()) * kRad;
    const double dLon = (b.longitude() - a.longitude()) * kRad;
    const double s = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.latitude() * kRad) * std::cos(b.latitude() * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(s)));
}

struct RuleEngine::AssetInfo {
    Asset asset;
};

// One threshold rule bound to one asset, with its limits resolved from the asset's properties, and the
// state of the pair's last reading.
struct RuleEngine::Binding {
    enum class State : quint8 { Unknown, InRange, OutOfRange };
    int rule = 0;   // index into m_rules.rules()
    double low = -std::numeric_limits<double>::infinity();  // out of range: value < low …
    double high = std::numeric_limits<double>::infinity();  // … or value > high
    State state = State::Unknown;
};

// metric → asset index → the bindings of that pair.
struct RuleEngine::Index {
    QHash<QString, QHash<int, std::vector<Binding>>> byMetric;
};

RuleEngine::RuleEngine(AlertRuleSet rules) : m_rules(std::move(rules)), m_index(new Index) {}

RuleEngine::~RuleEngine() { delete m_index; }

void RuleEngine::setAssets(const QList<Asset>& assets)
{
    // The state of each (rule, asset key) pair survives the rebuild: asset indexes change with the list.
    QHash<QString, Binding::State> previous;
    for (auto m = m_index->byMetric.cbegin(); m != m_index->byMetric.cend(); ++m) {
        for (auto a = m->cbegin(); a != m->cend(); ++a) {
            for (const Binding& b : *a)
                previous.insert(QString::number(b.rule) + QChar(0x1e) + keyString(m_assets.at(size_t(a.key())).asset.key), b.state);
        }
    }
    m_assets.clear();
    m_assetIndex.clear();
    m_assets.reserve(size_t(assets.size()));
    for (const Asset& asset : assets) {
        m_assetIndex.insert(keyString(asset.key), int(m_assets.size()));
        m_assets.push_back({asset});
    }
    rebuild();
    if (previous.isEmpty())
        return;
    for (auto m = m_index->byMetric.begin(); m != m_index->byMetric.end(); ++m) {
        for (auto a = m->begin(); a != m->end(); ++a) {
            for (Binding& b : *a)
                b.state = previous.value(QString::number(b.rule) + QChar(0x1e) + keyString(m_assets.at(size_t(a.key())).asset.key),
                                         Binding::State::Unknown);
        }
    }
}

std::optional<Asset> RuleEngine::asset(const RecordKey& key) const
{
    const auto it = m_assetIndex.constFind(keyString(key));
    if (it == m_assetIndex.constEnd())
        return std::nullopt;
    return m_assets.at(size_t(*it)).asset;
}

void RuleEngine::rebuild()
{
    Index* fresh = new Index;
    const QList<AlertRule>& rules = m_rules.rules();
    const auto property = [](const Asset& asset, const QString& name, std::optional<double> literal) -> std::optional<double> {
        if (!name.isEmpty()) {
            const QJsonValue v = asset.properties.value(name);
            if (v.isDouble())
                return v.toDouble();
        }
        return literal;
    };
    for (int r = 0; r < rules.size(); ++r) {
        const AlertRule& rule = rules.at(r);
        if (rule.kind != AlertRuleKind::ObservationThreshold || !rule.enabled)
            continue;
        QList<int> targets;
        if (rule.assetKind) {
            for (size_t i = 0; i < m_assets.size(); ++i) {
                if (m_assets.at(i).asset.kind == *rule.assetKind)
                    targets.append(int(i));
            }
        } else {
            for (const RecordKey& key : rule.assets) {
                const auto it = m_assetIndex.constFind(keyString(key));
                if (it != m_assetIndex.constEnd())
                    targets.append(*it);
            }
        }
        for (int target : targets) {
            const Asset& asset = m_assets.at(size_t(target)).asset;
            Binding binding;
            binding.rule = r;
            if (rule.op == ThresholdOperator::Outside) {
                const auto low = property(asset, rule.minProperty, rule.min);
                const auto high = property(asset, rule.maxProperty, rule.max);
                if (!low || !high)
                    continue;
                binding.low = *low;
                binding.high = *high;
            } else {
                const auto limit = property(asset, rule.thresholdProperty, rule.threshold);
                if (!limit) {
                    qCDebug(lcAlerts) << "rule" << rule.id << "has no threshold for" << describe(asset.key);
                    continue;
                }
                (rule.op == ThresholdOperator::Above ? binding.high : binding.low) = *limit;
            }
            fresh->byMetric[rule.metric][target].push_back(binding);
        }
    }
    delete m_index;
    m_index = fresh;
}

QString RuleEngine::unitOf(const QString& metric)
{
    if (metric == u"rain_mm_h")
        return AlertEngineText::tr("mm/h");
    if (metric == u"water_level_m")
        return AlertEngineText::tr("m");
    if (metric == u"turbidity_ntu")
        return AlertEngineText::tr("NTU");
    return QString();
}

AlertCandidate RuleEngine::candidateFor(const AlertRule& rule, const AssetInfo& info, const Binding& binding,
                                        const Observation& observation, AlertCandidate::Action action) const
{
    const Asset& asset = info.asset;
    AlertCandidate c;
    c.action = action;
    c.rule = rule.id;
    c.kind = rule.kind;
    c.domain = rule.domain;
    c.severity = rule.severity;
    c.subject = QStringLiteral("asset:") + describe(asset.key);
    c.position = asset.position;
    c.areaCode = asset.areaCode;
    c.episodeKey = QStringLiteral("%1/%2/%3/%4").arg(rule.id, asset.key.source, asset.key.externalId, stamp(observation.time));
    c.groupKey = groupKeyOf(rule, asset.areaCode);
    c.groupWindowMinutes = rule.groupWindowMinutes;
    c.time = observation.time;
    const QString unit = unitOf(rule.metric);
    const QString value = unit.isEmpty() ? number(observation.value) : number(observation.value) + QLatin1Char(' ') + unit;
    QString limit;
    if (rule.op == ThresholdOperator::Outside)
        limit = AlertEngineText::tr("allowed %1–%2").arg(number(binding.low), number(binding.high));
    else if (rule.op == ThresholdOperator::Above)
        limit = AlertEngineText::tr("threshold %1").arg(number(binding.high));
    else
        limit = AlertEngineText::tr("threshold %1").arg(number(binding.low));
    //: An alert's title: rule name, asset name, the reading and its limit: "Rain over the gauge's threshold: Trạm đo mưa Phường 1, 62.5 mm/h (threshold 50)"
    c.title = AlertEngineText::tr("%1: %2, %3 (%4)").arg(rule.name(language()), asset.name, value, limit);
    c.facts = QJsonObject{{QStringLiteral("metric"), rule.metric},
                          {QStringLiteral("value"), observation.value},
                          {QStringLiteral("time"), observation.time.toUTC().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("asset"), describe(asset.key)}};
    if (std::isfinite(binding.low))
        c.facts.insert(QStringLiteral("low"), binding.low);
    if (std::isfinite(binding.high))
        c.facts.insert(QStringLiteral("high"), binding.high);
    return c;
}

QList<AlertCandidate> RuleEngine::evaluate(const QList<Observation>& observations)
{
    QList<AlertCandidate> out;
    const QList<AlertRule>& rules = m_rules.rules();
    for (const Observation& observation : observations) {
        ++m_observationsSeen;
        const auto metric = m_index->byMetric.find(observation.metric);
        if (metric == m_index->byMetric.end())
            continue;
        const auto assetIt = m_assetIndex.constFind(keyString(observation.asset));
        if (assetIt == m_assetIndex.constEnd())
            continue;
        const auto bindings = metric->find(*assetIt);
        if (bindings == metric->end())
            continue;
        for (Binding& binding : *bindings) {
            ++m_checksDone;
            const double v = observation.value;
            const bool out_ = v < binding.low || v > binding.high;
            if (out_ && binding.state != Binding::State::OutOfRange) {
                binding.state = Binding::State::OutOfRange;
                out.append(candidateFor(rules.at(binding.rule), m_assets.at(size_t(*assetIt)), binding, observation,
                                        AlertCandidate::Action::Raise));
            } else if (!out_ && binding.state != Binding::State::InRange) {
                // Unknown → in range after a restart makes a Clear too: the service ignores it when no alert is open.
                binding.state = Binding::State::InRange;
                if (rules.at(binding.rule).autoResolve)
                    out.append(candidateFor(rules.at(binding.rule), m_assets.at(size_t(*assetIt)), binding, observation,
                                            AlertCandidate::Action::Clear));
            }
        }
    }
    return out;
}

AlertCandidate RuleEngine::caseCandidate(const AlertRule& rule, const Case& item, const QDateTime& now, const QString& why) const
{
    AlertCandidate c;
    c.rule = rule.id;
    c.kind = rule.kind;
    c.domain = rule.domain;
    c.severity = rule.severity;
    c.subject = QStringLiteral("case:") + describe(item.key);
    c.position = item.position;
    c.areaCode = item.areaCode;
    c.episodeKey = QStringLiteral("%1/case/%2/%3").arg(rule.id, item.key.source, item.key.externalId);
    c.groupKey = groupKeyOf(rule, item.areaCode);
    c.groupWindowMinutes = rule.groupWindowMinutes;
    c.time = now;
    //: An alert's title about a case: rule name, case title, why ("Dossier overdue: Cấp giấy phép xây dựng (due 22/11 08:00)")
    c.title = AlertEngineText::tr("%1: %2 (%3)").arg(rule.name(language()), item.title, why);
    c.facts = QJsonObject{{QStringLiteral("case"), describe(item.key)},
                          {QStringLiteral("category"), toCode(item.category)},
                          {QStringLiteral("status"), toCode(item.status)},
                          {QStringLiteral("opened"), item.opened.toUTC().toString(Qt::ISODate)}};
    if (item.due.isValid())
        c.facts.insert(QStringLiteral("due"), item.due.toUTC().toString(Qt::ISODate));
    return c;
}

QList<AlertCandidate> RuleEngine::evaluateCases(const QList<Case>& cases, const QDateTime& now)
{
    QList<AlertCandidate> out;
    for (const AlertRule* rule : m_rules.ofKind(AlertRuleKind::Sos)) {
        for (const Case& item : cases) {
            if (item.category != CaseCategory::Sos || !openStatuses().contains(item.status))
                continue;
            if (item.opened.isValid() && item.opened.msecsTo(now) > qint64(rule->windowHours * 3600000))
                continue;
            out.append(caseCandidate(*rule, item, now, AlertEngineText::tr("received %1").arg(QLocale().toString(item.opened.toLocalTime(), QLocale::ShortFormat))));
        }
    }
    return out;
}

Result<RuleEngine::ScanResult> RuleEngine::scan(Database& database, const QDateTime& now)
{
    ScanResult out;
    for (const AlertRule& rule : m_rules.rules()) {
        if (!rule.enabled)
            continue;
        Result<void> scanned;
        switch (rule.kind) {
        case AlertRuleKind::CaseSla:
            scanned = scanSla(database, rule, now, out);
            break;
        case AlertRuleKind::HotSpot:
            scanned = scanHotSpots(database, rule, now, out);
            break;
        case AlertRuleKind::Sos:
            scanned = scanSos(database, rule, now, out);
            break;
        case AlertRuleKind::KpiRed:
            scanned = scanKpi(database, rule, now, out);
            break;
        case AlertRuleKind::Connector:
            scanned = scanConnectors(database, rule, now, out);
            break;
        case AlertRuleKind::ObservationThreshold:
        case AlertRuleKind::Vision:
            continue;
        }
        if (!scanned)
            return scanned.error();
        out.scannedRules.append(rule.id);
    }
    return out;
}

Result<void> RuleEngine::scanSla(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out)
{
    CaseQuery query;
    query.category = rule.category;
    query.statuses = openStatuses();
    query.limit = 1000000;
    const Result<QList<Case>> cases = CaseRepository(database).find(query);
    if (!cases)
        return cases.error();
    const qint64 windowMs = qint64(rule.hours * 3600000);
    const QLocale locale;
    for (const Case& item : cases.value()) {
        switch (rule.sla) {
        case SlaCondition::NotReceivedAfterHours:
            if (item.status == CaseStatus::Pending && item.opened.isValid() && item.opened.msecsTo(now) > windowMs)
                out.firing.append(caseCandidate(rule, item, now, AlertEngineText::tr("pending since %1")
                                                                   .arg(locale.toString(item.opened.toLocalTime(), QLocale::ShortFormat))));
            break;
        case SlaCondition::NearDue: {
            const bool near = item.due.isValid() && now < item.due && now.msecsTo(item.due) <= windowMs;
            if ((near || item.status == CaseStatus::NearDue) && !(item.due.isValid() && now >= item.due))
                out.firing.append(caseCandidate(rule, item, now, AlertEngineText::tr("due %1")
                                                                   .arg(locale.toString(item.due.toLocalTime(), QLocale::ShortFormat))));
            break;
        }
        case SlaCondition::Overdue:
            if ((item.due.isValid() && now > item.due) || item.status == CaseStatus::Overdue)
                out.firing.append(caseCandidate(rule, item, now, AlertEngineText::tr("was due %1")
                                                                   .arg(locale.toString(item.due.toLocalTime(), QLocale::ShortFormat))));
            break;
        }
    }
    return {};
}

Result<void> RuleEngine::scanSos(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out)
{
    CaseQuery query;
    query.category = CaseCategory::Sos;
    query.statuses = openStatuses();
    query.openedSince = now.addMSecs(-qint64(rule.windowHours * 3600000));
    query.limit = 100000;
    const Result<QList<Case>> cases = CaseRepository(database).find(query);
    if (!cases)
        return cases.error();
    const QLocale locale;
    for (const Case& item : cases.value())
        out.firing.append(caseCandidate(rule, item, now, AlertEngineText::tr("received %1")
                                                           .arg(locale.toString(item.opened.toLocalTime(), QLocale::ShortFormat))));
    return {};
}

// Cases hashed into a grid of cells R metres wide; a case's neighbours within R are in its 3×3 cells. Spots
// are chosen greedily, densest first; a case counted in one spot is not the centre of another, so one
// cluster makes one alert. The spot's subject is the cell of its centre case.
Result<void> RuleEngine::scanHotSpots(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out)
{
    CaseQuery query;
    query.category = rule.category;
    query.openedSince = now.addMSecs(-qint64(rule.windowHours * 3600000));
    query.limit = 1000000;
    const Result<QList<Case>> found = CaseRepository(database).find(query);
    if (!found)
        return found.error();
    QList<Case> cases;
    for (const Case& item : found.value()) {
        if (item.position.isValid() && (rule.caseDomain.isEmpty() || item.domain == rule.caseDomain))
            cases.append(item);
    }
    if (cases.size() < rule.minCases)
        return {};
    const double cellLat = rule.radiusMetres / 111320.0;
    const double cellLon = rule.radiusMetres / (111320.0 * std::max(0.01, std::cos(cases.first().position.latitude() * M_PI / 180)));
    const auto cellOf = [&](const QGeoCoordinate& p) {
        return std::pair<qint64, qint64>(qint64(std::floor(p.latitude() / cellLat)), qint64(std::floor(p.longitude() / cellLon)));
    };
    QHash<std::pair<qint64, qint64>, QList<int>> grid;
    for (int i = 0; i < cases.size(); ++i)
        grid[cellOf(cases.at(i).position)].append(i);
    std::vector<QList<int>> neighbours(size_t(cases.size()));
    for (int i = 0; i < cases.size(); ++i) {
        const auto [y, x] = cellOf(cases.at(i).position);
        for (qint64 dy = -1; dy <= 1; ++dy) {
            for (qint64 dx = -1; dx <= 1; ++dx) {
                const auto cell = grid.constFind({y + dy, x + dx});
                if (cell == grid.constEnd())
                    continue;
                for (int j : *cell) {
                    if (haversineMetres(cases.at(i).position, cases.at(j).position) <= rule.radiusMetres)
                        neighbours[size_t(i)].append(j);
                }
            }
        }
    }
    std::vector<int> order(size_t(cases.size()));
    for (int i = 0; i < cases.size(); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return neighbours[size_t(a)].size() > neighbours[size_t(b)].size(); });
    std::vector<bool> covered(size_t(cases.size()), false);
    for (int centre : order) {
        const QList<int>& members = neighbours[size_t(centre)];
        if (members.size() < rule.minCases)
            break;
        if (covered[size_t(centre)])
            continue;
        double lat = 0, lon = 0;
        QJsonArray keys;
        for (int m : members) {
            covered[size_t(m)] = true;
            lat += cases.at(m).position.latitude();
            lon += cases.at(m).position.longitude();
            if (keys.size() < 50)
                keys.append(describe(cases.at(m).key));
        }
        const Case& c0 = cases.at(centre);
        const auto [cy, cx] = cellOf(c0.position);
        const QString cell = QStringLiteral("cell/%1/%2_%3").arg(qint64(rule.radiusMetres)).arg(cy).arg(cx);
        AlertCandidate c;
        c.rule = rule.id;
        c.kind = rule.kind;
        c.domain = rule.domain;
        c.severity = rule.severity;
        c.subject = QStringLiteral("area:") + cell;
        c.position = QGeoCoordinate(lat / members.size(), lon / members.size());
        c.areaCode = c0.areaCode;
        c.episodeKey = QStringLiteral("%1/%2/%3").arg(rule.id, cell, stamp(now));
        c.groupKey = groupKeyOf(rule, c0.areaCode);
        c.groupWindowMinutes = rule.groupWindowMinutes;
        c.time = now;
        //: A hot spot alert's title: rule name, number of cases, radius, hours
        c.title = AlertEngineText::tr("%1: %2 cases within %3 m in %4 h").arg(rule.name(language())).arg(members.size())
                      .arg(number(rule.radiusMetres), number(rule.windowHours));
        c.facts = QJsonObject{{QStringLiteral("cases"), keys}, {QStringLiteral("count"), int(members.size())},
                              {QStringLiteral("domain"), rule.caseDomain}};
        out.firing.append(c);
    }
    return {};
}

Result<void> RuleEngine::scanKpi(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out)
{
    static const Result<Catalogue> catalogue = Catalogue::load(Catalogue::embeddedPath());
    if (!catalogue)
        return catalogue.error();
    IndicatorRepository repository(database);
    for (const CatalogueEntry& entry : catalogue.value().entries()) {
        if (!rule.indicators.isEmpty() && !rule.indicators.contains(entry.code))
            continue;
        const Result<QList<IndicatorValue>> values = repository.values(entry.code);
        if (!values)
            return values.error();
        const QString current = Period::containing(entry.periodKind, now.date()).toString();
        // The latest period up to now, per area.
        QHash<QString, IndicatorValue> latest;
        for (const IndicatorValue& v : values.value()) {
            if (!rule.areaCodes.isEmpty() && !rule.areaCodes.contains(v.areaCode))
                continue;
            if (v.period > current)
                continue;
            auto it = latest.find(v.areaCode);
            if (it == latest.end() || it->period < v.period)
                latest.insert(v.areaCode, v);
        }
        for (const IndicatorValue& v : std::as_const(latest)) {
            const std::optional<Period> period = Period::parse(v.period);
            if (!period)
                continue;
            StatusInput input;
            input.direction = entry.direction;
            input.shape = entry.cumulative ? KpiShape::Amount : KpiShape::Level;
            input.period = *period;
            input.plan = v.plan ? v.plan : entry.plan;
            input.actual = v.actual;
            input.updated = v.updated;
            input.now = now;
            input.expectedUpdateSeconds = qint64(entry.expectedUpdateHours) * 3600;
            input.thresholds = {entry.greenThreshold, entry.redThreshold};
            input.unit = entry.unit;
            const KpiStatus status = evaluateStatus(input);
            if (status.colour != KpiColour::Red)
                continue;
            AlertCandidate c;
            c.rule = rule.id;
            c.kind = rule.kind;
            c.domain = rule.domain;
            c.severity = rule.severity;
            c.subject = QStringLiteral("indicator:%1/%2").arg(entry.code, v.areaCode);
            c.areaCode = v.areaCode;
            c.episodeKey = QStringLiteral("%1/indicator/%2/%3/%4").arg(rule.id, entry.code, v.areaCode, v.period);
            c.groupKey = groupKeyOf(rule, v.areaCode);
            c.groupWindowMinutes = rule.groupWindowMinutes;
            c.time = now;
            const QString name = language().startsWith(u"vi") ? entry.name : entry.nameEn;
            c.title = AlertEngineText::tr("%1: %2 (%3)").arg(rule.name(language()), name, status.explanation);
            c.facts = QJsonObject{{QStringLiteral("indicator"), entry.code}, {QStringLiteral("area"), v.areaCode},
                                  {QStringLiteral("period"), v.period}, {QStringLiteral("explanation"), status.explanation}};
            out.firing.append(c);
        }
    }
    return {};
}

Result<void> RuleEngine::scanConnectors(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT connector_id, plugin, state, breaker, last_success_at, last_error, data_time, "
                                   "consecutive_failures, stale_after_ms FROM connector_status ORDER BY connector_id")))
        return fail(database.describeError(AlertEngineText::tr("cannot read the connector status"), query.lastError()));
    const auto time = [&](int column) {
        return query.value(column).isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(query.value(column).toLongLong(), Qt::UTC);
    };
    while (query.next()) {
        ConnectorHealth h;
        h.connectorId = query.value(0).toString();
        if (!rule.connectors.isEmpty() && !rule.connectors.contains(h.connectorId))
            continue;
        h.plugin = query.value(1).toString();
        h.state = query.value(2).toString();
        h.breaker = query.value(3).toString();
        h.lastSuccess = time(4);
        h.lastError = query.value(5).toString();
        h.dataTime = time(6);
        h.consecutiveFailures = query.value(7).toInt();
        h.staleAfterMs = query.value(8).toLongLong();
        const bool down = h.isDown();
        const bool stale = h.isStale(now);
        const bool fires = rule.connectorCondition == ConnectorCondition::Down    ? down
                         : rule.connectorCondition == ConnectorCondition::Stale ? stale
                                                                                 : (down || stale);
        if (!fires)
            continue;
        AlertCandidate c;
        c.rule = rule.id;
        c.kind = rule.kind;
        c.domain = rule.domain;
        c.severity = rule.severity;
        c.subject = QStringLiteral("connector:") + h.connectorId;
        c.episodeKey = QStringLiteral("%1/connector/%2/%3").arg(rule.id, h.connectorId, stamp(now));
        c.time = now;
        const QString why = down ? AlertEngineText::tr("down (%1)").arg(h.lastError.isEmpty() ? h.state : h.lastError)
                                 : AlertEngineText::tr("no data since %1").arg(h.dataTime.isValid()
                                                                                   ? QLocale().toString(h.dataTime.toLocalTime(), QLocale::ShortFormat)
                                                                                   : AlertEngineText::tr("it started"));
        c.title = AlertEngineText::tr("%1: %2, %3").arg(rule.name(language()), h.connectorId, why);
        c.facts = QJsonObject{{QStringLiteral("connector"), h.connectorId}, {QStringLiteral("state"), h.state},
                              {QStringLiteral("down"), down}, {QStringLiteral("stale"), stale},
                              {QStringLiteral("lastError"), h.lastError}};
        out.firing.append(c);
    }
    return {};
}

} // namespace ioc
