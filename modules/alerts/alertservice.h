// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "alerts/ruleengine.h"
#include "auth/session.h"
#include "core/domain.h"
#include "core/result.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace ioc {

class AuthService;
class ChangeFeed;
class Clock;
class Database;
class Journal;

struct AlertServiceConfig {
    double defaultSpeedKmh = 30;        // ETA of a unit that stands still (or moves slower than movingKmh)
    double movingKmh = 3;               // a unit faster than this is moving: its own speed gives the ETA
    double arrivalRadiusMetres = 150;   // a dispatched unit this close to the alert has arrived
    qint64 positionMaxAgeSeconds = 900; // positions older than this are not used for a unit's speed
};

// The alert_details row: what the alert list and view need beyond the Alert itself.
struct AlertDetails {
    AlertRuleKind ruleKind = AlertRuleKind::ObservationThreshold;
    QString domain;
    QString areaCode;
    QString groupKey;
    QString parentKey;      // empty: a top-level alert
    int groupCount = 1;     // on a parent: itself and its children
    QString assigneeUnit;
    QDateTime snoozedUntil; // invalid: not snoozed
    QString snoozeReason;
    QString comment;        // the acknowledgement's comment
    QString sopRun;
    QString dispatchedUnit; // "source/id"
    QDateTime dispatchedAt;
    QDateTime arrivedAt;
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolveReason;
    QJsonObject facts;      // what fired (AlertCandidate::facts)
};

struct AlertRecord {
    Alert alert;            // alert.key = {"alerts", key}
    AlertDetails details;
    QString key() const { return alert.key.externalId; }
    bool isOpen() const { return alert.state == AlertState::New || alert.state == AlertState::Acknowledged || alert.state == AlertState::InSop; }
};

// What raise() did with a candidate.
struct RaiseOutcome {
    enum class What {
        Raised,    // a new top-level alert
        Grouped,   // a new alert, child of parentKey
        Duplicate, // its rule and subject already have an open alert (or its key exists): nothing written
        Resolved,  // a Clear that resolved the open alert `key`
        Ignored,   // a Clear with no open alert
    };
    What what = What::Ignored;
    QString key;
    QString parentKey;
};

struct NearbyUnit {
    RecordKey unit;
    QString name;
    QString callSign;
    QGeoCoordinate position;
    QDateTime positionTime;  // invalid when only the asset's position is known
    double distanceMetres = 0;
    double speedKmh = 0;     // the speed the ETA uses
    bool moving = false;
    double etaSeconds = 0;
};

