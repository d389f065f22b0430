// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's rows as CSV for the reference tools (sqlite3 .import, psql \copy): column for column
// the values that our ingest stores, with a header line. Every text field is quoted, so that an empty
// text stays an empty string; a NULL is an empty unquoted field (psql's CSV NULL; the sqlite3 script
// turns those into NULL with NULLIF, since .import reads them as empty strings).

#include "core/domain.h"
#include "core/result.h"
#include "store_benchdata.h"

#include <QList>

namespace ioc::bench {

// assets.csv: every column of `assets`, with the ids that our ingest gave them (ids[i] is assets[i]'s).
Result<void> writeAssetsCsv(const QString& path, const QList<Asset>& assets, const QList<qint64>& ids, qint64 updatedAtMs);

// observations.csv: asset_id, metric, time, value of observations [0, count) in `order`, the asset id resolved.
Result<void> writeObservationsCsv(const QString& path, const QList<Asset>& assets, const QList<qint64>& ids, qint64 count,
                                  ObservationOrder order);

// cases.csv: every column of cases [0, count) but the id.
Result<void> writeCasesCsv(const QString& path, qint64 count, qint64 updatedAtMs);

} // namespace ioc::bench
