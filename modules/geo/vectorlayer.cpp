// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/vectorlayer.h"

#include "geo/geojsonreader.h"
#include "geo/internal/vectorlabels.h"
#include "geo/internal/vectormesh.h"
#include "geo/logcategories.h"
#include "geo/mapview.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGTextureMaterial>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ioc {

using internal::VectorMesh;

struct VectorLayer::Loaded {
    std::shared_ptr<const VectorData> data;
    std::shared_ptr<const VectorMesh> mesh;
};

namespace {

// The layer's nodes. Children are in the tree only while they have something to draw; the root owns
// them either way. Render thread.
class VectorRootNode : public QSGNode {
public:
    VectorRootNode()
    {
        transform = new QSGTransformNode;
        appendChildNode(transform);

        fill = new QSGGeometryNode;
        fill->setGeometry(new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0,
                                          QSGGeometry::UnsignedIntType));
        fill->geometry()->setDrawingMode(QSGGeometry::DrawTriangles);
        fill->setMaterial(new QSGVertexColorMaterial);
        fill->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);

        stroke = new QSGGeometryNode;
        stroke->setGeometry(new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0));
        stroke->geometry()->setDrawingMode(QSGGeometry::DrawTriangles);
        stroke->setMaterial(new QSGFlatColorMaterial);
        stroke->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);

        labels = new QSGGeometryNode;
        labels->setGeometry(new QSGGeometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0));
        labels->geometry()->setDrawingMode(QSGGeometry::DrawTriangles);
        auto* material = new QSGTextureMaterial;
        material->setFiltering(QSGTexture::Linear);
        labels->setMaterial(material);
        labels->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
    }

    ~VectorRootNode() override
    {
        for (QSGNode* node : {static_cast<QSGNode*>(fill), static_cast<QSGNode*>(stroke)}) {
            if (!node->parent())
                delete node;
        }
        if (!labels->parent())
            delete labels;
        delete texture;
    }

    static void show(QSGNode* parent, QSGNode* node, bool visible)
    {
        if (visible && !node->parent())
            parent->appendChildNode(node);
        else if (!visible && node->parent())
            parent->removeChildNode(node);
    }

    QSGTransformNode* transform = nullptr;
    QSGGeometryNode* fill = nullptr;
    QSGGeometryNode* stroke = nullptr;
    QSGGeometryNode* labels = nullptr;
    QSGTexture* texture = nullptr;
    double strokeZoom = -1.0;
};

QColor toColor(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QColor>())
        return value.value<QColor>();
    return QColor(value.toString());
}

void setPremultiplied(QSGGeometry::ColoredPoint2D& v, const QColor& c)
{
    const float a = static_cast<float>(c.alphaF());
    v.r = static_cast<uchar>(std::lround(c.red() * a));
    v.g = static_cast<uchar>(std::lround(c.green() * a));
    v.b = static_cast<uchar>(std::lround(c.blue() * a));
    v.a = static_cast<uchar>(c.alpha());
}

void setQuad(QSGGeometry::Point2D* v, float ax, float ay, float bx, float by, float cx, float cy, float dx, float dy)
{
    // Two triangles a-b-c, c-b-d.
    v[0].set(ax, ay);
    v[1].set(bx, by);
    v[2].set(cx, cy);
    v[3].set(cx, cy);
    v[4].set(bx, by);
    v[5].set(dx, dy);
}

} // namespace

VectorLayer::VectorLayer(QQuickItem* parent)
    : MapLayer(parent)
{
}

VectorLayer::~VectorLayer() = default;

void VectorLayer::setSource(const QString& source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    load();
}

void VectorLayer::setFillColor(const QColor& color)
{
    if (color == m_fillColor)
        return;
    m_fillColor = color;
    Q_EMIT styleChanged();
    recomputeColors();
}

void VectorLayer::setStrokeColor(const QColor& color)
{
    if (color == m_strokeColor)
        return;
    m_strokeColor = color;
    m_strokeDirty = true;
    Q_EMIT styleChanged();
    update();
}

void VectorLayer::setStrokeWidth(double width)
{
    width = std::max(0.0, width);
    if (width == m_strokeWidth)
        return;
    m_strokeWidth = width;
    m_strokeDirty = true;
    Q_EMIT styleChanged();
    update();
}

void VectorLayer::setLabelProperty(const QString& name)
{
    if (name == m_labelProperty)
        return;
    m_labelProperty = name;
    Q_EMIT labelsChanged();
    renderLabels();
}

