// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "video/wallprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

#include <functional>

class QScreen;
class QWindow;

namespace ioc {

// A monitor as the placement sees it (from a QScreen, or made up by a test).
struct ScreenInfo {
    QString name;
    QString serial;
    QRect geometry;
    bool primary = false;
};

// Where the window of one profile screen goes: an index into the available screens (-1: there is no
// screen at all) and whether that is the screen the profile asked for (false: moved to another).
struct WindowPlacement {
    int screen = -1;
    bool home = false;
    bool operator==(const WindowPlacement&) const = default;
};

// The decision, a pure function: for each wanted screen, in order, the screen its window goes to.
// Matching: serial, then name, then `order` (position by geometry, left to right then top to bottom),
// each screen taken once. A wanted screen that is missing goes to the first screen no window has
// (by geometry), else to the primary screen, where its window lies over the one already there.
QList<WindowPlacement> placeWallWindows(const QList<ScreenIdentity>& wanted, const QList<ScreenInfo>& available);

// One window per screen of a wall profile, kept on the right monitor while monitors come and go:
// connected to QGuiApplication::screenAdded, screenRemoved and primaryScreenChanged, it places every
// window again (placeWallWindows) — a window whose monitor left moves to a remaining one, and goes
// back when the monitor returns; nothing is restarted. GUI thread only.
class WallScreens : public QObject {
    Q_OBJECT

public:
    // Makes the window for profile screen `index`; the caller owns it (e.g. a QML engine's object).
    using WindowFactory = std::function<QWindow*(int index)>;

    WallScreens(const QList<ScreenIdentity>& wanted, WindowFactory factory, QObject* parent = nullptr);

    // Creates the windows, places them and shows them full screen (showWindows false: placed, not shown).
    void open(bool showWindows = true);
    int windowCount() const { return int(m_windows.size()); }
    QWindow* window(int index) const;
    const QList<WindowPlacement>& placements() const { return m_placements; }
    // The screens placements() indexes, as they were at the last placement.
    const QList<QScreen*>& screens() const { return m_screens; }

    static ScreenInfo describe(const QScreen* screen);

public slots:
    // The QGuiApplication signals call these. `screen` is leaving in onScreenRemoved: it is left out
    // even if QGuiApplication still lists it while the signal is delivered.
    void onScreenAdded(QScreen* screen);
    void onScreenRemoved(QScreen* screen);
    void onPrimaryScreenChanged(QScreen* screen);

signals:
    void placementsChanged();

private:
    void place(const QScreen* leaving);

    QList<ScreenIdentity> m_wanted;
    WindowFactory m_factory;
    QList<QPointer<QWindow>> m_windows;
    QList<QScreen*> m_screens;
    QList<WindowPlacement> m_placements;
    bool m_show = true;
};

} // namespace ioc
