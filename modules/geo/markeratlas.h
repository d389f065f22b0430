// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/mapmarker.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>

#include <array>

namespace ioc {

// The one image a MarkerLayer draws from: every kind's icon in every state, cluster discs, digits
// for counts and badges, and the frames of the pulse ring, drawn here with QPainter paths. The state
// shows as a colour AND a shape (normal: circle, notice: rounded square, warning: diamond, critical:
// octagon), so it never rests on colour alone. Sprite rectangles are in texture coordinates (0…1).
// Built on any thread; a value.
class MarkerAtlas {
public:
    static constexpr int kPulseFrames = 8;
    static constexpr int kUnknownKind = MapMarker::KindCount; // drawn as a plain dot

    struct Glyph {
        QRectF rect;         // texture coordinates
        double aspect = 0.5; // width / height of the sprite
    };

    // iconPixels: device pixels of one icon; colours: normal, notice, warning, critical.
    static MarkerAtlas render(int iconPixels, const std::array<QColor, 4>& stateColors);

    const QImage& image() const { return m_image; }
    int iconPixels() const { return m_iconPixels; }
    QRectF icon(int kind, int state) const;
    QRectF cluster(int state) const { return m_cluster[static_cast<size_t>(qBound(0, state, 3))]; }
    QRectF pulse(int frame) const { return m_pulse[static_cast<size_t>(qBound(0, frame, kPulseFrames - 1))]; }
    QRectF badge() const { return m_badge; }
    // Digits 0-9, 'k', 'M', '+', dark or white; a character not in the atlas gives an empty glyph.
    Glyph glyph(QChar c, bool dark) const;
    // Whether text on this state's colour is dark (light colours) or white.
    bool darkTextOn(int state) const { return m_darkText[static_cast<size_t>(qBound(0, state, 3))]; }

private:
    QImage m_image;
    int m_iconPixels = 0;
    std::array<std::array<QRectF, 4>, MapMarker::KindCount + 1> m_icons{};
    std::array<QRectF, 4> m_cluster{};
    std::array<QRectF, kPulseFrames> m_pulse{};
    std::array<Glyph, 13> m_glyphsDark{};
    std::array<Glyph, 13> m_glyphsWhite{};
    std::array<bool, 4> m_darkText{};
    QRectF m_badge;
};

} // namespace ioc
