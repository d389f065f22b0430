// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geojsonreader.h"

#include "geo/internal/vectorringcheck.h"
#include "geo/webmercator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ioc {

namespace {

QString kindOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Reads one feature's geometry; stops at the first problem, which `problem` then describes.
class FeatureParser {
public:
    explicit FeatureParser(VectorFeature& feature)
        : m_feature(feature)
    {
    }

    QString problem;

    bool geometry(const QJsonObject& g, const QString& prefix)
    {
        const QString type = g.value(QLatin1String("type")).toString();
        if (type == QLatin1String("GeometryCollection")) {
            const QJsonValue members = g.value(QLatin1String("geometries"));
            if (!members.isArray())
                return fail(prefix + GeoJsonReader::tr("a GeometryCollection has no \"geometries\" array"));
            const QJsonArray array = members.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString inner = prefix + GeoJsonReader::tr("geometry %1 of the collection: ").arg(i);
                if (!array.at(i).isObject())
                    return fail(inner + GeoJsonReader::tr("not an object but %1").arg(kindOf(array.at(i))));
                if (!geometry(array.at(i).toObject(), inner))
                    return false;
            }
            return true;
        }
        static const QStringList known = {QStringLiteral("Point"), QStringLiteral("MultiPoint"),
                                          QStringLiteral("LineString"), QStringLiteral("MultiLineString"),
                                          QStringLiteral("Polygon"), QStringLiteral("MultiPolygon")};
        if (!known.contains(type))
            return fail(prefix + GeoJsonReader::tr("unknown geometry type \"%1\"").arg(type));
        const QJsonValue c = g.value(QLatin1String("coordinates"));
        if (!c.isArray())
            return fail(prefix + GeoJsonReader::tr("the %1 has no \"coordinates\" array").arg(type));
        const QJsonArray coordinates = c.toArray();
        m_prefix = prefix;
        if (type == QLatin1String("Point")) {
            QPointF p;
            if (!position(c, GeoJsonReader::tr("the point"), p))
                return false;
            add(p);
            m_feature.points.append(p);
        } else if (type == QLatin1String("MultiPoint")) {
            for (qsizetype i = 0; i < coordinates.size(); ++i) {
                QPointF p;
                if (!position(coordinates.at(i), GeoJsonReader::tr("point %1").arg(i), p))
                    return false;
                add(p);
                m_feature.points.append(p);
            }
        } else if (type == QLatin1String("LineString")) {
            return line(c, GeoJsonReader::tr("the line"));
        } else if (type == QLatin1String("MultiLineString")) {
            for (qsizetype i = 0; i < coordinates.size(); ++i) {
                if (!line(coordinates.at(i), GeoJsonReader::tr("line %1").arg(i)))
                    return false;
            }
        } else if (type == QLatin1String("Polygon")) {
            return polygon(c, -1);
        } else {
            for (qsizetype i = 0; i < coordinates.size(); ++i) {
                if (!polygon(coordinates.at(i), i))
                    return false;
            }
        }
        return true;
    }

private:
    bool fail(const QString& message)
    {
        problem = message;
        return false;
    }

    void add(QPointF p)
    {
        if (!m_hasBounds) {
            m_feature.bounds = QRectF(p, QSizeF(0, 0));
            m_hasBounds = true;
            return;
        }
        QRectF& b = m_feature.bounds;
        const double left = std::min(b.left(), p.x()), right = std::max(b.right(), p.x());
        const double top = std::min(b.top(), p.y()), bottom = std::max(b.bottom(), p.y());
        b = QRectF(QPointF(left, top), QPointF(right, bottom));
    }

    bool position(const QJsonValue& v, const QString& where, QPointF& out)
    {
        if (!v.isArray())
            return fail(m_prefix + GeoJsonReader::tr("wrong nesting in %1: a position must be an array "
                                                     "[longitude, latitude], not %2")
                                       .arg(where, kindOf(v)));
        const QJsonArray a = v.toArray();
        if (!a.isEmpty() && a.at(0).isArray())
            return fail(m_prefix + GeoJsonReader::tr("wrong nesting in %1: arrays nested deeper than a position")
                                       .arg(where));
        if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            return fail(m_prefix + GeoJsonReader::tr("%1: a position needs a longitude and a latitude (numbers)")
                                       .arg(where));
        const double lon = a.at(0).toDouble(), lat = a.at(1).toDouble();
        if (!(std::abs(lat) <= 90.0))
            return fail(m_prefix + GeoJsonReader::tr("latitude %1 out of range in %2").arg(lat).arg(where));
        if (!(std::abs(lon) <= 180.0))
            return fail(m_prefix + GeoJsonReader::tr("longitude %1 out of range in %2").arg(lon).arg(where));
        out = webmercator::toWorld(lat, lon);
        return true;
    }

