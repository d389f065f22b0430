// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: continuous pan of a MapView (tests/bench/geo_pan.sh runs it, one scene per process).
// A 1920x1080 QQuickWindow holds a MapView centred on Cà Mau at zoom 9; every frame the viewport moves
// 4 px along a circle of 200 px radius, driven from frameSwapped (so no timer caps the rate), for
// `seconds` after `warmup` seconds. Meant for the basic render loop (QSG_RENDER_LOOP=basic), where
// frameSwapped and the sync/render signals all arrive on the GUI thread, one frame after the other.
// Per frame it records, on one clock:
//   frame  = frameSwapped - previous frameSwapped (what the user sees)
//   gui    = previous frameSwapped -> beforeSynchronizing (events, QML bindings, polish)
//   sync   = beforeSynchronizing -> afterSynchronizing (every item's updatePaintNode)
//   render = beforeRendering -> afterRendering (scene-graph render: batching, uploads, draw calls)
//   swap   = afterRendering -> frameSwapped (frame end, GL execution and buffer swap; with a software
//            rasteriser such as llvmpipe the pixels are mostly drawn here)
//   layer  = time inside the map layers' own updatePaintNode (wrapped by subclassing)
// Prints one line: `result key=value ...` (times in ms).
//
// Usage: ioc_bench_geo_pan BASE MARKERS COUNT [SECONDS] [WARMUP]
//   BASE: empty (MapView only) | basemap (relief TileLayer + ward VectorLayer with labels)
//   MARKERS: none | clustered | unclustered (MarkerLayer) | repeater (a QML Repeater of Rectangles)
#include "geo/mapview.h"
#include "geo/markerlayer.h"
#include "geo/markerlist.h"
#include "geo/tilelayer.h"
#include "geo/vectorlayer.h"
#include "geo/webmercator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace ioc;

namespace {

QElapsedTimer g_clock;
qint64 g_layerNs = 0; // time inside the layers' updatePaintNode since the last beforeSynchronizing

// A layer whose updatePaintNode is timed (it runs on the render thread during sync; with the basic
// loop that is the GUI thread).
template<class Layer>
class Timed : public Layer {
public:
    using Layer::Layer;

protected:
    QSGNode* updatePaintNode(QSGNode* old, QQuickItem::UpdatePaintNodeData* data) override
    {
        const qint64 t0 = g_clock.nsecsElapsed();
        QSGNode* node = Layer::updatePaintNode(old, data);
        g_layerNs += g_clock.nsecsElapsed() - t0;
        return node;
    }
};

constexpr double kLatMin = 8.5, kLatMax = 9.6, kLonMin = 104.7, kLonMax = 105.6;

// Seeded points over the province's bounding box; states 70% normal, 15% notice, 10% warning, 5%
// critical; kinds 0-7; one in twenty with a badge. No pulses (those animate on their own).
std::vector<MapMarker> makeMarkers(int n)
{
    QRandomGenerator random(20250704);
    std::vector<MapMarker> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        MapMarker m;
        m.id = quint64(i);
        const double lat = kLatMin + random.generateDouble() * (kLatMax - kLatMin);
        const double lon = kLonMin + random.generateDouble() * (kLonMax - kLonMin);
        m.world = webmercator::toWorld(lat, lon);
        const int s = random.bounded(100);
        m.state = quint8(s < 70 ? 0 : s < 85 ? 1 : s < 95 ? 2 : 3);
        m.kind = quint8(random.bounded(int(MapMarker::KindCount)));
        m.badge = random.bounded(20) == 0 ? quint16(1 + random.bounded(30)) : 0;
        out.push_back(m);
    }
    return out;
}

// The naive way: one Rectangle per marker, each placed by a binding that calls the map's
// coordinateToScreen() and reads center/zoom so it is re-evaluated on every viewport change. As large
// as MarkerLayer's icons (28 px), a state colour and a white border.
const char* kRepeaterQml = R"(
import QtQuick
Item {
    id: root
    property QtObject map
    property var points: []
    readonly property var palette: ["#56B4E9", "#F0E442", "#E69F00", "#D55E00"]
    property alias count: repeater.count
    function delegateAt(i) { return repeater.itemAt(i) }
    Repeater {
        id: repeater
        model: root.points
        Rectangle {
            required property var modelData
            readonly property point p: { root.map.center; root.map.zoom; return root.map.coordinateToScreen(modelData.c) }
            x: p.x - 14
            y: p.y - 14
            width: 28
            height: 28
            radius: 14
            color: root.palette[modelData.s]
            border.color: "white"
            border.width: 1
        }
    }
}
)";

struct Frame {
    qint64 syncStart = 0, syncEnd = 0, renderStart = 0, renderEnd = 0, swapped = 0, layer = 0;
};

