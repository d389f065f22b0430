// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/catalogue.h"

#include "kpi/logcategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace ioc {

class KpiText {
    Q_DECLARE_TR_FUNCTIONS(ioc::KpiText)
};

namespace {

const QStringList kKnownFields{
    QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("nameEn"), QStringLiteral("unit"),
    QStringLiteral("domain"), QStringLiteral("direction"), QStringLiteral("periodKind"), QStringLiteral("shape"),
    QStringLiteral("areaLevels"), QStringLiteral("expectedUpdateHours"), QStringLiteral("thresholds"),
    QStringLiteral("computedFrom"), QStringLiteral("plan"), QStringLiteral("comment")};

const QStringList kComputations{
    QStringLiteral("dossiers_received"), QStringLiteral("dossiers_resolved_on_time_rate"),
    QStringLiteral("dossiers_overdue"), QStringLiteral("dossiers_not_received_4h"), QStringLiteral("dossiers_near_due"),
    QStringLiteral("dossiers_not_satisfied_rate"), QStringLiteral("reports_received"),
    QStringLiteral("reports_resolved"), QStringLiteral("reports_near_due"), QStringLiteral("reports_overdue"),
    QStringLiteral("soc_alerts_received"), QStringLiteral("soc_alerts_resolved_on_time_rate"),
    QStringLiteral("soc_alerts_overdue")};

// Reads one entry; every message starts with "<file>: indicator #<index> (<code>)".
class EntryReader {
public:
    EntryReader(const QJsonObject& object, const QString& where) : m_object(object), m_where(where) {}

    QString where() const { return m_where; }

    Error error(const QString& field, const QString& problem) const
    {
        return fail(KpiText::tr("%1: field \"%2\": %3").arg(m_where, field, problem));
    }

    Result<QString> text(const QString& field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return error(field, KpiText::tr("missing"));
        if (!value.isString())
            return error(field, KpiText::tr("not a text"));
        const QString result = value.toString().trimmed();
        if (result.isEmpty())
            return error(field, KpiText::tr("empty"));
        return result;
    }

    Result<QString> choice(const QString& field, const QStringList& allowed) const
    {
        Result<QString> value = text(field);
        if (!value)
            return value;
        if (!allowed.contains(value.value()))
            return error(field, KpiText::tr("unknown value \"%1\" (expected one of: %2)")
                                    .arg(value.value(), allowed.join(QStringLiteral(", "))));
        return value;
    }

    // A finite number; absent or null gives std::nullopt when optional.
    Result<std::optional<double>> number(const QJsonObject& object, const QString& field, const QString& label,
                                         bool optional) const
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (optional)
                return std::optional<double>();
            return error(label, KpiText::tr("missing"));
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return error(label, KpiText::tr("not a number"));
        return std::optional<double>(value.toDouble());
    }

    const QJsonObject& object() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_where;
};

