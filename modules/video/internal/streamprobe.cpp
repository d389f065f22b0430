// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/internal/streamprobe.h"

#include "video/internal/h264sps.h"
#include "video/internal/sdpvideo.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace ioc {

StreamProbe::StreamProbe(QObject* parent) : QObject(parent), m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(Outcome::Timeout, m_answer.isEmpty() ? QStringLiteral("no answer") : QStringLiteral("incomplete answer"));
    });
}

StreamProbe::~StreamProbe()
{
    cancel();
}

void StreamProbe::cancel()
{
    m_running = false;
    m_timeout->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_answer.clear();
}

void StreamProbe::probe(const QUrl& url, int timeoutMs)
{
    cancel();
    m_url = url;
    m_running = true;
    const QString scheme = url.scheme().toLower();
    if (url.isLocalFile()) {
        const QFileInfo file(url.toLocalFile());
        // Queued, like every other outcome: callers never see the signal inside probe().
        const Outcome outcome = !file.exists() ? Outcome::NoSuchFile
                                : (!file.isFile() || !file.isReadable()) ? Outcome::Unreadable
                                                                          : Outcome::Ok;
        QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome, {}); }, Qt::QueuedConnection);
        return;
    }
    m_timeout->start(timeoutMs);
    if (scheme == u"rtsp")
        probeRtsp(url);
    else if (scheme == u"http" || scheme == u"https")
        probeHttp(url);
    else
        QMetaObject::invokeMethod(this, [this] { finish(Outcome::Ok, {}); }, Qt::QueuedConnection);
}

void StreamProbe::probeRtsp(const QUrl& url)
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        const QUrl plain = m_url.adjusted(QUrl::RemoveUserInfo);
        QByteArray request = "DESCRIBE " + plain.toEncoded() + " RTSP/1.0\r\nCSeq: 1\r\n"
                             "Accept: application/sdp\r\nUser-Agent: IOC Desk\r\n";
        if (!m_url.userName().isEmpty()) {
            const QByteArray pair = m_url.userName().toUtf8() + ':' + m_url.password().toUtf8();
            request += "Authorization: Basic " + pair.toBase64() + "\r\n";
        }
        request += "\r\n";
        m_socket->write(request);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &StreamProbe::onRtspData);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            finish(Outcome::Refused, m_socket->errorString());
            break;
        case QAbstractSocket::HostNotFoundError:
            finish(Outcome::HostNotFound, m_socket->errorString());
            break;
        case QAbstractSocket::RemoteHostClosedError:
            // Closed after some bytes that were not an answer, or before any.
            finish(m_answer.isEmpty() ? Outcome::NetworkError : Outcome::NotAStreamServer,
                   QStringLiteral("closed by the server"));
            break;
        default:
            finish(Outcome::NetworkError, m_socket->errorString());
        }
    });
    m_socket->connectToHost(url.host(), quint16(url.port(554)));
}

void StreamProbe::onRtspData()
{
    m_answer += m_socket->readAll();
    if (!m_answer.startsWith("RTSP/") && (m_answer.size() >= 5 || !QByteArray("RTSP/").startsWith(m_answer))) {
        finish(Outcome::NotAStreamServer, QStringLiteral("%1 bytes that are not RTSP").arg(m_answer.size()));
        return;
    }
    const qsizetype headerEnd = m_answer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_answer.size() > 64 * 1024)
            finish(Outcome::NotAStreamServer, QStringLiteral("oversized header"));
        return;
    }
    const QByteArray header = m_answer.left(headerEnd);
    const QByteArray statusLine = header.left(header.indexOf("\r\n") < 0 ? header.size() : header.indexOf("\r\n"));
    const QList<QByteArray> parts = statusLine.split(' ');
    bool numeric = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&numeric) : 0;
    const QString detail = QString::fromLatin1(statusLine);
    if (!numeric)
        finish(Outcome::NotAStreamServer, detail);
    else if (status == 200) {
        // The session description follows the header (Content-Length bytes); wait for all of it.
        qsizetype length = 0;
        for (const QByteArray& line : header.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(qsizetype(qstrlen("content-length:"))).trimmed().toLongLong();
        }
        if (length < 0 || length > 256 * 1024) {
            finish(Outcome::NotAStreamServer, QStringLiteral("implausible Content-Length"));
            return;
        }
        if (m_answer.size() < headerEnd + 4 + length)
            return;
        onRtspDescription(m_answer.mid(headerEnd + 4, length));
    }
    else if (status == 401) {
        const bool digest = header.toLower().contains("www-authenticate: digest");
        if (m_url.userName().isEmpty())
            finish(Outcome::NeedsCredentials, detail);
        else if (digest && !header.toLower().contains("www-authenticate: basic"))
            finish(Outcome::Ok, detail); // Digest only: the player answers the challenge itself
        else
            finish(Outcome::WrongCredentials, detail);
    } else if (status == 404)
        finish(Outcome::NotFound, detail);
    else
        finish(Outcome::ServerError, detail);
}