    // Positions of a line or ring, repeated consecutive ones dropped; `raw` is how many there were.
    bool positions(const QJsonValue& v, const QString& where, QList<QPointF>& out, qsizetype& raw)
    {
        if (!v.isArray())
            return fail(m_prefix + GeoJsonReader::tr("wrong nesting in %1: expected an array of positions, not %2")
                                       .arg(where, kindOf(v)));
        const QJsonArray a = v.toArray();
        raw = a.size();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QPointF p;
            if (!position(a.at(i), where, p))
                return false;
            if (out.isEmpty() || out.last() != p)
                out.append(p);
        }
        return true;
    }

    bool line(const QJsonValue& v, const QString& where)
    {
        QList<QPointF> points;
        qsizetype raw = 0;
        if (!positions(v, where, points, raw))
            return false;
        if (raw < 2)
            return fail(m_prefix + GeoJsonReader::tr("%1 has %2 positions; a line needs at least 2").arg(where).arg(raw));
        for (QPointF p : points)
            add(p);
        m_feature.lines.append(points);
        return true;
    }

    bool polygon(const QJsonValue& v, qsizetype index)
    {
        const QString name = index < 0 ? GeoJsonReader::tr("the polygon") : GeoJsonReader::tr("polygon %1").arg(index);
        if (!v.isArray())
            return fail(m_prefix + GeoJsonReader::tr("wrong nesting in %1: expected an array of rings, not %2")
                                       .arg(name, kindOf(v)));
        const QJsonArray rings = v.toArray();
        if (rings.isEmpty())
            return fail(m_prefix + GeoJsonReader::tr("%1 has no rings").arg(name));
        VectorPolygon result;
        for (qsizetype r = 0; r < rings.size(); ++r) {
            const QString where = index < 0 ? GeoJsonReader::tr("ring %1").arg(r)
                                            : GeoJsonReader::tr("ring %1 of polygon %2").arg(r).arg(index);
            const QJsonValue ringValue = rings.at(r);
            if (ringValue.isArray() && !ringValue.toArray().isEmpty() && ringValue.toArray().at(0).isDouble())
                return fail(m_prefix + GeoJsonReader::tr("wrong nesting in %1: a ring must be an array of positions, "
                                                         "not one position")
                                           .arg(where));
            QList<QPointF> ring;
            qsizetype raw = 0;
            if (!positions(ringValue, where, ring, raw))
                return false;
            if (raw < 4)
                return fail(m_prefix + GeoJsonReader::tr("%1 has %2 positions; a closed ring needs at least 4")
                                           .arg(where).arg(raw));
            const QJsonArray first = ringValue.toArray().first().toArray();
            const QJsonArray last = ringValue.toArray().last().toArray();
            if (first.at(0).toDouble() != last.at(0).toDouble() || first.at(1).toDouble() != last.at(1).toDouble())
                return fail(m_prefix + GeoJsonReader::tr("%1 is not closed: its first and last positions differ")
                                           .arg(where));
            ring.removeLast(); // the closing position
            if (ring.size() < 3)
                return fail(m_prefix + GeoJsonReader::tr("%1 has fewer than 3 distinct positions").arg(where));
            if (internal::ringCrossesItself(ring))
                return fail(m_prefix + GeoJsonReader::tr("%1 intersects itself").arg(where));
            for (QPointF p : ring)
                add(p);
            result.rings.append(std::move(ring));
        }
        m_feature.polygons.append(std::move(result));
        return true;
    }

    VectorFeature& m_feature;
    QString m_prefix;
    bool m_hasBounds = false;
};

