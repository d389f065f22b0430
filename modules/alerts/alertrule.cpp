// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertrule.h"

#include "connect/jsonschema.h"
#include "kpi/catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ioc {

struct AlertRuleText {
    Q_DECLARE_TR_FUNCTIONS(AlertRuleText)
};

namespace {

struct KindInfo {
    AlertRuleKind kind;
    const char* code;
    QStringList fields; // the kind-specific fields it may use (besides the common ones)
};

const QList<KindInfo>& kinds()
{
    static const QList<KindInfo> table{
        {AlertRuleKind::ObservationThreshold, "observation_threshold",
         {QStringLiteral("metric"), QStringLiteral("assetKind"), QStringLiteral("assets"), QStringLiteral("operator"),
          QStringLiteral("threshold"), QStringLiteral("thresholdProperty"), QStringLiteral("min"), QStringLiteral("max"),
          QStringLiteral("minProperty"), QStringLiteral("maxProperty")}},
        {AlertRuleKind::CaseSla, "case_sla", {QStringLiteral("category"), QStringLiteral("condition"), QStringLiteral("hours")}},
        {AlertRuleKind::HotSpot, "hot_spot",
         {QStringLiteral("category"), QStringLiteral("caseDomain"), QStringLiteral("minCases"),
          QStringLiteral("radiusMetres"), QStringLiteral("windowHours")}},
        {AlertRuleKind::Sos, "sos", {QStringLiteral("windowHours")}},
        {AlertRuleKind::KpiRed, "kpi_red", {QStringLiteral("indicators"), QStringLiteral("areaCodes")}},
        {AlertRuleKind::Connector, "connector", {QStringLiteral("connectors"), QStringLiteral("condition")}},
        {AlertRuleKind::Vision, "vision", {QStringLiteral("detection")}},
    };
    return table;
}

const QStringList& commonFields()
{
    static const QStringList fields{QStringLiteral("$comment"), QStringLiteral("id"), QStringLiteral("kind"),
                                    QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("severity"),
                                    QStringLiteral("enabled"), QStringLiteral("autoResolve"),
                                    QStringLiteral("groupWindowMinutes")};
    return fields;
}

// Reads one rule the schema has accepted; the semantic checks name the field by its pointer.
class RuleReader {
public:
    RuleReader(const QJsonObject& json, QString pointer) : m_json(json), m_pointer(std::move(pointer)) {}

    Result<AlertRule> read()
    {
        AlertRule rule;
        rule.id = m_json.value(u"id").toString();
        rule.kind = *alertRuleKindFromCode(m_json.value(u"kind").toString());
        const QJsonObject name = m_json.value(u"name").toObject();
        rule.nameVi = name.value(u"vi").toString();
        rule.nameEn = name.value(u"en").toString();
        rule.domain = m_json.value(u"domain").toString();
        rule.severity = *fromCode<Severity>(m_json.value(u"severity").toString());
        rule.enabled = m_json.value(u"enabled").toBool(true);
        rule.autoResolve = m_json.value(u"autoResolve").toBool(false);
        rule.groupWindowMinutes = m_json.value(u"groupWindowMinutes").toInt(0);

        const QString kindCode = toCode(rule.kind);
        for (const KindInfo& info : kinds()) {
            if (info.kind != rule.kind)
                continue;
            for (auto it = m_json.begin(); it != m_json.end(); ++it) {
                if (!commonFields().contains(it.key()) && !info.fields.contains(it.key()))
                    return fault(it.key(), AlertRuleText::tr("is not a field of a %1 rule").arg(kindCode));
            }
        }
        switch (rule.kind) {
        case AlertRuleKind::ObservationThreshold:
            return readThreshold(std::move(rule));
        case AlertRuleKind::CaseSla:
            return readSla(std::move(rule));
        case AlertRuleKind::HotSpot:
            rule.category = category();
            rule.caseDomain = m_json.value(u"caseDomain").toString();
            if (!has(u"minCases"))
                return missing(QStringLiteral("minCases"), kindCode);
            if (!has(u"radiusMetres"))
                return missing(QStringLiteral("radiusMetres"), kindCode);
            rule.minCases = m_json.value(u"minCases").toInt();
            rule.radiusMetres = m_json.value(u"radiusMetres").toDouble();
            rule.windowHours = m_json.value(u"windowHours").toDouble(24);
            return rule;
        case AlertRuleKind::Sos:
            rule.category = CaseCategory::Sos;
            rule.windowHours = m_json.value(u"windowHours").toDouble(24);
            return rule;
        case AlertRuleKind::KpiRed:
            rule.indicators = strings(u"indicators");
            rule.areaCodes = strings(u"areaCodes");
            return rule;
        case AlertRuleKind::Connector: {
            rule.connectors = strings(u"connectors");
            const QString condition = m_json.value(u"condition").toString(QStringLiteral("down_or_stale"));
            if (condition == u"down")
                rule.connectorCondition = ConnectorCondition::Down;
            else if (condition == u"stale")
                rule.connectorCondition = ConnectorCondition::Stale;
            else if (condition == u"down_or_stale")
                rule.connectorCondition = ConnectorCondition::DownOrStale;
            else
                return fault(QStringLiteral("condition"),
                             AlertRuleText::tr("\"%1\" is not a connector condition (down, stale, down_or_stale)").arg(condition));
            return rule;
        }
        case AlertRuleKind::Vision:
            if (!has(u"detection"))
                return missing(QStringLiteral("detection"), kindCode);
            rule.detection = m_json.value(u"detection").toString();
            return rule;
        }
        return rule;
    }

private:
    bool has(QStringView key) const { return m_json.contains(key); }
    QStringList strings(QStringView key) const
    {
        QStringList out;
        for (const QJsonValue& v : m_json.value(key).toArray())
            out.append(v.toString());
        return out;
    }
    std::optional<CaseCategory> category() const
    {
        if (!has(u"category"))
            return std::nullopt;
        return fromCode<CaseCategory>(m_json.value(u"category").toString());
    }
    Error fault(const QString& field, const QString& what) const
    {
        return fail(QStringLiteral("%1/%2: %3").arg(m_pointer, field, what));
    }
    Error missing(const QString& field, const QString& kind) const
    {
        return fault(field, AlertRuleText::tr("is required by a %1 rule but missing").arg(kind));
    }

