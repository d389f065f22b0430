// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc {

// One indicator of the catalogue (resources/kpi/catalogue.json; the fields are described in
// resources/kpi/README.md).
struct CatalogueEntry {
    QString code;   // "grdp_growth"; unique in the catalogue
    QString name;   // Vietnamese
    QString nameEn;
    QString unit;   // Vietnamese unit words: "%", "tỷ đồng", "hồ sơ"…
    QString domain; // "kinh_te", "dich_vu_cong"…
    Direction direction = Direction::HigherIsBetter;
    PeriodKind periodKind = PeriodKind::Month;
    bool cumulative = false;  // shape "amount": a total that builds up over its period (the plan is pro-rated);
                              // shape "level": a rate or a stock compared with its plan as it stands
    QStringList areaLevels;   // "province", and "ward" where the indicator exists for the wards
    int expectedUpdateHours = 0; // older than this, a value is stale
    double greenThreshold = 1.0; // the status rule's thresholds on the performance ratio; red <= green
    double redThreshold = 0.9;
    QString computedFrom;        // empty, or how CaseIndicators computes it from the cases ("dossiers_overdue"…)
    std::optional<double> plan;  // the constant plan of each period, where the catalogue sets one

    bool existsFor(AreaLevel level) const;
    Indicator toIndicator() const;
};

// The indicator catalogue, loaded all-or-nothing: any fault rejects the whole file with a message that
// names the file, the entry (index and code) and the field. Immutable once loaded.
class Catalogue {
public:
    static QString embeddedPath(); // ":/kpi/catalogue.json", compiled into ioc_kpi
    static QStringList knownComputations(); // the values computedFrom may take

    static Result<Catalogue> load(const QString& path);
    static Result<Catalogue> parse(const QByteArray& json, const QString& sourceName);

    const QList<CatalogueEntry>& entries() const { return m_entries; }
    const CatalogueEntry* find(const QString& code) const; // nullptr when unknown
    QStringList domains() const; // in order of first appearance

private:
    QList<CatalogueEntry> m_entries;
};

} // namespace ioc
