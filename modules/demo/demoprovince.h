// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "core/recordbatch.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace ioc {

namespace internal {
struct ProvinceData;
}

// Cà Mau, the province that `iocdesk --demo` runs on: its real 2025 boundaries (the province and its 64
// wards) and a synthetic picture of what its IOC would hold — cameras, gauges, patrol units, field
// reports, public-service dossiers, indicators, social posts and SOC alerts — drawn from a seed.
//
// Contract of seed(): the same seed and the same `now` give the same batch, record for record, on every
// machine; nothing in it lies after `now`; every record passes ioc::validate. It writes nothing itself:
// the caller hands the batch to Ingest, the one path every source writes through.
//
// Copies are cheap and share the loaded data; the object is immutable and may be read from any thread.
class DemoProvince {
public:
    // Where the data comes from; embeddedFiles() names the resources compiled into the module.
    struct Files {
        QString province;   // GeoJSON FeatureCollection with the province's feature
        QString wards;      // GeoJSON FeatureCollection with one feature per ward
        QString vocabulary; // the Vietnamese words the generator draws from
        QString indicators; // the indicator catalogue
    };
    static Files embeddedFiles();

    // A malformed file gives an error that names the file and, for GeoJSON, the feature's index.
    static Result<DemoProvince> load();
    static Result<DemoProvince> load(const Files& files);

    const Area& province() const;
    const QList<Area>& wards() const; // in the order of the file
    QList<Area> areas() const;        // the province first, then its wards

    RecordBatch seed(quint64 seed, const QDateTime& now) const;

    // The loaded data, for the simulator of this module.
    const internal::ProvinceData& data() const { return *m_data; }

private:
    explicit DemoProvince(std::shared_ptr<const internal::ProvinceData> data);

    std::shared_ptr<const internal::ProvinceData> m_data;
};

} // namespace ioc
