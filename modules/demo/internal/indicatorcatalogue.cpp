// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/indicatorcatalogue.h"

#include "demo/internal/jsonfields.h"

#include <tuple>

namespace ioc::internal {

Result<QList<IndicatorSpec>> IndicatorSpec::read(const QString& fileName)
{
    const Result<QJsonObject> document = JsonFields::readObject(fileName);
    if (!document)
        return document.error();
    JsonFields fields(fileName);
    QList<IndicatorSpec> specs;
    const QJsonArray items = fields.objects(document.value(), QStringLiteral("indicators"), {});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString path = QStringLiteral("indicators[%1]").arg(i);
        IndicatorSpec spec;
        Indicator& indicator = spec.indicator;
        indicator.code = fields.text(item, QStringLiteral("code"), path);
        indicator.name = fields.text(item, QStringLiteral("name"), path);
        indicator.nameEn = fields.text(item, QStringLiteral("nameEn"), path);
        indicator.unit = fields.text(item, QStringLiteral("unit"), path);
        indicator.domain = fields.text(item, QStringLiteral("domain"), path);
        const QString direction = fields.oneOf(item, QStringLiteral("direction"), path,
                                               {toCode(Direction::HigherIsBetter), toCode(Direction::LowerIsBetter)});
        indicator.direction = fromCode<Direction>(direction).value_or(Direction::HigherIsBetter);
        const QString period = fields.oneOf(item, QStringLiteral("periodKind"), path,
                                            {toCode(PeriodKind::Month), toCode(PeriodKind::Quarter),
                                             toCode(PeriodKind::Year)});
        indicator.periodKind = fromCode<PeriodKind>(period).value_or(PeriodKind::Month);
        const QString shape = fields.oneOf(item, QStringLiteral("shape"), path,
                                           {QStringLiteral("amount"), QStringLiteral("level"),
                                            QStringLiteral("yearToDate")});
        spec.shape = shape == u"amount" ? Shape::Amount : shape == u"yearToDate" ? Shape::YearToDate : Shape::Level;
        spec.plan = fields.number(item, QStringLiteral("plan"), path);
        spec.planStep = fields.optionalNumber(item, QStringLiteral("planStep"), path).value_or(0);
        spec.yearGrowth = fields.optionalNumber(item, QStringLiteral("yearGrowth"), path).value_or(0);
        spec.seasonAmplitude = fields.optionalNumber(item, QStringLiteral("seasonAmplitude"), path).value_or(0);
        spec.seasonPeakMonth =
            static_cast<int>(fields.optionalNumber(item, QStringLiteral("seasonPeakMonth"), path).value_or(1));
        std::tie(spec.performanceLow, spec.performanceHigh) = fields.range(item, QStringLiteral("performance"), path);
        spec.noise = fields.number(item, QStringLiteral("noise"), path);
        spec.decimals = static_cast<int>(fields.number(item, QStringLiteral("decimals"), path));
        spec.max = fields.optionalNumber(item, QStringLiteral("max"), path);
        spec.wards = fields.flag(item, QStringLiteral("wards"), path);
        specs.append(spec);
    }
    if (!fields.ok())
        return fields.error();
    return specs;
}

} // namespace ioc::internal