struct Stats {
    double mean = 0, p95 = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    s.p95 = v[std::min(v.size() - 1, size_t(std::ceil(0.95 * double(v.size()))) - 1)];
    return s;
}

QQuickItem* delegateAt(QObject* repeater, int i)
{
    QVariant result;
    QMetaObject::invokeMethod(repeater, "delegateAt", Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, i));
    return qvariant_cast<QQuickItem*>(result);
}

int countItems(QQuickItem* item)
{
    int n = 1;
    for (QQuickItem* child : item->childItems())
        n += countItems(child);
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: %s empty|basemap none|clustered|unclustered|repeater COUNT [SECONDS] [WARMUP]\n",
                     argv[0]);
        return 2;
    }
    const QString base = args.at(1);
    const QString kind = args.at(2);
    const int count = args.at(3).toInt();
    const double seconds = args.size() > 4 ? args.at(4).toDouble() : 5.0;
    const double warmup = args.size() > 5 ? args.at(5).toDouble() : 1.0;
    const QDir repo(QStringLiteral(IOC_SOURCE_DIR));
    g_clock.start();

    QQuickWindow window;
    window.setTitle(QStringLiteral("geo_pan"));
    window.resize(1920, 1080);
    window.setColor(QColor(0xE8, 0xEC, 0xF0));

    auto* map = new MapView(window.contentItem());
    map->setSize(QSizeF(1920, 1080));
    map->setZoom(9.0);
    map->setCenter(QGeoCoordinate(9.18, 105.15));

    QList<MapLayer*> layers;
    if (base == QLatin1String("basemap")) {
        auto* tiles = new Timed<TileLayer>(map);
        tiles->setSource(repo.filePath(QStringLiteral("resources/basemap/vn_relief_z0-7.mbtiles")));
        auto* wards = new Timed<VectorLayer>(map);
        wards->setLabelProperty(QStringLiteral("name"));
        wards->setSource(repo.filePath(QStringLiteral("resources/demo/ca_mau_wards_2025.geojson")));
        layers << tiles << wards;
    } else if (base != QLatin1String("empty")) {
        std::fprintf(stderr, "unknown base %s\n", qPrintable(base));
        return 2;
    }

    MarkerList list;
    MarkerLayer* markerLayer = nullptr;
    QQmlEngine engine;
    QQuickItem* repeater = nullptr;
    const std::vector<MapMarker> markers = makeMarkers(count);
    if (kind == QLatin1String("clustered") || kind == QLatin1String("unclustered")) {
        list.setMarkers(markers);
        markerLayer = new Timed<MarkerLayer>(map);
        markerLayer->setClustering(kind == QLatin1String("clustered"));
        markerLayer->setSource(&list);
        layers << markerLayer;
    } else if (kind == QLatin1String("repeater")) {
        QQmlComponent component(&engine);
        component.setData(kRepeaterQml, QUrl());
        QObject* object = component.create();
        repeater = qobject_cast<QQuickItem*>(object);
        if (!repeater) {
            std::fprintf(stderr, "repeater: %s\n", qPrintable(component.errorString()));
            return 1;
        }
        repeater->setParentItem(map);
        repeater->setSize(map->size());
        repeater->setProperty("map", QVariant::fromValue<QObject*>(map));
        QVariantList points;
        points.reserve(count);
        for (const MapMarker& m : markers) {
            const QGeoCoordinate c = webmercator::toCoordinate(m.world);
            points.append(QVariantMap{{QStringLiteral("c"), QVariant::fromValue(c)}, {QStringLiteral("s"), int(m.state)}});
        }
        repeater->setProperty("points", points);
    } else if (kind != QLatin1String("none")) {
        std::fprintf(stderr, "unknown markers %s\n", qPrintable(kind));
        return 2;
    }

    window.show();

    // Wait (up to 20 s) for the layers to be ready: tiles loaded, wards read, markers indexed.
    QElapsedTimer waited;
    waited.start();
    auto allReady = [&] {
        return std::all_of(layers.begin(), layers.end(), [](MapLayer* l) { return l->isReady(); });
    };
    while (!allReady() && waited.elapsed() < 20000)
        app.processEvents(QEventLoop::AllEvents, 20);
    for (MapLayer* l : layers) {
        if (!l->isReady() || !l->error().isEmpty()) {
            std::fprintf(stderr, "%s not ready (%s)\n", l->metaObject()->className(), qPrintable(l->error()));
            return 1;
        }
    }
    const qint64 readyMs = waited.elapsed();

    // The pan: each frame moves the centre 4 px along a circle of 200 px radius.
    const MapViewport start = map->viewport();
    constexpr double kRadius = 200.0, kStep = 4.0;
    double angle = 0;
    QPointF firstDelegate;
    if (repeater && count > 0) {
        QQuickItem* d = delegateAt(repeater, 0);
        firstDelegate = d ? d->position() : QPointF(-1, -1);
    }

    std::vector<Frame> frames;
    frames.reserve(20000);
    Frame current;
    bool measuring = false;
    qint64 measureFrom = 0, measureUntil = 0;
    QString renderer;
    QObject::connect(&window, &QQuickWindow::beforeSynchronizing, &window, [&] {
        current.syncStart = g_clock.nsecsElapsed();
        g_layerNs = 0;
    }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::afterSynchronizing, &window, [&] {
        current.syncEnd = g_clock.nsecsElapsed();
        current.layer = g_layerNs;
    }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::beforeRendering, &window, [&] {
        current.renderStart = g_clock.nsecsElapsed();
        if (renderer.isEmpty()) {
            if (QOpenGLContext* gl = QOpenGLContext::currentContext())
                renderer = QString::fromLatin1(reinterpret_cast<const char*>(gl->functions()->glGetString(GL_RENDERER)));
            else
                renderer = QStringLiteral("(no OpenGL context)");
        }
    }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::afterRendering, &window, [&] {
        current.renderEnd = g_clock.nsecsElapsed();
    }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [&] {
        const qint64 now = g_clock.nsecsElapsed();
        current.swapped = now;
        if (!measuring && now >= measureFrom) {
            measuring = true;
            frames.clear();
        }
        if (measuring)
            frames.push_back(current);
        current = Frame();
        if (now >= measureUntil) {
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        angle += kStep / kRadius;
        map->setViewport(start.pannedBy(QPointF(kRadius * (std::cos(angle) - 1), kRadius * std::sin(angle))));
        window.update(); // a new frame even when no layer asks for one (the empty map)
    }, Qt::DirectConnection);

    measureFrom = g_clock.nsecsElapsed() + qint64(warmup * 1e9);
    measureUntil = measureFrom + qint64(seconds * 1e9);
    window.update();
    app.exec();

    // frames[0] only marks the start; each later frame's interval is measured from the one before.
    std::vector<double> frame, gui, sync, render, swap, layer;
    for (size_t i = 1; i < frames.size(); ++i) {
        const Frame& f = frames[i];
        if (!f.syncStart || !f.syncEnd || !f.renderStart || !f.renderEnd)
            continue; // a frame without a full sync/render cycle (should not happen with the basic loop)
        frame.push_back(double(f.swapped - frames[i - 1].swapped) / 1e6);
        gui.push_back(double(f.syncStart - frames[i - 1].swapped) / 1e6);
        sync.push_back(double(f.syncEnd - f.syncStart) / 1e6);
        render.push_back(double(f.renderEnd - f.renderStart) / 1e6);
        swap.push_back(double(f.swapped - f.renderEnd) / 1e6);
        layer.push_back(double(f.layer) / 1e6);
    }
    if (frame.empty()) {
        std::fprintf(stderr, "no frames measured\n");
        return 1;
    }

    // Checks that the scene drew what it claims: markers shown, delegates moved with the map.
    QString check;
    if (markerLayer)
        check = QStringLiteral("visible=%1 shown_items=%2").arg(markerLayer->visibleCount()).arg(markerLayer->shownItemCount());
    if (repeater) {
        QQuickItem* d = delegateAt(repeater, 0);
        const QPointF now = d ? d->position() : QPointF(-1, -1);
        const bool moved = d && now != firstDelegate;
        check = QStringLiteral("delegates=%1 first_delegate_moved=%2")
                    .arg(repeater->property("count").toInt())
                    .arg(moved ? 1 : 0);
        if (!moved || repeater->property("count").toInt() != count) {
            std::fprintf(stderr, "the Repeater's delegates did not follow the map\n");
            return 1;
        }
    }
    if (markerLayer && markerLayer->visibleCount() != count) {
        std::fprintf(stderr, "the marker layer shows %d of %d markers\n", markerLayer->visibleCount(), count);
        return 1;
    }

    const Stats f = stats(frame), g = stats(gui), s = stats(sync), r = stats(render), w = stats(swap), l = stats(layer);
    std::printf("result base=%s markers=%s count=%d frames=%zu seconds=%.2f ready_ms=%lld "
                "frame_mean=%.3f frame_p95=%.3f gui_mean=%.3f sync_mean=%.3f sync_p95=%.3f "
                "layer_mean=%.3f layer_p95=%.3f render_mean=%.3f swap_mean=%.3f items=%d %s renderer=%s\n",
                qPrintable(base), qPrintable(kind), count, frame.size(), seconds, readyMs, f.mean, f.p95, g.mean,
                s.mean, s.p95, l.mean, l.p95, r.mean, w.mean, countItems(window.contentItem()), qPrintable(check),
                qPrintable(QString(renderer).replace(QLatin1Char(' '), QLatin1Char('_'))));
    return 0;
}
