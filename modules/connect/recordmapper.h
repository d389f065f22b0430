// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns source records (a REST item, a CSV row as {header: text}, an MQTT message: each a JSON object)
// into records of the common schema (core/domain.h) by configuration, so that a new source needs a
// mapping, not code. Part of the connector SDK.
//
// A mapping (JSON):
//   {
//     "target": "case",                  // case | observation | asset | position | indicatorValue
//     "source": "paht",                  // optional: the records' RecordKey source (default: the connector id)
//     "timeZone": "Asia/Ho_Chi_Minh",    // optional: for times written without an offset (this default)
//     "fields": {                        // target field → how to get it
//       "externalId": {"path": "/id"},                          // JSON Pointer into the source record
//       "category":   {"value": "field_report"},                // a constant
//       "title":      {"path": "/tieu_de"},
//       "status":     {"path": "/trang_thai", "map": {"Tạm dừng": "in_progress"}},
//       "opened":     {"path": "/ngay_tiep_nhan", "time": ["dd/MM/yyyy HH:mm:ss", "iso"]},
//       "latitude":   {"path": "/vi_do", "number": {"scale": 0.000001}},
//       "due":        {"path": "/han_xu_ly", "required": false, "default": null}
//     }
//   }
// Per field: exactly one of "path" or "value"; optional "default" (used when the path finds nothing),
// "required" (true/false; the default depends on the field, see below), "map" (source text → target value,
// tried first exactly, then with case and accents folded; a value not in the map goes on unchanged),
// "time" (time fields: a format name or a list tried in order; default "iso"; names in
// internal/timeparsing.h: iso, "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", s, ms),
// "number" (number fields: {"scale": factor, "decimalComma": true for "1.234,5"}).
// An absent value is: the path leads nowhere, JSON null, or text that is empty or white space only.
//
// Target fields (* = required unless the mapping says "required": false):
//   case:           externalId*, category (code, default field_report), domain, title*, channel, latitude,
//                   longitude, areaCode, status (code or Vietnamese words, see internal/statuswords.h; default
//                   pending), severity (code), opened*, due, closed (times), assigneeUnit, satisfied
//                   (boolean: true/false, 1/0, "có"/"không", "yes"/"no"), sentiment (code)
//   observation:    assetId*, metric*, time*, value*
//   asset:          externalId*, kind* (code), name*, latitude, longitude, areaCode, properties (an object)
//   position:       unitId*, time*, latitude*, longitude*, speedKmh
//   indicatorValue: indicatorCode*, areaCode*, period*, plan, actual, updated (time)
//
// Values: identifiers (externalId, assetId, unitId, areaCode, indicatorCode) take text or a whole number;
// a JSON number that is not exact as an integer (beyond 2^53 and not read as a 64-bit integer, or with a
// fraction) is refused, so an id is never silently rounded. Text is kept verbatim (it only ever reaches
// SQL as a bound parameter). Numbers must be finite (NaN, inf and overflow after scaling are refused);
// text holding a number is read in the C locale (or with decimalComma). Degrees go through
// positionFromDegrees(), which names an out-of-range value. Times come out in UTC.
//
// A record that fails goes to quarantine with its raw JSON and a reason naming the item and the field:
// "item 3, /ngay_tiep_nhan: '31/02/2026' is not a time in dd/MM/yyyy HH:mm:ss".
// Thread-safe for concurrent const use; cheap to copy.

#include "connect/connector.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSharedPointer>
#include <QString>

namespace ioc {

namespace internal {
struct MappingSpec;
}

class RecordMapper {
public:
    enum class Target { Case, Observation, Asset, Position, IndicatorValue };

    // Reads and checks a mapping; defaultSource is the connector id. The error names the key at fault
    // under `where` ("mapping/fields/opened/time: 'yyyy' is not a time format (iso, ...)").
    static Result<RecordMapper> fromJson(const QJsonObject& mapping, const QString& defaultSource,
                                         const QString& where = QStringLiteral("mapping"));

    Target target() const;
    QString recordType() const; // "case", "observation", "asset", "position", "indicatorValue"
    QString source() const;     // the RecordKey source of the records made

    // Maps one source record and appends it to batch (the list for the target); the error is the reason
    // without the item prefix ("/ngay_tiep_nhan: '31/02/2026' is not a time in dd/MM/yyyy HH:mm:ss").
    Result<void> mapInto(const QJsonObject& item, RecordBatch& batch) const;

    // Maps each element of items: the valid ones into out.records, each invalid one (or one that is not an
    // object) into out.quarantined with its compact JSON and "<label> <index>, <reason>". Sets out.dataTime
    // to the newest record time (see recordTime) if newer. indexOffset numbers items across pages.
    void mapAll(const QJsonArray& items, ConnectorBatch& out, qsizetype indexOffset = 0,
                const QString& label = QStringLiteral("item")) const;
    // Maps one record whose raw form the caller keeps (a CSV line): invalid → quarantined with raw.
    void mapOne(const QJsonObject& item, const QByteArray& raw, const QString& label, ConnectorBatch& out) const;

    // The newest value of a time field ("opened", "time", "updated"…) over the batch's records of this
    // mapping's target; invalid when none has it. Used for "since" watermarks.
    QDateTime latest(const RecordBatch& batch, const QString& timeField) const;
    // True when timeField is a time field of the target (to check a configuration that names one).
    bool isTimeField(const QString& field) const;

private:
    QSharedPointer<const internal::MappingSpec> m_spec;
};

// A CSV row as a source record: {header: text} with each field decoded as strict UTF-8. An invalid byte
// sequence is an error naming the column and the byte ("column 'ten' (3): invalid UTF-8 at byte 5"),
// so the caller quarantines the raw line. Extra fields are an error; missing trailing fields are absent.
Result<QJsonObject> recordFromCsvFields(const QStringList& header, const QList<QByteArray>& fields);

// The position of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and code
// points above U+10FFFF are invalid), or -1 when all of text is valid.
qsizetype firstInvalidUtf8(const QByteArray& text);

} // namespace ioc
