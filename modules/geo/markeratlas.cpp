// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/markeratlas.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <functional>
#include <vector>

namespace ioc {

namespace {

const QString kGlyphs = QStringLiteral("0123456789kM+");

// The shape that stands for a state, centred on 0 with radius r.
QPainterPath stateShape(int state, double r)
{
    QPainterPath path;
    switch (state) {
    case MapMarker::Notice:
        path.addRoundedRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8), r * 0.35, r * 0.35);
        break;
    case MapMarker::Warning:
        path.moveTo(0, -r);
        path.lineTo(r, 0);
        path.lineTo(0, r);
        path.lineTo(-r, 0);
        path.closeSubpath();
        break;
    case MapMarker::Critical:
        for (int i = 0; i < 8; ++i) {
            const double a = M_PI / 8 + i * M_PI / 4;
            const QPointF p(r * std::cos(a), r * std::sin(a));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        path.closeSubpath();
        break;
    default:
        path.addEllipse(QPointF(0, 0), r * 0.92, r * 0.92);
        break;
    }
    return path;
}

// The glyph of a kind, centred on 0 within a box of half-size s; filled, and stroked where it says.
void drawKindGlyph(QPainter& p, int kind, double s, const QColor& ink)
{
    p.save();
    QPen pen(ink, s * 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    QPainterPath path;
    switch (kind) {
    case MapMarker::Report: { // a page with a folded corner and two lines
        path.moveTo(-s * 0.55, -s * 0.75);
        path.lineTo(s * 0.2, -s * 0.75);
        path.lineTo(s * 0.55, -s * 0.4);
        path.lineTo(s * 0.55, s * 0.75);
        path.lineTo(-s * 0.55, s * 0.75);
        path.closeSubpath();
        p.drawPath(path);
        p.setPen(QPen(Qt::transparent));
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.setPen(QPen(Qt::black, s * 0.12));
        p.drawLine(QPointF(-s * 0.3, 0), QPointF(s * 0.3, 0));
        p.drawLine(QPointF(-s * 0.3, s * 0.35), QPointF(s * 0.3, s * 0.35));
        break;
    }
    case MapMarker::Camera: // a body and a lens
        path.addRoundedRect(QRectF(-s * 0.75, -s * 0.45, s * 1.5, s * 1.0), s * 0.15, s * 0.15);
        path.addRect(QRectF(-s * 0.3, -s * 0.65, s * 0.6, s * 0.25));
        p.drawPath(path);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.drawEllipse(QPointF(0, s * 0.05), s * 0.3, s * 0.3);
        break;
    case MapMarker::Gauge: // a dial and a needle
        p.setBrush(Qt::NoBrush);
        p.setPen(pen);
        p.drawArc(QRectF(-s * 0.7, -s * 0.6, s * 1.4, s * 1.4), 0, 180 * 16);
        p.drawLine(QPointF(0, s * 0.1), QPointF(s * 0.4, -s * 0.35));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(0, s * 0.1), s * 0.15, s * 0.15);
        p.drawRect(QRectF(-s * 0.7, s * 0.4, s * 1.4, s * 0.15));
        break;
    case MapMarker::WaterStation: // a drop
        path.moveTo(0, -s * 0.8);
        path.cubicTo(s * 0.35, -s * 0.3, s * 0.6, 0, s * 0.6, s * 0.25);
        path.arcTo(QRectF(-s * 0.6, -s * 0.35, s * 1.2, s * 1.2), 0, -180);
        path.cubicTo(-s * 0.6, 0, -s * 0.35, -s * 0.3, 0, -s * 0.8);
        p.drawPath(path);
        break;
    case MapMarker::FloodTower: // a mast over waves
        p.setBrush(Qt::NoBrush);
        p.setPen(pen);
        p.drawLine(QPointF(-s * 0.35, s * 0.3), QPointF(0, -s * 0.75));
        p.drawLine(QPointF(s * 0.35, s * 0.3), QPointF(0, -s * 0.75));
        p.drawLine(QPointF(-s * 0.2, -s * 0.15), QPointF(s * 0.2, -s * 0.15));
        path.moveTo(-s * 0.75, s * 0.6);
        path.quadTo(-s * 0.375, s * 0.35, 0, s * 0.6);
        path.quadTo(s * 0.375, s * 0.85, s * 0.75, s * 0.6);
        p.drawPath(path);
        break;
    case MapMarker::PatrolUnit: // a shield
        path.moveTo(0, -s * 0.8);
        path.lineTo(s * 0.65, -s * 0.5);
        path.quadTo(s * 0.6, s * 0.45, 0, s * 0.8);
        path.quadTo(-s * 0.6, s * 0.45, -s * 0.65, -s * 0.5);
        path.closeSubpath();
        p.drawPath(path);
        break;
    case MapMarker::Sos: // a life ring
        path.addEllipse(QPointF(0, 0), s * 0.75, s * 0.75);
        path.addEllipse(QPointF(0, 0), s * 0.35, s * 0.35);
        p.drawPath(path);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.setPen(QPen(Qt::black, s * 0.14));
        p.drawLine(QPointF(s * 0.3, s * 0.3), QPointF(s * 0.6, s * 0.6));
        p.drawLine(QPointF(-s * 0.3, s * 0.3), QPointF(-s * 0.6, s * 0.6));
        p.drawLine(QPointF(s * 0.3, -s * 0.3), QPointF(s * 0.6, -s * 0.6));
        p.drawLine(QPointF(-s * 0.3, -s * 0.3), QPointF(-s * 0.6, -s * 0.6));
        break;
    case MapMarker::Facility: // a house
        path.moveTo(0, -s * 0.75);
        path.lineTo(s * 0.75, -s * 0.05);
        path.lineTo(s * 0.5, -s * 0.05);
        path.lineTo(s * 0.5, s * 0.7);
        path.lineTo(-s * 0.5, s * 0.7);
        path.lineTo(-s * 0.5, -s * 0.05);
        path.lineTo(-s * 0.75, -s * 0.05);
        path.closeSubpath();
        p.drawPath(path);
        break;
    default: // unknown kind: a dot
        p.drawEllipse(QPointF(0, 0), s * 0.3, s * 0.3);
        break;
    }
    p.restore();
}

double luminance(const QColor& c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

struct Slot {
    QSizeF size;
    std::function<void(QPainter&, const QRectF&)> paint;
    QRectF* out = nullptr;
    double* aspect = nullptr;
};

} // namespace

QRectF MarkerAtlas::icon(int kind, int state) const
{
    const int k = (kind < 0 || kind >= MapMarker::KindCount) ? kUnknownKind : kind;
    return m_icons[static_cast<size_t>(k)][static_cast<size_t>(qBound(0, state, 3))];
}

MarkerAtlas::Glyph MarkerAtlas::glyph(QChar c, bool dark) const
{
    const qsizetype i = kGlyphs.indexOf(c);
    if (i < 0)
        return {};
    return (dark ? m_glyphsDark : m_glyphsWhite)[static_cast<size_t>(i)];
}

MarkerAtlas MarkerAtlas::render(int iconPixels, const std::array<QColor, 4>& stateColors)
{
    MarkerAtlas atlas;
    const int s = std::clamp(iconPixels, 8, 256);
    atlas.m_iconPixels = s;
    const QColor outline(20, 20, 20, 220);
    const QColor darkInk(26, 26, 26);
    std::vector<Slot> sprites;
    for (int state = 0; state < 4; ++state)
        atlas.m_darkText[static_cast<size_t>(state)] = luminance(stateColors[static_cast<size_t>(state)]) > 0.55;

    for (int kind = 0; kind <= kUnknownKind; ++kind) {
        for (int state = 0; state < 4; ++state) {
            const QColor fill = stateColors[static_cast<size_t>(state)];
            const QColor ink = atlas.m_darkText[static_cast<size_t>(state)] ? darkInk : QColor(Qt::white);
            sprites.push_back({QSizeF(s, s),
                             [=](QPainter& p, const QRectF& r) {
                                 p.translate(r.center());
                                 const double radius = r.width() / 2 - 1;
                                 p.setPen(QPen(outline, std::max(1.0, s / 24.0)));
                                 p.setBrush(fill);
                                 p.drawPath(stateShape(state, radius));
                                 // The glyph on a layer of its own, so that its cut-outs show the fill.
                                 QImage glyph(int(r.width()), int(r.height()), QImage::Format_ARGB32_Premultiplied);
                                 glyph.fill(Qt::transparent);
                                 QPainter g(&glyph);
                                 g.setRenderHint(QPainter::Antialiasing);
                                 g.translate(r.width() / 2, r.height() / 2);
                                 drawKindGlyph(g, kind, radius * 0.55, ink);
                                 g.end();
                                 p.drawImage(QPointF(-r.width() / 2, -r.height() / 2), glyph);
                             },
                             &atlas.m_icons[static_cast<size_t>(kind)][static_cast<size_t>(state)], nullptr});
        }
    }
    const int big = 2 * s; // cluster discs and rings are drawn large and scaled down
    for (int state = 0; state < 4; ++state) {
        const QColor fill = stateColors[static_cast<size_t>(state)];
        sprites.push_back({QSizeF(big, big),
                         [=](QPainter& p, const QRectF& r) {
                             p.translate(r.center());
                             const double radius = r.width() / 2 - 1;
                             QColor halo = fill;
                             halo.setAlphaF(0.45);
                             p.setPen(Qt::NoPen);
                             p.setBrush(halo);
                             p.drawPath(stateShape(state, radius));
                             p.setPen(QPen(outline, std::max(1.0, big / 30.0)));
                             p.setBrush(fill);
                             p.drawPath(stateShape(state, radius * 0.78));
                         },
                         &atlas.m_cluster[static_cast<size_t>(state)], nullptr});
    }
    const QColor ring = stateColors[MapMarker::Critical];
    for (int frame = 0; frame < kPulseFrames; ++frame) {
        sprites.push_back({QSizeF(big, big),
                         [=](QPainter& p, const QRectF& r) {
                             QColor c = ring;
                             c.setAlphaF(1.0 - double(frame) / kPulseFrames);
                             p.setPen(QPen(c, big / 14.0));
                             p.setBrush(Qt::NoBrush);
                             p.drawEllipse(r.center(), r.width() / 2 - big / 14.0, r.height() / 2 - big / 14.0);
                         },
                         &atlas.m_pulse[static_cast<size_t>(frame)], nullptr});
    }
    sprites.push_back({QSizeF(s, s),
                     [=](QPainter& p, const QRectF& r) {
                         p.setPen(QPen(Qt::white, std::max(1.0, s / 16.0)));
                         p.setBrush(QColor(40, 40, 40));
                         p.drawEllipse(r.adjusted(1, 1, -1, -1));
                     },
                     &atlas.m_badge, nullptr});
    QFont font;
    font.setPixelSize(std::max(6, int(s * 0.8)));
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double glyphHeight = std::ceil(metrics.height());
    for (int dark = 0; dark < 2; ++dark) {
        for (qsizetype i = 0; i < kGlyphs.size(); ++i) {
            const QChar c = kGlyphs.at(i);
            const double width = std::ceil(metrics.horizontalAdvance(c));
            Glyph& g = (dark ? atlas.m_glyphsDark : atlas.m_glyphsWhite)[static_cast<size_t>(i)];
            g.aspect = width / glyphHeight;
            sprites.push_back({QSizeF(width, glyphHeight),
                             [=](QPainter& p, const QRectF& r) {
                                 p.setFont(font);
                                 p.setPen(dark ? darkInk : QColor(Qt::white));
                                 p.drawText(r, Qt::AlignCenter, QString(c));
                             },
                             &g.rect, nullptr});
        }
    }

    // Shelf packing with a pixel of padding (2 between sprites) so linear filtering never bleeds.
    const int width = std::max(256, 8 * (big + 2));
    double x = 1, y = 1, shelf = 0;
    std::vector<QRectF> placed;
    for (const Slot& slot : sprites) {
        if (x + slot.size.width() + 1 > width) {
            x = 1;
            y += shelf + 2;
            shelf = 0;
        }
        placed.emplace_back(QPointF(x, y), slot.size);
        x += slot.size.width() + 2;
        shelf = std::max(shelf, slot.size.height());
    }
    const int height = int(std::ceil(y + shelf + 1));
    atlas.m_image = QImage(width, height, QImage::Format_RGBA8888_Premultiplied);
    atlas.m_image.fill(Qt::transparent);
    QPainter painter(&atlas.m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (size_t i = 0; i < sprites.size(); ++i) {
        painter.save();
        painter.setClipRect(placed[i]);
        sprites[i].paint(painter, placed[i]);
        painter.restore();
        const QRectF& r = placed[i];
        *sprites[i].out = QRectF(r.x() / width, r.y() / height, r.width() / width, r.height() / height);
    }
    painter.end();
    return atlas;
}

} // namespace ioc
