// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/markerlayer.h"

#include "geo/logcategories.h"
#include "geo/mapview.h"
#include "geo/webmercator.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGTextureMaterial>
#include <QStyleHints>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace ioc {

namespace {

constexpr int kPulsePeriodMs = 1600;

// The layer's one node: the quads, their material and the atlas texture it owns.
class MarkerNode : public QSGGeometryNode {
public:
    MarkerNode()
        : m_geometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0, 0, QSGGeometry::UnsignedIntType)
    {
        m_geometry.setDrawingMode(QSGGeometry::DrawTriangles);
        setGeometry(&m_geometry);
        m_material.setFiltering(QSGTexture::Linear);
        m_opaque.setFiltering(QSGTexture::Linear);
        setMaterial(&m_material);

    }

    void setTexture(QSGTexture* texture)
    {
        m_texture.reset(texture);
        m_material.setTexture(texture);
        m_opaque.setTexture(texture);
        markDirty(DirtyMaterial);
    }
    QSGTexture* texture() const { return m_texture.get(); }
    QSGGeometry& geometryData() { return m_geometry; }
    int atlasGeneration = -1;

private:
    QSGGeometry m_geometry;
    QSGTextureMaterial m_material;
    QSGOpaqueTextureMaterial m_opaque;
    std::unique_ptr<QSGTexture> m_texture;
};

// Quads in item coordinates and their texture rectangles, then into the geometry.
struct QuadWriter {
    std::vector<QSGGeometry::TexturedPoint2D> vertices;

    void quad(QPointF centre, double width, double height, const QRectF& tex)
    {
        if (tex.isEmpty())
            return;
        const float x0 = float(centre.x() - width / 2), x1 = float(centre.x() + width / 2);
        const float y0 = float(centre.y() - height / 2), y1 = float(centre.y() + height / 2);
        QSGGeometry::TexturedPoint2D v[4];
        v[0].set(x0, y0, float(tex.left()), float(tex.top()));
        v[1].set(x1, y0, float(tex.right()), float(tex.top()));
        v[2].set(x0, y1, float(tex.left()), float(tex.bottom()));
        v[3].set(x1, y1, float(tex.right()), float(tex.bottom()));
        vertices.insert(vertices.end(), v, v + 4);
    }

    // Text centred on `centre`, `height` high, shrunk to fit `maxWidth`.
    void text(const MarkerAtlas& atlas, const QString& s, QPointF centre, double height, double maxWidth, bool dark)
    {
        double width = 0;
        for (const QChar c : s)
            width += atlas.glyph(c, dark).aspect * height;
        if (width > maxWidth && width > 0) {
            height *= maxWidth / width;
            width = maxWidth;
        }
        double x = centre.x() - width / 2;
        for (const QChar c : s) {
            const MarkerAtlas::Glyph g = atlas.glyph(c, dark);
            const double w = g.aspect * height;
            quad(QPointF(x + w / 2, centre.y()), w, height, g.rect);
            x += w;
        }
    }
};

QString countText(quint32 count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 1000000)
        return QString::number(count / 1000) + QLatin1Char('k');
    return QString::number(count / 1000000) + QLatin1Char('M');
}

} // namespace

struct MarkerLayer::Built {
    std::shared_ptr<const MarkerIndex> index;
    int unknownKinds = 0;
};

MarkerLayer::MarkerLayer(QQuickItem* parent)
    : MapLayer(parent)
    , m_colors{QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42), QColor(0xE6, 0x9F, 0x00), QColor(0xD5, 0x5E, 0x00)}
{
    setAcceptedMouseButtons(Qt::LeftButton);
    m_clock.start();
    m_pulseTimer.setInterval(33);
    connect(&m_pulseTimer, &QTimer::timeout, this, [this] { update(); });
    rebuildIndex();
}

MarkerLayer::~MarkerLayer()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void MarkerLayer::setSource(MarkerSource* source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &MarkerSource::markersChanged, this, &MarkerLayer::rebuildIndex);
        connect(m_source, &QObject::destroyed, this, &MarkerLayer::rebuildIndex);
    }
    rebuildIndex();
    Q_EMIT sourceChanged();
}

void MarkerLayer::setClustering(bool clustering)
{
    if (clustering == m_options.clustering)
        return;
    m_options.clustering = clustering;
    rebuildIndex();
    Q_EMIT clusteringChanged();
}

