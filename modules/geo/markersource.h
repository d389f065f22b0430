// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/mapmarker.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace ioc {

// Where a marker or heat layer reads its points from, so that the map knows no store. A source hands
// out immutable snapshots: a layer may index one on a worker thread while the source already holds
// the next. GUI thread (the object); the snapshots themselves may be read from any thread.
class MarkerSource : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MarkerSource is provided by C++ controllers")

public:
    using Snapshot = std::shared_ptr<const std::vector<MapMarker>>;

    explicit MarkerSource(QObject* parent = nullptr);
    ~MarkerSource() override;

    // The current markers; never null (an empty vector when there are none).
    virtual Snapshot markers() const = 0;

Q_SIGNALS:
    // The whole snapshot was replaced (moved units included): layers re-read markers().
    void markersChanged();
};

} // namespace ioc
