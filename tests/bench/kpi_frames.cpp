// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: frame time of the KPI wall while figures arrive at 1 Hz and the map pans (issue 6;
// tests/bench/kpi_frames.sh runs it, one scene per process). The demo province is seeded into a
// temporary SQLite store through Ingest; the program's own services (KpiDashboard, MapController and
// the other app-owned singletons) are built on it as app/main.cpp builds them, and the real screens
// (Ioc.Ui's DashboardsScreen, MapScreen) are shown in a 1920x1080 QQuickWindow. Every frame asks for
// the next one from frameSwapped (continuous redraw, no timer caps the rate), as geo_pan.cpp does.
// Meant for the basic render loop (QSG_RENDER_LOOP=basic): GUI work, sync and render one after the
// other on the GUI thread, so whatever the GUI thread does (a refresh) delays the next frame.
//
// Scenes:
//   wall          the KPI wall (DashboardsScreen), nothing changes                        (a)
//   wall-updates  the KPI wall; every second a changed IndicatorValue batch is written   (b)
//                 through Ingest with the ChangeFeed, so KpiDashboard re-judges through its
//                 own debounced path
//   map-pan       the map screen (MapScreen, every layer fed from MapController) panned   (c)
//                 4 px a frame along a circle of 200 px radius
//   wall-map      the KPI wall (left half) and the panning map screen (right half) in one (d)
//                 window while figures arrive at 1 Hz
//
// Per frame, on one clock: frame = frameSwapped - previous frameSwapped; gui = previous frameSwapped
// -> beforeSynchronizing (events, timers, bindings, polish: a refresh lands here); sync =
// beforeSynchronizing -> afterSynchronizing; render = beforeRendering -> afterRendering; swap =
// afterRendering -> frameSwapped. Besides, the time of every KpiDashboard refresh reached through its
// debounce timer (the QTimer event during which KpiDashboard::refreshed was emitted, timed in
// QApplication::notify: refresh() itself plus the QML bindings it sets off synchronously), the same for
// MapController::refresh, every Ingest::write of the 1 Hz batch, and after the measurement five direct
// calls of KpiDashboard::refresh() with the screens still bound, and five of CaseIndicators::compute (its
// part that counts the cases).
// Prints one line: `result key=value ...` (times in ms).
//
// Usage: ioc_bench_kpi_frames wall|wall-updates|map-pan|wall-map [SECONDS] [WARMUP]
#include "auth/accountlistmodel.h"
#include "auth/approvalservice.h"
#include "auth/auditlogmodel.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "demo/demoprovince.h"
#include "geo/mapview.h"
#include "iocqmlplugins.h"
#include "kpi/caseindicators.h"
#include "kpi/catalogue.h"
#include "kpi/explanationrequests.h"
#include "kpi/kpidashboard.h"
#include "kpi/period.h"
#include "shell/languagecontroller.h"
#include "shell/mapcontroller.h"
#include "shell/qmlsingletons.h"
#include "shell/shellstatus.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/journal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <tuple>

using namespace ioc;

namespace {

QElapsedTimer g_clock;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Times every timer event whose handling emitted one of the watched signals: the controllers' debounce
// timers are private members, so their refresh is recognised by the signal it ends with.
class BenchApplication : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (event->type() != QEvent::Timer || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        kpiRefreshed = mapRefreshed = false;
        const qint64 t0 = g_clock.nsecsElapsed();
        const bool result = QApplication::notify(receiver, event);
        const qint64 t1 = g_clock.nsecsElapsed();
        --m_depth;
        if (kpiRefreshed) {
            kpiRefreshNs.push_back(t1 - t0);
            kpiRefreshAt.push_back(t1);
        }
        if (mapRefreshed) {
            mapRefreshNs.push_back(t1 - t0);
            mapRefreshAt.push_back(t1);
        }
        return result;
    }

    bool kpiRefreshed = false;
    bool mapRefreshed = false;
    std::vector<qint64> kpiRefreshNs, kpiRefreshAt, mapRefreshNs, mapRefreshAt;

private:
    int m_depth = 0;
};

struct Frame {
    qint64 syncStart = 0, syncEnd = 0, renderStart = 0, renderEnd = 0, swapped = 0;
};

