// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/maplayer.h"
#include "geo/tileid.h"

#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace ioc {

class TileLoader;

// A raster basemap: tiles from an MBTiles file, a {z}/{x}/{y} folder or an XYZ URL template (see
// makeTileSource), drawn as one textured quad per visible tile. It shows the integer zoom nearest to
// the map's (clamped to the source's zoom range; above the source's maximum the deepest tiles are
// scaled up) and asks for visible tiles nearest to the centre first. While a tile loads, or where the
// source lacks it, the nearest loaded ancestor is drawn scaled in its place, so the map shows no holes.
// Errors (file missing or corrupt, server unreachable, undecodable tile) set `error`; the layer goes
// on drawing what it has. GUI thread; textures live and die on the render thread.
// The base is named with its namespace: Qt 6.4's type registrar does not resolve it otherwise.
class TileLayer : public ioc::MapLayer {
    Q_OBJECT
    QML_ELEMENT
    // "…/file.mbtiles", ":/…/file.mbtiles", a folder, or "https://…/{z}/{x}/{y}.png".
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // XYZ only: serve only what the disk cache holds.
    Q_PROPERTY(bool offline READ isOffline WRITE setOffline NOTIFY offlineChanged)
    // XYZ only: the disk cache folder (empty: the application's cache location).
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory WRITE setCacheDirectory NOTIFY cacheDirectoryChanged)
    // From the source's metadata (MBTiles `attribution`), for the map's credit line.
    Q_PROPERTY(QString attribution READ attribution NOTIFY sourceInfoChanged)
    Q_PROPERTY(int sourceMinimumZoom READ sourceMinimumZoom NOTIFY sourceInfoChanged)
    Q_PROPERTY(int sourceMaximumZoom READ sourceMaximumZoom NOTIFY sourceInfoChanged)
    // The integer zoom of the tiles shown now.
    Q_PROPERTY(int tileZoom READ tileZoom NOTIFY tileZoomChanged)

public:
    explicit TileLayer(QQuickItem* parent = nullptr);
    ~TileLayer() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    bool isOffline() const { return m_offline; }
    void setOffline(bool offline);
    QString cacheDirectory() const { return m_cacheDirectory; }
    void setCacheDirectory(const QString& directory);
    QString attribution() const { return m_attribution; }
    int sourceMinimumZoom() const { return m_sourceMinZoom; }
    int sourceMaximumZoom() const { return m_sourceMaxZoom; }
    int tileZoom() const { return m_tileZoom; }

    TileLoader* loader() const { return m_loader; }
    // The integer tile zoom for a map zoom, within the source's range.
    int tileZoomFor(double mapZoom) const;

Q_SIGNALS:
    void sourceChanged();
    void offlineChanged();
    void cacheDirectoryChanged();
    void sourceInfoChanged();
    void tileZoomChanged();

protected:
    void componentComplete() override;
    void viewportChanged() override;
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void releaseResources() override;

private:
    void scheduleReload();
    void reload();
    void requestVisible();
    void updateReady();

    QString m_source;
    bool m_offline = false;
    QString m_cacheDirectory;
    QString m_attribution;
    int m_sourceMinZoom = 0;
    int m_sourceMaxZoom = 19;
    int m_tileZoom = -1;
    bool m_reloadPending = false;
    bool m_clearTextures = false;
    TileLoader* m_loader = nullptr;
    QSet<TileId> m_evicted; // textures to release at the next sync
};

} // namespace ioc
