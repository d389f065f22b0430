// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/kpitilemodel.h"

namespace ioc {

int KpiTileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant KpiTileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiTile& t = m_tiles.at(index.row());
    const auto number = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (role) {
    case CodeRole: return t.code;
    case NameRole:
    case Qt::DisplayRole: return t.name;
    case NameEnRole: return t.nameEn;
    case UnitRole: return t.unit;
    case DomainRole: return t.domain;
    case PeriodRole: return t.period;
    case ValueRole: return number(t.value);
    case PlanRole: return number(t.plan);
    case ColourRole: return t.colour;
    case StaleRole: return t.stale;
    case ExplanationRole: return t.explanation;
    case SparklineRole: return t.sparkline;
    default: return {};
    }
}

QHash<int, QByteArray> KpiTileModel::roleNames() const
{
    return {{CodeRole, "code"},   {NameRole, "name"},     {NameEnRole, "nameEn"},   {UnitRole, "unit"},
            {DomainRole, "domain"}, {PeriodRole, "period"}, {ValueRole, "value"},   {PlanRole, "plan"},
            {ColourRole, "colour"}, {StaleRole, "stale"},   {ExplanationRole, "explanation"}, {SparklineRole, "sparkline"}};
}

void KpiTileModel::setTiles(QList<KpiTile> tiles)
{
    bool sameRows = tiles.size() == m_tiles.size();
    for (qsizetype i = 0; sameRows && i < tiles.size(); ++i)
        sameRows = tiles.at(i).code == m_tiles.at(i).code;
    if (sameRows) {
        m_tiles = std::move(tiles);
        if (!m_tiles.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_tiles.size()) - 1));
        return;
    }
    beginResetModel();
    m_tiles = std::move(tiles);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace ioc