void VectorLayer::setLabelColor(const QColor& color)
{
    if (color == m_labelColor)
        return;
    m_labelColor = color;
    Q_EMIT labelsChanged();
    renderLabels();
}

void VectorLayer::setMinimumLabelZoom(double zoom)
{
    if (zoom == m_minimumLabelZoom)
        return;
    m_minimumLabelZoom = zoom;
    Q_EMIT labelsChanged();
    update();
}

void VectorLayer::setColorProperty(const QString& name)
{
    if (name == m_colorProperty)
        return;
    m_colorProperty = name;
    Q_EMIT styleChanged();
    recomputeColors();
}

void VectorLayer::setColorMap(const QVariantMap& map)
{
    if (map == m_colorMap)
        return;
    m_colorMap = map;
    Q_EMIT styleChanged();
    recomputeColors();
}

void VectorLayer::setKeyProperty(const QString& name)
{
    if (name == m_keyProperty)
        return;
    m_keyProperty = name;
    Q_EMIT styleChanged();
    recomputeColors();
}

void VectorLayer::setFeatureColors(const QVariantMap& colors)
{
    if (colors == m_featureColors)
        return;
    m_featureColors = colors;
    Q_EMIT featureColorsChanged();
    recomputeColors();
}

int VectorLayer::featureCount() const
{
    return m_data ? static_cast<int>(m_data->features.size()) : 0;
}

QGeoRectangle VectorLayer::bounds() const
{
    return m_data ? m_data->geoBounds() : QGeoRectangle();
}

const VectorData& VectorLayer::data() const
{
    static const VectorData empty;
    return m_data ? *m_data : empty;
}

QColor VectorLayer::featureFillColor(int index) const
{
    return index >= 0 && index < m_colors.size() ? m_colors[index] : QColor();
}

QString VectorLayer::keyOf(const VectorFeature& feature) const
{
    return m_keyProperty.isEmpty() ? feature.id.toString() : feature.properties.value(m_keyProperty).toString();
}

QColor VectorLayer::colorFor(const VectorFeature& feature) const
{
    if (!m_featureColors.isEmpty()) {
        const auto it = m_featureColors.constFind(keyOf(feature));
        if (it != m_featureColors.constEnd()) {
            const QColor c = toColor(*it);
            if (c.isValid())
                return c;
        }
    }
    if (!m_colorProperty.isEmpty() && !m_colorMap.isEmpty()) {
        const auto it = m_colorMap.constFind(feature.properties.value(m_colorProperty).toString());
        if (it != m_colorMap.constEnd()) {
            const QColor c = toColor(*it);
            if (c.isValid())
                return c;
        }
    }
    return m_fillColor;
}

void VectorLayer::recomputeColors()
{
    m_colors.clear();
    if (m_data) {
        m_colors.reserve(m_data->features.size());
        for (const VectorFeature& feature : m_data->features)
            m_colors.append(colorFor(feature));
    }
    m_colorsDirty = true;
    update();
}

void VectorLayer::load()
{
    const quint64 generation = ++m_loadGeneration;
    if (m_source.isEmpty()) {
        m_data.reset();
        m_mesh.reset();
        m_meshDirty = true;
        recomputeColors();
        renderLabels();
        setError(QString());
        setReady(false);
        if (m_loading) {
            m_loading = false;
            Q_EMIT loadingChanged();
        }
        Q_EMIT dataChanged();
        return;
    }
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    const QString source = m_source;
    auto* watcher = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        applyLoaded(watcher->result(), generation);
        watcher->deleteLater();
    });
    // Reading, checking and triangulating run on the global pool; the result comes back queued.
    watcher->setFuture(QtConcurrent::run([source] {
        auto loaded = std::make_shared<Loaded>();
        VectorData data = GeoJsonReader::readFile(source);
        if (data.isValid())
            loaded->mesh = internal::buildVectorMesh(data);
        loaded->data = std::make_shared<const VectorData>(std::move(data));
        return loaded;
    }));
}