void MarkerLayer::setClusterRadius(double radius)
{
    radius = std::clamp(radius, 1.0, 1000.0);
    if (qFuzzyCompare(radius, m_options.radiusPixels))
        return;
    m_options.radiusPixels = radius;
    rebuildIndex();
    Q_EMIT clusterRadiusChanged();
}

void MarkerLayer::setIconSize(int size)
{
    size = std::clamp(size, 8, 128);
    if (size == m_iconSize)
        return;
    m_iconSize = size;
    m_atlasDirty = true;
    m_itemsDirty = true;
    polish();
    update();
    Q_EMIT iconSizeChanged();
}

QVariantList MarkerLayer::stateColors() const
{
    QVariantList out;
    for (const QColor& c : m_colors)
        out.append(c);
    return out;
}

void MarkerLayer::setStateColors(const QVariantList& colors)
{
    std::array<QColor, 4> parsed;
    bool ok = colors.size() == 4;
    for (qsizetype i = 0; ok && i < 4; ++i) {
        parsed[static_cast<size_t>(i)] = colors.at(i).value<QColor>();
        ok = parsed[static_cast<size_t>(i)].isValid();
    }
    if (!ok) {
        setError(tr("stateColors needs four colours (normal, notice, warning, critical); the defaults stay"));
        return;
    }
    if (parsed == m_colors)
        return;
    m_colors = parsed;
    m_atlasDirty = true;
    polish();
    update();
    Q_EMIT stateColorsChanged();
}

QStringList MarkerLayer::kindNames() const
{
    return {QStringLiteral("report"), QStringLiteral("camera"), QStringLiteral("gauge"),
            QStringLiteral("water-station"), QStringLiteral("flood-tower"), QStringLiteral("patrol-unit"),
            QStringLiteral("sos"), QStringLiteral("facility")};
}

int MarkerLayer::visibleCount() const
{
    refreshItems();
    return m_visibleCount;
}

int MarkerLayer::shownItemCount() const
{
    refreshItems();
    return m_shownItemCount;
}

void MarkerLayer::rebuildIndex()
{
    if (m_watcher && m_watcher->isRunning()) {
        m_buildAgain = true; // the newest snapshot is indexed when this build is done
        return;
    }
    m_buildAgain = false;
    setReady(false); // until the index of the newest snapshot is in place
    if (!m_watcher) {
        m_watcher = new QFutureWatcher<std::shared_ptr<Built>>(this);
        connect(m_watcher, &QFutureWatcherBase::finished, this, &MarkerLayer::indexReady);
    }
    MarkerIndex::Snapshot snapshot = m_source ? m_source->markers() : nullptr;
    const MarkerIndex::Options options = m_options;
    m_watcher->setFuture(QtConcurrent::run([snapshot, options] {
        auto built = std::make_shared<Built>();
        built->index = MarkerIndex::build(snapshot, options);
        for (const MapMarker& m : *built->index->markers())
            built->unknownKinds += m.kind >= MapMarker::KindCount ? 1 : 0;
        return built;
    }));
}

void MarkerLayer::indexReady()
{
    const std::shared_ptr<Built> built = m_watcher->result();
    if (m_buildAgain) {
        rebuildIndex();
        if (!m_index) // nothing shown yet: show this one meanwhile
            m_index = built->index;
        else
            return;
    } else {
        m_index = built->index;
    }
    QStringList problems;
    if (built->unknownKinds > 0)
        problems << tr("%n marker(s) of an unknown kind are drawn as dots", nullptr, built->unknownKinds);
    if (m_index->invalidCount() > 0)
        problems << tr("%n marker(s) without a valid position are not shown", nullptr, m_index->invalidCount());
    setError(problems.join(QStringLiteral("; ")));
    m_itemsDirty = true;
    refreshItems();
    setReady(!m_buildAgain && !(m_watcher && m_watcher->isRunning()));
    polish();
    update();
    Q_EMIT indexed();
}

void MarkerLayer::viewportChanged()
{
    m_itemsDirty = true;
    polish();
    update();
}

double MarkerLayer::drawnRadius(const MarkerIndex::Item& item) const
{
    if (!item.isCluster())
        return m_iconSize / 2.0;
    const double f = std::min(1.0, std::log10(double(item.count)) / 3.0);
    return m_iconSize * (1.2 + 0.8 * f) / 2.0;
}

