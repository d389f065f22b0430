// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/wallcontroller.h"

#include "core/textsearch.h"
#include "shell/logcategories.h"
#include "store/changefeed.h"
#include "store/repositories.h"
#include "video/cameratour.h"
#include "video/camerastreams.h"
#include "video/nearestcameras.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace ioc {

namespace {

struct WallText {
    Q_DECLARE_TR_FUNCTIONS(WallText)
};

QVariantMap cameraEntry(const Asset& asset)
{
    QVariantMap entry{
        {QStringLiteral("key"), asset.key.externalId},
        {QStringLiteral("name"), asset.name},
        {QStringLiteral("road"), asset.properties.value(u"road").toString()},
    };
    if (asset.position.isValid())
        entry.insert(QStringLiteral("position"),
                     QVariantMap{{QStringLiteral("lat"), asset.position.latitude()},
                                 {QStringLiteral("lon"), asset.position.longitude()}});
    QVariantList streams;
    if (Result<CameraStreams> parsed = cameraStreamsFromAsset(asset); parsed) {
        for (const StreamVariant& variant : parsed.value().variants) {
            QVariantMap stream{{QStringLiteral("url"), variant.url.toString()}};
            if (variant.size.isValid()) {
                stream.insert(QStringLiteral("width"), variant.size.width());
                stream.insert(QStringLiteral("height"), variant.size.height());
            }
            streams.append(stream);
        }
        entry.insert(QStringLiteral("error"), QString());
    } else {
        entry.insert(QStringLiteral("error"), parsed.errorMessage());
    }
    entry.insert(QStringLiteral("streams"), streams);
    return entry;
}

} // namespace

WallController::WallController(Database* database, ChangeFeed* feed, QObject* parent)
    : QObject(parent), m_database(database), m_folder(WallProfile::defaultFolder()),
      m_profile(WallProfile::defaults(QStringLiteral("default")))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &WallController::refresh);
    if (feed)
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeSet& changes) {
            if (changes.touches(QStringLiteral("asset")) && !m_debounce.isActive())
                m_debounce.start();
        });
    rebuildTours();
}

WallController::~WallController() = default;

void WallController::refresh()
{
    if (!m_database)
        return;
    Result<QList<Asset>> found = AssetRepository(*m_database).find(AssetKind::Camera);
    if (!found) {
        qCWarning(lcShell).noquote() << "wall: cameras not read:" << found.errorMessage();
        setError(WallText::tr("The cameras could not be read: %1").arg(found.errorMessage()));
        return;
    }
    setCameraAssets(found.value());
}

