// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connect/connectorstatusmodel.h"
#include "connect/quarantinemodel.h"
#include "core/result.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace ioc {

class AuthService;
class MapController;
class ShellStatus;

// What the connector screen may ask of the connectors running in this process (main binds them to
// ConnectorHost). An empty function: this console runs no connector host (a centre whose connectors
// run on a headless node).
struct ConnectorCommands {
    std::function<Result<void>(const QString& connectorId)> pollNow;
    std::function<Result<void>(const QString& connectorId, qint64 id, const QString& actor)> retryQuarantined;
    std::function<Result<void>(const QString& connectorId, qint64 id, const QString& actor)> discardQuarantined;
};

// The connector screen's controller (STYLE.md 4): the status and quarantine models, the problems of
// the plugins and connectors that could not start, and the operator's actions. Every action is checked
// here, in C++, against the signed-in session (Capability::ManageConnectors) before a command runs;
// the refusal is journaled by AuthService::authorize and told in lastMessage.
// GUI thread; the service, the models and the commands' target outlive it.
class ConnectorsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(ioc::ConnectorStatusModel* statusModel READ statusModel CONSTANT)
    Q_PROPERTY(ioc::QuarantineModel* quarantineModel READ quarantineModel CONSTANT)
    Q_PROPERTY(QStringList pluginProblems READ pluginProblems NOTIFY pluginProblemsChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY canManageChanged)
    // The answer to the last action: a refusal, an error, a request sent or the host's result.
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastMessageChanged)
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY lastMessageChanged)
    // Connectors whose data is stale or down now (the map marks the layers fed by them).
    Q_PROPERTY(QStringList staleSources READ staleSources NOTIFY staleSourcesChanged)

public:
    ConnectorsController(AuthService& auth, ConnectorStatusModel& status, QuarantineModel& quarantine,
                         QObject* parent = nullptr);

    ConnectorStatusModel* statusModel() { return &m_status; }
    QuarantineModel* quarantineModel() { return &m_quarantine; }
    QStringList pluginProblems() const { return m_pluginProblems; }
    bool canManage() const { return m_canManage; }
    QString lastMessage() const { return m_lastMessage; }
    bool lastFailed() const { return m_lastFailed; }
    QStringList staleSources() const { return m_status.troubledIds(); }

    void setCommands(ConnectorCommands commands) { m_commands = std::move(commands); }
    // Rejected plugin files and connectors that could not start, in words (ConnectorRun::problems()).
    void setPluginProblems(const QStringList& problems);

    // Each returns whether the request was sent (the permission held and the host took it).
    Q_INVOKABLE bool retry(qint64 id, const QString& connectorId);
    Q_INVOKABLE bool discard(qint64 id, const QString& connectorId);
    Q_INVOKABLE bool pollNow(const QString& connectorId);

    // ConnectorHost::quarantineHandled: the outcome of a retry or a discard.
    void onQuarantineHandled(qint64 id, bool ok, const QString& message);

Q_SIGNALS:
    void pluginProblemsChanged();
    void canManageChanged();
    void lastMessageChanged();
    void staleSourcesChanged();

private:
    using QuarantineCommand = std::function<Result<void>(const QString&, qint64, const QString&)>;
    bool handleQuarantined(const QuarantineCommand& command, qint64 id, const QString& connectorId, bool retrying);
    bool permitted(const QString& subject);
    void updateCanManage();
    void setLastMessage(const QString& message, bool failed);

    AuthService& m_auth;
    ConnectorStatusModel& m_status;
    QuarantineModel& m_quarantine;
    ConnectorCommands m_commands;
    QStringList m_pluginProblems;
    bool m_canManage = false;
    QString m_lastMessage;
    bool m_lastFailed = false;
};

// Keeps the header's data health (ShellStatus::setDataHealth) in step with the status model's summary,
// from now on. Both must outlive the connection (it is made with `status` as the context).
void linkDataHealth(ConnectorStatusModel& model, ShellStatus& status);
// Keeps the map's stale layers (MapController::setStaleSources) in step with the connectors, from now on.
void linkStaleSources(ConnectorsController& connectors, MapController& map);

} // namespace ioc
