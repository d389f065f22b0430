// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/maplayer.h"
#include "geo/markersource.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QTimer>

namespace ioc {

// The density of a MarkerSource's points (cases over a period, say: the controller filters the
// period) as a semi-transparent image over the map, from transparent through yellow to red. The
// density is a Gaussian kernel estimate on a grid of a few screen pixels per cell over the visible
// region at the current zoom, computed on a worker thread when the data changes or the viewport has
// settled; meanwhile the last grid is drawn moved and scaled with the map. The item's own `opacity`
// fades the whole layer. GUI thread.
// The base is named with its namespace: Qt 6.4's type registrar does not resolve it otherwise.
class HeatLayer : public ioc::MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ioc::MarkerSource* source READ source WRITE setSource NOTIFY sourceChanged)
    // Kernel radius in logical pixels (about two standard deviations of the Gaussian).
    Q_PROPERTY(double radius READ radius WRITE setRadius NOTIFY radiusChanged)

public:
    explicit HeatLayer(QQuickItem* parent = nullptr);
    ~HeatLayer() override;

    MarkerSource* source() const { return m_source; }
    void setSource(MarkerSource* source);
    double radius() const { return m_radius; }
    void setRadius(double radius);

    // Where the densest cell of the current grid lies on screen (item coordinates); (-1, -1) when
    // there is no density. For tests and tools.
    Q_INVOKABLE QPointF hottestPoint() const;

    // One computed grid: the coloured image and the world rectangle it covers.
    struct Grid {
        QImage image;
        QRectF world;
        QPointF hottestWorld{-1, -1};
        double maximum = 0; // the largest density (points per cell, smoothed)
        int points = 0;     // points that fell on the grid
    };
    // Computes the grid for a viewport (any thread): exposed for tests and benchmarks.
    static Grid compute(const std::vector<MapMarker>& points, const MapViewport& view, double radiusPixels);

Q_SIGNALS:
    void sourceChanged();
    void radiusChanged();
    // A new grid is shown.
    void computed();

protected:
    void viewportChanged() override;
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData* data) override;

private:
    void recompute();
    void gridReady();

    QPointer<MarkerSource> m_source;
    double m_radius = 24.0;
    Grid m_grid;
    bool m_gridChanged = false;
    QTimer m_settle;
    QFutureWatcher<Grid>* m_watcher = nullptr;
    bool m_computeAgain = false;
};

} // namespace ioc