    Result<AlertRule> readThreshold(AlertRule rule)
    {
        const QString kind = toCode(rule.kind);
        if (!has(u"metric"))
            return missing(QStringLiteral("metric"), kind);
        rule.metric = m_json.value(u"metric").toString();
        if (has(u"assetKind") == has(u"assets"))
            return fault(QStringLiteral("assetKind"), AlertRuleText::tr("give either assetKind or assets (exactly one)"));
        if (has(u"assetKind"))
            rule.assetKind = fromCode<AssetKind>(m_json.value(u"assetKind").toString());
        for (const QString& key : strings(u"assets")) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            rule.assets.append({key.left(slash), key.mid(slash + 1)});
        }
        if (!has(u"operator"))
            return missing(QStringLiteral("operator"), kind);
        const QString op = m_json.value(u"operator").toString();
        const auto number = [&](QStringView key) -> std::optional<double> {
            return has(key) ? std::optional<double>(m_json.value(key).toDouble()) : std::nullopt;
        };
        if (op == u"outside") {
            rule.op = ThresholdOperator::Outside;
            for (const char* field : {"threshold", "thresholdProperty"}) {
                if (has(QString::fromLatin1(field)))
                    return fault(QLatin1String(field), AlertRuleText::tr("is not used with operator outside (use min and max)"));
            }
            rule.min = number(u"min");
            rule.max = number(u"max");
            rule.minProperty = m_json.value(u"minProperty").toString();
            rule.maxProperty = m_json.value(u"maxProperty").toString();
            if (!rule.min && rule.minProperty.isEmpty())
                return fault(QStringLiteral("min"), AlertRuleText::tr("operator outside needs min or minProperty"));
            if (!rule.max && rule.maxProperty.isEmpty())
                return fault(QStringLiteral("max"), AlertRuleText::tr("operator outside needs max or maxProperty"));
            if (rule.min && rule.max && !(*rule.min < *rule.max))
                return fault(QStringLiteral("max"), AlertRuleText::tr("%1 is not above min %2").arg(*rule.max).arg(*rule.min));
        } else {
            rule.op = op == u"above" ? ThresholdOperator::Above : ThresholdOperator::Below;
            for (const char* field : {"min", "max", "minProperty", "maxProperty"}) {
                if (has(QString::fromLatin1(field)))
                    return fault(QLatin1String(field), AlertRuleText::tr("is only used with operator outside"));
            }
            rule.threshold = number(u"threshold");
            rule.thresholdProperty = m_json.value(u"thresholdProperty").toString();
            if (!rule.threshold && rule.thresholdProperty.isEmpty())
                return fault(QStringLiteral("threshold"), AlertRuleText::tr("operator %1 needs threshold or thresholdProperty").arg(op));
        }
        return rule;
    }

