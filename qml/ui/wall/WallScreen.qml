// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell

// The camera wall on the console: the camera list (search, drag a camera onto a tile, double click to
// open it), the layout picker, the tour, and the tiles of the profile's current screen (WallGrid).
// Everything it changes goes through Wall (WallController); it decides nothing.
Rectangle {
    id: root
    objectName: "wallScreen"
    color: Theme.background

    // The screen tour's pictures: a 2×2 and a 3×3 wall filled with the cameras of the list, and a 2×2 of
    // the cameras with analytics (then other cameras playing vtest) showing their detection boxes.
    readonly property list<string> tourStates: ["grid2x2", "grid3x3", "detections"]
    // While tiles are still connecting (the tour waits, at most `settleLimitMs`), and in "detections"
    // until a tile draws a box (at most `detectionLimitMs`).
    readonly property bool busy: waiting || waitingForDetections
    property bool waiting: true
    property bool waitingForDetections: false
    readonly property int settleLimitMs: 8000
    readonly property int detectionLimitMs: 9000 // within the screen tour's 10 s per screen
    property string layoutBeforeTour: ""

    // Fills the 2×2 with the cameras that have analytics, then others playing vtest; returns how many.
    function showDetections(): int {
        const keys = []
        const cameras = Wall.cameras
        for (const camera of cameras) {
            if (keys.length < 4 && Vision.hasAnalytics(camera.key))
                keys.push(camera.key)
        }
        for (const camera of cameras) {
            const url = camera.streams && camera.streams.length > 0 ? String(camera.streams[0].url) : ""
            if (keys.length < 4 && keys.indexOf(camera.key) < 0 && url.indexOf("vtest") >= 0)
                keys.push(camera.key)
        }
        Wall.clearAll()
        for (let i = 0; i < keys.length; ++i)
            Wall.assign(i, keys[i])
        return keys.length
    }

    function showTourState(name: string): bool {
        if (name.length === 0) {
            root.waitingForDetections = false
            detectionPoll.stop()
            if (root.layoutBeforeTour.length > 0)
                Wall.setLayout(root.layoutBeforeTour)
            Wall.clearAll()
            return true
        }
        const layouts = { grid2x2: "2x2", grid3x3: "3x3", detections: "2x2" }
        if (layouts[name] === undefined)
            return false
        if (root.layoutBeforeTour.length === 0)
            root.layoutBeforeTour = Wall.layout
        if (!Wall.setLayout(layouts[name]))
            return false
        Wall.restore()
        if (name === "detections") {
            if (root.showDetections() === 0)
                return false
            root.waitingForDetections = true
            detectionPoll.restart()
            detectionGuard.restart()
        } else {
            root.waitingForDetections = false
            Wall.fillWithCameras()
        }
        root.startWaiting()
        return true
    }

    function startWaiting(): void {
        root.waiting = true
        settleGuard.restart()
        settlePoll.restart()
    }

    Component.onCompleted: startWaiting()
    Connections {
        target: Wall
        function onWallChanged(): void { root.startWaiting() }
    }
    // The tiles' states are polled: a tile becoming live does not notify the screen.
    Timer {
        id: settlePoll
        interval: 250
        repeat: true
        onTriggered: {
            if (grid.allSettled()) {
                // One more moment so that the live tiles show a picture, not their first frame.
                stop()
                settleDelay.restart()
            }
        }
    }
    Timer {
        id: settleDelay
        interval: 1000
        onTriggered: root.waiting = false
    }
    Timer {
        id: detectionPoll
        interval: 200
        repeat: true
        onTriggered: {
            if (grid.detectionCount() > 0) {
                stop()
                root.waitingForDetections = false
            }
        }
    }
    Timer {
        id: detectionGuard
        interval: root.detectionLimitMs
        onTriggered: { detectionPoll.stop(); root.waitingForDetections = false }
    }
    Timer {
        id: settleGuard
        interval: root.settleLimitMs
        onTriggered: { settlePoll.stop(); root.waiting = false }
    }

    // The camera being dragged from the list.
    Rectangle {
        id: cameraProxy
        property string label: ""
        z: 10
        visible: Drag.active
        width: proxyText.implicitWidth + 2 * Theme.spacing
        height: proxyText.implicitHeight + 2 * Theme.spacingSmall
        radius: Theme.radius
        color: Theme.surfaceSelected
        border.color: Theme.accent
        Drag.keys: ["ioc/camera"]
        Drag.hotSpot.x: width / 2
        Drag.hotSpot.y: height / 2
        Text {
            id: proxyText
            anchors.centerIn: parent
            text: cameraProxy.label
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // The cameras.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(280 * Theme.scale)
            color: Theme.surface
            radius: Theme.radius

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                Text {
                    text: qsTr("Cameras (%1)").arg(Wall.cameras.length)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                }
                QQC2.TextField {
                    objectName: "cameraSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search a camera or road")
                    text: Wall.filter
                    onTextEdited: Wall.filter = text
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Drag a camera onto a tile; double click to open it.")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                ListView {
                    id: cameraList
                    objectName: "cameraList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingSmall
                    model: Wall.filteredCameras
                    delegate: Rectangle {
                        id: cameraRow
                        required property var modelData
                        width: ListView.view.width
                        height: rowColumn.implicitHeight + 2 * Theme.spacingSmall
                        radius: Theme.radius
                        color: rowMouse.containsMouse ? Theme.surfaceSelected : Theme.surfaceRaised
                        Column {
                            id: rowColumn
                            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                            Text {
                                width: parent.width
                                elide: Text.ElideRight
                                text: cameraRow.modelData.name
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                            }
                            Text {
                                width: parent.width
                                elide: Text.ElideRight
                                text: (cameraRow.modelData.error ?? "") !== "" ? cameraRow.modelData.error
                                                                            : (cameraRow.modelData.road ?? cameraRow.modelData.key)
                                color: (cameraRow.modelData.error ?? "") !== "" ? Theme.statusRisk : Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        MouseArea {
                            id: rowMouse
                            anchors.fill: parent
                            hoverEnabled: true
                            drag.target: cameraProxy
                            onPressed: mouse => {
                                const p = mapToItem(root, mouse.x, mouse.y)
                                cameraProxy.x = p.x - cameraProxy.width / 2
                                cameraProxy.y = p.y - cameraProxy.height / 2
                                cameraProxy.label = cameraRow.modelData.name
                                grid.draggedCamera = cameraRow.modelData.key
                            }
                            onPositionChanged: {
                                if (drag.active && !cameraProxy.Drag.active)
                                    cameraProxy.Drag.active = true
                            }
                            onReleased: {
                                if (cameraProxy.Drag.active) {
                                    cameraProxy.Drag.drop()
                                    cameraProxy.Drag.active = false
                                }
                                grid.draggedCamera = ""
                            }
                            onDoubleClicked: Wall.openCamera(cameraRow.modelData.key)
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            // Layout, tour, profile.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Text {
                    text: qsTr("Layout")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                QQC2.ComboBox {
                    id: layoutPicker
                    objectName: "layoutPicker"
                    model: Wall.layouts
                    currentIndex: Wall.layoutIndex
                    displayText: Wall.layoutIndex >= 0 ? Wall.layout : qsTr("Custom %1").arg(Wall.layout)
                    onActivated: index => Wall.setLayout(Wall.layouts[index])
                }
                QQC2.Button {
                    objectName: "fillButton"
                    text: qsTr("Fill")
                    onClicked: Wall.fillWithCameras()
                }
                QQC2.Button {
                    objectName: "clearButton"
                    text: qsTr("Clear")
                    onClicked: Wall.clearAll()
                }
                QQC2.Button {
                    objectName: "restoreButton"
                    visible: Wall.maximisedTile >= 0
                    text: qsTr("Restore")
                    onClicked: Wall.restore()
                }
                Item { Layout.preferredWidth: Theme.spacingLarge }
                Text {
                    text: qsTr("Tour every")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                QQC2.SpinBox {
                    id: tourSeconds
                    objectName: "tourSeconds"
                    from: 3
                    to: 600
                    value: Wall.tourSeconds
                    editable: true
                }
                Text {
                    text: qsTr("s")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                QQC2.Button {
                    objectName: "tourButton"
                    text: Wall.touring ? qsTr("Stop tour") : qsTr("Start tour")
                    onClicked: Wall.touring ? Wall.stopTour() : Wall.startTour([], tourSeconds.value)
                }
                Item { Layout.fillWidth: true }
                QQC2.Button {
                    objectName: "statsToggle"
                    text: qsTr("Stream details")
                    checkable: true
                    checked: grid.showStats
                    onToggled: grid.showStats = checked
                }
                QQC2.ComboBox {
                    objectName: "screenPicker"
                    visible: Wall.screenCount > 1
                    model: Wall.screenCount
                    currentIndex: Wall.currentScreen
                    displayText: qsTr("Screen %1 of %2").arg(Wall.currentScreen + 1).arg(Wall.screenCount)
                    onActivated: index => Wall.currentScreen = index
                }
                QQC2.TextField {
                    id: profileName
                    objectName: "profileName"
                    Layout.preferredWidth: Math.round(140 * Theme.scale)
                    text: Wall.profile
                    placeholderText: qsTr("Profile name")
                }
                QQC2.Button {
                    objectName: "saveButton"
                    text: qsTr("Save profile")
                    onClicked: profileName.text === Wall.profile ? Wall.saveProfile() : Wall.saveProfileAs(profileName.text)
                }
            }

            Text {
                objectName: "wallError"
                Layout.fillWidth: true
                visible: Wall.error.length > 0
                text: Wall.error
                wrapMode: Text.Wrap
                color: Theme.statusRisk
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }

            WallGrid {
                id: grid
                objectName: "wallGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                editable: true
                tiles: Wall.tiles
            }
        }
    }
}
