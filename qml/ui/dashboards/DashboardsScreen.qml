// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Ioc.Style
import Ioc.Ui

PlannedScreen {
    objectName: "dashboardsScreen"
    title: qsTr("Dashboards")
    icon: "dashboards"
    summary: qsTr("Indicators against plan for the province and each ward, with the reason for every colour and a forecast of where each indicator is heading.")
    plannedItems: [
        qsTr("Socio-economic indicators, public-service dossiers, field reports, environment and security alerts"),
        qsTr("Four groups against plan: at risk, developing well, on track, not evaluated; stale data shown apart"),
        qsTr("Drill down from the province to wards and sectors"),
        qsTr("Forecasts with their measured accuracy")
    ]

    // The status legend the dashboards will use, shown now so that its shapes and words can be checked.
    Row {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingLarge * 2
        spacing: Theme.spacing
        StatusBadge { objectName: "legendRisk"; status: "risk" }
        StatusBadge { status: "watch" }
        StatusBadge { status: "good" }
        StatusBadge { status: "none" }
        StatusBadge { status: "stale" }
    }
}
