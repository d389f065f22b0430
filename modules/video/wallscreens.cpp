// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/wallscreens.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QScreen>
#include <QWindow>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWallScreens, "ioc.video.wall", QtWarningMsg)

namespace ioc {

QList<WindowPlacement> placeWallWindows(const QList<ScreenIdentity>& wanted, const QList<ScreenInfo>& available)
{
    QList<int> byGeometry(available.size());
    for (int i = 0; i < available.size(); ++i)
        byGeometry[i] = i;
    std::stable_sort(byGeometry.begin(), byGeometry.end(), [&](int a, int b) {
        const QRect& ra = available.at(a).geometry;
        const QRect& rb = available.at(b).geometry;
        return ra.x() != rb.x() ? ra.x() < rb.x() : ra.y() < rb.y();
    });

    QList<WindowPlacement> placements(wanted.size());
    QList<bool> taken(available.size(), false);
    auto claim = [&](int want, int screen) {
        placements[want] = WindowPlacement{screen, true};
        taken[screen] = true;
    };
    // Serial numbers first: they follow a monitor whatever port it is plugged into.
    for (int w = 0; w < wanted.size(); ++w) {
        if (wanted.at(w).serial.isEmpty())
            continue;
        for (int s = 0; s < available.size(); ++s) {
            if (!taken[s] && available.at(s).serial == wanted.at(w).serial) {
                claim(w, s);
                break;
            }
        }
    }
    for (int w = 0; w < wanted.size(); ++w) {
        if (placements[w].home || wanted.at(w).name.isEmpty())
            continue;
        for (int s = 0; s < available.size(); ++s) {
            if (!taken[s] && available.at(s).name == wanted.at(w).name) {
                claim(w, s);
                break;
            }
        }
    }
    for (int w = 0; w < wanted.size(); ++w) {
        const ScreenIdentity& identity = wanted.at(w);
        // Only a screen known by position alone is placed by position: a named monitor that is gone
        // must not take over whichever monitor now has its place.
        if (placements[w].home || identity.order < 0 || !identity.name.isEmpty() || !identity.serial.isEmpty())
            continue;
        if (identity.order < byGeometry.size() && !taken[byGeometry.at(identity.order)])
            claim(w, byGeometry.at(identity.order));
    }
    int primary = -1;
    for (int s = 0; s < available.size(); ++s) {
        if (available.at(s).primary) {
            primary = s;
            break;
        }
    }
    if (primary < 0 && !byGeometry.isEmpty())
        primary = byGeometry.constFirst();
    for (int w = 0; w < wanted.size(); ++w) {
        if (placements[w].home)
            continue;
        int fallback = primary;
        for (int s : byGeometry) {
            if (!taken[s]) {
                fallback = s;
                taken[s] = true;
                break;
            }
        }
        placements[w] = WindowPlacement{fallback, false};
    }
    return placements;
}

WallScreens::WallScreens(const QList<ScreenIdentity>& wanted, WindowFactory factory, QObject* parent)
    : QObject(parent), m_wanted(wanted), m_factory(std::move(factory))
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &WallScreens::onScreenAdded);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WallScreens::onScreenRemoved);
    connect(qGuiApp, &QGuiApplication::primaryScreenChanged, this, &WallScreens::onPrimaryScreenChanged);
}

void WallScreens::open(bool showWindows)
{
    m_show = showWindows;
    for (int i = m_windows.size(); i < m_wanted.size(); ++i)
        m_windows.append(m_factory(i));
    place(nullptr);
}

QWindow* WallScreens::window(int index) const
{
    return index >= 0 && index < m_windows.size() ? m_windows.at(index).data() : nullptr;
}

ScreenInfo WallScreens::describe(const QScreen* screen)
{
    return ScreenInfo{screen->name(), screen->serialNumber(), screen->geometry(), screen == QGuiApplication::primaryScreen()};
}

void WallScreens::onScreenAdded(QScreen* screen)
{
    qCInfo(lcWallScreens).noquote() << "screen added:" << screen->name();
    place(nullptr);
}

void WallScreens::onScreenRemoved(QScreen* screen)
{
    qCInfo(lcWallScreens).noquote() << "screen removed:" << screen->name();
    place(screen);
}

void WallScreens::onPrimaryScreenChanged(QScreen*) { place(nullptr); }

void WallScreens::place(const QScreen* leaving)
{
    m_screens.clear();
    QList<ScreenInfo> available;
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen == leaving)
            continue;
        m_screens.append(screen);
        available.append(describe(screen));
    }
    m_placements = placeWallWindows(m_wanted, available);
    for (int i = 0; i < m_windows.size(); ++i) {
        QWindow* window = m_windows.at(i);
        const WindowPlacement& placement = m_placements.at(i);
        if (!window || placement.screen < 0)
            continue;
        QScreen* screen = m_screens.at(placement.screen);
        if (window->screen() != screen)
            window->setScreen(screen);
        window->setGeometry(screen->geometry());
        if (m_show)
            window->showFullScreen();
        if (placement.home)
            qCInfo(lcWallScreens).noquote() << "wall window" << i << "on" << screen->name() << screen->geometry();
        else
            qCWarning(lcWallScreens).noquote() << "wall window" << i << "is on" << screen->name()
                                               << "until its own screen returns";
    }
    emit placementsChanged();
}

} // namespace ioc
