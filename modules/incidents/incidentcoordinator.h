// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recordbatch.h"
#include "incidents/soptriggers.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace ioc {

class AlertService;
class Database;
class SopService;

// Ties the alerts to the procedures, from a threshold crossed to an incident closed (issue 10):
//  - records the connectors committed go to the rules (observations, cases for SOS, unit positions for
//    arrivals); time-based rules (deadlines, hot spots, connectors, KPI) are scanned on a timer;
//  - a new top-level alert whose rule has a trigger starts its SOP template (actor "system") and the
//    alert goes "in SOP";
//  - an alert resolved (e.g. water back in range) tells the SOP service, whose wait step may then close
//    the run; a run that closes resolves its alert and closes it.
// One per node that runs the rules (the console, or the headless node of a centre). GUI or main thread;
// the services must outlive it.
class IncidentCoordinator : public QObject {
    Q_OBJECT

public:
    IncidentCoordinator(AlertService& alerts, SopService& sop, SopTriggers triggers, Database& database,
                        QObject* parent = nullptr);

    // Starts the periodic scan of the time-based rules and the SOP timers.
    void start(std::chrono::milliseconds scanInterval = std::chrono::seconds(30));

    // Hand every committed batch here (ConnectorHost::recordsCommitted).
    void onRecordsCommitted(const ioc::RecordBatch& records);

    // The last problem met (a rule or SOP start that failed), for logs and notices.
    QString lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    void problem(const QString& message);

private:
    void onAlertRaised(const QString& key, const QString& rule, const QString& severity, const QString& subject,
                       const QString& areaCode);
    void onAlertResolved(const QString& key);
    void onRunClosed(const QString& runId);
    void scan();
    void report(const QString& message);
    QString areaName(const QString& areaCode);

    AlertService& m_alerts;
    SopService& m_sop;
    SopTriggers m_triggers;
    Database& m_database;
    QTimer m_scanTimer;
    QString m_lastProblem;
};

} // namespace ioc