Result<CatalogueEntry> readEntry(const EntryReader& in)
{
    for (auto it = in.object().constBegin(); it != in.object().constEnd(); ++it) {
        if (!kKnownFields.contains(it.key()))
            return in.error(it.key(), KpiText::tr("not a field of the catalogue"));
    }
    CatalogueEntry entry;
    const auto text = [&](const QString& field, QString& target) -> Result<void> {
        Result<QString> value = in.text(field);
        if (!value)
            return value.error();
        target = value.value();
        return {};
    };
    for (const auto& [field, target] : {std::pair{QStringLiteral("code"), &entry.code},
                                        std::pair{QStringLiteral("name"), &entry.name},
                                        std::pair{QStringLiteral("nameEn"), &entry.nameEn},
                                        std::pair{QStringLiteral("unit"), &entry.unit},
                                        std::pair{QStringLiteral("domain"), &entry.domain}}) {
        if (auto ok = text(field, *target); !ok)
            return ok.error();
    }

    Result<QString> direction = in.choice(QStringLiteral("direction"),
                                          {toCode(Direction::HigherIsBetter), toCode(Direction::LowerIsBetter)});
    if (!direction)
        return direction.error();
    entry.direction = *fromCode<Direction>(direction.value());

    Result<QString> periodKind = in.choice(
        QStringLiteral("periodKind"), {toCode(PeriodKind::Month), toCode(PeriodKind::Quarter), toCode(PeriodKind::Year)});
    if (!periodKind)
        return periodKind.error();
    entry.periodKind = *fromCode<PeriodKind>(periodKind.value());

    Result<QString> shape = in.choice(QStringLiteral("shape"), {QStringLiteral("amount"), QStringLiteral("level")});
    if (!shape)
        return shape.error();
    entry.cumulative = shape.value() == QLatin1String("amount");

    const QString levelsField = QStringLiteral("areaLevels");
    const QJsonValue levels = in.object().value(levelsField);
    if (levels.isUndefined())
        return in.error(levelsField, KpiText::tr("missing"));
    if (!levels.isArray() || levels.toArray().isEmpty())
        return in.error(levelsField, KpiText::tr("not a list of area levels"));
    const QStringList allowedLevels{toCode(AreaLevel::Province), toCode(AreaLevel::Ward)};
    for (const QJsonValue& level : levels.toArray()) {
        const QString code = level.toString();
        if (!level.isString() || !allowedLevels.contains(code))
            return in.error(levelsField, KpiText::tr("unknown value \"%1\" (expected one of: %2)")
                                             .arg(level.isString() ? code : QStringLiteral("?"),
                                                  allowedLevels.join(QStringLiteral(", "))));
        if (entry.areaLevels.contains(code))
            return in.error(levelsField, KpiText::tr("\"%1\" is listed twice").arg(code));
        entry.areaLevels.append(code);
    }

    const QString hoursField = QStringLiteral("expectedUpdateHours");
    Result<std::optional<double>> hours = in.number(in.object(), hoursField, hoursField, false);
    if (!hours)
        return hours.error();
    const double h = *hours.value();
    if (h < 1 || h != std::floor(h) || h > 1e6)
        return in.error(hoursField, KpiText::tr("%1 is not a whole number of hours from 1 to 1000000").arg(h));
    entry.expectedUpdateHours = static_cast<int>(h);

    const QString thresholdsField = QStringLiteral("thresholds");
    const QJsonValue thresholds = in.object().value(thresholdsField);
    if (!thresholds.isUndefined()) {
        if (!thresholds.isObject())
            return in.error(thresholdsField, KpiText::tr("not an object with \"green\" and \"red\""));
        const QJsonObject t = thresholds.toObject();
        Result<std::optional<double>> green = in.number(t, QStringLiteral("green"), QStringLiteral("thresholds.green"), false);
        if (!green)
            return green.error();
        Result<std::optional<double>> red = in.number(t, QStringLiteral("red"), QStringLiteral("thresholds.red"), false);
        if (!red)
            return red.error();
        entry.greenThreshold = *green.value();
        entry.redThreshold = *red.value();
        if (entry.redThreshold <= 0)
            return in.error(QStringLiteral("thresholds.red"), KpiText::tr("%1 is not above 0").arg(entry.redThreshold));
        if (entry.redThreshold > entry.greenThreshold)
            return in.error(thresholdsField, KpiText::tr("red %1 is above green %2")
                                                 .arg(entry.redThreshold)
                                                 .arg(entry.greenThreshold));
    }

    const QString computedField = QStringLiteral("computedFrom");
    const QJsonValue computed = in.object().value(computedField);
    if (!computed.isUndefined() && !computed.isNull()) {
        Result<QString> value = in.choice(computedField, kComputations);
        if (!value)
            return value.error();
        entry.computedFrom = value.value();
        // CaseIndicators computes calendar months only.
        if (entry.periodKind != PeriodKind::Month)
            return in.error(computedField, KpiText::tr("computed indicators need \"periodKind\": \"month\""));
    }

    Result<std::optional<double>> plan = in.number(in.object(), QStringLiteral("plan"), QStringLiteral("plan"), true);
    if (!plan)
        return plan.error();
    entry.plan = plan.value();
    return entry;
}

} // namespace

bool CatalogueEntry::existsFor(AreaLevel level) const { return areaLevels.contains(toCode(level)); }

Indicator CatalogueEntry::toIndicator() const
{
    Indicator indicator;
    indicator.code = code;
    indicator.name = name;
    indicator.nameEn = nameEn;
    indicator.unit = unit;
    indicator.domain = domain;
    indicator.direction = direction;
    indicator.periodKind = periodKind;
    return indicator;
}

QString Catalogue::embeddedPath() { return QStringLiteral(":/kpi/catalogue.json"); }

QStringList Catalogue::knownComputations() { return kComputations; }

Result<Catalogue> Catalogue::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(KpiText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path.startsWith(u':') ? path : QFileInfo(path).fileName());
}

Result<Catalogue> Catalogue::parse(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(KpiText::tr("%1: not valid JSON at offset %2: %3")
                        .arg(sourceName)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonValue list = document.object().value(QStringLiteral("indicators"));
    if (!document.isObject() || !list.isArray())
        return fail(KpiText::tr("%1: expected an object with an \"indicators\" list").arg(sourceName));

    Catalogue catalogue;
    QHash<QString, qsizetype> indexOfCode;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const QString code = value.toObject().value(QStringLiteral("code")).toString();
        const QString where = code.isEmpty() ? KpiText::tr("%1: indicator #%2").arg(sourceName).arg(i)
                                             : KpiText::tr("%1: indicator #%2 (%3)").arg(sourceName).arg(i).arg(code);
        if (!value.isObject())
            return fail(KpiText::tr("%1: not an object").arg(where));
        Result<CatalogueEntry> entry = readEntry(EntryReader(value.toObject(), where));
        if (!entry)
            return entry.error();
        if (const auto other = indexOfCode.constFind(entry.value().code); other != indexOfCode.constEnd())
            return fail(KpiText::tr("%1: field \"code\": already used by indicator #%2").arg(where).arg(*other));
        indexOfCode.insert(entry.value().code, i);
        catalogue.m_entries.append(std::move(entry).value());
    }
    qCDebug(lcKpi) << "indicator catalogue" << sourceName << "holds" << catalogue.m_entries.size() << "indicators";
    return catalogue;
}

const CatalogueEntry* Catalogue::find(const QString& code) const
{
    for (const CatalogueEntry& entry : m_entries) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

QStringList Catalogue::domains() const
{
    QStringList result;
    for (const CatalogueEntry& entry : m_entries) {
        if (!result.contains(entry.domain))
            result.append(entry.domain);
    }
    return result;
}

} // namespace ioc
