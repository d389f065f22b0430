// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A camera's streams as the wall sees them: where each variant is and how large it is, read from the
// camera Asset's properties.streams. Plain values and pure functions; any thread.

#include "core/domain.h"
#include "core/result.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace ioc {

struct StreamVariant {
    QUrl url;   // resolved: rtsp://, rtsps://, http(s)://, file:// (demo: and relative paths made absolute)
    QSize size; // pixels; invalid when the configuration does not say
};

struct CameraStreams {
    QString cameraKey; // the Asset's key.externalId ("CAM001"): the key the frame tap publishes under
    QString name;
    QList<StreamVariant> variants; // main stream first, never empty in a successful Result
};

// Reads properties.streams = [{"url": "...", "width": 1280, "height": 720}, ...] (first = main).
// A bare string item is a URL of unknown size. Fails, naming the item at fault, on a missing or empty
// list, an item without a URL, a malformed URL, an unsupported scheme or a network URL without a host.
// The error messages are translated and carry no credentials.
Result<CameraStreams> cameraStreamsFromAsset(const Asset& asset);

// The same from the VideoStream element's camera map {key, name, streams: [...]}.
Result<CameraStreams> cameraStreamsFromVariant(const QVariantMap& camera);

// One stream URL as written in a configuration: "demo:<clip>" and relative paths resolve against
// videoClipsDirectory(); absolute paths become file:// URLs; rtsp, rtsps, http, https and file pass as they are.
Result<QUrl> resolveStreamUrl(const QString& text);

// The index of the smallest variant at least as large as the tile (both sides), else the largest;
// a variant of unknown size counts as the largest. maximised → 0 (the main stream). -1 when there is none.
int chooseVariant(const CameraStreams& streams, QSize tile, bool maximised);

// The URL without user name and password, and with the values of secret-looking query parameters
// (password=, token=, …: core/redaction.h) replaced by "***": safe for logs and screens.
// (Named apart from connect's ioc::redactedUrl, which the program links as well.)
QString redactedStreamUrl(const QUrl& url);

// The folder of the shipped clips: $IOC_VIDEO_DIR, else <prefix>/share/iocdesk/video next to an installed
// binary, else the source tree's resources/video.
QString videoClipsDirectory();

} // namespace ioc
