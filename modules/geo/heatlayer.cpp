// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/heatlayer.h"

#include "geo/mapview.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cmath>

namespace ioc {

namespace {

constexpr double kCellPixels = 3.0;    // grid resolution on screen
constexpr double kTransparentBelow = 0.03; // densities under 3% of the maximum stay clear
constexpr int kSettleMs = 120;

// Transparent → yellow → orange → red → dark red (the YlOrRd sequence), premultiplied ARGB.
const std::array<QRgb, 256>& ramp()
{
    static const std::array<QRgb, 256> table = [] {
        struct Stop {
            double t;
            QColor c;
        };
        const Stop stops[] = {{0.0, QColor(255, 237, 160)}, {0.35, QColor(254, 178, 76)},
                              {0.6, QColor(253, 141, 60)},  {0.8, QColor(227, 26, 28)},
                              {1.0, QColor(177, 0, 38)}};
        std::array<QRgb, 256> out{};
        for (int i = 0; i < 256; ++i) {
            const double t = i / 255.0;
            if (t < kTransparentBelow) {
                out[static_cast<size_t>(i)] = 0;
                continue;
            }
            size_t k = 0;
            while (k + 2 < std::size(stops) && t > stops[k + 1].t)
                ++k;
            const double f = std::clamp((t - stops[k].t) / (stops[k + 1].t - stops[k].t), 0.0, 1.0);
            const auto mix = [&](int a, int b) { return a + (b - a) * f; };
            const double alpha = std::min(1.0, 0.25 + 1.5 * t); // faint where sparse, solid where hot
            const QColor& a = stops[k].c;
            const QColor& b = stops[k + 1].c;
            out[static_cast<size_t>(i)] = qRgba(int(mix(a.red(), b.red()) * alpha), int(mix(a.green(), b.green()) * alpha),
                                                int(mix(a.blue(), b.blue()) * alpha), int(255 * alpha));
        }
        return out;
    }();
    return table;
}

// One pass of a 1-D Gaussian along rows (stride 1) or columns (stride width).
void blur(std::vector<float>& grid, std::vector<float>& scratch, int width, int height, bool rows,
          const std::vector<float>& kernel)
{
    const int half = int(kernel.size() / 2);
    const int length = rows ? width : height;
    const int lines = rows ? height : width;
    for (int line = 0; line < lines; ++line) {
        for (int i = 0; i < length; ++i) {
            float sum = 0;
            for (int k = -half; k <= half; ++k) {
                const int j = i + k;
                if (j < 0 || j >= length)
                    continue;
                const size_t at = rows ? size_t(line) * size_t(width) + size_t(j) : size_t(j) * size_t(width) + size_t(line);
                sum += grid[at] * kernel[size_t(k + half)];
            }
            const size_t out = rows ? size_t(line) * size_t(width) + size_t(i) : size_t(i) * size_t(width) + size_t(line);
            scratch[out] = sum;
        }
    }
    grid.swap(scratch);
}

} // namespace

HeatLayer::HeatLayer(QQuickItem* parent)
    : MapLayer(parent)
{
    setOpacity(0.75);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &HeatLayer::recompute);
}

HeatLayer::~HeatLayer()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void HeatLayer::setSource(MarkerSource* source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &MarkerSource::markersChanged, this, &HeatLayer::recompute);
        connect(m_source, &QObject::destroyed, this, &HeatLayer::recompute);
    }
    recompute();
    Q_EMIT sourceChanged();
}

void HeatLayer::setRadius(double radius)
{
    radius = std::clamp(radius, 2.0, 200.0);
    if (qFuzzyCompare(radius, m_radius))
        return;
    m_radius = radius;
    recompute();
    Q_EMIT radiusChanged();
}

QPointF HeatLayer::hottestPoint() const
{
    if (m_grid.maximum <= 0)
        return QPointF(-1, -1);
    return viewport().worldToScreen(m_grid.hottestWorld);
}

void HeatLayer::viewportChanged()
{
    update(); // the last grid follows the map at once
    m_settle.start();
}

