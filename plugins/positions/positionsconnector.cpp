// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionsconnector.h"

#include "core/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace ioc {

namespace {
struct PositionsText {
    Q_DECLARE_TR_FUNCTIONS(PositionsText)
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

// Compares without stopping at the first difference, so the time taken says nothing about the token.
bool sameSecret(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    unsigned char difference = x.size() == y.size() ? 0 : 1;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= uchar(x.at(i)) ^ uchar(y.isEmpty() ? 0 : y.at(i % y.size()));
    return difference == 0;
}
} // namespace

Result<PositionsConfig> PositionsConfig::fromJson(const QJsonObject& json)
{
    PositionsConfig config;
    const QString listen = json.value(QStringLiteral("listen")).toString(QStringLiteral("127.0.0.1"));
    if (!config.listen.setAddress(listen))
        return fail(PositionsText::tr("listen: '%1' is not an IP address").arg(listen));
    const double port = json.value(QStringLiteral("port")).toDouble(5055);
    if (port < 1 || port > 65535 || port != double(int(port)))
        return fail(PositionsText::tr("port: expected a whole number from 1 to 65535"));
    config.port = quint16(port);
    const QJsonValue units = json.value(QStringLiteral("units"));
    if (units.isArray()) {
        QSet<QString> allowed;
        for (const QJsonValue& unit : units.toArray()) {
            if (!unit.isString() || unit.toString().isEmpty())
                return fail(PositionsText::tr("units: each unit is a non-empty id"));
            allowed.insert(unit.toString());
        }
        config.units = allowed;
    } else if (!units.isUndefined() && units.toString() != QLatin1String("all")) {
        return fail(PositionsText::tr("units: a list of unit ids, or \"all\""));
    }
    if (json.contains(QStringLiteral("tokenEnv"))) {
        const QString variable = json.value(QStringLiteral("tokenEnv")).toString();
        if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
            return fail(PositionsText::tr("tokenEnv: the environment variable '%1' is not set").arg(variable));
        config.token = qEnvironmentVariable(variable.toLocal8Bit().constData());
    } else {
        config.token = json.value(QStringLiteral("token")).toString();
    }
    const double maxBytes = json.value(QStringLiteral("maxRequestBytes")).toDouble(double(config.maxRequestBytes));
    if (maxBytes < 512 || maxBytes > 1048576)
        return fail(PositionsText::tr("maxRequestBytes: expected 512 to 1048576"));
    config.maxRequestBytes = qsizetype(maxBytes);
    const double idle = json.value(QStringLiteral("idleTimeoutSeconds")).toDouble(config.idleTimeoutSeconds);
    if (idle < 1 || idle > 3600)
        return fail(PositionsText::tr("idleTimeoutSeconds: expected 1 to 3600"));
    config.idleTimeoutSeconds = int(idle);
    return config;
}

PositionsServer::PositionsServer(ConnectorContext& context, const PositionsConfig& config)
    : m_context(context), m_config(config), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PositionsServer::accept);
}

PositionsServer::~PositionsServer()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.key();
    }
}

Result<void> PositionsServer::listen()
{
    if (!m_server->listen(m_config.listen, m_config.port))
        return fail(PositionsText::tr("cannot listen on %1:%2: %3")
                        .arg(m_config.listen.toString()).arg(m_config.port).arg(m_server->errorString()));
    qCInfo(m_context.logCategory()) << "positions" << m_context.connectorId() << ": listening on"
                                    << m_config.listen.toString() << m_config.port;
    return {};
}

void PositionsServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_config.maxConnections) {
            qCWarning(m_context.logCategory()) << "positions" << m_context.connectorId() << ": too many connections, closing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto connection = std::make_shared<Connection>(Connection{{}, HttpRequestReader(m_config.maxRequestBytes), new QTimer(socket)});
        connection->idle->setSingleShot(true);
        connection->idle->setInterval(m_config.idleTimeoutSeconds * 1000);
        connect(connection->idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
            if (socket->state() == QAbstractSocket::UnconnectedState && m_connections.remove(socket))
                socket->deleteLater();
        });
        m_connections.insert(socket, connection);
        connection->idle->start();
    }
}

