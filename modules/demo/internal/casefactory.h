// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QList>

#include <map>

namespace ioc::internal {

class DemoRandom;
struct ProvinceData;
struct SocAlertKind;

// Numbers cases per prefix in the order they are opened: "PAHT.20261118." + "0025" is the 25th field
// report opened on 18 Nov 2026 (province time).
class CaseNumbers {
public:
    QString next(const QString& prefix);
    // Numbering goes on after an id issued elsewhere (the simulator after the seed).
    void observe(const QString& externalId);

private:
    std::map<QString, int> m_last; // ordered: never a hash, so nothing depends on iteration order
};

// Makes new cases as each source would hand them over: opened at a time, in their first state (pending),
// with a deadline where the source sets one. The seed and the simulator share it, so that what arrives
// while the demo runs looks like what was already there. Sources: "paht" (field reports), "dvc"
// (dossiers), "social", "soc", "sos".
class CaseFactory {
public:
    explicit CaseFactory(const ProvinceData& data);

    // ward: an index into ProvinceData::wards, or -1 for one drawn by population; domain: empty for any.
    Case fieldReport(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers, qsizetype ward = -1,
                     const QString& domain = QString()) const;
    Case dossier(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers) const;
    Case socialPost(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers, bool duringStorm) const;
    Case socAlert(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers, const SocAlertKind& kind) const;
    Case sos(DemoRandom& random, const QDateTime& opened, CaseNumbers& numbers, const QGeoCoordinate& near) const;

    // A ward drawn with the cities weighing more: that is where most people live and report.
    qsizetype populatedWard(DemoRandom& random) const;

    static bool isOpen(CaseStatus status);
    // Where an open case stands at `time`: overdue from its deadline on, near due in the last day (or the
    // last fifth of a shorter deadline) before it, otherwise `working` (pending or in progress).
    static CaseStatus openStatusAt(const Case& item, const QDateTime& time, CaseStatus working);

private:
    QString road(DemoRandom& random, qsizetype ward) const;
    QString personName(DemoRandom& random) const;
    QString fill(QString text, DemoRandom& random, qsizetype ward) const;

    const ProvinceData& m_data;
    QList<double> m_wardWeights;
    QList<double> m_domainWeights;
    QList<double> m_channelWeights;
    QList<double> m_procedureWeights;
    QList<double> m_dossierChannelWeights;
};

// Degrees rounded to about ten centimetres: positions print and compare the same everywhere.
QGeoCoordinate tidyPosition(const QGeoCoordinate& point);

} // namespace ioc::internal
