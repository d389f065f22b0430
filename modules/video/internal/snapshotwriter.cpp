// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/internal/snapshotwriter.h"

#include "video/internal/videotext.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPainter>

#include <algorithm>

namespace ioc {

QImage captionedSnapshot(const QImage& frame, const QString& caption, const QDateTime& time)
{
    QImage image = frame.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&image);
    // The band's height follows the picture (a sub-stream is small) but stays legible.
    const int band = std::max(18, image.height() / 14);
    QFont font = painter.font();
    font.setPixelSize(band * 2 / 3);
    font.setBold(true);
    painter.setFont(font);
    const QRect bandRect(0, image.height() - band, image.width(), band);
    painter.fillRect(bandRect, Qt::black);
    painter.setPen(Qt::white);
    const QRect textRect = bandRect.adjusted(band / 3, 0, -band / 3, 0);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, caption);
    painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter,
                     time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    painter.end();
    return image;
}

Result<void> writeSnapshot(const QImage& frame, const QString& caption, const QDateTime& time, const QString& pngPath)
{
    if (frame.isNull())
        return fail(VideoText::tr("There is no picture to save yet."));
    QDir().mkpath(QFileInfo(pngPath).absolutePath());
    if (!captionedSnapshot(frame, caption, time).save(pngPath, "PNG"))
        return fail(VideoText::tr("The snapshot could not be written to %1.").arg(pngPath));
    return {};
}

} // namespace ioc
