// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "video/walllayout.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ioc {

struct LoadedWallProfile;

// Which monitor a profile screen means. Matched in this order: the serial number (when both know it),
// the connector name (QScreen::name, e.g. "HDMI-1"), then the position among the screens sorted by
// geometry (left to right, then top to bottom); `order` < 0: no position asked.
struct ScreenIdentity {
    QString name;
    QString serial;
    int order = -1;
    bool operator==(const ScreenIdentity&) const = default;
};

// A camera tour on one screen: these cameras, in turn, on its main tile, `seconds` each (>= 3).
struct TourSettings {
    QStringList cameras; // camera keys (the Asset's externalId, as CameraStreams::cameraKey)
    int seconds = 10;
    bool running = false;
    bool operator==(const TourSettings&) const = default;
};

// What one window of the wall shows.
struct WallScreenSetup {
    ScreenIdentity screen;
    WallLayout layout;
    QStringList cameras; // per tile, in tile order; "" is an empty tile; as long as the layout's tiles
    TourSettings tour;
    bool operator==(const WallScreenSetup&) const = default;
};

// A named wall profile: its screens and what each shows. Saved as JSON in the app's config folder,
// <AppConfigLocation>/wall/<name>.json (format version 1, see toJson). Plain value; the load and save
// functions touch only the given folder and may run on any thread.
struct WallProfile {
    QString name;
    QList<WallScreenSetup> screens; // at least one

    bool operator==(const WallProfile&) const = default;

    // One screen (the primary, order 0) with a 2×2 layout and no cameras.
    static WallProfile defaults(const QString& name);
    // Profile names are file names: letters, digits, '-', '_' and '.', 1 to 64, not starting with '.'.
    static Result<void> validateName(const QString& name);
    static QString defaultFolder(); // <AppConfigLocation>/wall

    QJsonObject toJson() const;
    // Every field is checked; an error names what is wrong. `name` is the profile's (the file's) name.
    static Result<WallProfile> fromJson(const QJsonObject& json, const QString& name);

    static LoadedWallProfile load(const QString& folder, const QString& name);
    // Atomic (QSaveFile); creates the folder.
    static Result<void> save(const QString& folder, const WallProfile& profile);
    static QStringList savedNames(const QString& folder);
};

// What WallProfile::load() found.
struct LoadedWallProfile {
    WallProfile profile;  // what was read, or WallProfile::defaults()
    QString error;        // empty: read (or no file yet: defaults); else why the file was not used
    QString setAsidePath; // where the unreadable file was moved, so that nothing is lost
};

} // namespace ioc
