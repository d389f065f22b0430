// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QGeoCoordinate>
#include <QList>
#include <QStringList>

namespace ioc {

// The keys (Asset externalId, as CameraStreams::cameraKey) of the `count` cameras nearest to `at`, nearest first, by great-circle
// distance; assets that are not cameras or have no position are ignored; ties keep the input order.
QStringList nearestCameras(const QGeoCoordinate& at, const QList<Asset>& assets, int count);

} // namespace ioc
