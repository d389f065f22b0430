// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/kpidashboard.h"

#include "core/clock.h"
#include "kpi/caseindicators.h"
#include "kpi/forecast.h"
#include "kpi/logcategories.h"
#include "kpi/period.h"
#include "kpi/statusbatch.h"
#include "kpi/statusrule.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <vector>

namespace ioc {

class KpiDashboardText {
    Q_DECLARE_TR_FUNCTIONS(ioc::KpiDashboardText)
};

namespace {

int rankOf(const QString& colour)
{
    if (colour == u"red")
        return 0;
    if (colour == u"orange")
        return 1;
    if (colour == u"green")
        return 2;
    return 3;
}

int seasonLengthOf(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month: return 12;
    case PeriodKind::Quarter: return 4;
    case PeriodKind::Year: return 1;
    }
    return 1;
}

int horizonOf(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month: return 6;
    case PeriodKind::Quarter: return 4;
    case PeriodKind::Year: return 2;
    }
    return 1;
}

QVariant number(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

KpiDashboard::KpiDashboard(Database* database, ChangeFeed* feed, const Clock& clock, Catalogue catalogue, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_catalogue(std::move(catalogue))
{
    // Cases and figures arrive in bursts; judge once per burst, at most a second after its first change.
    // The timer is not restarted by later changes: restarted, it would never fire while a feed writes
    // more often than once a second (figures at 1 Hz, the demo simulator sped up).
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1000);
    connect(&m_debounce, &QTimer::timeout, this, &KpiDashboard::refresh);
    if (feed)
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeSet& changes) {
            // Cases (or areas) changed: the figures computed from them must be counted again.
            if (changes.touches(QStringLiteral("case")) || changes.touches(QStringLiteral("area")))
                m_casesDirty = true;
            if (!m_debounce.isActive())
                m_debounce.start();
        });
}

void KpiDashboard::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcKpi).noquote() << "KPI:" << error;
    Q_EMIT errorChanged();
}

QStringList KpiDashboard::domains() const
{
    return m_catalogue.domains();
}

void KpiDashboard::setDomain(const QString& domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    Q_EMIT filterChanged();
    rebuildTiles();
}

void KpiDashboard::setAreaCode(const QString& areaCode)
{
    if (areaCode == m_areaCode)
        return;
    m_areaCode = areaCode;
    Q_EMIT filterChanged();
    rebuildTiles();
}

void KpiDashboard::setAsOf(const QString& month)
{
    const std::optional<Period> parsed = Period::parse(month);
    const QString value = parsed && parsed->kind == PeriodKind::Month ? month : QString();
    if (value == m_asOf)
        return;
    m_asOf = value;
    Q_EMIT filterChanged();
    rebuildTiles();
}

QStringList KpiDashboard::months() const
{
    QStringList out;
    const QDate today = m_clock.now().toLocalTime().date();
    for (int back = 0; back < 12; ++back)
        out.append(Period::containing(PeriodKind::Month, today.addMonths(-back)).toString());
    return out;
}

QString KpiDashboard::areaName() const
{
    return m_areaNames.value(m_areaCode, m_areaCode);
}

QVariantMap KpiDashboard::colourCounts() const
{
    QVariantMap counts{{QStringLiteral("red"), 0}, {QStringLiteral("orange"), 0}, {QStringLiteral("green"), 0},
                       {QStringLiteral("grey"), 0}, {QStringLiteral("stale"), 0}};
    for (const KpiTile& t : m_tiles.tiles()) {
        counts[t.colour] = counts.value(t.colour).toInt() + 1;
        if (t.stale)
            counts[QStringLiteral("stale")] = counts.value(QStringLiteral("stale")).toInt() + 1;
    }
    return counts;
}