HeatLayer::Grid HeatLayer::compute(const std::vector<MapMarker>& points, const MapViewport& view, double radiusPixels)
{
    Grid grid;
    if (view.size().isEmpty())
        return grid;
    // The grid covers the view and a radius around it, so points just outside still warm its edge.
    const double margin = radiusPixels;
    const int width = int(std::ceil((view.size().width() + 2 * margin) / kCellPixels));
    const int height = int(std::ceil((view.size().height() + 2 * margin) / kCellPixels));
    const QPointF origin = view.screenToWorld(QPointF(-margin, -margin));
    const double cellWorld = kCellPixels / view.scale();
    grid.world = QRectF(origin, QSizeF(width * cellWorld, height * cellWorld));

    std::vector<float> cells(size_t(width) * size_t(height), 0.0f);
    for (const MapMarker& p : points) {
        const double cx = (p.world.x() - origin.x()) / cellWorld;
        const double cy = (p.world.y() - origin.y()) / cellWorld;
        if (!(cx >= 0 && cy >= 0 && cx < width && cy < height)) // also refuses NaN
            continue;
        cells[size_t(cy) * size_t(width) + size_t(cx)] += 1.0f;
        ++grid.points;
    }
    if (grid.points == 0)
        return grid;

    const double sigma = std::max(0.5, radiusPixels / 2.0 / kCellPixels);
    const int half = int(std::ceil(3 * sigma));
    std::vector<float> kernel(size_t(2 * half + 1));
    for (int k = -half; k <= half; ++k)
        kernel[size_t(k + half)] = float(std::exp(-0.5 * k * k / (sigma * sigma)));
    std::vector<float> scratch(cells.size());
    blur(cells, scratch, width, height, true, kernel);
    blur(cells, scratch, width, height, false, kernel);

    const auto hottest = std::max_element(cells.begin(), cells.end());
    grid.maximum = *hottest;
    const size_t at = size_t(hottest - cells.begin());
    grid.hottestWorld = origin + QPointF((double(at % size_t(width)) + 0.5) * cellWorld,
                                         (double(at / size_t(width)) + 0.5) * cellWorld);
    grid.image = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
    const auto& colours = ramp();
    const float scale = 255.0f / float(grid.maximum);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(grid.image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = colours[size_t(std::clamp(int(cells[size_t(y) * size_t(width) + size_t(x)] * scale), 0, 255))];
    }
    return grid;
}

void HeatLayer::recompute()
{
    m_settle.stop();
    if (m_watcher && m_watcher->isRunning()) {
        m_computeAgain = true;
        return;
    }
    m_computeAgain = false;
    if (!m_watcher) {
        m_watcher = new QFutureWatcher<Grid>(this);
        connect(m_watcher, &QFutureWatcherBase::finished, this, &HeatLayer::gridReady);
    }
    const MarkerSource::Snapshot points = m_source ? m_source->markers() : nullptr;
    const MapViewport view = viewport();
    const double radius = m_radius;
    m_watcher->setFuture(QtConcurrent::run([points, view, radius] {
        return points ? compute(*points, view, radius) : Grid();
    }));
}

void HeatLayer::gridReady()
{
    m_grid = m_watcher->result();
    m_gridChanged = true;
    if (m_computeAgain)
        recompute();
    setReady(true);
    update();
    Q_EMIT computed();
}

QSGNode* HeatLayer::updatePaintNode(QSGNode* old, UpdatePaintNodeData*)
{
    auto* node = static_cast<QSGImageNode*>(old);
    if (m_grid.image.isNull() || !window()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
        m_gridChanged = true;
    }
    if (m_gridChanged) {
        node->setTexture(window()->createTextureFromImage(m_grid.image, QQuickWindow::TextureHasAlphaChannel));
        m_gridChanged = false;
    }
    const MapViewport view = viewport();
    const QPointF topLeft = view.worldToScreen(m_grid.world.topLeft());
    const QPointF bottomRight = view.worldToScreen(m_grid.world.bottomRight());
    node->setRect(QRectF(topLeft, bottomRight));
    node->setSourceRect(QRectF(QPointF(0, 0), m_grid.image.size()));
    return node;
}

} // namespace ioc
