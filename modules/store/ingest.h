// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace ioc {

class ChangeFeed;
class Database;

// What one source hands over at once: connectors and the demo simulator both write through this.
struct IngestBatch {
    QString source; // who sends it, for logs and the change feed
    QList<Area> areas;
    QList<Asset> assets;
    QList<Case> cases;
    QList<Observation> observations;
    QList<UnitPosition> positions;
    QList<Indicator> indicators;
    QList<IndicatorValue> indicatorValues;
    QList<Alert> alerts;

    qsizetype size() const;
};

struct IngestRejection {
    QString recordType; // "case", "observation"…
    qsizetype index;    // position in its list in the batch
    QString reason;     // names the record and the problem
};

struct IngestReport {
    qsizetype written = 0; // records inserted or updated
    QList<IngestRejection> rejected;
};

// Writes batches idempotently: a record is identified by (source, external id) — or (asset, metric,
// time) for observations — and an upsert never doubles it. One transaction per batch; one prepared
// statement per record type (and one asset-id lookup per 100 assets). Invalid records are rejected with their reason and the rest
// of the batch is written; a database error rolls the whole batch back and nothing of it remains.
// After a commit the change feed (if any) is told what changed.
class Ingest {
public:
    explicit Ingest(Database& database, ChangeFeed* feed = nullptr);

    Result<IngestReport> write(const IngestBatch& batch);

private:
    Database& m_database;
    ChangeFeed* m_feed;
};

} // namespace ioc
