// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertservice.h"
#include "incidents/incidentcoordinator.h"
#include "incidents/sopnotificationbridge.h"
#include "notify/notificationservice.h"
#include "sop/sopservice.h"
#include "sop/soptemplate.h"

#include <QStringList>

#include <memory>

namespace ioc {
class AuthService;
class ChangeFeed;
class Clock;
class ConnectorHost;
class Database;
class Journal;
class Settings;
} // namespace ioc

namespace ioc::app {

// The alerts and the procedures of this node (issue 10): the shipped rules, SOP templates, contacts and
// triggers, the alert and SOP services, the delivery of SOP messages (notify.* settings) and the
// coordinator that feeds the rules with what the connectors commit. Made by main() (a console that runs
// the connectors) or runHeadless(); lives on the main thread; everything passed in must outlive it.
// A shipped file that does not load is a problem (problems()), never a crash: the node runs without rules.
class IncidentRun {
public:
    IncidentRun(Database& database, Journal& journal, AuthService& auth, const Clock& clock, ChangeFeed* feed,
                const Settings& settings);
    ~IncidentRun();

    // Feeds the rules with the host's committed records and starts the scans and the SOP timers.
    void start(ConnectorHost* host);

    AlertService* alerts() { return m_alerts.get(); }
    SopService* sop() { return m_sop.get(); }
    QStringList problems() const { return m_problems; }

private:
    SopTemplateLibrary m_templates;
    std::unique_ptr<AlertService> m_alerts;
    std::unique_ptr<SopService> m_sop;
    std::unique_ptr<NotificationService> m_notifications;
    std::unique_ptr<SopNotificationBridge> m_bridge;
    std::unique_ptr<IncidentCoordinator> m_coordinator;
    QStringList m_problems;
};

} // namespace ioc::app