struct Stats {
    double mean = 0, p95 = 0, max = 0;
    size_t n = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    s.n = v.size();
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    s.p95 = v[std::min(v.size() - 1, size_t(std::ceil(0.95 * double(v.size()))) - 1)];
    s.max = v.back();
    return s;
}

// The figures that change: for every (indicator, area) of the seed, its latest period with an actual.
QList<IndicatorValue> latestFigures(const QList<IndicatorValue>& seeded)
{
    QHash<QString, IndicatorValue> latest;
    for (const IndicatorValue& v : seeded) {
        if (!v.actual)
            continue;
        const QString key = v.indicatorCode + QLatin1Char('|') + v.areaCode;
        const auto it = latest.constFind(key);
        if (it == latest.constEnd() || Period::parse(it->period) < Period::parse(v.period))
            latest.insert(key, v);
    }
    QList<IndicatorValue> out = latest.values();
    std::sort(out.begin(), out.end(), [](const IndicatorValue& a, const IndicatorValue& b) {
        return std::tie(a.indicatorCode, a.areaCode) < std::tie(b.indicatorCode, b.areaCode);
    });
    return out;
}

const char* kWallQml = R"(
import QtQuick
import Ioc.Ui
Item {
    width: 1920; height: 1080
    DashboardsScreen { objectName: "wall"; anchors.fill: parent }
}
)";

const char* kMapQml = R"(
import QtQuick
import Ioc.Ui
Item {
    width: 1920; height: 1080
    MapScreen { objectName: "map"; anchors.fill: parent }
}
)";

const char* kWallMapQml = R"(
import QtQuick
import Ioc.Ui
Item {
    width: 1920; height: 1080
    DashboardsScreen { objectName: "wall"; x: 0; width: 960; height: 1080 }
    MapScreen { objectName: "map"; x: 960; width: 960; height: 1080 }
}
)";

// "red5,orange3,green12,grey9,stale4": what the wall shows.
QString colours(const KpiDashboard& kpi)
{
    const QVariantMap counts = kpi.colourCounts();
    QStringList out;
    for (const char* c : {"red", "orange", "green", "grey", "stale"})
        out << QLatin1String(c) + QString::number(counts.value(QLatin1String(c)).toInt());
    return out.join(QLatin1Char(','));
}

int countItems(QQuickItem* item)
{
    int n = 1;
    for (QQuickItem* child : item->childItems())
        n += countItems(child);
    return n;
}

bool inWindow(const std::vector<qint64>& at, qint64 from, qint64 to)
{
    return std::any_of(at.begin(), at.end(), [&](qint64 t) { return t > from && t <= to; });
}

} // namespace

