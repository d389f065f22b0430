// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QStringList>

#include <chrono>

class QQmlEngine;
class QQmlError;
class QQuickWindow;

namespace ioc {

// Visits every screen of the shell, as --self-test and --screenshot need: shows it, lets it load and
// render one frame, checks that it loaded and that QML reported no warning, and, given a folder,
// writes <screen>.png there.
//
// The root window must offer (Main.qml does): a `screenNames` list property, a `showScreen(name)`
// method returning bool, a `screenStatus` property holding the screen Loader's status, and a
// `screenItem` property (the loaded screen; if it has a `busy` property, the tour waits until it is false;
// with a folder, the states a screen lists in `tourStates` are shown with `showTourState(name)` and
// captured as <screen>-<state>.png).
// Create the tour before the QML is loaded so that warnings raised while loading are counted too.
class ScreenTour : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString screenshotDirectory; // empty: check only
        std::chrono::milliseconds perScreenTimeout{10000};
        QStringList skipScreens; // already visited in an earlier pass (e.g. as another role)
    };

    explicit ScreenTour(QQmlEngine& engine, QObject* parent = nullptr);

    // The screens visited (with a folder: the files written), or the first failure with its reason.
    Result<QStringList> run(QQuickWindow& window, const Options& options);

    QStringList warnings() const { return m_warnings; }

private:
    void collect(const QList<QQmlError>& warnings);
    Result<void> waitForScreen(QQuickWindow& window, const QString& name, std::chrono::milliseconds timeout);

    QStringList m_warnings;
};

} // namespace ioc
