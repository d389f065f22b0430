// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Alert rules as data (resources/alerts/rules.json, checked against resources/alerts/rules.schema.json and
// then semantically). Plain values, immutable once loaded.

#include "core/domain.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc {

enum class AlertRuleKind { ObservationThreshold, CaseSla, HotSpot, Sos, KpiRed, Connector, Vision };
// "observation_threshold", "case_sla", "hot_spot", "sos", "kpi_red", "connector", "vision".
QString toCode(AlertRuleKind kind);
std::optional<AlertRuleKind> alertRuleKindFromCode(QStringView code);

// observation_threshold: when is a reading out of range.
enum class ThresholdOperator { Above, Below, Outside };
// case_sla: which deadline.
enum class SlaCondition { NotReceivedAfterHours, NearDue, Overdue };
// connector: which trouble.
enum class ConnectorCondition { Down, Stale, DownOrStale };

struct AlertRule {
    QString id;              // unique in its set; [a-z0-9][a-z0-9_-]*
    AlertRuleKind kind = AlertRuleKind::ObservationThreshold;
    QString nameVi;
    QString nameEn;
    QString domain;          // the alert list's domain filter: "thoi_tiet", "moi_truong", "dich_vu_cong"…
    Severity severity = Severity::Medium;
    bool enabled = true;
    // Resolve the alert by itself when the condition no longer holds (a later reading back in range, a
    // connector up again, the indicator no longer red). Off: an operator resolves it.
    bool autoResolve = false;
    // Grouping: an alert of this rule raised in the same area as an open alert of this rule raised less
    // than groupWindowMinutes before becomes its child (the parent shows the count). 0: never grouped.
    int groupWindowMinutes = 0;

    // observation_threshold. The limits: a property of the asset (when it has it) wins over the literal.
    QString metric;
    std::optional<AssetKind> assetKind;  // every asset of this kind…
    QList<RecordKey> assets;             // …or these assets
    ThresholdOperator op = ThresholdOperator::Above;
    std::optional<double> threshold;     // above / below
    QString thresholdProperty;
    std::optional<double> min;           // outside
    std::optional<double> max;
    QString minProperty;
    QString maxProperty;

    // case_sla, hot_spot, sos
    std::optional<CaseCategory> category;
    SlaCondition sla = SlaCondition::Overdue;
    double hours = 0;                    // not_received_after_hours: N; near_due: the window before due (default 24)
    QString caseDomain;                  // hot_spot: only cases of this domain (empty: any)
    int minCases = 0;                    // hot_spot
    double radiusMetres = 0;
    double windowHours = 24;             // hot_spot, sos: cases opened within this many hours

    // kpi_red
    QStringList indicators;              // empty: every indicator of the catalogue
    QStringList areaCodes;               // empty: every area

    // connector
    QStringList connectors;              // empty: every connector
    ConnectorCondition connectorCondition = ConnectorCondition::DownOrStale;

    // vision (accepted and kept; detections are evaluated by the vision module when it exists)
    QString detection;

    QString name(const QString& language) const { return language.startsWith(u"vi") ? nameVi : nameEn; }
};

// A validated rule file. load() rejects the whole file at the first fault: the message names the file and
// the JSON Pointer of the faulty value ("rules.json: /rules/3/threshold: …").
class AlertRuleSet {
public:
    static QString embeddedPath();       // ":/alerts/rules.json", compiled into ioc_alerts
    static QString embeddedSchemaPath(); // ":/alerts/rules.schema.json"
    static Result<AlertRuleSet> load(const QString& path);
    static Result<AlertRuleSet> parse(const QByteArray& json, const QString& origin);
    static AlertRuleSet fromRules(QList<AlertRule> rules); // built in code (tests, the benchmark); not checked

    const QList<AlertRule>& rules() const { return m_rules; }
    const AlertRule* find(const QString& id) const; // nullptr when unknown
    QList<const AlertRule*> ofKind(AlertRuleKind kind) const;

private:
    QList<AlertRule> m_rules;
};

} // namespace ioc
