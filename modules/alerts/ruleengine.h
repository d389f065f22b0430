// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "core/domain.h"
#include "core/result.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ioc {

class Database;

// What a rule found: an alert to raise (one per episode) or, for autoResolve rules, a condition that no
// longer holds (the service resolves the open alert of that rule and subject, if there is one).
struct AlertCandidate {
    enum class Action { Raise, Clear };
    Action action = Action::Raise;
    QString rule;            // AlertRule::id
    AlertRuleKind kind = AlertRuleKind::ObservationThreshold;
    QString domain;
    Severity severity = Severity::Medium;
    // "asset:<source>/<id>", "case:<source>/<id>", "area:cell/<R>/<x>_<y>", "connector:<id>",
    // "indicator:<code>/<area>".
    QString subject;
    QString title;           // translated when made (rule name in the UI language + the figures)
    QGeoCoordinate position; // invalid when the subject has none (a connector, an indicator)
    QString areaCode;
    // The alert's key (Alert::key.externalId): the same for every reading of one episode, so one episode is
    // one alert. Threshold: "<rule>/<asset source>/<asset id>/<first out-of-range reading, yyyyMMddTHHmmss>".
    QString episodeKey;
    // Alerts with the same group key raised within groupWindowMinutes of the group's last alert are grouped
    // under the first one: "<rule>/<area>"; empty (or window 0) when the rule does not group.
    QString groupKey;
    int groupWindowMinutes = 0;
    QDateTime time;          // of the reading or the scan that fired
    QJsonObject facts;       // what fired: metric, value, limits; case keys; connector state…
};

// The rules over incoming data. evaluate() is for new observations (indexed by metric and asset: the cost
// is the rules that apply to a reading, not every rule); scan() is for the time-based kinds, read from
// the store. Keeps each (rule, asset) pair's last state so that only a change of state makes a candidate:
// twenty readings of one flood make one. Not thread-safe: one thread (the service's).
class RuleEngine {
public:
    explicit RuleEngine(AlertRuleSet rules);
    ~RuleEngine();
    RuleEngine(const RuleEngine&) = delete;
    RuleEngine& operator=(const RuleEngine&) = delete;

    const AlertRuleSet& rules() const { return m_rules; }

    // The assets the threshold rules apply to (with their properties: limits may come from them). Rebuilds
    // the index; the state of pairs that remain is kept.
    void setAssets(const QList<Asset>& assets);
    std::optional<Asset> asset(const RecordKey& key) const;

    QList<AlertCandidate> evaluate(const QList<Observation>& observations);
    // New cases (a committed batch): SOS rules fire at once instead of at the next scan.
    QList<AlertCandidate> evaluateCases(const QList<Case>& cases, const QDateTime& now);

    // Time-based kinds (case_sla, hot_spot, sos, kpi_red, connector) from the store at `now`: every
    // candidate that holds now (the service drops those already raised). scannedRules: the rules looked at,
    // so that the service resolves the open alerts of autoResolve rules that no longer fire.
    struct ScanResult {
        QList<AlertCandidate> firing;
        QStringList scannedRules;
    };
    Result<ScanResult> scan(Database& database, const QDateTime& now);

    // Counters (the benchmark): observations looked at, (rule, reading) checks done.
    qint64 observationsSeen() const { return m_observationsSeen; }
    qint64 checksDone() const { return m_checksDone; }

    // Translated words for a metric's unit ("mm/h"), empty when unknown.
    static QString unitOf(const QString& metric);

private:
    struct AssetInfo;
    struct Binding;
    struct Index;

    void rebuild();
    AlertCandidate candidateFor(const AlertRule& rule, const AssetInfo& asset, const Binding& binding,
                                const Observation& observation, AlertCandidate::Action action) const;
    Result<void> scanSla(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out);
    Result<void> scanHotSpots(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out);
    Result<void> scanSos(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out);
    Result<void> scanKpi(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out);
    Result<void> scanConnectors(Database& database, const AlertRule& rule, const QDateTime& now, ScanResult& out);
    AlertCandidate caseCandidate(const AlertRule& rule, const Case& item, const QDateTime& now, const QString& why) const;

    AlertRuleSet m_rules;
    std::vector<AssetInfo> m_assets;
    QHash<QString, int> m_assetIndex; // "source\x1fid" → m_assets index
    Index* m_index = nullptr;
    qint64 m_observationsSeen = 0;
    qint64 m_checksDone = 0;
};

// Great-circle distance in metres (haversine, mean Earth radius 6,371,008.8 m).
double haversineMetres(const QGeoCoordinate& a, const QGeoCoordinate& b);

} // namespace ioc