void VectorLayer::applyLoaded(const std::shared_ptr<Loaded>& loaded, quint64 generation)
{
    if (generation != m_loadGeneration)
        return; // a newer source was set meanwhile
    ++m_loadCount;
    m_loading = false;
    Q_EMIT loadingChanged();
    if (!loaded->data->isValid()) {
        // Keep what was shown before.
        setError(tr("%1: %2").arg(m_source, loaded->data->error));
        return;
    }
    m_data = loaded->data;
    m_mesh = loaded->mesh;
    m_meshDirty = true;
    m_strokeDirty = true;
    const QStringList& problems = m_data->problems;
    if (problems.isEmpty()) {
        setError(QString());
    } else {
        const qsizetype shown = std::min<qsizetype>(problems.size(), 3);
        QString message = (problems.size() == 1 ? tr("%1: 1 feature left out: ").arg(m_source)
                                                : tr("%1: %2 features left out: ").arg(m_source).arg(problems.size()))
            + QStringList(problems.mid(0, shown)).join(QStringLiteral("; "));
        if (problems.size() > shown)
            message += tr("; and %1 more").arg(problems.size() - shown);
        setError(message);
    }
    qCDebug(lcGeo) << "vector layer" << m_source << m_data->features.size() << "features"
                   << m_mesh->fillIndices.size() / 3 << "triangles" << m_mesh->segments.size() << "segments";
    recomputeColors();
    renderLabels();
    setReady(true);
    Q_EMIT dataChanged();
    update();
}

void VectorLayer::renderLabels()
{
    const quint64 generation = ++m_labelGeneration;
    if (!m_data || m_labelProperty.isEmpty()) {
        m_labels.reset();
        m_labelsDirty = true;
        update();
        return;
    }
    QStringList texts;
    texts.reserve(m_data->features.size());
    for (const VectorFeature& feature : m_data->features)
        texts.append(feature.properties.value(m_labelProperty).toString());
    const QFont font = QGuiApplication::font();
    const QColor color = m_labelColor;
    const QColor halo = color.lightness() < 128 ? QColor(255, 255, 255, 220) : QColor(0, 0, 0, 200);
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : qApp->devicePixelRatio();
    auto* watcher = new QFutureWatcher<std::shared_ptr<const internal::LabelAtlas>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (generation == m_labelGeneration) {
            m_labels = watcher->result();
            m_labelsDirty = true;
            update();
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([texts, font, color, halo, dpr] {
        return std::make_shared<const internal::LabelAtlas>(internal::renderLabelAtlas(texts, font, color, halo, dpr));
    }));
}

void VectorLayer::itemChange(ItemChange change, const ItemChangeData& data)
{
    MapLayer::itemChange(change, data);
    if (change == ItemSceneChange && data.window && m_labels)
        renderLabels(); // the device pixel ratio may differ
    if (change == ItemSceneChange)
        m_meshDirty = m_strokeDirty = m_labelsDirty = true; // a new scene graph starts from nothing
}