void WallController::setCameraAssets(const QList<Asset>& assets)
{
    m_assets.clear();
    for (const Asset& asset : assets) {
        if (asset.kind == AssetKind::Camera)
            m_assets.append(asset);
    }
    std::stable_sort(m_assets.begin(), m_assets.end(), [](const Asset& a, const Asset& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_cameraList.clear();
    m_cameraByKey.clear();
    for (const Asset& asset : std::as_const(m_assets)) {
        const QVariantMap entry = cameraEntry(asset);
        m_cameraList.append(entry);
        m_cameraByKey.insert(asset.key.externalId, entry);
    }
    emit camerasChanged();
    emit filteredCamerasChanged();
    changed(); // the tiles carry the camera entries
}

void WallController::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    emit filteredCamerasChanged();
}

QVariantList WallController::filteredCameras() const
{
    const QString wanted = foldForSearch(m_filter);
    if (wanted.isEmpty())
        return m_cameraList;
    QVariantList list;
    for (const QVariant& item : m_cameraList) {
        const QVariantMap camera = item.toMap();
        if (foldForSearch(camera.value(QStringLiteral("name")).toString()).contains(wanted)
            || foldForSearch(camera.value(QStringLiteral("key")).toString()).contains(wanted)
            || foldForSearch(camera.value(QStringLiteral("road")).toString()).contains(wanted))
            list.append(camera);
    }
    return list;
}

QStringList WallController::layouts() const { return WallLayout::presetNames(); }

void WallController::setCurrentScreen(int screen)
{
    if (screen < 0 || screen >= screenCount() || screen == m_current)
        return;
    m_current = screen;
    changed();
}

QString WallController::layout() const { return m_profile.screens.value(m_current).layout.name(); }

bool WallController::touring() const
{
    return m_current < m_tours.size() && m_tours.at(m_current)->isRunning();
}

int WallController::tourSeconds() const
{
    return m_current < m_tours.size() ? m_tours.at(m_current)->intervalSeconds() : CameraTour::kMinSeconds;
}

QVariantList WallController::screenTiles(int screen) const
{
    if (screen < 0 || screen >= m_profile.screens.size())
        return {};
    const WallScreenSetup& setup = m_profile.screens.at(screen);
    const int maximised = m_maximised.value(screen, -1);
    QVariantList tiles;
    for (int i = 0; i < setup.layout.tileCount(); ++i) {
        const QRectF rect = setup.layout.tileRect(i);
        const QString key = setup.cameras.value(i);
        tiles.append(QVariantMap{
            {QStringLiteral("index"), i},
            {QStringLiteral("x"), rect.x()},
            {QStringLiteral("y"), rect.y()},
            {QStringLiteral("width"), rect.width()},
            {QStringLiteral("height"), rect.height()},
            {QStringLiteral("cameraKey"), key},
            {QStringLiteral("camera"), key.isEmpty() ? QVariantMap() : camera(key)},
            {QStringLiteral("maximised"), i == maximised},
        });
    }
    return tiles;
}

QVariantMap WallController::camera(const QString& key) const
{
    if (const auto found = m_cameraByKey.constFind(key); found != m_cameraByKey.constEnd())
        return found.value().toMap();
    // A camera the profile names but the store no longer has: the tile says so.
    return QVariantMap{{QStringLiteral("key"), key},
                       {QStringLiteral("name"), key},
                       {QStringLiteral("streams"), QVariantList()},
                       {QStringLiteral("error"), WallText::tr("The camera %1 is not known.").arg(key)}};
}

WallScreenSetup* WallController::currentSetup()
{
    return m_current < m_profile.screens.size() ? &m_profile.screens[m_current] : nullptr;
}

bool WallController::setLayout(const QString& spec)
{
    Result<WallLayout> layout = WallLayout::fromSpec(spec);
    if (!layout) {
        setError(layout.errorMessage());
        return false;
    }
    WallScreenSetup* setup = currentSetup();
    if (!setup)
        return false;
    setup->layout = std::move(layout).value();
    setup->cameras.resize(setup->layout.tileCount());
    if (m_maximised.value(m_current, -1) >= setup->layout.tileCount())
        m_maximised[m_current] = -1;
    setError({});
    changed();
    return true;
}

bool WallController::assign(int tile, const QString& cameraKey)
{
    WallScreenSetup* setup = currentSetup();
    if (!setup || tile < 0 || tile >= setup->cameras.size())
        return false;
    if (!m_cameraByKey.contains(cameraKey)) {
        setError(WallText::tr("The camera %1 is not known.").arg(cameraKey));
        return false;
    }
    setup->cameras[tile] = cameraKey;
    setError({});
    changed();
    return true;
}

bool WallController::swap(int tileA, int tileB)
{
    WallScreenSetup* setup = currentSetup();
    if (!setup || tileA < 0 || tileB < 0 || tileA >= setup->cameras.size() || tileB >= setup->cameras.size())
        return false;
    if (tileA == tileB)
        return true;
    setup->cameras.swapItemsAt(tileA, tileB);
    int& maximised = m_maximised[m_current];
    if (maximised == tileA)
        maximised = tileB;
    else if (maximised == tileB)
        maximised = tileA;
    changed();
    return true;
}

void WallController::clear(int tile)
{
    WallScreenSetup* setup = currentSetup();
    if (!setup || tile < 0 || tile >= setup->cameras.size() || setup->cameras.at(tile).isEmpty())
        return;
    setup->cameras[tile].clear();
    changed();
}

void WallController::clearAll()
{
    if (WallScreenSetup* setup = currentSetup()) {
        setup->cameras.fill(QString());
        m_maximised[m_current] = -1;
        changed();
    }
}

void WallController::maximise(int tile)
{
    const WallScreenSetup* setup = currentSetup();
    if (!setup || tile < 0 || tile >= setup->layout.tileCount() || m_maximised.value(m_current) == tile)
        return;
    m_maximised[m_current] = tile;
    changed();
}

void WallController::restore()
{
    if (m_maximised.value(m_current, -1) < 0)
        return;
    m_maximised[m_current] = -1;
    changed();
}

bool WallController::startTour(const QStringList& cameraKeys, int seconds)
{
    WallScreenSetup* setup = currentSetup();
    if (!setup)
        return false;
    QStringList keys;
    if (cameraKeys.isEmpty()) {
        // Every camera, in the list's order (by name).
        for (const Asset& asset : std::as_const(m_assets))
            keys.append(asset.key.externalId);
    } else {
        for (const QString& key : cameraKeys) {
            if (m_cameraByKey.contains(key))
                keys.append(key);
        }
    }
    if (keys.isEmpty()) {
        setError(WallText::tr("A tour needs at least one known camera."));
        return false;
    }
    CameraTour* tour = m_tours.at(m_current);
    setup->tour.seconds = tour->setIntervalSeconds(seconds);
    setup->tour.cameras = keys;
    setup->tour.running = true;
    tour->setCameras(keys);
    tour->start();
    setError({});
    changed();
    return true;
}

void WallController::stopTour()
{
    WallScreenSetup* setup = currentSetup();
    if (!setup || !m_tours.at(m_current)->isRunning())
        return;
    m_tours.at(m_current)->stop();
    setup->tour.running = false;
    changed();
}

int WallController::showNearest(double latitude, double longitude)
{
    WallScreenSetup* setup = currentSetup();
    if (!setup)
        return 0;
    const QStringList nearest = nearestCameras(QGeoCoordinate(latitude, longitude), m_assets, setup->layout.tileCount());
    if (nearest.isEmpty()) {
        setError(WallText::tr("No camera with a position is known."));
        return 0;
    }
    if (m_tours.at(m_current)->isRunning())
        stopTour();
    // Nearest on the main (largest) tile, then the others in tile order.
    const int main = setup->layout.mainTile();
    QList<int> order{main};
    for (int i = 0; i < setup->layout.tileCount(); ++i) {
        if (i != main)
            order.append(i);
    }
    setup->cameras.fill(QString());
    for (int i = 0; i < nearest.size(); ++i)
        setup->cameras[order.at(i)] = nearest.at(i);
    m_maximised[m_current] = -1;
    setError({});
    changed();
    emit openRequested(QString());
    return int(nearest.size());
}

int WallController::fillWithCameras()
{
    WallScreenSetup* setup = currentSetup();
    if (!setup)
        return 0;
    QStringList keys;
    for (const bool usable : {true, false}) {
        for (const QVariant& item : std::as_const(m_cameraList)) {
            const QVariantMap camera = item.toMap();
            if (camera.value(QStringLiteral("error")).toString().isEmpty() == usable)
                keys.append(camera.value(QStringLiteral("key")).toString());
        }
    }
    setup->cameras.fill(QString());
    const int placed = int(std::min<qsizetype>(keys.size(), setup->cameras.size()));
    for (int i = 0; i < placed; ++i)
        setup->cameras[i] = keys.at(i);
    m_maximised[m_current] = -1;
    changed();
    return placed;
}

QString WallController::snapshotPath(const QString& cameraKey) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    folder += QStringLiteral("/iocdesk");
    QDir().mkpath(folder);
    QString safeKey = cameraKey;
    safeKey.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return folder + QLatin1Char('/') + safeKey + QLatin1Char('-')
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".png");
}

