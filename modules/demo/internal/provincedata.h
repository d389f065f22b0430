// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "demo/internal/geoshape.h"
#include "demo/internal/indicatorcatalogue.h"
#include "demo/internal/vocabulary.h"

#include <QDate>
#include <QList>

namespace ioc::internal {

// Vietnam keeps UTC+7 all year: case numbers, office hours and indicator periods follow the
// province's calendar whatever the time zone of the machine.
inline constexpr int kProvinceUtcOffsetSeconds = 7 * 3600;

inline QDateTime provinceTime(const QDateTime& time) { return time.toOffsetFromUtc(kProvinceUtcOffsetSeconds); }

// Everything DemoProvince loaded, shared read-only by the seed generators and the simulator.
struct ProvinceData {
    Area province;
    GeoShape provinceShape;
    QList<Area> wards; // in the order of the file
    QList<GeoShape> wardShapes;
    Vocabulary vocabulary;
    QList<IndicatorSpec> indicators;

    // Index in wards of the ward with this code, or -1.
    qsizetype wardIndex(const QString& code) const;
    // The ward containing the point, or else the one with the nearest centroid.
    qsizetype wardAt(const QGeoCoordinate& point) const;
    // The wards of the urban centres, in the order of the vocabulary.
    QList<qsizetype> urbanWards() const;
    // The urban centre a ward belongs to, or nullptr for a rural commune.
    const UrbanCentre* centreOf(qsizetype ward) const;
};

} // namespace ioc::internal
