// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lends decoded pictures to others (the analytics) without a second decode. Thread-safe: every function
// may be called from any thread.
//
// A subscriber names a camera and a rate; publish() (called by the stream sessions, GUI thread) hands
// the picture to each subscriber of that camera at most maxFps times a second. Callbacks run on the
// tap's worker threads (a pool of its own), never on the publisher's thread; one subscriber's callbacks
// never overlap. A picture that arrives while its subscriber is still busy is dropped, not queued.
// publish() for a camera nobody subscribed to costs one atomic load when nobody subscribed to anything,
// else a lock and a hash look-up. The pictures are shared (QVideoFrame is reference-counted): callbacks
// map them read-only.

#include <QDateTime>
#include <QString>
#include <QVideoFrame>

#include <functional>
#include <memory>

namespace ioc {

class FrameTap {
public:
    using Callback = std::function<void(const QString& cameraKey, const QVideoFrame& frame, QDateTime time)>;

    struct Counters {
        qint64 delivered = 0;   // callbacks made
        qint64 droppedBusy = 0; // pictures dropped because the previous callback was still running
        qint64 throttled = 0;   // pictures skipped to keep to maxFps
    };

    FrameTap();
    ~FrameTap(); // waits for running callbacks
    FrameTap(const FrameTap&) = delete;
    FrameTap& operator=(const FrameTap&) = delete;

    // The process-wide tap the stream sessions publish to.
    static FrameTap& instance();

    // maxFps <= 0: every picture. Returns the subscription's id (> 0).
    int subscribe(const QString& cameraKey, double maxFps, Callback callback);
    // After it returns, the callback is not running and is never called again (unless called from
    // inside that callback, where it only prevents later calls).
    void unsubscribe(int id);

    // time: when the picture was published (UTC).
    void publish(const QString& cameraKey, const QVideoFrame& frame);

    Counters counters(int id) const;
    bool hasSubscribers(const QString& cameraKey) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ioc
