// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/incidentcoordinator.h"

#include "alerts/alertservice.h"
#include "incidents/logcategories.h"
#include "sop/soprun.h"
#include "sop/sopservice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ioc {

struct IncidentText {
    Q_DECLARE_TR_FUNCTIONS(IncidentText)
};

IncidentCoordinator::IncidentCoordinator(AlertService& alerts, SopService& sop, SopTriggers triggers, Database& database,
                                         QObject* parent)
    : QObject(parent), m_alerts(alerts), m_sop(sop), m_triggers(std::move(triggers)), m_database(database)
{
    connect(&m_alerts, &AlertService::alertRaised, this, &IncidentCoordinator::onAlertRaised);
    connect(&m_alerts, &AlertService::alertResolved, this, &IncidentCoordinator::onAlertResolved);
    connect(&m_sop, &SopService::runClosed, this, &IncidentCoordinator::onRunClosed);
    connect(&m_scanTimer, &QTimer::timeout, this, &IncidentCoordinator::scan);
}

void IncidentCoordinator::start(std::chrono::milliseconds scanInterval)
{
    m_scanTimer.start(scanInterval);
    m_sop.startTimers();
    scan();
}

void IncidentCoordinator::onRecordsCommitted(const RecordBatch& records)
{
    if (!records.assets.isEmpty()) {
        if (auto reloaded = m_alerts.reloadAssets(); !reloaded)
            report(reloaded.errorMessage());
    }
    if (!records.observations.isEmpty()) {
        if (auto done = m_alerts.onObservations(records.observations); !done)
            report(done.errorMessage());
    }
    if (!records.cases.isEmpty()) {
        if (auto done = m_alerts.onCases(records.cases); !done)
            report(done.errorMessage());
    }
    if (!records.positions.isEmpty()) {
        if (auto done = m_alerts.onUnitPositions(records.positions); !done)
            report(done.errorMessage());
    }
}

void IncidentCoordinator::scan()
{
    if (auto done = m_alerts.scan(); !done)
        report(done.errorMessage());
}

void IncidentCoordinator::onAlertRaised(const QString& key, const QString& rule, const QString&, const QString& subject,
                                        const QString& areaCode)
{
    const QString templateId = m_triggers.templateFor(rule);
    if (templateId.isEmpty())
        return; // an alert to watch, with no procedure of its own
    Result<std::optional<AlertRecord>> record = m_alerts.get(key);
    SopAlertRef alert;
    alert.subject = subject.isEmpty() ? QStringLiteral("alert:") + key : subject;
    alert.key = key;
    alert.title = record && record.value() ? record.value()->alert.title : key;
    alert.areaCode = areaCode;
    alert.areaName = areaName(areaCode);
    Result<QString> run = m_sop.startAutomatically(templateId, alert);
    if (!run) {
        report(IncidentText::tr("alert %1: the procedure %2 could not start: %3").arg(key, templateId, run.errorMessage()));
        return;
    }
    qCInfo(lcIncidents).noquote() << "alert" << key << "started SOP" << templateId << "run" << run.value();
    if (auto marked = m_alerts.markInSop(key, run.value()); !marked)
        report(marked.errorMessage());
}

void IncidentCoordinator::onAlertResolved(const QString& key)
{
    m_sop.alertResolved(key);
}

void IncidentCoordinator::onRunClosed(const QString& runId)
{
    const SopRun* run = m_sop.run(runId);
    if (!run || run->alertKey.isEmpty())
        return;
    Result<std::optional<AlertRecord>> record = m_alerts.get(run->alertKey);
    if (!record || !record.value())
        return;
    if (record.value()->isOpen()) {
        if (auto resolved = m_alerts.resolve(run->alertKey, QStringLiteral("sop"),
                                             IncidentText::tr("the procedure %1 is complete").arg(run->sopTemplate.title.in(QStringLiteral("vi"))));
            !resolved) {
            report(resolved.errorMessage());
            return;
        }
    }
    if (auto closed = m_alerts.closeAfterSop(run->alertKey, runId); !closed)
        report(closed.errorMessage());
}

QString IncidentCoordinator::areaName(const QString& areaCode)
{
    if (areaCode.isEmpty())
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT full_name FROM areas WHERE code = ?"));
    query.addBindValue(areaCode);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return areaCode;
}

void IncidentCoordinator::report(const QString& message)
{
    qCWarning(lcIncidents).noquote() << message;
    m_lastProblem = message;
    Q_EMIT problem(message);
}

} // namespace ioc
