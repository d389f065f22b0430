// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/tilelayer.h"

#include "geo/logcategories.h"
#include "geo/mapview.h"
#include "geo/tileloader.h"
#include "geo/tilesource.h"
#include "geo/webmercator.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGNode>
#include <QSGTexture>

#include <algorithm>
#include <cmath>

namespace ioc {

namespace {

// The layer's scene-graph root: owns the tile textures (render thread), one child image node per quad.
class TileRootNode : public QSGNode {
public:
    ~TileRootNode() override { qDeleteAll(textures); }
    QHash<TileId, QSGTexture*> textures;
};

struct Quad {
    TileId texture;
    QRectF sourceRect; // in the texture's pixels
    QRectF targetRect; // in item pixels
};

// Screen rectangle of a tile, edges rounded to whole pixels so that neighbours meet without seams.
QRectF tileRect(const MapViewport& viewport, const TileId& tile)
{
    const QPointF topLeft = viewport.worldToScreen(webmercator::tileTopLeft(tile));
    const double span = webmercator::tileSpan(tile.z) * viewport.scale();
    const double x0 = std::round(topLeft.x());
    const double y0 = std::round(topLeft.y());
    const double x1 = std::round(topLeft.x() + span);
    const double y1 = std::round(topLeft.y() + span);
    return QRectF(x0, y0, x1 - x0, y1 - y0);
}

} // namespace

TileLayer::TileLayer(QQuickItem* parent)
    : MapLayer(parent)
    , m_loader(new TileLoader(this))
{
    connect(m_loader, &TileLoader::tileReady, this, [this] {
        update();
        updateReady();
    });
    connect(m_loader, &TileLoader::tileMissing, this, [this] {
        requestVisible(); // its ancestors may be needed now
        update();
        updateReady();
    });
    connect(m_loader, &TileLoader::tileFailed, this, [this](const TileId&, const QString& reason) {
        setError(tr("Some map tiles could not be loaded from %1: %2").arg(m_source, reason));
        requestVisible();
        update();
        updateReady();
    });
    connect(m_loader, &TileLoader::tileEvicted, this, [this](const TileId& tile) { m_evicted.insert(tile); });
}

TileLayer::~TileLayer() = default;

void TileLayer::setSource(const QString& source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    scheduleReload();
}

void TileLayer::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged();
    scheduleReload();
}

void TileLayer::setCacheDirectory(const QString& directory)
{
    if (directory == m_cacheDirectory)
        return;
    m_cacheDirectory = directory;
    Q_EMIT cacheDirectoryChanged();
    scheduleReload();
}

void TileLayer::componentComplete()
{
    MapLayer::componentComplete();
    scheduleReload();
}

void TileLayer::scheduleReload()
{
    if (m_reloadPending || !isComponentComplete())
        return;
    m_reloadPending = true;
    // Coalesces the properties set one after another (source, offline, cache folder) into one opening.
    QMetaObject::invokeMethod(this, [this] { reload(); }, Qt::QueuedConnection);
}

void TileLayer::reload()
{
    m_reloadPending = false;
    setReady(false);
    m_clearTextures = true;
    m_evicted.clear();
    if (m_source.isEmpty()) {
        m_loader->setSource(nullptr);
        setError(QString());
        update();
        return;
    }
    TileSourceOptions options;
    options.offline = m_offline;
    options.cacheDirectory = m_cacheDirectory;
    std::unique_ptr<TileSource> source = makeTileSource(m_source, options);
    const TileSourceInfo info = source->info();
    if (!source->isValid())
        setError(tr("Cannot open the map tiles %1: %2").arg(m_source, source->errorString()));
    else
        setError(QString());
    m_loader->setSource(std::move(source));
    m_attribution = info.attribution;
    m_sourceMinZoom = info.minimumZoom;
    m_sourceMaxZoom = std::max(info.minimumZoom, info.maximumZoom);
    Q_EMIT sourceInfoChanged();
    requestVisible();
    update();
}

int TileLayer::tileZoomFor(double mapZoom) const
{
    const int z = static_cast<int>(std::lround(mapZoom));
    return std::clamp(z, m_sourceMinZoom, m_sourceMaxZoom);
}

