// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QLatin1String>
#include <QList>

namespace ioc::internal {

struct ProvinceData;

// The demo's fixed assets and patrol units (source "demo"): cameras mostly along the main roads between
// the centroids of the urban wards, rain gauges, flood towers, water stations, patrol units at their home
// wards, facilities. Depends on the seed only, never on the time.
QList<Asset> generateAssets(const ProvinceData& data, quint64 seed);

// What the simulator needs to know of a patrol unit, as generateAssets stores it in the asset's properties.
inline constexpr QLatin1String kHomeAreaProperty("homeArea");
inline constexpr QLatin1String kMinSpeedProperty("minSpeedKmh");
inline constexpr QLatin1String kMaxSpeedProperty("maxSpeedKmh");
inline constexpr QLatin1String kBaseLevelProperty("baseLevelM");

} // namespace ioc::internal