QVariantMap VectorLayer::featureAt(QPointF screenPoint) const
{
    if (!m_data || !map())
        return {};
    const MapViewport vp = viewport();
    const QPointF p = vp.screenToWorld(screenPoint);
    const double tolerance = std::max(4.0, m_strokeWidth / 2 + 2) / vp.scale();
    const VectorFeature* nearest = nullptr;
    double nearestDistance = tolerance;
    for (const VectorFeature& f : m_data->features) {
        if (f.points.isEmpty() && f.lines.isEmpty())
            continue;
        if (!f.bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
            continue;
        for (QPointF q : f.points) {
            const double d = std::hypot(q.x() - p.x(), q.y() - p.y());
            if (d <= nearestDistance) {
                nearestDistance = d;
                nearest = &f;
            }
        }
        for (const auto& line : f.lines) {
            for (qsizetype i = 1; i < line.size(); ++i) {
                const double d = internal::distanceToSegment(p, line[i - 1], line[i]);
                if (d <= nearestDistance) {
                    nearestDistance = d;
                    nearest = &f;
                }
            }
        }
    }
    if (nearest)
        return nearest->properties;
    // Later features are drawn on top: the topmost polygon wins.
    for (auto it = m_data->features.crbegin(); it != m_data->features.crend(); ++it) {
        if (it->polygons.isEmpty() || !it->bounds.contains(p))
            continue;
        for (const VectorPolygon& polygon : it->polygons) {
            if (internal::polygonContains(polygon, p))
                return it->properties;
        }
    }
    return {};
}

QGeoRectangle VectorLayer::boundsOf(const QString& key) const
{
    if (!m_data)
        return {};
    QRectF world;
    bool found = false;
    for (const VectorFeature& f : m_data->features) {
        if (!f.hasGeometry() || keyOf(f) != key)
            continue;
        if (!found)
            world = f.bounds;
        else
            world = QRectF(QPointF(std::min(world.left(), f.bounds.left()), std::min(world.top(), f.bounds.top())),
                           QPointF(std::max(world.right(), f.bounds.right()),
                                   std::max(world.bottom(), f.bounds.bottom())));
        found = true;
    }
    return found ? worldRectToGeo(world) : QGeoRectangle();
}

QSGNode* VectorLayer::updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData*)
{
    auto* root = static_cast<VectorRootNode*>(oldNode);
    if (!root) {
        root = new VectorRootNode;
        m_meshDirty = m_strokeDirty = m_labelsDirty = true;
    }
    const MapViewport vp = viewport();
    const VectorMesh* mesh = m_mesh.get();
    if (!mesh || !map() || vp.size().isEmpty()) {
        VectorRootNode::show(root->transform, root->fill, false);
        VectorRootNode::show(root->transform, root->stroke, false);
        VectorRootNode::show(root, root->labels, false);
        return root;
    }

    // Local coordinates -> item: screen = (origin + local / kLocalScale - centre) * scale + size / 2.
    const double s = vp.scale() / VectorMesh::kLocalScale;
    const QPointF t = (mesh->origin - vp.centreWorld()) * vp.scale()
        + QPointF(vp.size().width() / 2, vp.size().height() / 2);
    QMatrix4x4 matrix;
    matrix.translate(static_cast<float>(t.x()), static_cast<float>(t.y()));
    matrix.scale(static_cast<float>(s), static_cast<float>(s));
    root->transform->setMatrix(matrix);

    if (m_meshDirty) {
        QSGGeometry* g = root->fill->geometry();
        g->allocate(static_cast<int>(mesh->fillVertices.size()), static_cast<int>(mesh->fillIndices.size()));
        QSGGeometry::ColoredPoint2D* v = g->vertexDataAsColoredPoint2D();
        for (size_t i = 0; i < mesh->fillVertices.size(); ++i)
            v[i].set(mesh->fillVertices[i].x, mesh->fillVertices[i].y, 0, 0, 0, 0);
        if (!mesh->fillIndices.empty())
            std::memcpy(g->indexDataAsUInt(), mesh->fillIndices.data(), mesh->fillIndices.size() * sizeof(quint32));
        m_colorsDirty = true;
        m_strokeDirty = true;
        m_labelsDirty = true;
        m_meshDirty = false;
    }
    if (m_colorsDirty) {
        QSGGeometry::ColoredPoint2D* v = root->fill->geometry()->vertexDataAsColoredPoint2D();
        for (size_t f = 0; f < mesh->featureFill.size() && f < static_cast<size_t>(m_colors.size()); ++f) {
            QSGGeometry::ColoredPoint2D c;
            setPremultiplied(c, m_colors[static_cast<qsizetype>(f)]);
            const VectorMesh::Range r = mesh->featureFill[f];
            for (quint32 i = r.first; i < r.first + r.count; ++i) {
                v[i].r = c.r;
                v[i].g = c.g;
                v[i].b = c.b;
                v[i].a = c.a;
            }
        }
        root->fill->markDirty(QSGNode::DirtyGeometry);
        m_colorsDirty = false;
    }
    VectorRootNode::show(root->transform, root->fill, !mesh->fillIndices.empty());

    // Strokes keep their screen width: rebuilt when the zoom changes, not when panning.
    if (m_strokeDirty || root->strokeZoom != vp.zoom()) {
        const float halfWidth = static_cast<float>(m_strokeWidth / 2 / s);
        const float halfPoint = static_cast<float>(std::max(3.0, m_strokeWidth + 2) / s);
        const size_t segments = m_strokeWidth > 0 ? mesh->segments.size() : 0;
        QSGGeometry* g = root->stroke->geometry();
        g->allocate(static_cast<int>(6 * (segments + mesh->points.size())));
        QSGGeometry::Point2D* v = g->vertexDataAsPoint2D();
        for (size_t i = 0; i < segments; ++i, v += 6) {
            const VectorMesh::Segment& seg = mesh->segments[i];
            float dx = seg.b.x - seg.a.x, dy = seg.b.y - seg.a.y;
            const float length = std::hypot(dx, dy);
            if (length > 0) {
                dx = dx / length * halfWidth;
                dy = dy / length * halfWidth;
            } else {
                dx = halfWidth;
                dy = 0;
            }
            // Extended by half the width at both ends so that joints have no notch.
            setQuad(v, seg.a.x - dx - dy, seg.a.y - dy + dx, seg.a.x - dx + dy, seg.a.y - dy - dx,
                    seg.b.x + dx - dy, seg.b.y + dy + dx, seg.b.x + dx + dy, seg.b.y + dy - dx);
        }
        for (const VectorMesh::Vertex& p : mesh->points) {
            setQuad(v, p.x - halfPoint, p.y - halfPoint, p.x + halfPoint, p.y - halfPoint, p.x - halfPoint,
                    p.y + halfPoint, p.x + halfPoint, p.y + halfPoint);
            v += 6;
        }
        auto* material = static_cast<QSGFlatColorMaterial*>(root->stroke->material());
        if (material->color() != m_strokeColor) {
            material->setColor(m_strokeColor);
            root->stroke->markDirty(QSGNode::DirtyMaterial);
        }
        root->stroke->markDirty(QSGNode::DirtyGeometry);
        root->strokeZoom = vp.zoom();
        m_strokeDirty = false;
    }
    VectorRootNode::show(root->transform, root->stroke, root->stroke->geometry()->vertexCount() > 0);

    // Labels: screen-sized, placed for this viewport, biggest features first, none overlapping.
    const internal::LabelAtlas* atlas = m_labels.get();
    if (m_labelsDirty) {
        delete root->texture;
        root->texture = nullptr;
        if (atlas && !atlas->image.isNull() && window())
            root->texture = window()->createTextureFromImage(atlas->image);
        static_cast<QSGTextureMaterial*>(root->labels->material())->setTexture(root->texture);
        root->labels->markDirty(QSGNode::DirtyMaterial);
    }
    m_labelsDirty = false;
    const bool labelsShown = root->texture && atlas && vp.zoom() >= m_minimumLabelZoom
        && atlas->sources.size() == mesh->labels.size();
    if (labelsShown) {
        std::vector<QRectF> placed;
        std::vector<size_t> order(mesh->labels.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [mesh](size_t a, size_t b) {
            return mesh->labels[a].priority > mesh->labels[b].priority;
        });
        const QRectF screen(QPointF(0, 0), vp.size());
        for (size_t i : order) {
            const VectorMesh::LabelAnchor& anchor = mesh->labels[i];
            if (!anchor.valid || atlas->sources[i].isEmpty())
                continue;
            const QSizeF size = atlas->sizes[i];
            const QPointF centre = vp.worldToScreen(anchor.world);
            const QRectF rect(centre - QPointF(size.width() / 2, size.height() / 2), size);
            if (!screen.intersects(rect))
                continue;
            if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(rect); }))
                continue;
            placed.push_back(rect);
            order[placed.size() - 1] = i; // reuse: the first placed.size() entries are the shown labels
        }
        QSGGeometry* g = root->labels->geometry();
        g->allocate(static_cast<int>(6 * placed.size()));
        QSGGeometry::TexturedPoint2D* v = g->vertexDataAsTexturedPoint2D();
        const float iw = 1.0f / static_cast<float>(atlas->image.width());
        const float ih = 1.0f / static_cast<float>(atlas->image.height());
        for (size_t k = 0; k < placed.size(); ++k, v += 6) {
            const QRectF& r = placed[k];
            const QRectF& src = atlas->sources[order[k]];
            const float x0 = static_cast<float>(std::round(r.left())), y0 = static_cast<float>(std::round(r.top()));
            const float x1 = x0 + static_cast<float>(r.width()), y1 = y0 + static_cast<float>(r.height());
            const float u0 = static_cast<float>(src.left()) * iw, v0 = static_cast<float>(src.top()) * ih;
            const float u1 = static_cast<float>(src.right()) * iw, v1 = static_cast<float>(src.bottom()) * ih;
            v[0].set(x0, y0, u0, v0);
            v[1].set(x1, y0, u1, v0);
            v[2].set(x0, y1, u0, v1);
            v[3].set(x0, y1, u0, v1);
            v[4].set(x1, y0, u1, v0);
            v[5].set(x1, y1, u1, v1);
        }
        root->labels->markDirty(QSGNode::DirtyGeometry);
        VectorRootNode::show(root, root->labels, !placed.empty());
    } else {
        VectorRootNode::show(root, root->labels, false);
    }
    return root;
}

} // namespace ioc
