// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QtGlobal>

namespace ioc {

// One point on the map, as a marker layer draws it. A small value: the layer keeps snapshots of
// hundreds of thousands of them. The map never interprets `id`; it hands it back on a click.
struct MapMarker {
    // The icons of the built-in atlas (MarkerLayer draws them); a kind outside this range is drawn as
    // a plain dot and reported once in the layer's error.
    enum Kind : quint8 {
        Report = 0,
        Camera,
        Gauge,
        WaterStation,
        FloodTower,
        PatrolUnit,
        Sos,
        Facility,
        KindCount
    };
    // Ordered by severity: a cluster shows the highest state among its members.
    enum State : quint8 { Normal = 0, Notice = 1, Warning = 2, Critical = 3, StateCount };

    quint64 id = 0;  // the caller's key
    QPointF world;   // normalised world coordinates (geo/webmercator.h)
    quint8 kind = Report;
    quint8 state = Normal;
    bool pulse = false; // a new event (an SOS): drawn with an animated ring
    quint16 badge = 0;  // a small number drawn on the icon (0: none), e.g. people waiting

    friend bool operator==(const MapMarker&, const MapMarker&) = default;
};

} // namespace ioc
