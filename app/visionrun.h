// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/visioncontroller.h"
#include "vision/visionpipeline.h"

#include <QStringList>

#include <memory>

namespace ioc {
class AlertService;
class AuthService;
class Database;
class Journal;
} // namespace ioc

namespace ioc::app {

// The camera analytics of this console (issue 9): the pipeline (raising its alerts through `alerts` when
// this console runs the alerts, else detections only), the controller QML sees as `Vision`, the cameras
// of the store and their configs from <AppConfigLocation>/vision/<camera key>.json; with `demo`, the
// shipped configs (":/vision/demo", a few cameras playing vtest) where the folder has none. Snapshots go
// to <AppDataLocation>/vision/snapshots. A config that does not load is a problem (problems()): that
// camera's analytics are off, the others run. Main thread; everything passed in must outlive it.
class VisionRun {
public:
    struct Folders {
        QString config;    // empty: <AppConfigLocation>/vision
        QString snapshots; // empty: <AppDataLocation>/vision/snapshots
        QString fallback;  // empty: ":/vision/demo" with demo, none without
    };

    VisionRun(Database* database, Journal& journal, AuthService& auth, AlertService* alerts, bool demo, Folders folders = {});
    ~VisionRun();

    // Re-reads the store's cameras (the wall's list changed): new cameras get their configs, cameras gone
    // lose their analytics; the others keep running untouched. Returns the new problems.
    QStringList refreshCameras();

    VisionController* controller() { return m_controller.get(); }
    VisionPipeline* pipeline() { return m_pipeline.get(); }
    QStringList problems() const { return m_problems; }

    static QString defaultConfigFolder();
    static QString defaultSnapshotFolder();

private:
    Database* m_database;
    QString m_fallback;
    std::unique_ptr<VisionPipeline> m_pipeline;
    std::unique_ptr<VisionController> m_controller;
    QStringList m_problems;
};

} // namespace ioc::app