void StreamProbe::onRtspDescription(const QByteArray& sdp)
{
    const std::optional<SdpVideo> video = videoOfSdp(sdp);
    if (!video || video->encoding != "H264") {
        finish(Outcome::Ok, video ? QStringLiteral("video %1").arg(QString::fromLatin1(video->encoding))
                                  : QStringLiteral("no video in the session description"));
        return;
    }
    for (const QByteArray& nal : video->parameterSets) {
        const std::optional<H264Sps> sps = parseH264Sps(nal);
        if (!sps)
            continue;
        const QString what = QStringLiteral("H.264 profile %1, %2x%3")
                                 .arg(sps->profileIdc)
                                 .arg(sps->size.width())
                                 .arg(sps->size.height());
        if (sps->timingInfo)
            finish(Outcome::Ok, what + QStringLiteral(", %1 fps in the SPS").arg(sps->frameRate()));
        else
            finish(Outcome::NoFrameRate, what + QStringLiteral(", no timing information in the SPS"));
        return;
    }
    // Parameter sets sent in the stream only: nothing to check before the player opens it.
    finish(Outcome::Ok, QStringLiteral("H.264 without a readable SPS in the session description: frame rate unchecked"));
}

void StreamProbe::probeHttp(const QUrl& url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    const auto decide = [this] {
        if (!m_reply || !m_running)
            return;
        const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttribute.isValid())
            return;
        const int status = statusAttribute.toInt();
        const QString detail = QStringLiteral("HTTP %1").arg(status);
        if (status >= 300 && status < 400)
            return; // redirects are followed
        // FFmpeg's MJPEG-over-HTTP demuxer (mpjpeg) never states a frame rate: Qt 6.4's player would crash
        // on it exactly as on an H.264 stream without timing (internal/h264sps.h).
        const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
        if (status >= 200 && status < 300 && type.startsWith(u"multipart/x-mixed-replace"))
            finish(Outcome::NoFrameRate, detail + QStringLiteral(", MJPEG (multipart/x-mixed-replace): no frame rate"));
        else if (status >= 200 && status < 300)
            finish(Outcome::Ok, detail);
        else if (status == 401 || status == 403)
            finish(m_url.userName().isEmpty() ? Outcome::NeedsCredentials : Outcome::WrongCredentials, detail);
        else if (status == 404)
            finish(Outcome::NotFound, detail);
        else
            finish(Outcome::ServerError, detail);
    };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, decide);
    connect(m_reply, &QNetworkReply::readyRead, this, decide);
    connect(m_reply, &QNetworkReply::finished, this, [this, decide] {
        if (!m_reply || !m_running)
            return;
        decide();
        if (!m_running)
            return;
        switch (m_reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            finish(Outcome::Refused, m_reply->errorString());
            break;
        case QNetworkReply::HostNotFoundError:
            finish(Outcome::HostNotFound, m_reply->errorString());
            break;
        case QNetworkReply::ProtocolFailure:
            finish(Outcome::NotAStreamServer, m_reply->errorString());
            break;
        default:
            finish(Outcome::NetworkError, m_reply->errorString());
        }
    });
}

void StreamProbe::finish(Outcome outcome, const QString& detail)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT finished(outcome, detail);
}

} // namespace ioc
