// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Vietnamese words and place facts the demo generator draws from (resources/demo/vocabulary.json).
// Generated records are data, not UI text: these words are never translated.

#include "core/domain.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

namespace ioc::internal {

// A city of the province: its wards, its streets and how many cameras watch them.
struct UrbanCentre {
    QString name;
    QStringList wardCodes;
    int cameras = 0;
    QStringList streets;
};

struct Facility {
    QString name;
    QString wardCode;
    QString type;
};

struct PatrolForce {
    QString prefix; // call signs are prefix-NN: "CSGT-01", "113-03"
    QString force;
    int units = 0;
    double minSpeedKmh = 0;
    double maxSpeedKmh = 0;
};

struct WeightedCode {
    QString code;
    double weight = 1;
};

struct FieldReportDomain {
    QString code;
    double weight = 1;
    int slaDays = 5;
    QString unit;       // may hold {ward}
    QStringList titles; // each holds {road}
};

struct DossierAgency {
    QString code; // "000.00.32.H12"
    QString name;
};

struct DossierProcedure {
    QString title;
    QString domain;
    int days = 1;
    QString agency; // an agency code, or "ward" for the ward's own one-stop office
    double weight = 1;
};

struct PostText {
    QString topic;
    QString text; // may hold {place}, {ward}, {road}
};

struct SocAlertKind {
    QString code;
    int reported = 0; // figure reported by Đắk Lắk; the demo keeps the proportions
    Severity severity = Severity::Medium;
    QStringList titles; // each holds {system}
};

struct Vocabulary {
    QList<UrbanCentre> urbanCentres;
    int ruralCameras = 0;
    int rainGauges = 0;
    int floodTowers = 0;
    int waterStations = 0;
    QStringList ruralRoads;
    QStringList waterBodies;
    QList<Facility> facilities;
    QList<PatrolForce> patrolForces;
    QList<WeightedCode> channels;
    QList<FieldReportDomain> fieldReportDomains;
    QList<DossierAgency> dossierAgencies;
    QList<DossierProcedure> dossierProcedures;
    QList<WeightedCode> dossierChannels;
    QStringList familyNames;
    QStringList middleNames;
    QStringList givenNames;
    QStringList socialPlatforms;
    QList<PostText> positivePosts;
    QList<PostText> neutralPosts;
    QList<PostText> negativePosts;
    QList<PostText> stormPosts;
    QStringList socSystems;
    QList<SocAlertKind> socAlertKinds;
    int socAlertTotal = 0;
    QStringList sosTitles;
    QString sosUnit;

    // The error names the file and the field at fault.
    static Result<Vocabulary> read(const QString& fileName);
};

QList<double> weightsOf(const QList<WeightedCode>& items);

} // namespace ioc::internal