int main(int argc, char** argv)
{
    // Qt Charts (the indicator detail inside the wall) needs a QApplication.
    BenchApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString scene = args.value(1);
    const bool showWall = scene == u"wall" || scene == u"wall-updates" || scene == u"wall-map";
    const bool showMap = scene == u"map-pan" || scene == u"wall-map";
    const bool updates = scene == u"wall-updates" || scene == u"wall-map";
    if (!showWall && !showMap) {
        std::fprintf(stderr, "usage: %s wall|wall-updates|map-pan|wall-map [SECONDS] [WARMUP]\n", argv[0]);
        return 2;
    }
    const double seconds = args.size() > 2 ? args.at(2).toDouble() : 5.0;
    const double warmup = args.size() > 3 ? args.at(3).toDouble() : 1.0;
    g_clock.start();

    // The store: the demo province, seeded at a fixed time (the QML tests' 2026-11-22 09:30).
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30)));
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("kpi_frames.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "store: %s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    ChangeFeed feed;
    auto province = DemoProvince::load();
    if (!province) {
        std::fprintf(stderr, "demo province: %s\n", qPrintable(province.errorMessage()));
        return 1;
    }
    const IngestBatch seeded = province.value().seed(20261122, clock.now());
    Ingest ingest(*database, &feed);
    if (auto written = ingest.write(seeded); !written) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(written.errorMessage()));
        return 1;
    }

    // The app-owned singletons, as app/main.cpp makes them (no one signed in).
    ShellStatus status(clock, true);
    Journal journal(*database, clock);
    AuthService auth(*database, journal, clock, AuthPolicy(), PasswordHasher(PasswordHasher::Cost::minimum()));
    ApprovalService approvals(auth, journal);
    AuditLogModel auditLog(journal, auth);
    AccountListModel accounts(auth, *database, clock);
    MapController mapData(database.get(), &feed, clock);
    mapData.refresh();
    auto catalogue = Catalogue::load(Catalogue::embeddedPath());
    if (!catalogue) {
        std::fprintf(stderr, "catalogue: %s\n", qPrintable(catalogue.errorMessage()));
        return 1;
    }
    KpiDashboard kpi(database.get(), &feed, clock, std::move(catalogue).value());
    QElapsedTimer firstRefresh;
    firstRefresh.start();
    kpi.refresh();
    const double firstRefreshMs = ms(firstRefresh.nsecsElapsed());
    const QString coloursAtStart = colours(kpi);
    ExplanationRequests explanations(journal, auth, clock);
    CaseListModel cases(database.get(), &feed);
    AssetListModel assets(database.get(), &feed);
    AlertListModel alerts(database.get(), &feed);
    cases.refresh();
    assets.refresh();
    alerts.refresh();
    QObject::connect(&kpi, &KpiDashboard::refreshed, &app, [&app] { app.kpiRefreshed = true; });
    QObject::connect(&mapData, &MapController::refreshed, &app, [&app] { app.mapRefreshed = true; });
    if (!kpi.error().isEmpty() || kpi.tiles()->rowCount() == 0) {
        std::fprintf(stderr, "the KPI wall has no tiles (%s)\n", qPrintable(kpi.error()));
        return 1;
    }

    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Regular.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Bold.ttf"));
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));
    LanguageController language;
    LanguageForeign::instance = &language;
    ShellStatusForeign::instance = &status;
    CasesForeign::instance = &cases;
    AssetsForeign::instance = &assets;
    AlertsForeign::instance = &alerts;
    AuthForeign::instance = &auth;
    MapDataForeign::instance = &mapData;
    KpiForeign::instance = &kpi;
    ExplanationsForeign::instance = &explanations;
    ApprovalsForeign::instance = &approvals;
    AuditLogForeign::instance = &auditLog;
    AccountsForeign::instance = &accounts;
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    (void)language.select(LanguageController::defaultLanguage());
    language.setEngine(&engine);

    QQuickWindow window;
    window.setTitle(QStringLiteral("kpi_frames"));
    window.resize(1920, 1080);
    QQmlComponent component(&engine);
    component.setData(showWall && showMap ? kWallMapQml : showMap ? kMapQml : kWallQml, QUrl());
    std::unique_ptr<QObject> root(component.create());
    auto* rootItem = qobject_cast<QQuickItem*>(root.get());
    if (!rootItem) {
        std::fprintf(stderr, "QML: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    rootItem->setParentItem(window.contentItem());
    QQuickItem* mapScreen = rootItem->findChild<QQuickItem*>(QStringLiteral("map"));
    auto* map = mapScreen ? mapScreen->findChild<MapView*>(QStringLiteral("mapView")) : nullptr;
    if (showMap && !map) {
        std::fprintf(stderr, "no MapView in the map screen\n");
        return 1;
    }
    window.show();

    // Ready: the map's basemap tiles, wards and marker indexes (MapScreen.busy), the wall's tiles.
    QElapsedTimer waited;
    waited.start();
    auto ready = [&] {
        return !mapScreen || !mapScreen->property("busy").toBool();
    };
    while (!ready() && waited.elapsed() < 30000)
        app.processEvents(QEventLoop::AllEvents, 20);
    if (!ready()) {
        std::fprintf(stderr, "the map screen did not become ready in 30 s\n");
        return 1;
    }
    const qint64 readyMs = waited.elapsed();

    // The 1 Hz figures: every (indicator, area)'s latest figure, its actual scaled by a factor that
    // wanders between 0.8 and 1.2 of the seeded value, so that some tiles change colour and move.
    const QList<IndicatorValue> base = latestFigures(seeded.indicatorValues);
    std::vector<qint64> writeNs, writeAt;
    int tick = 0;
    QString writeError;
    QTimer figures;
    figures.setInterval(1000);
    figures.setTimerType(Qt::PreciseTimer);
    QObject::connect(&figures, &QTimer::timeout, &app, [&] {
        ++tick;
        clock.advance(1000);
        IngestBatch batch;
        batch.source = QStringLiteral("kpi_frames");
        batch.indicatorValues = base;
        for (int i = 0; i < batch.indicatorValues.size(); ++i) {
            IndicatorValue& v = batch.indicatorValues[i];
            v.actual = *v.actual * (1.0 + 0.2 * std::sin(0.9 * tick + 0.37 * i));
            v.updated = clock.now();
        }
        const qint64 t0 = g_clock.nsecsElapsed();
        const auto written = ingest.write(batch);
        const qint64 t1 = g_clock.nsecsElapsed();
        if (!written)
            writeError = written.errorMessage();
        writeNs.push_back(t1 - t0);
        writeAt.push_back(t1);
    });

    const MapViewport start = map ? map->viewport() : MapViewport();
    constexpr double kRadius = 200.0, kStep = 4.0;
    double angle = 0;
    int pans = 0; // frames after which the map's centre really moved (checks that the pan reached it)
    std::vector<Frame> frames;
    frames.reserve(20000);
    Frame current;
    bool measuring = false;
    qint64 measureFrom = 0, measureUntil = 0;
    QString renderer;
    QObject::connect(&window, &QQuickWindow::beforeSynchronizing, &window,
                     [&] { current.syncStart = g_clock.nsecsElapsed(); }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::afterSynchronizing, &window,
                     [&] { current.syncEnd = g_clock.nsecsElapsed(); }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::beforeRendering, &window, [&] {
        current.renderStart = g_clock.nsecsElapsed();
        if (renderer.isEmpty()) {
            if (QOpenGLContext* gl = QOpenGLContext::currentContext())
                renderer = QString::fromLatin1(reinterpret_cast<const char*>(gl->functions()->glGetString(GL_RENDERER)));
            else
                renderer = QStringLiteral("(no OpenGL context)");
        }
    }, Qt::DirectConnection);
    QObject::connect(&window, &QQuickWindow::afterRendering, &window,
                     [&] { current.renderEnd = g_clock.nsecsElapsed(); }, Qt::DirectConnection);
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
            QTimer::singleShot(0, &app, [&] { app.exit(0); });
            return;
        }
        if (map) {
            angle += kStep / kRadius;
            const QGeoCoordinate before = map->center();
            map->setViewport(start.pannedBy(QPointF(kRadius * (std::cos(angle) - 1), kRadius * std::sin(angle))));
            pans += map->center() != before ? 1 : 0;
        }
        window.update(); // the next frame even when nothing changed (the idle wall)
    }, Qt::DirectConnection);

    // The figures start with the warm-up, so that the debounced refreshes are under way when measuring starts.
    if (updates)
        figures.start();
    measureFrom = g_clock.nsecsElapsed() + qint64(warmup * 1e9);
    measureUntil = measureFrom + qint64(seconds * 1e9);
    window.update();
    app.exec();
    figures.stop();
    const QString coloursAtEnd = colours(kpi);
    if (map && pans < int(frames.size()) / 2) {
        std::fprintf(stderr, "the map moved after %d of %zu frames\n", pans, frames.size());
        return 1;
    }

    // The same refresh called directly, five times, with the screens still bound to it.
    std::vector<double> direct;
    for (int i = 0; i < 5; ++i) {
        const qint64 t0 = g_clock.nsecsElapsed();
        kpi.refresh();
        direct.push_back(ms(g_clock.nsecsElapsed() - t0));
    }
    // Of which: the public-service and field-report indicators computed from the cases (13 months),
    // the part of refresh() that reads the cases, as refresh() calls it.
    std::vector<double> fromCases;
    {
        const QDate today = clock.now().toLocalTime().date();
        QList<QString> months;
        for (int back = 12; back >= 0; --back)
            months.append(Period::containing(PeriodKind::Month, today.addMonths(-back)).toString());
        for (int i = 0; i < 5; ++i) {
            const qint64 t0 = g_clock.nsecsElapsed();
            const auto computed = CaseIndicators(*database).compute(kpi.catalogue(), months, clock.now());
            fromCases.push_back(ms(g_clock.nsecsElapsed() - t0));
            if (!computed) {
                std::fprintf(stderr, "case indicators: %s\n", qPrintable(computed.errorMessage()));
                return 1;
            }
        }
    }

    if (!writeError.isEmpty()) {
        std::fprintf(stderr, "writing the figures: %s\n", qPrintable(writeError));
        return 1;
    }
    std::vector<double> frame, gui, sync, render, swap, quiet, withRefresh;
    int framesWithWrite = 0;
    for (size_t i = 1; i < frames.size(); ++i) {
        const Frame& f = frames[i];
        if (!f.syncStart || !f.syncEnd || !f.renderStart || !f.renderEnd)
            continue;
        const qint64 from = frames[i - 1].swapped;
        const double interval = ms(f.swapped - from);
        frame.push_back(interval);
        gui.push_back(ms(f.syncStart - from));
        sync.push_back(ms(f.syncEnd - f.syncStart));
        render.push_back(ms(f.renderEnd - f.renderStart));
        swap.push_back(ms(f.swapped - f.renderEnd));
        const bool refreshed = inWindow(app.kpiRefreshAt, from, f.swapped) || inWindow(app.mapRefreshAt, from, f.swapped);
        const bool wrote = inWindow(writeAt, from, f.swapped);
        framesWithWrite += wrote ? 1 : 0;
        (refreshed ? withRefresh : quiet).push_back(interval);
        if (wrote && !refreshed)
            quiet.pop_back(); // a frame with the write alone counts as neither
    }
    if (frame.empty()) {
        std::fprintf(stderr, "no frames measured\n");
        return 1;
    }
    // Only what happened inside the measured window.
    auto measured = [&](const std::vector<qint64>& ns, const std::vector<qint64>& at) {
        std::vector<double> out;
        for (size_t i = 0; i < ns.size(); ++i)
            if (at[i] > frames.front().swapped && at[i] <= frames.back().swapped)
                out.push_back(ms(ns[i]));
        return out;
    };
    const Stats f = stats(frame), g = stats(gui), s = stats(sync), r = stats(render), w = stats(swap);
    const Stats q = stats(quiet), wr = stats(withRefresh);
    const Stats kr = stats(measured(app.kpiRefreshNs, app.kpiRefreshAt));
    const Stats mr = stats(measured(app.mapRefreshNs, app.mapRefreshAt));
    const Stats iw = stats(measured(writeNs, writeAt));
    const Stats dr = stats(direct);
    std::printf("result scene=%s frames=%zu seconds=%.2f ready_ms=%lld first_refresh_ms=%.3f tiles=%d values_per_write=%lld "
                "writes_total=%zu kpi_refreshes_total=%zu "
                "frame_mean=%.3f frame_p95=%.3f frame_max=%.3f gui_mean=%.3f sync_mean=%.3f render_mean=%.3f swap_mean=%.3f "
                "quiet_mean=%.3f quiet_p95=%.3f refresh_frames=%zu refresh_frame_mean=%.3f refresh_frame_max=%.3f "
                "colours_start=%s colours_end=%s pans=%d write_frames=%d writes=%zu write_mean=%.3f write_max=%.3f "
                "kpi_refreshes=%zu kpi_refresh_mean=%.3f kpi_refresh_max=%.3f "
                "map_refreshes=%zu map_refresh_mean=%.3f map_refresh_max=%.3f "
                "direct_refresh_mean=%.3f direct_refresh_max=%.3f case_indicators_mean=%.3f items=%d renderer=%s\n",
                qPrintable(scene), frame.size(), seconds, readyMs, firstRefreshMs, kpi.tiles()->rowCount(),
                qlonglong(base.size()), writeNs.size(), app.kpiRefreshNs.size(), f.mean, f.p95, f.max, g.mean, s.mean,
                r.mean, w.mean, q.mean, q.p95, wr.n, wr.mean, wr.max, qPrintable(coloursAtStart), qPrintable(coloursAtEnd), pans, framesWithWrite, iw.n, iw.mean, iw.max, kr.n,
                kr.mean, kr.max, mr.n, mr.mean, mr.max, dr.mean, dr.max, stats(fromCases).mean, countItems(window.contentItem()),
                qPrintable(QString(renderer).replace(QLatin1Char(' '), QLatin1Char('_'))));
    root.reset();
    return 0;
}