void PositionsServer::readFrom(QTcpSocket* socket)
{
    const auto found = m_connections.constFind(socket);
    if (found == m_connections.constEnd())
        return;
    const std::shared_ptr<Connection> connection = found.value();
    if (connection->discarding) {
        socket->readAll();
        return;
    }
    connection->buffer += socket->readAll();
    connection->idle->start();
    for (;;) {
        HttpRequest request;
        switch (connection->reader.read(connection->buffer, request)) {
        case HttpRequestReader::State::NeedMore:
            return;
        case HttpRequestReader::State::Failed:
            if (connection->reader.status() == 400)
                quarantine(connection->reader.partialRequestLine(), {}, connection->reader.reason());
            // A lingering close: answer, stop sending, and drop what the client still sends, so that
            // closing with unread data (a reset) does not destroy the answer before it is read.
            connection->discarding = true;
            connection->buffer.clear();
            respond(socket, connection->reader.status(), connection->reader.reason(), true);
            socket->flush();
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
            connection->idle->start(2000);
            return;
        case HttpRequestReader::State::Complete: {
            const auto [status, text] = handle(request);
            const bool keepAlive = request.keepAlive();
            respond(socket, status, text, keepAlive);
            if (!keepAlive)
                return;
            break;
        }
        }
    }
}

std::pair<int, QString> PositionsServer::handle(const HttpRequest& request)
{
    if (request.method != "GET" && request.method != "POST")
        return {405, PositionsText::tr("only GET and POST are accepted")};
    if (!m_config.token.isEmpty()) {
        auto parameters = osmAndParameters(request);
        if (!parameters || !sameSecret(parameters.value().value(QStringLiteral("token")), m_config.token))
            return {401, PositionsText::tr("token: missing or wrong")};
    }
    auto parsed = parseOsmAnd(request, m_context.clock().now());
    if (!parsed) {
        quarantine(request.requestLine, request.body, parsed.errorMessage());
        return {400, parsed.errorMessage()};
    }
    const OsmAndFix& fix = parsed.value();
    if (m_config.units && !m_config.units->contains(fix.unit))
        return {403, PositionsText::tr("unit %1 is not one of the configured units").arg(fix.unit)};
    if (!fix.valid)
        return {200, PositionsText::tr("not stored: the tracker marked the fix invalid")};

    ConnectorBatch batch;
    batch.records.source = m_context.connectorId();
    const RecordKey key{m_context.connectorId(), fix.unit};
    const bool newUnit = !m_knownUnits.contains(fix.unit);
    if (newUnit) {
        // Ingest refuses positions of units it does not know.
        Asset unit;
        unit.key = key;
        unit.kind = AssetKind::PatrolUnit;
        unit.name = fix.unit;
        unit.position = fix.position;
        batch.records.assets.append(unit);
    }
    batch.records.positions.append(UnitPosition{key, fix.time, fix.position, fix.speedKmh});
    batch.dataTime = fix.time;
    if (auto delivered = m_context.deliver(std::move(batch)); !delivered) {
        qCWarning(m_context.logCategory()).noquote() << "positions" << m_context.connectorId()
                                                     << ": the host did not take a position:" << delivered.errorMessage();
        return {503, PositionsText::tr("not stored, send it again later")};
    }
    if (newUnit)
        m_knownUnits.insert(fix.unit);
    return {200, QStringLiteral("OK")};
}

void PositionsServer::quarantine(const QByteArray& requestLine, const QByteArray& body, const QString& reason)
{
    // The raw request, with a token's value replaced by "***": a secret is never stored.
    QByteArray raw = requestLine;
    if (!body.isEmpty())
        raw += "\r\n\r\n" + body;
    ConnectorBatch batch;
    batch.records.source = m_context.connectorId();
    batch.quarantined.append(QuarantinedRecord{QStringLiteral("position"), redactCredentials(QString::fromUtf8(raw)).toUtf8(), reason});
    if (auto delivered = m_context.deliver(std::move(batch)); !delivered)
        qCWarning(m_context.logCategory()).noquote() << "positions" << m_context.connectorId()
                                                     << ": could not keep a bad request in quarantine:" << delivered.errorMessage();
}

void PositionsServer::respond(QTcpSocket* socket, int status, const QString& text, bool keepAlive)
{
    const QByteArray body = text.toUtf8() + '\n';
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + (keepAlive ? "" : "Connection: close\r\n") + "\r\n" + body;
    socket->write(response);
    if (!keepAlive)
        socket->disconnectFromHost(); // after the answer is written
}

PositionsConnector::PositionsConnector(ConnectorContext& context, PositionsConfig config)
    : m_context(context), m_config(std::move(config))
{
}

PositionsConnector::~PositionsConnector() { unsubscribe(); }

Result<void> PositionsConnector::subscribe(const QByteArray&)
{
    if (m_server)
        return {};
    auto server = std::make_unique<PositionsServer>(m_context, m_config);
    if (auto listening = server->listen(); !listening)
        return listening;
    m_server = std::move(server);
    return {};
}

void PositionsConnector::unsubscribe()
{
    m_server.reset(); // closes the listening socket and every connection; no deliver() after this
}

} // namespace ioc
