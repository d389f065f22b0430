// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/vectordata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ioc {

// Reads GeoJSON (RFC 7946): a FeatureCollection, a Feature or a bare geometry, every geometry type
// (Point, MultiPoint, LineString, MultiLineString, Polygon with holes, MultiPolygon,
// GeometryCollection). Positions are checked (longitude within ±180, latitude within ±90), rings
// must be closed, have at least 4 positions and not cross themselves; a feature with a problem is left
// out with a message naming its index (0-based, as in the "features" array) and the problem, and the
// others are kept. Only a document that cannot be read, is not JSON (the message gives the parse
// error's byte offset) or is not GeoJSON is rejected as a whole (VectorData::error).
// Stateless; any thread.
class GeoJsonReader {
    Q_DECLARE_TR_FUNCTIONS(ioc::GeoJsonReader)

public:
    static VectorData read(const QByteArray& json);
    // `source`: a file path, a "file:" URL, or a Qt resource as ":/path" or "qrc:/path".
    static VectorData readFile(const QString& source);
    // The path QFile opens for such a source.
    static QString filePath(const QString& source);
};

} // namespace ioc
