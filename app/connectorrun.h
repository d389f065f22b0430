// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connect/connectorcatalogue.h"
#include "connect/connectorhost.h"
#include "connect/transport.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace ioc {
class ChangeFeed;
class Clock;
class Settings;
} // namespace ioc

namespace ioc::app {

// The connectors of this process: the plugin catalogue, the one libcurl transport and the host that runs
// the connectors of a setup file. Made by main() (console) or runHeadless(); lives on the main thread;
// the feed and the clock must outlive it.
class ConnectorRun {
public:
    // Scans the plugin folders. Problems (a bad file, a rejected plugin, a connector that cannot start)
    // are collected in problems(); nothing here is fatal.
    ConnectorRun(const QString& storeUrl, ChangeFeed* feed, const Clock& clock);
    ~ConnectorRun();

    // Starts the connectors of a setup file, or of a setup made in code (--demo's simulator).
    void startFile(const QString& setupFile);
    void start(const ConnectorSetup& setup);

    // --demo: the demo province's simulator as the connector "demo" and, when dropFolder is not empty, the
    // wards' CSV reports dropped there (a csv-drop connector "phan-anh-csv"; two of its lines are bad on
    // purpose, so that the connector screen shows a quarantine).
    static ConnectorSetup demoSetup(quint64 seed, double speed, const QString& dropFolder);
    // Fills dropFolder (emptied first) with the demo's CSV file; false when it cannot.
    static bool prepareDemoDrop(const QString& dropFolder);

    ConnectorCatalogue& catalogue() { return m_catalogue; }
    ConnectorHost& host() { return *m_host; }
    Transport& transport() { return m_transport; }

    // Rejected plugins, setup file problems and connectors that could not start, each in words.
    QStringList problems() const;
    // Configured names of the connectors started here, by id (for the screens).
    QHash<QString, QString> displayNames() const { return m_names; }
    int started() const { return m_started; }

private:
    ConnectorCatalogue m_catalogue;
    Transport m_transport;
    std::unique_ptr<ConnectorHost> m_host;
    QStringList m_setupProblems;
    QHash<QString, QString> m_names;
    int m_started = 0;
};

// --headless: runs the connectors, the alert rules, the SOP timers and the delivery of their messages
// without a user interface until SIGINT or SIGTERM; prints one line per connector state change. Returns
// the exit code.
int runHeadless(const QString& storeUrl, const QString& setupFile, const Clock& clock, const Settings& settings);

} // namespace ioc::app