void MarkerLayer::refreshItems() const
{
    const MapViewport view = viewport();
    if (!m_itemsDirty && view == m_itemsViewport)
        return;
    auto* self = const_cast<MarkerLayer*>(this);
    self->m_itemsViewport = view;
    m_itemsDirty = false;
    const int oldVisible = m_visibleCount;
    const int oldShown = m_shownItemCount;
    m_items.clear();
    m_visibleCount = 0;
    m_shownItemCount = 0;
    m_anyPulse = false;
    if (m_index && !view.size().isEmpty()) {
        const QRectF visible = view.visibleWorld();
        // Items just outside still reach into the view with their icon (and pulse ring).
        const double margin = 2.5 * m_iconSize / view.scale();
        m_index->forEachItem(visible.adjusted(-margin, -margin, margin, margin), view.zoom(),
                             [&](const MarkerIndex::Item& item) {
                                 m_items.push_back(item);
                                 const QPointF p = item.world;
                                 if (p.x() >= visible.left() && p.x() <= visible.right() && p.y() >= visible.top()
                                     && p.y() <= visible.bottom())
                                     ++m_shownItemCount;
                                 m_anyPulse = m_anyPulse || item.pulse;
                             });
        m_visibleCount = m_index->countInside(visible);
        // Worse states on top; among equals, lower on the screen on top.
        std::sort(m_items.begin(), m_items.end(), [](const MarkerIndex::Item& a, const MarkerIndex::Item& b) {
            if (a.worstState != b.worstState)
                return a.worstState < b.worstState;
            return a.world.y() < b.world.y();
        });
    }
    if (m_anyPulse && !m_pulseTimer.isActive())
        self->m_pulseTimer.start();
    else if (!m_anyPulse && m_pulseTimer.isActive())
        self->m_pulseTimer.stop();
    if (oldVisible != m_visibleCount || oldShown != m_shownItemCount)
        Q_EMIT self->countsChanged();
}

void MarkerLayer::updatePolish()
{
    refreshItems();
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    if (m_atlasDirty || !qFuzzyCompare(ratio, m_atlasRatio)) {
        m_atlas = MarkerAtlas::render(int(std::ceil(m_iconSize * ratio)), m_colors);
        m_atlasRatio = ratio;
        m_atlasDirty = false;
        static int generation = 0;
        m_atlasGeneration = ++generation;
    }
}

QSGNode* MarkerLayer::updatePaintNode(QSGNode* old, UpdatePaintNodeData*)
{
    if (m_atlas.image().isNull() || !window())
        return old; // polished before the first frame; nothing to draw yet
    auto* node = static_cast<MarkerNode*>(old);
    if (!node)
        node = new MarkerNode;
    if (node->atlasGeneration != m_atlasGeneration) {
        node->setTexture(window()->createTextureFromImage(m_atlas.image(), QQuickWindow::TextureHasAlphaChannel));
        node->atlasGeneration = m_atlasGeneration;
    }

    const MapViewport view = m_itemsViewport;
    const double phase = double(m_clock.elapsed() % kPulsePeriodMs) / kPulsePeriodMs;
    const int frame = std::min(MarkerAtlas::kPulseFrames - 1, int(phase * MarkerAtlas::kPulseFrames));
    // Both branches lvalues: with a temporary in one branch the conditional is a prvalue and binding
    // it copied the whole snapshot (every marker) once a frame.
    static const std::vector<MapMarker> kNoMarkers;
    const std::vector<MapMarker>& markers = m_index ? *m_index->markers() : kNoMarkers;
    QuadWriter out;
    out.vertices.reserve(m_items.size() * 8);
    const double s = m_iconSize;
    for (const MarkerIndex::Item& item : m_items) {
        const QPointF c = view.worldToScreen(item.world);
        if (item.isCluster()) {
            const double size = 2 * drawnRadius(item);
            if (item.pulse) {
                const double ring = size * (1.0 + 0.8 * phase);
                out.quad(c, ring, ring, m_atlas.pulse(frame));
            }
            out.quad(c, size, size, m_atlas.cluster(item.worstState));
            out.text(m_atlas, countText(item.count), c, size * 0.4, size * 0.66, m_atlas.darkTextOn(item.worstState));
            continue;
        }
        const MapMarker& m = markers[static_cast<size_t>(item.markerIndex)];
        if (m.pulse) {
            const double ring = s * (1.2 + 1.6 * phase);
            out.quad(c, ring, ring, m_atlas.pulse(frame));
        }
        out.quad(c, s, s, m_atlas.icon(m.kind, m.state));
        if (m.badge > 0) {
            const QPointF b = c + QPointF(0.4 * s, -0.4 * s);
            const double bs = 0.6 * s;
            out.quad(b, bs, bs, m_atlas.badge());
            const QString text = m.badge > 99 ? QStringLiteral("99+") : QString::number(m.badge);
            out.text(m_atlas, text, b, bs * 0.55, bs * 0.8, false);
        }
    }

    const int quads = int(out.vertices.size() / 4);
    if (quads == 0) {
        // No node rather than an empty one: the batch renderer does not take up a node that was
        // added with no vertices once vertices arrive (seen on Qt 6.4).
        delete node;
        return nullptr;
    }
    QSGGeometry& geometry = node->geometryData();
    geometry.allocate(quads * 4, quads * 6);
    {
        std::copy(out.vertices.begin(), out.vertices.end(), geometry.vertexDataAsTexturedPoint2D());
        quint32* indices = geometry.indexDataAsUInt();
        for (int q = 0; q < quads; ++q) {
            const quint32 v = quint32(q) * 4;
            quint32* i = indices + q * 6;
            i[0] = v;
            i[1] = v + 1;
            i[2] = v + 2;
            i[3] = v + 2;
            i[4] = v + 1;
            i[5] = v + 3;
        }
    }
    node->markDirty(QSGNode::DirtyGeometry);
    return node;
}

