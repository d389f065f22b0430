// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace ioc {

// Records of the common schema handed over at once: what a connector produces and what the store's
// Ingest writes (store/ingest.h calls it IngestBatch). Plain values, no storage logic.
struct RecordBatch {
    QString source; // who sends it, for logs and the change feed
    QList<Area> areas;
    QList<Asset> assets;
    QList<Case> cases;
    QList<Observation> observations;
    QList<UnitPosition> positions;
    QList<Indicator> indicators;
    QList<IndicatorValue> indicatorValues;
    QList<Alert> alerts;

    qsizetype size() const
    {
        return areas.size() + assets.size() + cases.size() + observations.size() + positions.size()
            + indicators.size() + indicatorValues.size() + alerts.size();
    }
    bool isEmpty() const { return size() == 0; }
};

} // namespace ioc
Q_DECLARE_METATYPE(ioc::RecordBatch)
