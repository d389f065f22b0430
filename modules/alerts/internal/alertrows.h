// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SQL of alert records (alerts joined with alert_details), shared by the service and the view model.

#include "alerts/alertservice.h"

#include <QSqlQuery>
#include <QString>

namespace ioc::internal {

// "SELECT <columns> FROM alerts a LEFT JOIN alert_details d …" with the source bound as the first parameter
// of "WHERE a.source = ?"; callers append further conditions with " AND …".
QString alertRecordSelect();
AlertRecord readAlertRecord(const QSqlQuery& query);
// Upserts the alert_details row of record (bound parameters only).
Result<void> upsertAlertDetails(Database& database, const AlertRecord& record, const QDateTime& now);
int severityRank(Severity severity); // critical 3 … low 0

} // namespace ioc::internal