// The alert lifecycle: raises alerts from the rule engine's candidates (one per episode, grouped by rule and
// area), and moves them new → acknowledged → in SOP → resolved → closed, with snooze, assignment, dispatch of
// a patrol unit and its arrival. Every change is a journal entry (kind "alert.*", subject "alert:<key>",
// actor the login or "system") written in the same transaction as the alerts / alert_details rows it
// changes, so the rows are a projection of the journal. Actions of a person check the capability through
// AuthService::authorize before acting. Alert keys are the externalId of source "alerts" (the episode key).
// GUI thread (the database is the GUI thread's).
class AlertService : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kSource = "alerts";

    AlertService(Database& database, Journal& journal, AuthService& auth, const Clock& clock, AlertRuleSet rules,
                 AlertServiceConfig config = {}, ChangeFeed* feed = nullptr, QObject* parent = nullptr);
    ~AlertService() override;

    // Reads the assets into the engine and the open alerts, groups and dispatches from the store. Call once
    // before feeding; again (or reloadAssets()) after assets change.
    Result<void> start();
    Result<void> reloadAssets();
    RuleEngine& engine() { return m_engine; }
    const AlertRuleSet& rules() const { return m_engine.rules(); }

    // Feeding (the lead calls these with committed batches and on a timer).
    Result<QList<RaiseOutcome>> onObservations(const QList<Observation>& observations);
    Result<QList<RaiseOutcome>> onCases(const QList<Case>& cases);
    Result<QList<RaiseOutcome>> scan(); // time-based kinds at clock.now(); resolves autoResolve alerts that no longer fire
    // Positions of units: a dispatched unit within arrivalRadiusMetres of its alert journals "alert.unit_arrived" once.
    Result<void> onUnitPositions(const QList<UnitPosition>& positions);
    Result<QList<RaiseOutcome>> process(const QList<AlertCandidate>& candidates);
    Result<RaiseOutcome> raise(const AlertCandidate& candidate);

    // Lifecycle. Each refuses an illegal transition with the reason ("alert X is closed: it cannot be
    // acknowledged") and writes nothing then.
    Result<void> acknowledge(const QString& key, const QString& comment, const Session& session);
    Result<void> snooze(const QString& key, const QDateTime& until, const QString& reason, const Session& session);
    Result<void> assign(const QString& key, const QString& unit, const Session& session);
    Result<void> markInSop(const QString& key, const QString& runId, const QString& actor = QStringLiteral("sop"));
    // by: a login or "system"; no capability check (the SOP service, autoResolve). resolveAs() is a person's.
    Result<void> resolve(const QString& key, const QString& by, const QString& reason);
    Result<void> resolveAs(const QString& key, const QString& reason, const Session& session);
    Result<void> close(const QString& key, const Session& session);
    // The SOP run handling the alert closed (its last step approved by a supervisor): the resolved alert
    // closes with it, journaled by "sop" with the run's id. No capability check: the run carried the decision.
    Result<void> closeAfterSop(const QString& key, const QString& runId);

    // Patrol units (assets of kind patrol_unit at their latest position), nearest first.
    Result<QList<NearbyUnit>> nearestUnits(const QString& alertKey, int n);
    Result<QList<NearbyUnit>> nearestUnits(const QGeoCoordinate& position, int n);
    Result<void> dispatch(const QString& key, const RecordKey& unit, const Session& session);

    Result<std::optional<AlertRecord>> get(const QString& key);
    Result<QList<AlertRecord>> children(const QString& parentKey);
    int openCount() const { return int(m_open.size()); }
    QDateTime now() const; // the service's clock

private:
    Result<void> closeBy(AlertRecord record, const QString& actor, const QJsonObject& payload);

Q_SIGNALS:
    // A new top-level alert (the lead binds rules to SOP templates on this). severity: its code.
    void alertRaised(const QString& key, const QString& rule, const QString& severity, const QString& subject,
                     const QString& areaCode);
    // A new alert grouped under parentKey (no SOP of its own).
    void alertGrouped(const QString& key, const QString& parentKey);
    void alertResolved(const QString& key);
    void alertChanged(const QString& key);
    void unitArrived(const QString& key, const QString& unit);

private:
    struct OpenAlert {
        QString key;
        QString groupKey;
        QString parentKey;
        AlertState state = AlertState::New;
    };
    struct GroupHead {
        QString key;
        qint64 lastMs = 0; // the group's latest alert
    };
    struct Dispatch {
        QString alertKey;
        QString unit;
        QGeoCoordinate target;
    };

    Result<AlertRecord> require(const QString& key);
    Result<void> authorize(const Session& session, const AlertRecord& record);
    // The alert, if the session may act on it (AuthService::authorize, journaled either way).
    Result<AlertRecord> requireFor(const QString& key, const Session& session);
    // Writes one alert's row and one journal line about it in one transaction, keeps the open-alert index's
    // state in step and tells the views (alertChanged).
    Result<void> commitChange(const AlertRecord& record, const QString& actor, const QString& kind, const QJsonObject& payload);
    void forget(const QString& key);

    Database& m_database;
    Journal& m_journal;
    AuthService& m_auth;
    const Clock& m_clock;
    AlertServiceConfig m_config;
    ChangeFeed* m_feed;
    RuleEngine m_engine;
    QHash<QString, OpenAlert> m_open;       // rule + '\n' + subject → the open alert
    QHash<QString, QString> m_openByKey;    // key → rule + '\n' + subject
    QHash<QString, GroupHead> m_groups;     // group key → its open parent
    QList<Dispatch> m_dispatches;           // dispatched units not arrived yet
};

} // namespace ioc
