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
        { name: "audit", title: qsTr("Audit"), icon: "audit", component: auditScreen, needs: "view_audit" },
        { name: "accounts", title: qsTr("Accounts"), icon: "accounts", component: accountsScreen, needs: "manage_accounts" },
        { name: "connectors", title: qsTr("Connectors"), icon: "connectors", component: connectorsScreen, needs: "manage_connectors" },
        { name: "about", title: qsTr("About"), icon: "about", component: aboutScreen }
    ]
    // What the signed-in person may open (the services check again when they act); before sign-in,
    // only the sign-in screen.
    readonly property var availableScreens: Auth.signedIn
        ? screens.filter(s => !s.needs || Auth.capabilities.indexOf(s.needs) >= 0)
        : [{ name: "signin", title: qsTr("Sign in"), icon: "user", component: signInScreen }]
    readonly property var screenNames: availableScreens.map(s => s.name)
    property string currentScreen: "map"
    readonly property int screenStatus: screenLoader.status
    // The screen shown; a screen that fills itself asynchronously offers `busy` (the tour waits).
    readonly property QtObject screenItem: screenLoader.item

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
    Component { id: auditScreen; AuditScreen {} }
    Component { id: accountsScreen; AccountsScreen {} }
    Component { id: connectorsScreen; ConnectorsScreen {} }
    Component { id: signInScreen; SignInScreen {} }

    HandOverDialog { id: handOverDialog }
    // The map's "Open on the wall" and "Cameras nearby" show the wall screen.
    Connections {
        target: Wall
        function onOpenRequested(): void { root.showScreen("wall") }
    }


    header: Header {
        onHandOverRequested: handOverDialog.open()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            visible: Auth.signedIn
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.navigationWidth
            screens: root.availableScreens
            current: root.currentScreen
            onActivated: name => root.showScreen(name)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            HandoverNotice {
                Layout.fillWidth: true
                Layout.margins: visible ? Theme.spacingLarge : 0
                Layout.preferredHeight: visible ? implicitHeight : 0
            }
            Loader {
                id: screenLoader
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Looked up in availableScreens itself (not screenNames, which may not be re-evaluated yet
                // when the session changes).
                sourceComponent: root.availableScreens[Math.max(0, root.availableScreens.findIndex(
                    s => s.name === root.currentScreen))].component
            }
        }
    }
}