void KpiDashboard::refresh()
{
    if (!m_database)
        return;
    Database& db = *m_database;
    const Result<QList<Area>> areas = AreaRepository(db).all();
    if (!areas) {
        setError(areas.errorMessage());
        return;
    }
    QHash<QString, QHash<QString, QList<IndicatorValue>>> values;
    IndicatorRepository repository(db);
    for (const CatalogueEntry& entry : m_catalogue.entries()) {
        if (!entry.computedFrom.isEmpty())
            continue;
        const Result<QList<IndicatorValue>> stored = repository.values(entry.code);
        if (!stored) {
            setError(stored.errorMessage());
            return;
        }
        for (const IndicatorValue& v : stored.value())
            values[v.indicatorCode][v.areaCode].append(v);
    }
    // The public-service and field-report indicators come from the cases: the last 13 months, counted
    // again only when cases changed (or the hour turned: "not received within 4 h" ages with time).
    const QDateTime now = m_clock.now();
    const qint64 hour = now.toSecsSinceEpoch() / 3600;
    if (m_casesDirty || hour != m_caseValuesHour) {
        const QDate today = now.toLocalTime().date();
        QList<QString> months;
        for (int back = 12; back >= 0; --back)
            months.append(Period::containing(PeriodKind::Month, today.addMonths(-back)).toString());
        const Result<QList<IndicatorValue>> computed = CaseIndicators(db).compute(m_catalogue, months, now);
        if (!computed) {
            setError(computed.errorMessage());
            return;
        }
        m_caseValues = computed.value();
        m_casesDirty = false;
        m_caseValuesHour = hour;
    }
    for (const IndicatorValue& v : std::as_const(m_caseValues))
        values[v.indicatorCode][v.areaCode].append(v);
    for (auto& byArea : values)
        for (auto& series : byArea)
            std::sort(series.begin(), series.end(), [](const IndicatorValue& a, const IndicatorValue& b) {
                return Period::parse(a.period) < Period::parse(b.period);
            });

    m_values = std::move(values);
    m_areaNames.clear();
    m_wardCodes.clear();
    for (const Area& area : areas.value()) {
        m_areaNames.insert(area.code, area.name);
        if (area.level == AreaLevel::Province && m_provinceCode.isEmpty())
            m_provinceCode = area.code;
        if (area.level == AreaLevel::Ward)
            m_wardCodes.append(area.code);
    }
    if (m_areaCode.isEmpty() && !m_provinceCode.isEmpty()) {
        m_areaCode = m_provinceCode;
        Q_EMIT filterChanged();
    }
    setError(QString());
    rebuildTiles();
}

QList<IndicatorValue> KpiDashboard::seriesOf(const QString& code, const QString& area) const
{
    return m_values.value(code).value(area);
}

StatusInput KpiDashboard::inputOf(const CatalogueEntry& entry, const QList<IndicatorValue>& series,
                                  const QDateTime& now) const
{
    const Period current = Period::containing(entry.periodKind, now.toLocalTime().date());
    // The latest period with a figure, not after the current one; without any, the current period.
    // As of a month: the indicator's period that contains that month's end, figure or not.
    const IndicatorValue* latest = nullptr;
    std::optional<Period> asOfPeriod;
    if (const std::optional<Period> month = Period::parse(m_asOf))
        asOfPeriod = Period::containing(entry.periodKind, month->lastDay());
    for (auto it = series.crbegin(); it != series.crend(); ++it) {
        const std::optional<Period> p = Period::parse(it->period);
        if (!p)
            continue;
        if (asOfPeriod ? *p == *asOfPeriod : (!(current < *p) && it->actual)) {
            latest = &*it;
            break;
        }
    }
    StatusInput input;
    input.direction = entry.direction;
    input.shape = entry.cumulative ? KpiShape::Amount : KpiShape::Level;
    input.now = now;
    input.expectedUpdateSeconds = qint64(entry.expectedUpdateHours) * 3600;
    input.thresholds.green = entry.greenThreshold;
    input.thresholds.red = entry.redThreshold;
    input.unit = entry.unit;
    if (latest) {
        input.period = *Period::parse(latest->period);
        input.plan = latest->plan;
        input.actual = latest->actual;
        input.updated = latest->updated;
        // A total still building up in the running period: its run rate gives the forecast at period end.
        const double elapsed = input.period.elapsedShare(now.toLocalTime().date());
        if (entry.cumulative && input.actual && elapsed > 0.0 && elapsed < 1.0)
            input.forecastAtEnd = *input.actual / elapsed;
    } else {
        input.period = asOfPeriod ? *asOfPeriod : current;
        for (const IndicatorValue& v : series)
            if (v.period == input.period.toString())
                input.plan = v.plan;
        if (!input.plan && entry.plan)
            input.plan = entry.plan;
        input.updated = QDateTime();
    }
    return input;
}

KpiDashboard::Judged KpiDashboard::judge(const CatalogueEntry& entry, const QList<IndicatorValue>& series) const
{
    Judged out;
    const StatusInput input = inputOf(entry, series, m_clock.now());
    const KpiStatus status = evaluateStatus(input);
    out.period = input.period.toString();
    out.value = input.actual;
    out.plan = input.plan;
    out.colour = toCode(status.colour);
    out.stale = status.stale;
    out.explanation = status.explanation;
    return out;
}

void KpiDashboard::rebuildTiles()
{
    QList<KpiTile> tiles;
    for (const CatalogueEntry& entry : m_catalogue.entries()) {
        if (!m_domain.isEmpty() && entry.domain != m_domain)
            continue;
        const QList<IndicatorValue> series = seriesOf(entry.code, m_areaCode);
        // An indicator that does not exist for this area (a ward, for a province-only figure) is left out.
        const bool isWard = m_wardCodes.contains(m_areaCode);
        if (isWard && !entry.areaLevels.contains(QStringLiteral("ward")) && series.isEmpty())
            continue;
        const Judged judged = judge(entry, series);
        KpiTile tile;
        tile.code = entry.code;
        tile.name = entry.name;
        tile.nameEn = entry.nameEn;
        tile.unit = entry.unit;
        tile.domain = entry.domain;
        tile.period = judged.period;
        tile.value = judged.value;
        tile.plan = judged.plan;
        tile.colour = judged.colour;
        tile.stale = judged.stale;
        tile.explanation = judged.explanation;
        tile.severityRank = rankOf(judged.colour);
        const qsizetype from = std::max<qsizetype>(0, series.size() - 12);
        for (qsizetype i = from; i < series.size(); ++i)
            tile.sparkline.append(number(series.at(i).actual));
        tiles.append(tile);
    }
    std::stable_sort(tiles.begin(), tiles.end(), [](const KpiTile& a, const KpiTile& b) {
        return a.severityRank < b.severityRank;
    });
    m_tiles.setTiles(std::move(tiles));
    Q_EMIT refreshed();
}

