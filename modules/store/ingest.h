// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/recordbatch.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace ioc {

class ChangeFeed;
struct ChangeSet;
class Database;

// What one source hands over at once: connectors and the demo simulator both write through this.
using IngestBatch = RecordBatch;

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

    // alsoInTransaction (optional) runs inside the batch's transaction after its records, with the report so
    // far and the change set it may add to: a connector's checkpoint and quarantined records commit, or
    // roll back, together with the batch they belong to. Its failure rolls everything back.
    using InTransaction = std::function<Result<void>(const IngestReport& report, ChangeSet& changes)>;
    Result<IngestReport> write(const IngestBatch& batch, const InTransaction& alsoInTransaction = {});

private:
    Database& m_database;
    ChangeFeed* m_feed;
};

} // namespace ioc
