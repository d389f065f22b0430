// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/provincedata.h"

#include <limits>

namespace ioc::internal {

qsizetype ProvinceData::wardIndex(const QString& code) const
{
    for (qsizetype i = 0; i < wards.size(); ++i) {
        if (wards.at(i).code == code)
            return i;
    }
    return -1;
}

qsizetype ProvinceData::wardAt(const QGeoCoordinate& point) const
{
    for (qsizetype i = 0; i < wardShapes.size(); ++i) {
        if (wardShapes.at(i).contains(point))
            return i;
    }
    qsizetype nearest = 0;
    double nearestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < wards.size(); ++i) {
        const double distance = wards.at(i).centroid.distanceTo(point);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = i;
        }
    }
    return nearest;
}

QList<qsizetype> ProvinceData::urbanWards() const
{
    QList<qsizetype> result;
    for (const UrbanCentre& centre : vocabulary.urbanCentres) {
        for (const QString& code : centre.wardCodes) {
            const qsizetype index = wardIndex(code);
            if (index >= 0 && !result.contains(index))
                result.append(index);
        }
    }
    return result;
}

const UrbanCentre* ProvinceData::centreOf(qsizetype ward) const
{
    const QString& code = wards.at(ward).code;
    for (const UrbanCentre& centre : vocabulary.urbanCentres) {
        if (centre.wardCodes.contains(code))
            return &centre;
    }
    return nullptr;
}

} // namespace ioc::internal