    Result<AlertRule> readSla(AlertRule rule)
    {
        const QString kind = toCode(rule.kind);
        if (!has(u"category"))
            return missing(QStringLiteral("category"), kind);
        rule.category = category();
        if (!has(u"condition"))
            return missing(QStringLiteral("condition"), kind);
        const QString condition = m_json.value(u"condition").toString();
        if (condition == u"not_received_after_hours") {
            rule.sla = SlaCondition::NotReceivedAfterHours;
            if (!has(u"hours"))
                return missing(QStringLiteral("hours"), QStringLiteral("not_received_after_hours"));
            rule.hours = m_json.value(u"hours").toDouble();
        } else if (condition == u"near_due") {
            rule.sla = SlaCondition::NearDue;
            rule.hours = m_json.value(u"hours").toDouble(24);
        } else if (condition == u"overdue") {
            rule.sla = SlaCondition::Overdue;
            if (has(u"hours"))
                return fault(QStringLiteral("hours"), AlertRuleText::tr("is not used with condition overdue"));
        } else {
            return fault(QStringLiteral("condition"),
                         AlertRuleText::tr("\"%1\" is not a case deadline (not_received_after_hours, near_due, overdue)").arg(condition));
        }
        return rule;
    }

    QJsonObject m_json;
    QString m_pointer;
};

} // namespace

QString toCode(AlertRuleKind kind)
{
    for (const KindInfo& info : kinds()) {
        if (info.kind == kind)
            return QLatin1String(info.code);
    }
    return QString();
}

std::optional<AlertRuleKind> alertRuleKindFromCode(QStringView code)
{
    for (const KindInfo& info : kinds()) {
        if (code == QLatin1String(info.code))
            return info.kind;
    }
    return std::nullopt;
}

QString AlertRuleSet::embeddedPath() { return QStringLiteral(":/alerts/rules.json"); }
QString AlertRuleSet::embeddedSchemaPath() { return QStringLiteral(":/alerts/rules.schema.json"); }

Result<AlertRuleSet> AlertRuleSet::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(AlertRuleText::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<AlertRuleSet> AlertRuleSet::parse(const QByteArray& json, const QString& origin)
{
    Result<JsonSchema> schema = JsonSchema::fromFile(embeddedSchemaPath());
    if (!schema)
        return schema.error();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(AlertRuleText::tr("%1: not valid JSON at byte %2 (%3)").arg(origin).arg(error.offset).arg(error.errorString()));
    const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (const QStringList problems = schema.value().problems(root); !problems.isEmpty()) {
        QString message = QStringLiteral("%1: %2").arg(origin, problems.first());
        if (problems.size() > 1)
            message += AlertRuleText::tr(" (and %n more)", nullptr, int(problems.size() - 1));
        return fail(message);
    }

    std::optional<Catalogue> catalogue;
    if (Result<Catalogue> loaded = Catalogue::load(Catalogue::embeddedPath()))
        catalogue = std::move(loaded).value();

    AlertRuleSet set;
    QHash<QString, QString> seen; // id → pointer of its first use
    const QJsonArray rules = document.object().value(u"rules").toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString pointer = QStringLiteral("/rules/%1").arg(i);
        Result<AlertRule> rule = RuleReader(rules.at(i).toObject(), pointer).read();
        if (!rule)
            return fail(QStringLiteral("%1: %2").arg(origin, rule.errorMessage()));
        const QString id = rule.value().id;
        if (seen.contains(id))
            return fail(AlertRuleText::tr("%1: %2/id: \"%3\" is already the id of %4").arg(origin, pointer, id, seen.value(id)));
        seen.insert(id, pointer);
        if (catalogue) {
            const QStringList codes = rule.value().indicators;
            for (qsizetype k = 0; k < codes.size(); ++k) {
                if (!catalogue->find(codes.at(k)))
                    return fail(AlertRuleText::tr("%1: %2/indicators/%3: \"%4\" is not an indicator of the catalogue")
                                    .arg(origin, pointer).arg(k).arg(codes.at(k)));
            }
        }
        set.m_rules.append(std::move(rule).value());
    }
    return set;
}

AlertRuleSet AlertRuleSet::fromRules(QList<AlertRule> rules)
{
    AlertRuleSet set;
    set.m_rules = std::move(rules);
    return set;
}

const AlertRule* AlertRuleSet::find(const QString& id) const
{
    for (const AlertRule& rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QList<const AlertRule*> AlertRuleSet::ofKind(AlertRuleKind kind) const
{
    QList<const AlertRule*> out;
    for (const AlertRule& rule : m_rules) {
        if (rule.kind == kind && rule.enabled)
            out.append(&rule);
    }
    return out;
}

} // namespace ioc
