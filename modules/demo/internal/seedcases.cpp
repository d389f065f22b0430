// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/seedcases.h"

#include "demo/internal/casefactory.h"
#include "demo/internal/provincedata.h"
#include "demo/internal/random.h"

#include <algorithm>
#include <cmath>

namespace ioc::internal {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

// Opening times within `days` before now, oldest first; more of them recent (skew > 1), and fewer at
// night than by day.
QList<QDateTime> openingTimes(DemoRandom& random, const QDateTime& now, int count, int days, double skew)
{
    QList<qint64> ages;
    while (ages.size() < count) {
        const qint64 age = static_cast<qint64>(std::pow(random.uniform(), skew) * days * kDay) + 60;
        const int hour = provinceTime(now.addSecs(-age)).time().hour();
        if ((hour >= 6 && hour < 22) || random.chance(0.25))
            ages.append(age);
    }
    std::sort(ages.begin(), ages.end(), std::greater<>());
    QList<QDateTime> times;
    for (const qint64 age : std::as_const(ages))
        times.append(now.addSecs(-age));
    return times;
}

// Moves a new case along its life up to now: accepted after a while, resolved within its deadline in
// `onTimeShare` of cases (later in the rest); still open at now, it is pending, in progress, near due or
// overdue as its deadline says. Returns whether it was resolved late.
bool settle(Case& item, DemoRandom& random, const QDateTime& now, double onTimeShare)
{
    if (!item.due.isValid()) {
        // No deadline (a post that needs no answer): reviewed and closed within hours.
        const QDateTime reviewed = item.opened.addSecs(static_cast<qint64>(random.between(1, 12) * kHour));
        if (reviewed <= now) {
            item.status = CaseStatus::Closed;
            item.closed = reviewed;
        }
        return false;
    }
    const qint64 allowed = item.opened.secsTo(item.due);
    const bool late = !random.chance(onTimeShare);
    // Work tends to be finished close to its deadline: on-time shares of the allowed time lean towards 1.
    const double draw = random.uniform();
    const double share = late ? 1.0 + 0.8 * draw : 1.0 - 0.9 * draw * draw;
    const QDateTime resolved = item.opened.addSecs(static_cast<qint64>(allowed * share));
    const qint64 acceptance = std::min<qint64>(allowed / 5, static_cast<qint64>(random.between(0.2, 8) * kHour));
    if (resolved <= now) {
        item.status = CaseStatus::Resolved;
        item.closed = resolved;
        return late;
    }
    const CaseStatus working = item.opened.secsTo(now) < acceptance ? CaseStatus::Pending : CaseStatus::InProgress;
    item.status = CaseFactory::openStatusAt(item, now, working);
    return false;
}

void addFieldReports(const CaseFactory& factory, quint64 seed, const QDateTime& now, QList<Case>& cases)
{
    DemoRandom random = DemoRandom::stream(seed, "field reports");
    CaseNumbers numbers;
    const int count = random.integer(420, 480);
    for (const QDateTime& opened : openingTimes(random, now, count, 60, 2.0)) {
        Case item = factory.fieldReport(random, opened, numbers);
        settle(item, random, now, 0.75);
        cases.append(item);
    }
}

void addDossiers(const CaseFactory& factory, quint64 seed, const QDateTime& now, QList<Case>& cases)
{
    DemoRandom random = DemoRandom::stream(seed, "dossiers");
    CaseNumbers numbers;
    const int count = random.integer(2800, 3200);
    for (const QDateTime& opened : openingTimes(random, now, count, 90, 1.2)) {
        Case item = factory.dossier(random, opened, numbers);
        const bool late = settle(item, random, now, 0.93);
        // Most citizens rate a settled dossier; a late one is often rated "not satisfied".
        if (item.status == CaseStatus::Resolved && random.chance(0.7))
            item.satisfied = late ? random.chance(0.4) : !random.chance(0.04);
        cases.append(item);
    }
}

void addSocialPosts(const CaseFactory& factory, quint64 seed, const QDateTime& now, QList<Case>& cases)
{
    DemoRandom random = DemoRandom::stream(seed, "social posts");
    CaseNumbers numbers;
    const int count = random.integer(280, 320);
    for (const QDateTime& opened : openingTimes(random, now, count, 14, 1.0)) {
        Case item = factory.socialPost(random, opened, numbers, false);
        settle(item, random, now, 0.9);
        cases.append(item);
    }
}

// Đắk Lắk's reported figures scaled down to the demo's total, keeping each kind (at least one).
void addSocAlerts(const ProvinceData& data, const CaseFactory& factory, quint64 seed, const QDateTime& now,
                  QList<Case>& cases)
{
    DemoRandom random = DemoRandom::stream(seed, "soc alerts");
    const QList<SocAlertKind>& kinds = data.vocabulary.socAlertKinds;
    double reported = 0;
    for (const SocAlertKind& kind : kinds)
        reported += kind.reported;
    QList<qsizetype> kindOfAlert;
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const int scaled = std::max(1, static_cast<int>(std::lround(kinds.at(k).reported * data.vocabulary.socAlertTotal
                                                                    / reported)));
        kindOfAlert.insert(kindOfAlert.size(), scaled, k);
    }
    random.shuffle(kindOfAlert);
    CaseNumbers numbers;
    const QList<QDateTime> times = openingTimes(random, now, static_cast<int>(kindOfAlert.size()), 90, 1.0);
    for (qsizetype i = 0; i < times.size(); ++i) {
        Case item = factory.socAlert(random, times.at(i), numbers, kinds.at(kindOfAlert.at(i)));
        settle(item, random, now, 0.95);
        cases.append(item);
    }
}

} // namespace

QList<Case> generateSeedCases(const ProvinceData& data, quint64 seed, const QDateTime& now)
{
    const CaseFactory factory(data);
    QList<Case> cases;
    addFieldReports(factory, seed, now, cases);
    addDossiers(factory, seed, now, cases);
    addSocialPosts(factory, seed, now, cases);
    addSocAlerts(data, factory, seed, now, cases);
    return cases;
}

} // namespace ioc::internal
