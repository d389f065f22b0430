// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/nearestcameras.h"

#include <algorithm>
#include <utility>

namespace ioc {

QStringList nearestCameras(const QGeoCoordinate& at, const QList<Asset>& assets, int count)
{
    if (!at.isValid() || count <= 0)
        return {};
    QList<std::pair<double, QString>> byDistance;
    for (const Asset& asset : assets) {
        if (asset.kind != AssetKind::Camera || !asset.position.isValid())
            continue;
        byDistance.append({at.distanceTo(asset.position), asset.key.externalId});
    }
    std::stable_sort(byDistance.begin(), byDistance.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList keys;
    for (int i = 0; i < std::min<qsizetype>(count, byDistance.size()); ++i)
        keys.append(byDistance.at(i).second);
    return keys;
}

} // namespace ioc