std::optional<MarkerIndex::Item> MarkerLayer::hit(QPointF screen) const
{
    if (!m_index)
        return std::nullopt;
    const MapViewport view = viewport();
    if (view.size().isEmpty())
        return std::nullopt;
    const double radiusPx = m_iconSize; // the largest cluster's radius
    const auto item = m_index->nearest(view.screenToWorld(screen), radiusPx / view.scale(), view.zoom());
    if (!item)
        return std::nullopt;
    const QPointF at = view.worldToScreen(item->world);
    if (std::hypot(at.x() - screen.x(), at.y() - screen.y()) > drawnRadius(*item))
        return std::nullopt;
    return item;
}

QVariantMap MarkerLayer::pick(QPointF screen) const
{
    const auto item = hit(screen);
    if (!item)
        return {};
    QVariantMap out;
    out.insert(QStringLiteral("world"), item->world);
    out.insert(QStringLiteral("state"), int(item->worstState));
    if (item->isCluster()) {
        out.insert(QStringLiteral("cluster"), item->id);
        out.insert(QStringLiteral("count"), int(item->count));
        out.insert(QStringLiteral("expansionZoom"), item->expansionZoom);
    } else {
        const MapMarker& m = (*m_index->markers())[static_cast<size_t>(item->markerIndex)];
        out.insert(QStringLiteral("id"), m.id);
        out.insert(QStringLiteral("kind"), int(m.kind));
        out.insert(QStringLiteral("badge"), int(m.badge));
    }
    return out;
}

void MarkerLayer::mousePressEvent(QMouseEvent* event)
{
    m_pressed = hit(event->position());
    if (!m_pressed) {
        event->ignore(); // not ours: the map pans
        return;
    }
    m_pressPos = event->position();
    event->accept();
}

void MarkerLayer::mouseReleaseEvent(QMouseEvent* event)
{
    const auto pressed = std::exchange(m_pressed, std::nullopt);
    if (!pressed)
        return;
    const QPointF moved = event->position() - m_pressPos;
    if (moved.manhattanLength() > QGuiApplication::styleHints()->startDragDistance())
        return;
    if (!pressed->isCluster()) {
        Q_EMIT markerClicked(pressed->id);
        return;
    }
    if (MapView* view = map())
        view->setViewport(MapViewport(pressed->world, pressed->expansionZoom, viewport().size()));
    Q_EMIT clusterClicked(pressed->id, int(pressed->count), pressed->expansionZoom);
}

void MarkerLayer::itemChange(ItemChange change, const ItemChangeData& data)
{
    MapLayer::itemChange(change, data);
    if (change == ItemDevicePixelRatioHasChanged || change == ItemSceneChange) {
        polish();
        update();
    }
}

} // namespace ioc