int WallController::emptyTileOrMain() const
{
    const WallScreenSetup& setup = m_profile.screens.at(m_current);
    const int main = setup.layout.mainTile();
    if (setup.cameras.value(main).isEmpty())
        return main;
    const int empty = int(setup.cameras.indexOf(QString()));
    return empty >= 0 ? empty : main;
}

bool WallController::openCamera(const QString& cameraKey)
{
    WallScreenSetup* setup = currentSetup();
    if (!setup)
        return false;
    if (!m_cameraByKey.contains(cameraKey)) {
        setError(WallText::tr("The camera %1 is not known.").arg(cameraKey));
        return false;
    }
    int tile = int(setup->cameras.indexOf(cameraKey));
    if (tile < 0) {
        tile = emptyTileOrMain();
        setup->cameras[tile] = cameraKey;
    }
    m_maximised[m_current] = tile;
    setError({});
    changed();
    emit openRequested(cameraKey);
    return true;
}

void WallController::loadProfile(const QString& name)
{
    const LoadedWallProfile loaded = WallProfile::load(m_folder, name);
    m_profile = loaded.profile;
    m_current = 0;
    rebuildTours();
    setError(loaded.error);
    changed();
}

bool WallController::saveProfile()
{
    if (Result<void> saved = WallProfile::save(m_folder, m_profile); !saved) {
        setError(saved.errorMessage());
        return false;
    }
    setError({});
    return true;
}

bool WallController::saveProfileAs(const QString& name)
{
    if (Result<void> valid = WallProfile::validateName(name); !valid) {
        setError(valid.errorMessage());
        return false;
    }
    const QString previous = m_profile.name;
    m_profile.name = name;
    if (!saveProfile()) {
        m_profile.name = previous;
        return false;
    }
    changed();
    return true;
}

QStringList WallController::savedProfiles() const { return WallProfile::savedNames(m_folder); }

void WallController::rebuildTours()
{
    qDeleteAll(m_tours);
    m_tours.clear();
    m_maximised = QList<int>(m_profile.screens.size(), -1);
    for (int screen = 0; screen < m_profile.screens.size(); ++screen) {
        auto* tour = new CameraTour(this);
        const TourSettings& settings = m_profile.screens.at(screen).tour;
        tour->setIntervalSeconds(settings.seconds);
        tour->setCameras(settings.cameras);
        connect(tour, &CameraTour::currentChanged, this,
                [this, screen](const QString& key) { applyTour(screen, key); });
        m_tours.append(tour);
        if (settings.running)
            tour->start();
    }
}

void WallController::applyTour(int screen, const QString& cameraKey)
{
    if (screen >= m_profile.screens.size())
        return;
    WallScreenSetup& setup = m_profile.screens[screen];
    const int main = setup.layout.mainTile();
    if (main < setup.cameras.size() && setup.cameras.at(main) != cameraKey) {
        setup.cameras[main] = cameraKey;
        changed();
    }
}

void WallController::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void WallController::changed()
{
    ++m_revision;
    emit wallChanged();
}

} // namespace ioc
