// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The camera-wall tile's stream, for QML: give it a camera, a tile size and a VideoOutput's sink; it picks
// the variant (the smallest stream at least as large as the tile, the main one when maximised), plays it
// while active, and says how it goes. Not a visual item: the tile draws with a VideoOutput and binds
// videoSink to it. GUI thread.
//
//   VideoOutput { id: out }
//   VideoStream { camera: model.camera; active: tile.visible; tileSize: Qt.size(out.width, out.height);
//                 videoSink: out.videoSink }

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSizeF>
#include <QVariantMap>
#include <QVideoSink>

#include "video/camerastreams.h"

class QTimer;

namespace ioc {

class StreamSession;

class VideoStream : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // {key, name, streams: [{url, width, height}, ...]} (camerastreams.h)
    Q_PROPERTY(QVariantMap camera READ camera WRITE setCamera NOTIFY cameraChanged)
    // false: nothing decodes (hidden or off-screen tiles)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QSizeF tileSize READ tileSize WRITE setTileSize NOTIFY tileSizeChanged)
    Q_PROPERTY(bool maximised READ maximised WRITE setMaximised NOTIFY maximisedChanged)
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // "idle", "connecting", "live", "stalled", "reconnecting", "failed"
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY stateChanged)
    // {fps, width, height, dropped, sinceLastFrameMs, reconnects}, refreshed twice a second while active
    Q_PROPERTY(QVariantMap stats READ stats NOTIFY statsChanged)
    Q_PROPERTY(int variantIndex READ variantIndex NOTIFY variantIndexChanged)

public:
    explicit VideoStream(QObject* parent = nullptr);
    ~VideoStream() override;

    QVariantMap camera() const { return m_camera; }
    void setCamera(const QVariantMap& camera);
    bool active() const { return m_active; }
    void setActive(bool active);
    QSizeF tileSize() const { return m_tileSize; }
    void setTileSize(const QSizeF& size);
    bool maximised() const { return m_maximised; }
    void setMaximised(bool maximised);
    QVideoSink* videoSink() const;
    void setVideoSink(QVideoSink* sink);

    QString state() const;
    QString stateText() const;
    QString reason() const;
    QVariantMap stats() const { return m_stats; }
    int variantIndex() const { return m_variantIndex; }

    // The picture now on the tile, with the camera's name and the time burnt in, as PNG.
    Q_INVOKABLE bool snapshot(const QString& path);

    // For C++ users and tests: the session behind the element.
    StreamSession* session() const { return m_session; }

Q_SIGNALS:
    void cameraChanged();
    void activeChanged();
    void tileSizeChanged();
    void maximisedChanged();
    void videoSinkChanged();
    void stateChanged();
    void statsChanged();
    void variantIndexChanged();

private:
    void apply(); // picks the variant and starts, switches or stops the session
    void refreshStats();

    QVariantMap m_camera;
    Result<CameraStreams> m_streams;
    bool m_active = true;
    QSizeF m_tileSize;
    bool m_maximised = false;
    QPointer<QVideoSink> m_videoSink;
    int m_variantIndex = -1;
    QVariantMap m_stats;
    QString m_configError; // translated; shown as the failed reason
    StreamSession* m_session = nullptr; // child
    QTimer* m_statsTimer = nullptr;     // child
};

} // namespace ioc
