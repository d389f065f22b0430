// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QImage>
#include <QString>

namespace ioc {

// Burns a caption and a timestamp into a band along the bottom of a picture (white on black, so they read
// on any video), then writes it as PNG. The timestamp is local time, "yyyy-MM-dd HH:mm:ss". Any thread.
QImage captionedSnapshot(const QImage& frame, const QString& caption, const QDateTime& time);
Result<void> writeSnapshot(const QImage& frame, const QString& caption, const QDateTime& time, const QString& pngPath);

} // namespace ioc