QVariantMap KpiDashboard::detail(const QString& code) const
{
    const CatalogueEntry* entry = m_catalogue.find(code);
    if (!entry)
        return {};
    const QList<IndicatorValue> series = seriesOf(code, m_areaCode);
    const Judged judged = judge(*entry, series);
    QVariantList periods, actual, plan;
    QList<double> history;
    for (const IndicatorValue& v : series) {
        periods.append(v.period);
        actual.append(number(v.actual));
        plan.append(number(v.plan));
        if (v.actual)
            history.append(*v.actual);
    }
    QVariantMap out{{QStringLiteral("code"), code},
                    {QStringLiteral("name"), entry->name},
                    {QStringLiteral("nameEn"), entry->nameEn},
                    {QStringLiteral("unit"), entry->unit},
                    {QStringLiteral("domain"), entry->domain},
                    {QStringLiteral("area"), m_areaCode},
                    {QStringLiteral("areaName"), areaName()},
                    {QStringLiteral("period"), judged.period},
                    {QStringLiteral("value"), number(judged.value)},
                    {QStringLiteral("planValue"), number(judged.plan)},
                    {QStringLiteral("colour"), judged.colour},
                    {QStringLiteral("stale"), judged.stale},
                    {QStringLiteral("explanation"), judged.explanation},
                    {QStringLiteral("periods"), periods},
                    {QStringLiteral("actual"), actual},
                    {QStringLiteral("plan"), plan}};
    // The forecast continues after the last period with a figure.
    QString last;
    for (const IndicatorValue& v : series)
        if (v.actual)
            last = v.period;
    const std::optional<Period> lastPeriod = Period::parse(last);
    const Result<ForecastResult> predicted = lastPeriod
        ? forecast(history, seasonLengthOf(entry->periodKind), horizonOf(entry->periodKind))
        : Result<ForecastResult>(fail(KpiDashboardText::tr("no figures to forecast from")));
    if (predicted) {
        QVariantList fp, fv, lo, up;
        for (int i = 0; i < predicted.value().values.size(); ++i) {
            fp.append(lastPeriod->next(i + 1).toString());
            fv.append(predicted.value().values.at(i));
            lo.append(predicted.value().lower.value(i));
            up.append(predicted.value().upper.value(i));
        }
        out.insert(QStringLiteral("forecastPeriods"), fp);
        out.insert(QStringLiteral("forecast"), fv);
        out.insert(QStringLiteral("lower"), lo);
        out.insert(QStringLiteral("upper"), up);
        out.insert(QStringLiteral("method"), toCode(predicted.value().method));
        out.insert(QStringLiteral("mape"), predicted.value().mape);
    } else {
        out.insert(QStringLiteral("forecastError"), predicted.errorMessage());
    }
    return out;
}

// Colours only: the columnar rule (statusbatch.h), the path a bulk recompute takes, one clock for all wards.
QVariantMap KpiDashboard::wardColours(const QString& code) const
{
    QVariantMap out;
    const CatalogueEntry* entry = m_catalogue.find(code);
    if (!entry)
        return out;
    const QDateTime now = m_clock.now();
    StatusBatch batch;
    QStringList wards;
    for (const QString& ward : m_wardCodes) {
        const QList<IndicatorValue> series = seriesOf(code, ward);
        if (series.isEmpty())
            continue;
        const Result<void> added = batch.append(inputOf(*entry, series, now));
        if (!added.ok()) {
            qCWarning(lcKpi) << "ward colours of" << code << "in" << ward << ":" << added.errorMessage();
            continue;
        }
        wards.append(ward);
    }
    std::vector<KpiColour> colours(batch.size(), KpiColour::Grey);
    std::unique_ptr<bool[]> stale(new bool[batch.size()]);
    if (const Result<void> judged = batch.evaluate(colours, std::span<bool>(stale.get(), batch.size())); !judged.ok())
        qCWarning(lcKpi) << "ward colours of" << code << ":" << judged.errorMessage();
    for (qsizetype i = 0; i < wards.size(); ++i)
        out.insert(wards[i], toCode(colours[size_t(i)]));
    return out;
}

} // namespace ioc
