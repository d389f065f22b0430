// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "video/wallprofile.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace ioc {

class CameraTour;
class ChangeFeed;
class Database;

// The camera wall's controller (STYLE.md 4), registered for QML as the singleton `Wall`: the cameras
// (camera Assets with their streams, from cameraStreamsFromAsset), the wall profile being shown (one
// setup per screen: layout, camera per tile, tour) and the operator's actions on it. Every view of the
// wall (the console's wall screen, the --wall windows) reads a screen's tiles with screenTiles(); the
// console's screen edits `currentScreen`. Camera keys are the Assets' externalId (CameraStreams::cameraKey).
// GUI thread; the database is the GUI thread's.
class WallController : public QObject {
    Q_OBJECT
    // [{key, name, road, position: {lat, lon}, streams: [{url, width, height}], error}] sorted by name;
    // error (translated) when the camera's streams are unusable.
    Q_PROPERTY(QVariantList cameras READ cameras NOTIFY camerasChanged)
    // Cameras whose name or key contains `filter` (case and diacritics ignored).
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    // The cameras whose name or road match the filter; changes with the list and with the filter.
    Q_PROPERTY(QVariantList filteredCameras READ filteredCameras NOTIFY filteredCamerasChanged)
    Q_PROPERTY(QStringList layouts READ layouts CONSTANT)
    Q_PROPERTY(QString profile READ profile NOTIFY wallChanged)
    Q_PROPERTY(int screenCount READ screenCount NOTIFY wallChanged)
    Q_PROPERTY(int currentScreen READ currentScreen WRITE setCurrentScreen NOTIFY wallChanged)
    // The current screen's layout name, tiles (see screenTiles), maximised tile (-1: none) and tour.
    Q_PROPERTY(QString layout READ layout NOTIFY wallChanged)
    // Its place in `layouts`; -1 for a custom grid.
    Q_PROPERTY(int layoutIndex READ layoutIndex NOTIFY wallChanged)
    Q_PROPERTY(QVariantList tiles READ tiles NOTIFY wallChanged)
    Q_PROPERTY(int maximisedTile READ maximisedTile NOTIFY wallChanged)
    Q_PROPERTY(bool touring READ touring NOTIFY wallChanged)
    Q_PROPERTY(int tourSeconds READ tourSeconds NOTIFY wallChanged)
    // Counts every change of the wall, so that QML can bind `screenTiles(i)` to it.
    Q_PROPERTY(int revision READ revision NOTIFY wallChanged)
    // The last action's problem or the profile's load error (translated); empty: none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    WallController(Database* database, ChangeFeed* feed, QObject* parent = nullptr);
    ~WallController() override;

    // Where profiles are saved (default WallProfile::defaultFolder()).
    void setProfileFolder(const QString& folder) { m_folder = folder; }
    QString profileFolder() const { return m_folder; }
    // For tests and demos: cameras given directly instead of read from the store.
    void setCameraAssets(const QList<Asset>& assets);

    QVariantList cameras() const { return m_cameraList; }
    QString filter() const { return m_filter; }
    void setFilter(const QString& filter);
    QVariantList filteredCameras() const;
    QStringList layouts() const;
    QString profile() const { return m_profile.name; }
    int screenCount() const { return int(m_profile.screens.size()); }
    int currentScreen() const { return m_current; }
    void setCurrentScreen(int screen);
    QString layout() const;
    int layoutIndex() const { return int(layouts().indexOf(layout())); }
    QVariantList tiles() const { return screenTiles(m_current); }
    int maximisedTile() const { return m_maximised.value(m_current, -1); }
    bool touring() const;
    int tourSeconds() const;
    int revision() const { return m_revision; }
    QString error() const { return m_error; }
    const WallProfile& wallProfile() const { return m_profile; }

    // Screen `screen`'s tiles: [{index, x, y, width, height (unit coordinates), cameraKey, camera (the
    // entry of `cameras`, or {} for an empty tile), maximised}].
    Q_INVOKABLE QVariantList screenTiles(int screen) const;
    Q_INVOKABLE QVariantMap camera(const QString& key) const;

    // Actions on the current screen. Those that can fail return false and set `error`.
    Q_INVOKABLE bool setLayout(const QString& spec); // keeps the cameras of the tiles that remain
    Q_INVOKABLE bool assign(int tile, const QString& cameraKey);
    Q_INVOKABLE bool swap(int tileA, int tileB);
    Q_INVOKABLE void clear(int tile);
    Q_INVOKABLE void clearAll();
    Q_INVOKABLE void maximise(int tile);
    Q_INVOKABLE void restore();
    // Cycles `cameraKeys` (empty: every camera) on the main tile every `seconds` (raised to 3 at least).
    Q_INVOKABLE bool startTour(const QStringList& cameraKeys, int seconds);
    Q_INVOKABLE void stopTour();
    // Fills the current layout with the cameras nearest to the place, nearest on the main tile, and asks
    // the shell to show the wall (openRequested with no key); returns how many were placed.
    Q_INVOKABLE int showNearest(double latitude, double longitude);
    // Fills the current layout's tiles in order with the cameras of the list (usable streams first);
    // returns how many were placed.
    Q_INVOKABLE int fillWithCameras();
    // Where a snapshot of the camera goes: <Pictures>/iocdesk/<key>-<yyyyMMdd-HHmmss>.png (folder created).
    Q_INVOKABLE QString snapshotPath(const QString& cameraKey) const;
    // From the map: shows the camera (maximised) and asks the shell to show the wall (openRequested).
    Q_INVOKABLE bool openCamera(const QString& cameraKey);

    // Profiles. loadProfile never fails: a missing or damaged file gives the defaults (error says why).
    Q_INVOKABLE void loadProfile(const QString& name);
    Q_INVOKABLE bool saveProfile();
    // Saves the wall as the profile `name` (a file name, WallProfile::validateName) and shows that name.
    Q_INVOKABLE bool saveProfileAs(const QString& name);
    Q_INVOKABLE QStringList savedProfiles() const;

public slots:
    void refresh(); // re-reads the cameras from the store

signals:
    void camerasChanged(); // the list itself (the store's cameras), not the filter
    void filterChanged();
    void filteredCamerasChanged();
    void wallChanged();
    void errorChanged();
    void openRequested(const QString& cameraKey); // "" from showNearest

private:
    WallScreenSetup* currentSetup();
    void setError(const QString& error);
    void changed();
    void rebuildTours();
    void applyTour(int screen, const QString& cameraKey);
    int emptyTileOrMain() const;

    Database* m_database;
    QString m_folder;
    QList<Asset> m_assets;
    QVariantList m_cameraList;
    QVariantMap m_cameraByKey;
    QString m_filter;
    WallProfile m_profile;
    int m_current = 0;
    QList<int> m_maximised;     // per screen
    QList<CameraTour*> m_tours; // per screen, children
    int m_revision = 0;
    QString m_error;
    QTimer m_debounce{this};
};

} // namespace ioc
