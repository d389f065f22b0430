// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace ioc::internal {

// Every label of a layer drawn once into one texture: the text in `color` with a 2-pixel halo so that
// it reads on any fill. Rendered with QPainter into a QImage on a worker thread.
struct LabelAtlas {
    QImage image;                 // premultiplied ARGB, device pixels
    std::vector<QRectF> sources;  // per feature: its label in `image` (device pixels); empty: none
    std::vector<QSizeF> sizes;    // per feature: the label's size on screen (logical pixels)
};

LabelAtlas renderLabelAtlas(const QStringList& texts, const QFont& font, const QColor& color, const QColor& halo,
                            qreal devicePixelRatio);

} // namespace ioc::internal
