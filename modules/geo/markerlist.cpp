// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/markerlist.h"

namespace ioc {

MarkerList::MarkerList(QObject* parent)
    : MarkerSource(parent)
    , m_markers(std::make_shared<const std::vector<MapMarker>>())
{
}

void MarkerList::setMarkers(std::vector<MapMarker> markers)
{
    m_markers = std::make_shared<const std::vector<MapMarker>>(std::move(markers));
    Q_EMIT markersChanged();
}

} // namespace ioc
