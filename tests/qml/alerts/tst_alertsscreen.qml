// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import QtPositioning
import Ioc.Ui
import Ioc.Shell

// The alerts screen on the runner's store and real AlertService: a critical rain alert near patrol unit
// CA-TT-01 and camera CAM-TT-01, and a medium one. The list puts the critical one first and filters by
// severity; the tour state "detail" shows it with its place, camera and unit; the operator acknowledges it
// with a comment and dispatches the unit; an administrator, who may not act on alerts, sees the buttons
// disabled and the C++ refuses anyway, with the reason on the screen.
TestCase {
    id: testCase
    name: "AlertsScreen"
    when: windowShown
    visible: true
    width: 1500
    height: 950

    readonly property string password: "Ca-Mau-2026!"

    Component {
        id: screenComponent
        AlertsScreen {}
    }

    function signInAs(login: string) {
        Auth.requestSignOut()
        verify(Auth.submitSignIn(login, testCase.password), Auth.lastError)
    }

    function cleanup() {
        AlertDesk.model.severities = []
        AlertDesk.model.states = []
        AlertDesk.model.domains = []
        AlertDesk.select("")
        signInAs("truongca")
    }

    function test_1_theListOrdersAndFilters() {
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1500, height: 950 })
        const list = findChild(screen, "alertList")
        tryCompare(list, "count", 2)
        tryVerify(() => findChild(list, "alert_0") !== null)
        const first = findChild(list, "alert_0")
        compare(first.severity, "critical")
        compare(findChild(first, "severityBadge").status, "risk")
        compare(findChild(findChild(list, "alert_1"), "severityBadge").status, "watch")

        mouseClick(findChild(screen, "severity_medium"))
        compare(AlertDesk.model.severities, ["medium"])
        tryCompare(list, "count", 1)
        mouseClick(findChild(screen, "severity_all"))
        tryCompare(list, "count", 2)
        mouseClick(findChild(screen, "stateFilter_5"))
        tryCompare(list, "count", 0)
        mouseClick(findChild(screen, "domain_thoi_tiet"))
        compare(AlertDesk.model.domains, ["thoi_tiet"])
        mouseClick(findChild(screen, "stateFilter_1"))
        tryCompare(list, "count", 2)

        // A click selects; the view shows it.
        mouseClick(findChild(list, "alert_1"))
        compare(AlertDesk.selected.severity, "medium")
        compare(findChild(screen, "alertTitle").text, "Mưa vượt ngưỡng tại RG-BL")
    }

    function test_2_theDetailStateShowsTheMostSevereOpenAlertOnItsMap() {
        signInAs("vanhanh")
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1500, height: 950 })
        verify(screen.tourStates.indexOf("detail") >= 0)
        verify(screen.showTourState("detail"))
        compare(AlertDesk.selected.severity, "critical")
        compare(findChild(screen, "alertTitle").text, "Mưa vượt ngưỡng tại RG-TT")
        // In the interface's language ("9.17690° B, 105.15240° Đ" in Vietnamese): the figures are what counts.
        const coordinates = findChild(screen, "alertCoordinates").text
        verify(coordinates.indexOf("9.17690°") === 0 && coordinates.indexOf("105.15240°") > 0, coordinates)
        verify(findChild(screen, "showOnMap").visible)
        // Its small map: fitted to the alert, its nearest unit and camera, all three drawn as markers.
        tryVerify(() => !screen.busy, 10000)
        const map = findChild(screen, "alertMap")
        verify(map.visible && map.width > 100 && map.height > 100, map.width + "×" + map.height)
        compare(findChild(screen, "alertMapMarkers").visibleCount, 3)
        for (const place of [[9.1769, 105.1524], [AlertDesk.selected.units[0].latitude, AlertDesk.selected.units[0].longitude],
                             [AlertDesk.selected.cameras[0].latitude, AlertDesk.selected.cameras[0].longitude]]) {
            const point = map.coordinateToScreen(QtPositioning.coordinate(place[0], place[1]))
            verify(point.x > 0 && point.x < map.width && point.y > 0 && point.y < map.height, "on the map: " + place)
        }
        compare(findChild(screen, "alertMapWards").error, "")
        // The nearest camera's tile, by the wall's key for it (this runner's wall does not know it: it says so).
        const tile = findChild(screen, "nearestCameraTile")
        verify(tile.visible)
        compare(tile.tile.cameraKey, "CAM-TT-01")
        compare(tile.tile.camera.error, "Không có camera CAM-TT-01.")
        verify(findChild(screen, "camerasOnWall").visible)
        verify(findChild(screen, "nearestSummary").text.indexOf("400 m") >= 0, findChild(screen, "nearestSummary").text)
        verify(findChild(screen, "camera_0").text.indexOf("Camera ngã tư Tân Thành") >= 0)
        const unit = findChild(screen, "unit_0")
        verify(unit !== null)
        verify(findChild(unit, "unitDistance").text.indexOf("400 m") >= 0, findChild(unit, "unitDistance").text)

        // Acknowledge with a comment, then dispatch the nearest unit.
        const acknowledge = findChild(screen, "acknowledgeButton")
        verify(acknowledge.enabled)
        findChild(screen, "actionNote").text = "Đã xem camera, nước ngập 30 cm"
        mouseClick(acknowledge)
        compare(AlertDesk.lastError, "")
        compare(AlertDesk.selected.state, "acknowledged")
        compare(AlertDesk.selected.comment, "Đã xem camera, nước ngập 30 cm")
        verify(!acknowledge.enabled, "acknowledged once")
        verify(findChild(screen, "alertFacts").text.indexOf("Đã xem camera") >= 0)

        const dispatch = findChild(findChild(screen, "unit_0"), "dispatchButton")
        verify(dispatch.enabled)
        mouseClick(dispatch)
        compare(AlertDesk.lastError, "")
        compare(AlertDesk.selected.dispatchedUnit, "qmltest/CA-TT-01")
        verify(!findChild(findChild(screen, "unit_0"), "dispatchButton").enabled)

        // Tour state "" clears the selection.
        verify(screen.showTourState(""))
        verify(findChild(screen, "noSelection").visible)
    }

    function test_3_anAdministratorIsRefusedWithTheReason() {
        signInAs("quantri")
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1500, height: 950 })
        AlertDesk.model.severities = ["medium"]
        verify(AlertDesk.selectMostSevereOpen())
        compare(AlertDesk.selected.state, "new")
        verify(!findChild(screen, "acknowledgeButton").enabled, "no acknowledge_alerts capability")
        verify(!findChild(screen, "snoozeButton").enabled)
        // The C++ refuses anyway, and the screen says why.
        verify(!AlertDesk.acknowledge("thử"))
        const error = findChild(screen, "actionError")
        verify(error.visible)
        verify(error.text.length > 0)
        compare(AlertDesk.selected.state, "new")
    }
}
