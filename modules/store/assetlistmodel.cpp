// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/assetlistmodel.h"

#include "store/repositories.h"

namespace ioc {

AssetListModel::AssetListModel(Database* database, ChangeFeed* feed, QObject* parent)
    : RecordListModel(database, feed,
                      {QStringLiteral("key"), QStringLiteral("source"), QStringLiteral("code"), QStringLiteral("name"),
                       QStringLiteral("kind"), QStringLiteral("areaCode"), QStringLiteral("latitude"),
                       QStringLiteral("longitude")},
                      QStringLiteral("asset"), parent)
{
}

void AssetListModel::setKind(const QString& kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT filterUpdated();
    filterChanged();
}

void AssetListModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT filterUpdated();
    filterChanged();
}

Result<QList<QVariantList>> AssetListModel::fetch(Database& database)
{
    const Result<QList<Asset>> assets = AssetRepository(database).find(fromCode<AssetKind>(m_kind), m_text);
    if (!assets)
        return assets.error();
    QList<QVariantList> rows;
    rows.reserve(assets.value().size());
    for (const Asset& a : assets.value()) {
        rows.append({describe(a.key), a.key.source, a.key.externalId, a.name, toCode(a.kind), a.areaCode,
                     a.position.isValid() ? QVariant(a.position.latitude()) : QVariant(),
                     a.position.isValid() ? QVariant(a.position.longitude()) : QVariant()});
    }
    return rows;
}

} // namespace ioc
