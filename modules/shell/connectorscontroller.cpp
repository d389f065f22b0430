// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/connectorscontroller.h"

#include "auth/authservice.h"
#include "shell/mapcontroller.h"
#include "shell/shellstatus.h"

namespace ioc {

ConnectorsController::ConnectorsController(AuthService& auth, ConnectorStatusModel& status, QuarantineModel& quarantine,
                                           QObject* parent)
    : QObject(parent), m_auth(auth), m_status(status), m_quarantine(quarantine)
{
    connect(&m_auth, &AuthService::sessionChanged, this, &ConnectorsController::updateCanManage);
    connect(&m_status, &ConnectorStatusModel::summaryChanged, this, &ConnectorsController::staleSourcesChanged);
    updateCanManage();
}

void ConnectorsController::setPluginProblems(const QStringList& problems)
{
    if (problems == m_pluginProblems)
        return;
    m_pluginProblems = problems;
    Q_EMIT pluginProblemsChanged();
}

void ConnectorsController::updateCanManage()
{
    const bool can = m_auth.session().has(Capability::ManageConnectors);
    if (can == m_canManage)
        return;
    m_canManage = can;
    Q_EMIT canManageChanged();
}

void ConnectorsController::setLastMessage(const QString& message, bool failed)
{
    if (message == m_lastMessage && failed == m_lastFailed)
        return;
    m_lastMessage = message;
    m_lastFailed = failed;
    Q_EMIT lastMessageChanged();
}

bool ConnectorsController::permitted(const QString& subject)
{
    const Result<void> allowed = m_auth.authorize(m_auth.session(), Capability::ManageConnectors, subject);
    if (!allowed)
        setLastMessage(allowed.errorMessage(), true);
    return bool(allowed);
}

bool ConnectorsController::pollNow(const QString& connectorId)
{
    if (!permitted(QStringLiteral("connector:") + connectorId))
        return false;
    if (!m_commands.pollNow) {
        setLastMessage(tr("This console does not run the connectors; %1 polls on the node that runs it.").arg(connectorId), true);
        return false;
    }
    if (const Result<void> asked = m_commands.pollNow(connectorId); !asked) {
        setLastMessage(asked.errorMessage(), true);
        return false;
    }
    setLastMessage(tr("%1 polls now.").arg(connectorId), false);
    return true;
}

bool ConnectorsController::retry(qint64 id, const QString& connectorId)
{
    return handleQuarantined(m_commands.retryQuarantined, id, connectorId, true);
}

bool ConnectorsController::discard(qint64 id, const QString& connectorId)
{
    return handleQuarantined(m_commands.discardQuarantined, id, connectorId, false);
}

bool ConnectorsController::handleQuarantined(const QuarantineCommand& command, qint64 id, const QString& connectorId,
                                             bool retrying)
{
    if (!permitted(QStringLiteral("quarantine:%1").arg(id)))
        return false;
    if (!command) {
        setLastMessage(tr("This console does not run the connectors; the node that runs %1 handles its quarantine.")
                           .arg(connectorId),
                       true);
        return false;
    }
    if (const Result<void> asked = command(connectorId, id, m_auth.session().login); !asked) {
        setLastMessage(asked.errorMessage(), true);
        return false;
    }
    setLastMessage(retrying ? tr("Record %1 is being mapped again…").arg(id) : tr("Record %1 is being discarded…").arg(id),
                   false);
    return true;
}

void ConnectorsController::onQuarantineHandled(qint64 id, bool ok, const QString& message)
{
    if (!message.isEmpty())
        setLastMessage(message, !ok);
    else
        setLastMessage(ok ? tr("Record %1 handled.").arg(id) : tr("Record %1 could not be handled.").arg(id), !ok);
    m_quarantine.refresh();
}

void linkDataHealth(ConnectorStatusModel& model, ShellStatus& status)
{
    auto apply = [&model, &status] {
        const QString overall = model.overall();
        ShellStatus::DataHealth health = ShellStatus::DataHealth::None;
        if (overall == u"ok")
            health = ShellStatus::DataHealth::Ok;
        else if (overall == u"stale")
            health = ShellStatus::DataHealth::Stale;
        else if (overall == u"down")
            health = ShellStatus::DataHealth::Down;
        status.setDataHealth(health, model.count());
    };
    QObject::connect(&model, &ConnectorStatusModel::summaryChanged, &status, apply);
    QObject::connect(&model, &RecordListModel::countChanged, &status, apply);
    apply();
}

void linkStaleSources(ConnectorsController& connectors, MapController& map)
{
    auto apply = [&connectors, &map] { map.setStaleSources(connectors.staleSources()); };
    QObject::connect(&connectors, &ConnectorsController::staleSourcesChanged, &map, apply);
    apply();
}

} // namespace ioc