void addBounds(VectorData& data, const VectorFeature& feature, bool& has)
{
    if (!feature.hasGeometry())
        return;
    if (!has) {
        data.bounds = feature.bounds;
        has = true;
        return;
    }
    const QRectF& f = feature.bounds;
    QRectF& b = data.bounds;
    b = QRectF(QPointF(std::min(b.left(), f.left()), std::min(b.top(), f.top())),
               QPointF(std::max(b.right(), f.right()), std::max(b.bottom(), f.bottom())));
}

} // namespace

VectorData GeoJsonReader::read(const QByteArray& json)
{
    VectorData data;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        data.error = tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return data;
    }
    if (!document.isObject()) {
        data.error = tr("not GeoJSON: the document is not a JSON object");
        return data;
    }
    const QJsonObject root = document.object();
    const QString type = root.value(QLatin1String("type")).toString();

    bool hasBounds = false;
    auto readFeature = [&](const QJsonValue& value, int index, bool bare) {
        VectorFeature feature;
        feature.sourceIndex = index;
        FeatureParser parser(feature);
        const QString prefix = tr("feature %1: ").arg(index);
        bool ok = true;
        if (bare) {
            ok = parser.geometry(value.toObject(), QString());
        } else if (!value.isObject()) {
            parser.problem = tr("not an object but %1").arg(kindOf(value));
            ok = false;
        } else {
            const QJsonObject object = value.toObject();
            const QString featureType = object.value(QLatin1String("type")).toString();
            if (featureType != QLatin1String("Feature")) {
                parser.problem = tr("wrong nesting: a FeatureCollection holds Features, not \"%1\"")
                                     .arg(featureType.isEmpty() ? kindOf(object.value(QLatin1String("type")))
                                                                : featureType);
                ok = false;
            } else if (!object.contains(QLatin1String("geometry"))) {
                parser.problem = tr("a Feature needs a \"geometry\" member (null when it has none)");
                ok = false;
            } else {
                feature.id = object.value(QLatin1String("id")).toVariant();
                feature.properties = object.value(QLatin1String("properties")).toObject().toVariantMap();
                const QJsonValue geometry = object.value(QLatin1String("geometry"));
                if (geometry.isObject()) {
                    ok = parser.geometry(geometry.toObject(), QString());
                } else if (!geometry.isNull()) {
                    parser.problem = tr("the geometry is %1, not an object or null").arg(kindOf(geometry));
                    ok = false;
                }
            }
        }
        if (!ok) {
            data.problems.append(prefix + parser.problem);
            return;
        }
        addBounds(data, feature, hasBounds);
        data.features.append(std::move(feature));
    };

    if (type == QLatin1String("FeatureCollection")) {
        const QJsonValue features = root.value(QLatin1String("features"));
        if (!features.isArray()) {
            data.error = tr("not GeoJSON: a FeatureCollection needs a \"features\" array");
            return data;
        }
        const QJsonArray array = features.toArray();
        data.features.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            readFeature(array.at(i), static_cast<int>(i), false);
    } else if (type == QLatin1String("Feature")) {
        readFeature(root, 0, false);
    } else if (type == QLatin1String("Point") || type == QLatin1String("MultiPoint")
               || type == QLatin1String("LineString") || type == QLatin1String("MultiLineString")
               || type == QLatin1String("Polygon") || type == QLatin1String("MultiPolygon")
               || type == QLatin1String("GeometryCollection")) {
        readFeature(root, 0, true);
    } else {
        data.error = type.isEmpty() ? tr("not GeoJSON: the object has no \"type\"")
                                    : tr("not GeoJSON: unknown type \"%1\"").arg(type);
    }
    return data;
}

QString GeoJsonReader::filePath(const QString& source)
{
    if (source.startsWith(QLatin1String("qrc:")))
        return QLatin1Char(':') + QUrl(source).path();
    if (source.startsWith(QLatin1String("file:")))
        return QUrl(source).toLocalFile();
    return source;
}

VectorData GeoJsonReader::readFile(const QString& source)
{
    QFile file(filePath(source));
    if (!file.open(QIODevice::ReadOnly)) {
        VectorData data;
        data.error = tr("cannot read %1: %2").arg(source, file.errorString());
        return data;
    }
    return read(file.readAll());
}

} // namespace ioc
