// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A quick look at a stream before QMediaPlayer opens it. Qt 6.4's FFmpeg backend opens the input on
// the GUI thread and reports every failure as "Could not open file": a server that accepts and never
// answers would freeze the wall, and a wrong password could not be told from a dead camera. The probe
// asks the server itself, asynchronously and with a timeout: RTSP DESCRIBE over TCP (Basic credentials
// sent when the URL has them), an HTTP GET read up to its status line, a local file's existence.
// A server that answers well is then handed to the player. GUI thread (any thread with an event loop).
// An RTSP answer's session description is read too: an H.264 camera whose SPS carries no frame rate
// would crash Qt 6.4's FFmpeg backend (internal/h264sps.h says why) and is refused here (NoFrameRate);
// so is MJPEG over HTTP (multipart/x-mixed-replace), which FFmpeg never gives a frame rate.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;
class QTimer;

namespace ioc {

class StreamProbe : public QObject {
    Q_OBJECT

public:
    enum class Outcome {
        Ok,               // answered as a stream server does (or nothing to ask: rtsps, Digest challenge)
        Refused,          // connection refused: nothing listens there
        HostNotFound,
        Timeout,          // connected (or not) but no answer in time
        NeedsCredentials, // 401 and the URL has no user name
        WrongCredentials, // 401 although the URL has credentials
        NotFound,         // 404: the server has no such stream
        NotAStreamServer, // the answer is not RTSP/HTTP (garbage)
        ServerError,      // another status (4xx/5xx)
        NetworkError,     // anything else on the way
        NoSuchFile,
        Unreadable,
        NoFrameRate,      // no frame rate for the player: RTSP H.264 whose SPS has no timing, MJPEG over HTTP
    };
    Q_ENUM(Outcome)

    explicit StreamProbe(QObject* parent = nullptr);
    ~StreamProbe() override;

    // Starts a probe; a probe still running is abandoned (its result never arrives).
    void probe(const QUrl& url, int timeoutMs);
    void cancel();

Q_SIGNALS:
    // detail: the server's status line or the socket's error text (no credentials), for the log.
    void finished(ioc::StreamProbe::Outcome outcome, const QString& detail);

private:
    void probeRtsp(const QUrl& url);
    void probeHttp(const QUrl& url);
    void onRtspData();
    void onRtspDescription(const QByteArray& sdp);
    void finish(Outcome outcome, const QString& detail);

    QUrl m_url;
    QTcpSocket* m_socket = nullptr; // child; one per probe
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timeout = nullptr;
    QByteArray m_answer;
    bool m_running = false;
};

} // namespace ioc
