// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/capability.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ioc {

class CapabilityText {
    Q_DECLARE_TR_FUNCTIONS(ioc::CapabilityText)
};

namespace {

constexpr std::array kRoleCodes{
    std::pair{Role::Viewer, "viewer"},         std::pair{Role::Operator, "operator"},
    std::pair{Role::Supervisor, "supervisor"}, std::pair{Role::Leader, "leader"},
    std::pair{Role::Admin, "admin"},
};

constexpr std::array kCapabilityCodes{
    std::pair{Capability::ViewCameras, "view_cameras"},
    std::pair{Capability::AcknowledgeAlerts, "acknowledge_alerts"},
    std::pair{Capability::StartSop, "start_sop"},
    std::pair{Capability::ApproveSopStep, "approve_sop_step"},
    std::pair{Capability::EditKpiPlans, "edit_kpi_plans"},
    std::pair{Capability::ManageConnectors, "manage_connectors"},
    std::pair{Capability::ManageAccounts, "manage_accounts"},
    std::pair{Capability::ViewAudit, "view_audit"},
    std::pair{Capability::RequestExplanation, "request_explanation"},
    std::pair{Capability::ConfigureAnalytics, "configure_analytics"},
};

} // namespace

QString toCode(Role role)
{
    for (const auto& [value, code] : kRoleCodes)
        if (value == role)
            return QString::fromLatin1(code);
    return {};
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (const auto& [value, name] : kRoleCodes)
        if (code == QLatin1String(name))
            return value;
    return std::nullopt;
}

QString toCode(Capability capability)
{
    for (const auto& [value, code] : kCapabilityCodes)
        if (value == capability)
            return QString::fromLatin1(code);
    return {};
}

std::optional<Capability> capabilityFromCode(QStringView code)
{
    for (const auto& [value, name] : kCapabilityCodes)
        if (code == QLatin1String(name))
            return value;
    return std::nullopt;
}

QList<Capability> capabilitiesOf(Role role)
{
    using C = Capability;
    switch (role) {
    case Role::Viewer:
        return {};
    case Role::Operator:
        return {C::ViewCameras, C::AcknowledgeAlerts, C::StartSop};
    case Role::Supervisor:
        return {C::ViewCameras, C::AcknowledgeAlerts, C::StartSop, C::ApproveSopStep, C::ViewAudit, C::ConfigureAnalytics};
    case Role::Leader:
        return {C::ViewCameras, C::EditKpiPlans, C::ViewAudit, C::RequestExplanation};
    case Role::Admin:
        return {C::ViewCameras, C::EditKpiPlans, C::ManageConnectors, C::ManageAccounts, C::ViewAudit, C::ConfigureAnalytics};
    }
    return {};
}

bool roleHas(Role role, Capability capability)
{
    return capabilitiesOf(role).contains(capability);
}

QList<Role> allRoles()
{
    return {Role::Viewer, Role::Operator, Role::Supervisor, Role::Leader, Role::Admin};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return CapabilityText::tr("Viewer");
    case Role::Operator:
        return CapabilityText::tr("Operator");
    case Role::Supervisor:
        return CapabilityText::tr("Shift supervisor");
    case Role::Leader:
        return CapabilityText::tr("Leader");
    case Role::Admin:
        return CapabilityText::tr("Administrator");
    }
    return {};
}

QString capabilityDisplayName(Capability capability)
{
    switch (capability) {
    case Capability::ViewCameras:
        return CapabilityText::tr("view cameras");
    case Capability::AcknowledgeAlerts:
        return CapabilityText::tr("acknowledge alerts");
    case Capability::StartSop:
        return CapabilityText::tr("start an SOP");
    case Capability::ApproveSopStep:
        return CapabilityText::tr("approve an SOP step");
    case Capability::EditKpiPlans:
        return CapabilityText::tr("edit KPI plans");
    case Capability::ManageConnectors:
        return CapabilityText::tr("manage connectors");
    case Capability::ManageAccounts:
        return CapabilityText::tr("manage accounts");
    case Capability::ViewAudit:
        return CapabilityText::tr("view the audit");
    case Capability::RequestExplanation:
        return CapabilityText::tr("ask for an explanation of an indicator");
    case Capability::ConfigureAnalytics:
        return CapabilityText::tr("configure camera analytics");
    }
    return {};
}

} // namespace ioc
