// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/internal/vectorlabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ioc::internal {

LabelAtlas renderLabelAtlas(const QStringList& texts, const QFont& font, const QColor& color, const QColor& halo,
                            qreal devicePixelRatio)
{
    LabelAtlas atlas;
    const qsizetype n = texts.size();
    atlas.sources.resize(static_cast<size_t>(n));
    atlas.sizes.resize(static_cast<size_t>(n));
    const QFontMetricsF metrics(font);
    const qreal haloWidth = 2.0;
    const qreal pad = haloWidth + 1.0;
    const qreal rowHeight = std::ceil(metrics.height() + 2 * pad);
    const qreal atlasWidth = 1024.0; // logical pixels

    // Shelf packing, logical pixels.
    std::vector<QPointF> positions(static_cast<size_t>(n));
    qreal x = 0, y = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (texts[i].isEmpty())
            continue;
        const qreal w = std::min(atlasWidth, std::ceil(metrics.horizontalAdvance(texts[i]) + 2 * pad));
        if (x + w > atlasWidth) {
            x = 0;
            y += rowHeight;
        }
        positions[static_cast<size_t>(i)] = QPointF(x, y);
        atlas.sizes[static_cast<size_t>(i)] = QSizeF(w, rowHeight);
        x += w;
    }
    const qreal height = y + rowHeight;
    atlas.image = QImage(QSize(int(std::ceil(atlasWidth * devicePixelRatio)), int(std::ceil(height * devicePixelRatio))),
                         QImage::Format_ARGB32_Premultiplied);
    atlas.image.fill(Qt::transparent);
    QPainter painter(&atlas.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(devicePixelRatio, devicePixelRatio);
    const QPen haloPen(halo, 2 * haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (qsizetype i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        if (texts[i].isEmpty())
            continue;
        QPainterPath path;
        path.addText(positions[k] + QPointF(pad, pad + metrics.ascent()), font, texts[i]);
        painter.strokePath(path, haloPen);
        painter.fillPath(path, color);
        const QSizeF size = atlas.sizes[k];
        atlas.sources[k] = QRectF(positions[k] * devicePixelRatio, size * devicePixelRatio);
    }
    return atlas;
}

} // namespace ioc::internal
