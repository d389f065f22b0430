// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/alertlistmodel.h"

namespace ioc {

AlertListModel::AlertListModel(Database* database, ChangeFeed* feed, QObject* parent)
    : RecordListModel(database, feed,
                      {QStringLiteral("key"), QStringLiteral("rule"), QStringLiteral("title"), QStringLiteral("severity"),
                       QStringLiteral("state"), QStringLiteral("subject"), QStringLiteral("raised"),
                       QStringLiteral("acknowledgedBy"), QStringLiteral("latitude"), QStringLiteral("longitude")},
                      QStringLiteral("alert"), parent)
{
    m_query.limit = 500;
}

void AlertListModel::setStates(const QStringList& states)
{
    if (states == m_states)
        return;
    m_states = states;
    m_query.states.clear();
    for (const QString& code : states) {
        if (const auto state = fromCode<AlertState>(code))
            m_query.states.append(*state);
    }
    Q_EMIT filterUpdated();
    filterChanged();
}

Result<QList<QVariantList>> AlertListModel::fetch(Database& database)
{
    const Result<QList<Alert>> alerts = AlertRepository(database).find(m_query);
    if (!alerts)
        return alerts.error();
    QList<QVariantList> rows;
    rows.reserve(alerts.value().size());
    for (const Alert& a : alerts.value()) {
        rows.append({describe(a.key), a.rule, a.title, toCode(a.severity), toCode(a.state), a.subject, a.raised,
                     a.acknowledgedBy, a.position.isValid() ? QVariant(a.position.latitude()) : QVariant(),
                     a.position.isValid() ? QVariant(a.position.longitude()) : QVariant()});
    }
    return rows;
}

} // namespace ioc
