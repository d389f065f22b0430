// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/maplayer.h"
#include "geo/markeratlas.h"
#include "geo/markerindex.h"
#include "geo/markersource.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace ioc {

// Markers from a MarkerSource drawn as ONE scene-graph geometry node of textured quads from an atlas
// (MarkerAtlas): an icon per kind, colour and shape by state, clusters with their count and the
// colour of their worst member, an animated ring around pulsing markers. The source's snapshot is
// indexed on a worker thread (MarkerIndex); the quads are rebuilt for what the viewport shows.
// A click on a cluster zooms the map to where it splits; a click on a marker emits markerClicked.
// A press on a marker or cluster is the layer's; a press elsewhere goes on to the map. GUI thread.
// The base is named with its namespace: Qt 6.4's type registrar does not resolve it otherwise.
class MarkerLayer : public ioc::MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ioc::MarkerSource* source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(bool clustering READ clustering WRITE setClustering NOTIFY clusteringChanged)
    // Cluster radius in logical pixels at each integer zoom.
    Q_PROPERTY(double clusterRadius READ clusterRadius WRITE setClusterRadius NOTIFY clusterRadiusChanged)
    // Icon size in logical pixels (clusters are 1.2 to 2 times it).
    Q_PROPERTY(int iconSize READ iconSize WRITE setIconSize NOTIFY iconSizeChanged)
    // Four colours: normal, notice, warning, critical (defaults: Okabe–Ito blue, yellow, orange, vermilion).
    Q_PROPERTY(QVariantList stateColors READ stateColors WRITE setStateColors NOTIFY stateColorsChanged)
    // The icon names of the built-in kinds, in MapMarker::Kind order (for legends).
    Q_PROPERTY(QStringList kindNames READ kindNames CONSTANT)
    // Markers inside the viewport (exact, clusters' members counted one by one).
    Q_PROPERTY(int visibleCount READ visibleCount NOTIFY countsChanged)
    // Clusters and single markers whose position lies inside the viewport.
    Q_PROPERTY(int shownItemCount READ shownItemCount NOTIFY countsChanged)

public:
    explicit MarkerLayer(QQuickItem* parent = nullptr);
    ~MarkerLayer() override;

    MarkerSource* source() const { return m_source; }
    void setSource(MarkerSource* source);
    bool clustering() const { return m_options.clustering; }
    void setClustering(bool clustering);
    double clusterRadius() const { return m_options.radiusPixels; }
    void setClusterRadius(double radius);
    int iconSize() const { return m_iconSize; }
    void setIconSize(int size);
    QVariantList stateColors() const;
    void setStateColors(const QVariantList& colors);
    QStringList kindNames() const;
    int visibleCount() const;
    int shownItemCount() const;

    // The index the layer draws from (null until the first build is done). For tests and tools.
    std::shared_ptr<const MarkerIndex> index() const { return m_index; }
    // What is under a point of the layer: {id, kind, state, badge, world} for a marker,
    // {cluster, count, state, expansionZoom, world} for a cluster, an empty map for nothing.
    Q_INVOKABLE QVariantMap pick(QPointF screen) const;

Q_SIGNALS:
    void sourceChanged();
    void clusteringChanged();
    void clusterRadiusChanged();
    void iconSizeChanged();
    void stateColorsChanged();
    void countsChanged();
    void markerClicked(quint64 id);
    void clusterClicked(quint64 clusterId, int count, int expansionZoom);
    // The source's markers were indexed (the counts and the drawing follow).
    void indexed();

protected:
    void viewportChanged() override;
    void updatePolish() override;
    QSGNode* updatePaintNode(QSGNode* old, UpdatePaintNodeData* data) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void itemChange(ItemChange change, const ItemChangeData& data) override;

private:
    struct Built;
    void rebuildIndex();
    void indexReady();
    void refreshItems() const;
    std::optional<MarkerIndex::Item> hit(QPointF screen) const;
    double drawnRadius(const MarkerIndex::Item& item) const;

    QPointer<MarkerSource> m_source;
    MarkerIndex::Options m_options;
    int m_iconSize = 28;
    std::array<QColor, 4> m_colors;
    std::shared_ptr<const MarkerIndex> m_index;
    QFutureWatcher<std::shared_ptr<Built>>* m_watcher = nullptr;
    bool m_buildAgain = false;

    // What the viewport shows (refreshed lazily when the viewport or the index changed).
    mutable std::vector<MarkerIndex::Item> m_items;
    mutable int m_visibleCount = 0;
    mutable int m_shownItemCount = 0;
    mutable bool m_itemsDirty = true;
    mutable bool m_anyPulse = false;
    MapViewport m_itemsViewport;

    MarkerAtlas m_atlas;
    qreal m_atlasRatio = 0;
    bool m_atlasDirty = true;
    int m_atlasGeneration = 0;
    QElapsedTimer m_clock;
    QTimer m_pulseTimer;
    QPointF m_pressPos;
    std::optional<MarkerIndex::Item> m_pressed;
};

} // namespace ioc
