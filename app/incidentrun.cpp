// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/incidentrun.h"

#include "connect/connectorhost.h"
#include "core/settings.h"
#include "incidents/soptriggers.h"
#include "notify/notificationconfig.h"
#include "sop/sopcontacts.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace ioc::app {

IncidentRun::IncidentRun(Database& database, Journal& journal, AuthService& auth, const Clock& clock, ChangeFeed* feed,
                         const Settings& settings)
{
    Result<AlertRuleSet> rules = AlertRuleSet::load(QStringLiteral(":/alerts/rules.json"));
    if (!rules) {
        m_problems.append(rules.errorMessage());
        return;
    }
    if (Result<QStringList> refused = m_templates.loadFolder(QStringLiteral(":/sop/templates")); !refused)
        m_problems.append(refused.errorMessage());
    else
        m_problems.append(refused.value());
    m_alerts = std::make_unique<AlertService>(database, journal, auth, clock, std::move(rules).value(), AlertServiceConfig(), feed);
    m_sop = std::make_unique<SopService>(database, journal, auth, m_templates, clock);
    if (Result<SopContactDirectory> contacts = SopContactDirectory::fromFile(QStringLiteral(":/sop/contacts.json")); contacts)
        m_sop->setContacts(std::move(contacts).value());
    else
        m_problems.append(contacts.errorMessage());
    const NotificationConfig delivery = NotificationConfig::fromSettings(settings);
    m_notifications = std::make_unique<NotificationService>(delivery, &clock);
    m_bridge = std::make_unique<SopNotificationBridge>(*m_notifications, *m_sop);
    m_sop->setNotifier(m_bridge.get());
    Result<SopTriggers> triggers = SopTriggers::load(SopTriggers::embeddedPath(), m_alerts->rules(), m_templates);
    if (!triggers) {
        m_problems.append(triggers.errorMessage());
        triggers = SopTriggers(); // alerts without procedures: still watched
    }
    m_coordinator = std::make_unique<IncidentCoordinator>(*m_alerts, *m_sop, std::move(triggers).value(), database);
    for (const QString& problem : std::as_const(m_problems))
        qCWarning(lcApp).noquote() << problem;
}

IncidentRun::~IncidentRun() = default;

void IncidentRun::start(ConnectorHost* host)
{
    if (!m_coordinator)
        return;
    if (auto started = m_alerts->start(); !started) {
        m_problems.append(started.errorMessage());
        qCWarning(lcApp).noquote() << started.errorMessage();
    }
    if (host)
        QObject::connect(host, &ConnectorHost::recordsCommitted, m_coordinator.get(), &IncidentCoordinator::onRecordsCommitted);
    m_coordinator->start();
}

} // namespace ioc::app
