// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OsmAnd protocol as Traccar documents it (https://www.traccar.org/osmand/): one position per HTTP
// request, as query parameters (GET or POST), a form-encoded POST body, or the JSON body of Traccar
// Client 9+. Parameters read: id or deviceid (required), lat + lon or location "lat,lon" (required),
// timestamp (seconds or milliseconds since 1970, ISO 8601, or "yyyy-MM-dd HH:mm:ss" in UTC; absent: the
// time of receipt), speed (knots in the query/form format, m/s in the JSON format), valid. Others are
// ignored.

#include "httprequest.h"

#include "core/result.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QMap>
#include <QString>

namespace ioc {

struct OsmAndFix {
    QString unit;
    QDateTime time;
    QGeoCoordinate position;
    double speedKmh = 0;
    bool valid = true; // the tracker's own "valid" flag: false means it had no fix
};

// The parameters of the query and, for a form POST, of the body. An error names the parameter.
Result<QMap<QString, QString>> osmAndParameters(const HttpRequest& request);

// receivedAt: the time used when the request carries none. An error names the parameter and value.
Result<OsmAndFix> parseOsmAnd(const HttpRequest& request, const QDateTime& receivedAt);

} // namespace ioc
