// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// Camera analytics on the wall, with the runner's real VisionPipeline: the analytics editor draws a zone by
// clicks on the live picture of CAM-W1 (vtest), refuses to save a zone of two points with the C++ reason
// shown, saves a good one (the pipeline then runs it) and is refused to an operator; a wall tile of CAM-W1
// with a zone across the walkway draws detection boxes inside its picture within seconds (acceptance 5); the
// episode's alert, opened in the alert view, shows its snapshot and takes "False alarm".
// Runs under Xvfb (OpenGL), where VideoOutput knows its picture's rectangle.
TestCase {
    id: testCase
    name: "Analytics"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    readonly property string password: "Ca-Mau-2026!"

    Component {
        id: editorComponent
        AnalyticsEditor {}
    }

    Component {
        id: screenComponent
        WallScreen {}
    }

    Component {
        id: alertViewComponent
        AlertView {}
    }

    SignalSpy {
        id: raisedSpy
        target: Vision
        signalName: "alertRaised"
    }

    function walkway(): var {
        return { enabled: true, maxFps: 4, quietSeconds: 30,
                 zones: [{ id: "walkway", kind: "intrusion", points: [[0.0, 0.33], [0.62, 0.36], [0.62, 0.62], [0.0, 0.45]],
                           dwellSeconds: 1 }] }
    }

    function cleanup() {
        if (Auth.login !== "truongca")
            verify(Auth.submitSignIn("truongca", testCase.password))
        compare(Vision.saveConfig("CAM-W1", { enabled: true, zones: [] }), "")
        Wall.restore()
        Wall.clearAll()
        Wall.setLayout("2x2")
    }

    function openEditor(): var {
        const editor = createTemporaryObject(editorComponent, testCase, { cameraKey: "CAM-W1", camera: Wall.camera("CAM-W1") })
        verify(editor)
        editor.open()
        tryCompare(editor, "opened", true)
        return editor
    }

    function test_editorDrawsAZoneAndSavesIt() {
        verify(Vision.available)
        verify(Vision.canConfigure)
        const editor = openEditor()
        const area = findChild(editor.contentItem, "pictureArea")
        verify(area)
        tryVerify(() => area.width > 100 && area.height > 100)
        const error = findChild(editor.contentItem, "analyticsError")
        const save = findChild(editor.contentItem, "analyticsSaveButton")
        const finish = findChild(editor.contentItem, "finishZoneButton")

        // Two points: not a zone; Save hands it to the C++, which says why.
        mouseClick(area, area.width * 0.1, area.height * 0.4)
        mouseClick(area, area.width * 0.6, area.height * 0.4)
        compare(editor.draft.length, 2)
        verify(!finish.enabled)
        mouseClick(save)
        tryVerify(() => error.visible)
        verify(error.text.indexOf("ít nhất 3 điểm") >= 0, error.text) // in the interface's language (Vietnamese in the runner)
        verify(!Vision.hasAnalytics("CAM-W1"))

        // A third point closes it: finish, save, the pipeline runs it.
        mouseClick(area, area.width * 0.6, area.height * 0.6)
        verify(finish.enabled)
        mouseClick(finish)
        compare(editor.draft.length, 0)
        compare(findChild(editor.contentItem, "zoneList").count, 1)
        mouseClick(save)
        tryVerify(() => findChild(editor.contentItem, "analyticsSaved").visible)
        verify(!error.visible)
        verify(Vision.hasAnalytics("CAM-W1"))
        const zones = Vision.zones("CAM-W1")
        compare(zones.length, 1)
        compare(zones[0].kind, "intrusion")
        compare(zones[0].points.length, 3)
        fuzzyCompare(zones[0].points[0].x, 0.1, 0.01)
        fuzzyCompare(zones[0].points[2].y, 0.6, 0.01)
    }

    function test_anOperatorCannotSave() {
        verify(Auth.submitSignIn("vanhanh", testCase.password))
        verify(!Vision.canConfigure)
        const editor = openEditor()
        verify(!findChild(editor.contentItem, "analyticsSaveButton").enabled)
        verify(Vision.saveConfig("CAM-W1", walkway()).length > 0) // refused in C++ too
        verify(!Vision.hasAnalytics("CAM-W1"))
    }

    function test_aTileDrawsItsDetections() {
        raisedSpy.clear()
        compare(Vision.saveConfig("CAM-W1", walkway()), "")
        const screen = createTemporaryObject(screenComponent, testCase, { width: testCase.width, height: testCase.height })
        verify(screen)
        verify(Wall.assign(0, "CAM-W1"))
        const grid = findChild(screen, "wallGrid")
        tryVerify(() => findChild(grid, "tile0") !== null)
        const tile = findChild(grid, "tile0")
        tryCompare(tile, "streamState", "live", 20000)
        verify(tile.hasAnalytics)
        tryVerify(() => tile.detectionCount > 0, 30000, "no detection box on the tile of vtest")
        const overlay = findChild(tile, "analyticsOverlay")
        verify(overlay.visible)
        // The overlay is the picture inside the tile (letterboxed), the boxes inside the overlay.
        verify(overlay.width > 0 && overlay.width <= tile.width && overlay.height <= tile.height)
        const box = findChild(overlay, "detectionBox")
        verify(box)
        verify(box.x >= 0 && box.y >= 0 && box.x + box.width <= overlay.width + 1 && box.y + box.height <= overlay.height + 1)
        verify(box.y + box.height > overlay.height * 0.3) // on the walkway

        // The episode's alert: its snapshot in the alert view, and "False alarm" recorded.
        tryVerify(() => raisedSpy.count > 0, 20000)
        compare(raisedSpy.signalArguments[0][1], "CAM-W1")
        const alertKey = raisedSpy.signalArguments[0][0]
        AlertDesk.reload()
        AlertDesk.select(alertKey)
        tryCompare(AlertDesk, "selectedKey", alertKey)
        const view = createTemporaryObject(alertViewComponent, testCase, { width: 1200, height: 900 })
        verify(view)
        tryVerify(() => findChild(view, "visionFeedback").visible)
        const snapshot = findChild(view, "alertSnapshot")
        tryCompare(snapshot, "status", Image.Ready, 5000)
        verify(snapshot.sourceSize.width > 0)
        mouseClick(findChild(view, "falseAlarmButton"))
        const feedback = findChild(view, "falseAlarmText")
        tryVerify(() => feedback.visible)
        verify(feedback.text.indexOf("báo động giả") >= 0, feedback.text)
        verify(!findChild(view, "falseAlarmButton").enabled)
    }
}
