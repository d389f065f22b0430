// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The positions connector (subscribe mode): an HTTP endpoint for the OsmAnd protocol (osmand.h) that
// GPS trackers and the Traccar Client apps send patrol units' positions to. Each good request is
// delivered at once as a UnitPosition (with an Asset of kind patrol_unit the first time a unit is seen)
// and answered 200 only once the host committed it.
//
// Threads: everything runs on the thread that calls subscribe() (the host's worker thread for this
// connector, which runs an event loop); deliver() is called from there.

#include "httprequest.h"
#include "osmand.h"

#include "connect/connector.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace ioc {

struct PositionsConfig {
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 port = 5055;
    std::optional<QSet<QString>> units; // nullopt: any unit
    QString token;                      // empty: none asked; never logged
    qsizetype maxRequestBytes = 16384;
    int idleTimeoutSeconds = 30;
    int maxConnections = 256;

    static Result<PositionsConfig> fromJson(const QJsonObject& json);
};

// The HTTP side. A QObject of the connector's thread.
class PositionsServer final : public QObject {
    Q_OBJECT

public:
    PositionsServer(ConnectorContext& context, const PositionsConfig& config);
    ~PositionsServer() override;

    Result<void> listen();

private:
    struct Connection {
        QByteArray buffer;
        HttpRequestReader reader;
        QTimer* idle = nullptr; // a child of the socket
        bool discarding = false; // answered an error: what still comes is read and dropped until it closes
    };

    void accept();
    void readFrom(QTcpSocket* socket);
    // The status and the text answered; the request is delivered or quarantined before it returns.
    std::pair<int, QString> handle(const HttpRequest& request);
    void quarantine(const QByteArray& requestLine, const QByteArray& body, const QString& reason);
    void respond(QTcpSocket* socket, int status, const QString& text, bool keepAlive);

    ConnectorContext& m_context;
    const PositionsConfig& m_config;
    QTcpServer* m_server = nullptr;                 // a child
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
    QSet<QString> m_knownUnits;                     // units whose Asset was committed this run
};

class PositionsConnector final : public Connector {
public:
    PositionsConnector(ConnectorContext& context, PositionsConfig config);
    ~PositionsConnector() override;

    Mode mode() const override { return Mode::Subscribe; }
    Result<void> subscribe(const QByteArray& checkpoint) override;
    void unsubscribe() override;

private:
    ConnectorContext& m_context;
    const PositionsConfig m_config;
    std::unique_ptr<PositionsServer> m_server;
};

} // namespace ioc
