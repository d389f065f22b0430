// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/caselistmodel.h"

namespace ioc {

CaseListModel::CaseListModel(Database* database, ChangeFeed* feed, QObject* parent)
    : RecordListModel(database, feed,
                      {QStringLiteral("key"), QStringLiteral("source"), QStringLiteral("code"), QStringLiteral("title"),
                       QStringLiteral("category"), QStringLiteral("domain"), QStringLiteral("channel"),
                       QStringLiteral("status"), QStringLiteral("severity"), QStringLiteral("areaCode"), QStringLiteral("areaName"),
                       QStringLiteral("opened"), QStringLiteral("due"), QStringLiteral("closed"),
                       QStringLiteral("latitude"), QStringLiteral("longitude"), QStringLiteral("assignee")},
                      QStringLiteral("case"), parent)
{
    m_query.limit = 500;
}

void CaseListModel::setCategory(const QString& category)
{
    if (category == m_category)
        return;
    m_category = category;
    m_query.category = fromCode<CaseCategory>(category);
    Q_EMIT filterUpdated();
    filterChanged();
}

void CaseListModel::setStatuses(const QStringList& statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    m_query.statuses.clear();
    for (const QString& code : statuses) {
        if (const auto status = fromCode<CaseStatus>(code))
            m_query.statuses.append(*status);
    }
    Q_EMIT filterUpdated();
    filterChanged();
}

void CaseListModel::setAreaCode(const QString& areaCode)
{
    if (areaCode == m_query.areaCode)
        return;
    m_query.areaCode = areaCode;
    Q_EMIT filterUpdated();
    filterChanged();
}

void CaseListModel::setScope(const QStringList& areas)
{
    if (areas == m_query.scope)
        return;
    m_query.scope = areas;
    filterChanged();
}

void CaseListModel::setText(const QString& text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    Q_EMIT filterUpdated();
    filterChanged();
}

void CaseListModel::setOrder(Order order)
{
    if (order == this->order())
        return;
    m_query.order = static_cast<CaseQuery::Order>(order);
    Q_EMIT filterUpdated();
    filterChanged();
}

void CaseListModel::setLimit(int limit)
{
    if (limit == m_query.limit || limit <= 0)
        return;
    m_query.limit = limit;
    Q_EMIT filterUpdated();
    filterChanged();
}

Result<QList<QVariantList>> CaseListModel::fetch(Database& database)
{
    CaseRepository repository(database);
    const Result<QList<Case>> cases = repository.find(m_query);
    if (!cases)
        return cases.error();
    const Result<qint64> total = repository.count(m_query);
    if (!total)
        return total.error();
    m_totalCount = int(total.value());
    // Ward names for display; a province has a few dozen areas, read with each refresh.
    const Result<QList<Area>> areas = AreaRepository(database).all();
    if (!areas)
        return areas.error();
    QHash<QString, QString> areaNames;
    for (const Area& area : areas.value())
        areaNames.insert(area.code, area.name);
    QList<QVariantList> rows;
    rows.reserve(cases.value().size());
    for (const Case& c : cases.value()) {
        rows.append({describe(c.key), c.key.source, c.key.externalId, c.title, toCode(c.category), c.domain, c.channel,
                     toCode(c.status), toCode(c.severity), c.areaCode, areaNames.value(c.areaCode, c.areaCode), c.opened, c.due, c.closed,
                     c.position.isValid() ? QVariant(c.position.latitude()) : QVariant(),
                     c.position.isValid() ? QVariant(c.position.longitude()) : QVariant(), c.assigneeUnit});
    }
    return rows;
}

} // namespace ioc
