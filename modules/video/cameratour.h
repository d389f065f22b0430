// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace ioc {

// Cycles through cameras, one every `seconds` (at least kMinSeconds: a shorter interval is raised to
// it, and intervalSeconds() says what is in force). GUI thread; the timer is a child of the tour.
class CameraTour : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinSeconds = 3;

    explicit CameraTour(QObject* parent = nullptr);

    void setCameras(const QStringList& cameraKeys); // keeps the position when the current camera stays
    QStringList cameras() const { return m_cameras; }
    // Returns the interval in force (seconds clamped to >= kMinSeconds).
    int setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_seconds; }

    // Shows the first camera at once (currentChanged), then the next every interval. No cameras: no-op.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int currentIndex() const { return m_index; }
    QString currentCamera() const;

public slots:
    // The next camera (wrapping); what the timer calls.
    void advance();

signals:
    void currentChanged(const QString& cameraKey, int index);
    void runningChanged(bool running);

private:
    QStringList m_cameras;
    int m_seconds = 10;
    int m_index = -1;
    QTimer m_timer{this};
};

} // namespace ioc
