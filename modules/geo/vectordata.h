// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoRectangle>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace ioc {

// Positions are normalised world coordinates (webmercator.h: the world is the unit square, y south),
// converted once when the file is read. Rings and lines hold no repeated consecutive positions, and
// rings are open: the closing position of the GeoJSON ring is not repeated.
struct VectorPolygon {
    QList<QList<QPointF>> rings; // rings[0] the outer ring, the others its holes
};

struct VectorFeature {
    int sourceIndex = 0; // index of the feature in the document ("feature N" in messages)
    QVariant id;         // the Feature's "id" member, if any
    QVariantMap properties;
    // A feature's geometry, GeometryCollections and Multi* flattened into parts by kind.
    QList<QPointF> points;
    QList<QList<QPointF>> lines;
    QList<VectorPolygon> polygons;
    QRectF bounds; // world; a point's has zero size

    bool hasGeometry() const { return !points.isEmpty() || !lines.isEmpty() || !polygons.isEmpty(); }
    qsizetype vertexCount() const;
    QGeoRectangle geoBounds() const;
};

// What GeoJsonReader made of a document. `error` is set when the document as a whole was rejected
// (unreadable, not JSON, not GeoJSON); it then holds no features. `problems` lists the features that
// were left out, one message each naming the feature's index and what is wrong; the others are kept.
struct VectorData {
    QList<VectorFeature> features;
    QRectF bounds; // world, of every kept feature
    QString error;
    QStringList problems;

    bool isValid() const { return error.isEmpty(); }
    qsizetype vertexCount() const;
    QGeoRectangle geoBounds() const;
};

// The geographic rectangle of a world rectangle (y south becomes latitude north).
QGeoRectangle worldRectToGeo(const QRectF& world);

} // namespace ioc
