// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell

// The shell: header, navigation between the main screens, and the current screen.
// For the screen tour (--self-test, --screenshot) it offers screenNames, showScreen() and screenStatus.
QQC2.ApplicationWindow {
    id: root

    width: 1600
    height: 900
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: qsTr("IOC Desk — Intelligent Operations Center")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    readonly property var screens: [
        { name: "map", title: qsTr("Map"), icon: "map", component: mapScreen },
        { name: "wall", title: qsTr("Camera wall"), icon: "wall", component: wallScreen },
        { name: "cases", title: qsTr("Cases"), icon: "cases", component: casesScreen },
        { name: "dashboards", title: qsTr("Dashboards"), icon: "dashboards", component: dashboardsScreen },
        { name: "alerts", title: qsTr("Alerts"), icon: "alerts", component: alertsScreen },
        { name: "sop", title: qsTr("SOP"), icon: "sop", component: sopScreen },
        { name: "about", title: qsTr("About"), icon: "about", component: aboutScreen }
    ]
    readonly property var screenNames: screens.map(s => s.name)
    property string currentScreen: "map"
    readonly property int screenStatus: screenLoader.status

    function showScreen(name: string): bool {
        if (screenNames.indexOf(name) < 0)
            return false
        currentScreen = name
        return true
    }

    Binding {
        target: Theme
        property: "density"
        value: ShellStatus.density
    }

    Component { id: mapScreen; MapScreen {} }
    Component { id: wallScreen; WallScreen {} }
    Component { id: casesScreen; CasesScreen {} }
    Component { id: dashboardsScreen; DashboardsScreen {} }
    Component { id: alertsScreen; AlertsScreen {} }
    Component { id: sopScreen; SopScreen {} }
    Component { id: aboutScreen; AboutScreen {} }

    header: Header {}

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.navigationWidth
            screens: root.screens
            current: root.currentScreen
            onActivated: name => root.showScreen(name)
        }

        Loader {
            id: screenLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: root.screens[Math.max(0, root.screenNames.indexOf(root.currentScreen))].component
        }
    }
}
