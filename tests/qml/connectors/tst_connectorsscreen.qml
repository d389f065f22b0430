// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// The connector screen on the runner's store: "rain" is healthy, "traffic" fails and holds two records,
// one of them not valid UTF-8. The administrator ("quantri") sees the states, selects a connector, reads
// its last error and its quarantine, and retries a record; a supervisor sees the same with the actions
// disabled, and the C++ refuses them anyway; an operator does not get the screen.
TestCase {
    id: testCase
    name: "ConnectorsScreen"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    readonly property string password: "Ca-Mau-2026!"

    Component {
        id: screenComponent
        ConnectorsScreen {}
    }

    Component {
        id: mainComponent
        Main {}
    }

    function signInAs(login: string) {
        Auth.requestSignOut()
        verify(Auth.submitSignIn(login, testCase.password), Auth.lastError)
    }

    function cleanup() {
        signInAs("truongca")
    }

    function delegateOf(list: Item, name: string): Item {
        const children = list.contentItem.children
        for (let i = 0; i < children.length; ++i) {
            if (children[i].objectName === name)
                return children[i]
        }
        return null
    }

    function heldRows(list: Item): list<Item> {
        let rows = []
        const children = list.contentItem.children
        for (let i = 0; i < children.length; ++i) {
            if (children[i].objectName.startsWith("held_"))
                rows.push(children[i])
        }
        return rows
    }

    function test_theAdministratorReadsTheStatesAndRetriesAHeldRecord() {
        signInAs("quantri")
        verify(Connectors.canManage)
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        const connectors = findChild(screen, "connectorList")
        tryCompare(connectors, "count", 2)
        verify(findChild(screen, "pluginProblems").visible, "the rejected plugin is shown")

        tryVerify(() => delegateOf(connectors, "connector_traffic") !== null)
        const traffic = delegateOf(connectors, "connector_traffic")
        compare(findChild(traffic, "stateBadge").status, "risk")
        const rain = delegateOf(connectors, "connector_rain")
        compare(findChild(rain, "stateBadge").status, "good")
        compare(rain.name, "Trạm đo mưa")

        // Every connector's quarantine until one is selected.
        const quarantine = findChild(screen, "quarantineList")
        tryCompare(quarantine, "count", 2)
        verify(!findChild(traffic, "connectorDetails").visible)
        mouseClick(traffic)
        compare(screen.selectedId, "traffic")
        verify(findChild(traffic, "connectorDetails").visible)
        const lastError = findChild(traffic, "lastError")
        verify(lastError.visible)
        verify(lastError.text.indexOf("HTTP 503 from https://traffic.example.vn/api") >= 0, lastError.text)
        compare(Connectors.quarantineModel.connectorId, "traffic")
        tryCompare(quarantine, "count", 2)

        tryVerify(() => heldRows(quarantine).length === 2)
        const rows = heldRows(quarantine)
        const invalid = rows.filter(r => r.payloadInvalid)
        compare(invalid.length, 1)
        verify(findChild(invalid[0], "invalidPayload").visible)
        verify(findChild(invalid[0], "payloadPreview").text.indexOf("\ufffd") >= 0)
        const valid = rows.filter(r => !r.payloadInvalid)[0]
        verify(!findChild(valid, "invalidPayload").visible)

        const retry = findChild(valid, "retry")
        verify(retry.enabled)
        mouseClick(retry)
        verify(!Connectors.lastFailed, Connectors.lastMessage)
        verify(Connectors.lastMessage.indexOf(String(valid.quarantineId)) >= 0, Connectors.lastMessage)
        verify(findChild(screen, "connectorsLastMessage").visible)

        // Selecting it again shows every connector's quarantine.
        mouseClick(delegateOf(connectors, "connector_traffic"))
        compare(screen.selectedId, "")
        compare(Connectors.quarantineModel.connectorId, "")
    }

    function test_withoutThePermissionTheActionsAreDisabledAndRefused() {
        signInAs("truongca")
        verify(!Connectors.canManage)
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        const quarantine = findChild(screen, "quarantineList")
        tryVerify(() => heldRows(quarantine).length === 2)
        const row = heldRows(quarantine)[0]
        verify(!findChild(row, "retry").enabled)
        verify(!findChild(row, "discard").enabled)
        // Called anyway (as a script could): the C++ refuses.
        verify(!Connectors.discard(row.quarantineId, row.connectorId))
        verify(Connectors.lastFailed)
        verify(Connectors.lastMessage.length > 0)
    }

    function test_onlyTheAdministratorGetsTheScreen() {
        const main = createTemporaryObject(mainComponent, testCase)
        signInAs("vanhanh")
        verify(main.screenNames.indexOf("connectors") < 0)
        signInAs("quantri")
        const names = main.screenNames
        compare(names.indexOf("connectors"), names.indexOf("accounts") + 1)
        verify(main.showScreen("connectors"))
        tryCompare(main, "screenStatus", Loader.Ready)
        compare(main.screenItem.objectName, "connectorsScreen")
    }
}