void TileLayer::viewportChanged()
{
    requestVisible();
    update();
}

void TileLayer::requestVisible()
{
    const MapViewport vp = viewport();
    TileSource* source = m_loader->source();
    if (!source || !source->isValid() || vp.size().isEmpty())
        return;
    const int z = tileZoomFor(vp.zoom());
    if (z != m_tileZoom) {
        m_tileZoom = z;
        Q_EMIT tileZoomChanged();
    }
    QSet<TileId> keep;
    const QList<TileId> tiles = vp.visibleTiles(z);
    for (const TileId& tile : tiles) {
        keep.insert(tile);
        const TileLoader::State state = m_loader->state(tile);
        if (state == TileLoader::State::Ready) {
            m_loader->image(tile); // keeps it recent in the cache
            continue;
        }
        m_loader->request(tile);
        if (state != TileLoader::State::Missing && state != TileLoader::State::Failed)
            continue;
        // The source lacks it: the nearest ancestor it has takes its place, so ask for that.
        for (TileId up = tile.parent(); up.isValid() && up.z >= m_sourceMinZoom; up = up.parent()) {
            keep.insert(up);
            const TileLoader::State s = m_loader->state(up);
            if (s == TileLoader::State::Ready || s == TileLoader::State::Loading)
                break;
            if (s == TileLoader::State::Unknown) {
                m_loader->request(up);
                break;
            }
        }
    }
    m_loader->cancelExcept(keep);
    updateReady();
}

void TileLayer::updateReady()
{
    TileSource* source = m_loader->source();
    setReady(source && source->isValid() && m_loader->loadingCount() == 0);
}

QSGNode* TileLayer::updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData*)
{
    auto* root = static_cast<TileRootNode*>(oldNode);
    if (!root)
        root = new TileRootNode;
    if (m_clearTextures) {
        qDeleteAll(root->textures);
        root->textures.clear();
        m_clearTextures = false;
    }
    for (const TileId& tile : std::as_const(m_evicted))
        delete root->textures.take(tile);
    m_evicted.clear();

    // What to draw: each visible tile, or the sub-rectangle of its nearest loaded ancestor.
    QList<Quad> quads;
    const MapViewport vp = viewport();
    TileSource* source = m_loader->source();
    if (source && source->isValid() && !vp.size().isEmpty() && window()) {
        const int z = tileZoomFor(vp.zoom());
        for (const TileId& tile : vp.visibleTiles(z)) {
            const QRectF target = tileRect(vp, tile);
            TileId use = tile;
            while (use.isValid() && m_loader->state(use) != TileLoader::State::Ready)
                use = use.parent();
            if (!use.isValid())
                continue;
            const QImage image = m_loader->peek(use);
            const int levels = tile.z - use.z;
            const double part = image.width() / double(1 << levels);
            const QRectF sourceRect((tile.x - (use.x << levels)) * part, (tile.y - (use.y << levels)) * part,
                                    part, image.height() / double(1 << levels));
            QSGTexture*& texture = root->textures[use];
            if (!texture) {
                texture = window()->createTextureFromImage(image);
                texture->setFiltering(QSGTexture::Linear);
            }
            quads.append(Quad{use, sourceRect, target});
        }
    }

    // Reuse the child nodes in order; drop the rest.
    QSGNode* child = root->firstChild();
    for (const Quad& quad : std::as_const(quads)) {
        auto* node = static_cast<QSGImageNode*>(child);
        const bool fresh = !node;
        if (fresh) {
            node = window()->createImageNode();
            node->setOwnsTexture(false);
            node->setFiltering(QSGTexture::Linear);
        } else {
            child = child->nextSibling();
        }
        node->setTexture(root->textures.value(quad.texture));
        node->setSourceRect(quad.sourceRect);
        node->setRect(quad.targetRect);
        if (fresh) // only with its texture set: the software renderer reads it when the node is added
            root->appendChildNode(node);
    }
    while (child) {
        QSGNode* next = child->nextSibling();
        root->removeChildNode(child);
        delete child;
        child = next;
    }
    return root;
}

void TileLayer::releaseResources()
{
    // The window goes (or the item leaves it): its textures go with the old node.
    m_clearTextures = true;
}

} // namespace ioc
