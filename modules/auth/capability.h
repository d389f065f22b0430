// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ioc {

// Who someone is in the control room (USE-CASES.md). Stored as its code ("operator"…).
enum class Role { Viewer, Operator, Supervisor, Leader, Admin };

// What someone may do. Checked by the C++ services that act (AuthService::authorize), never only
// hidden in QML. Stored and shown to QML as its code ("approve_sop_step"…).
enum class Capability {
    ViewCameras,
    AcknowledgeAlerts,
    StartSop,
    ApproveSopStep,
    EditKpiPlans,
    ManageConnectors,
    ManageAccounts,
    ViewAudit,
    RequestExplanation, // ask a unit to explain an indicator (yêu cầu giải trình)
    ConfigureAnalytics, // draw a camera's analytics zones and set its thresholds (issue 9)
};

QString toCode(Role role);
std::optional<Role> roleFromCode(QStringView code);
QString toCode(Capability capability);
std::optional<Capability> capabilityFromCode(QStringView code);

// The fixed mapping of roles to capabilities (docs/accounts.md has the table).
QList<Capability> capabilitiesOf(Role role);
bool roleHas(Role role, Capability capability);
QList<Role> allRoles();

// Translated names for the screens.
QString roleDisplayName(Role role);
QString capabilityDisplayName(Capability capability);

} // namespace ioc
