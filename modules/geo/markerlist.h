// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/markersource.h"

namespace ioc {

// The simplest MarkerSource: holds what it was last given. The shell's map controllers fill one from
// the store; tests fill one directly. GUI thread.
class MarkerList : public MarkerSource {
    Q_OBJECT

public:
    explicit MarkerList(QObject* parent = nullptr);

    Snapshot markers() const override { return m_markers; }
    // Replaces the snapshot and emits markersChanged().
    void setMarkers(std::vector<MapMarker> markers);
    int count() const { return static_cast<int>(m_markers->size()); }

private:
    Snapshot m_markers;
};

} // namespace ioc
