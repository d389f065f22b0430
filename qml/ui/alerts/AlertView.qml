// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtPositioning
import Ioc.Geo
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// The selected alert (AlertDesk.selected): title, rule, facts, state and the actions its state allows;
// where it is (a card, with a button to the map screen); the nearest cameras, the related case, the SOP run and the
// nearest patrol units with distance, time to arrive and dispatch. The actions go to AlertDesk, which
// acts for the signed-in session; a refusal from C++ is shown in "actionError".
Rectangle {
    id: root
    objectName: "alertView"
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    property string severityStatus: "none"
    property string stateText
    readonly property var alert: AlertDesk.selected
    readonly property bool hasAlert: alert.key !== undefined
    readonly property bool hasPosition: hasAlert && alert.latitude !== undefined && alert.latitude !== null
    readonly property var capabilities: Auth.capabilities
    readonly property var stateActions: AlertDesk.actions
    readonly property bool canAct: capabilities.indexOf("acknowledge_alerts") >= 0
    // A camera analytics alert (rule "vision-…"): its snapshot (facts.snapshot, a file path) and "False alarm".
    readonly property bool isVision: hasAlert && (alert.rule ?? "").startsWith("vision-")
    readonly property string snapshotPath: isVision ? (alert.facts?.snapshot ?? "") : ""
    property string falseAlarmMessage: ""
    property bool falseAlarmRecorded: false
    onAlertChanged: { falseAlarmMessage = ""; falseAlarmRecorded = false }
    // The application window (Main.qml: showScreen); untyped, as this view does not know Main.
    readonly property var shell: Window.window

    // The small map is still loading its basemap, wards or markers, or about to fit itself (the screen tour waits).
    readonly property bool busy: hasPosition && (fitTimer.running || !alertBasemap.ready || !alertWards.ready || !alertMarkers.ready)

    // The alert's ward, tinted on the small map.
    readonly property var wardHighlight: {
        const out = {}
        if ((alert.area ?? "").length > 0)
            out[alert.area] = Qt.rgba(Theme.statusRisk.r, Theme.statusRisk.g, Theme.statusRisk.b, 0.22)
        return out
    }

    // Fits the small map to the alert and its nearest unit and camera (at most a few km around it when alone).
    function fitMap(): void {
        if (!root.hasPosition || alertMap.width <= 0 || alertMap.height <= 0)
            return
        let south = root.alert.latitude, north = south, west = root.alert.longitude, east = west
        for (const near of [(root.alert.units ?? [])[0], (root.alert.cameras ?? [])[0]]) {
            if (!near || near.latitude === undefined || near.longitude === undefined)
                continue
            south = Math.min(south, near.latitude)
            north = Math.max(north, near.latitude)
            west = Math.min(west, near.longitude)
            east = Math.max(east, near.longitude)
        }
        const pad = 0.01
        alertMap.fitRegion(QtPositioning.rectangle(QtPositioning.coordinate(north + pad, west - pad),
                                                   QtPositioning.coordinate(south - pad, east + pad)), 28)
    }

    Connections {
        target: AlertDesk
        function onSelectedChanged() { fitTimer.restart() }
    }
    Timer {
        id: fitTimer
        interval: 50
        onTriggered: root.fitMap()
    }

    function allowed(action: string): bool {
        return root.canAct && root.stateActions.indexOf(action) >= 0
    }

    function joinNonEmpty(parts: var, separator: string): string {
        let out = ""
        for (const part of parts) {
            if (part.length > 0)
                out = out.length > 0 ? out + separator + part : part
        }
        return out
    }

    function distance(metres: real): string {
        return metres >= 1000 ? qsTr("%1 km").arg(Number(metres / 1000).toLocaleString(Qt.locale(Language.language), "f", 1))
                              : qsTr("%1 m").arg(Math.round(metres))
    }

    function formatTime(time: var): string {
        return time && !isNaN(time.getTime()) ? Qt.formatDateTime(time, "HH:mm dd/MM/yyyy") : "—"
    }

    function factsText(facts: var): string {
        if (!facts)
            return ""
        let parts = []
        for (const name in facts) {
            const value = facts[name]
            // A camera analytics alert shows its boxes on the snapshot below, not as text.
            if (root.isVision && (name === "boxes" || name === "snapshot"))
                continue
            parts.push(name + ": " + (typeof value === "object" ? JSON.stringify(value) : String(value)))
        }
        return parts.join(" · ")
    }

    function timeLeft(seconds: real): string {
        const minutes = Math.round(Math.abs(seconds) / 60)
        return seconds >= 0 ? qsTr("%1 min left").arg(minutes) : qsTr("overdue by %1 min").arg(minutes)
    }

    component Heading: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
    component Muted: Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    component Panel: Rectangle {
        default property alias content: panelColumn.data
        color: Theme.surfaceRaised
        radius: Theme.radius
        implicitHeight: panelColumn.implicitHeight + 2 * Theme.spacing
        ColumnLayout {
            id: panelColumn
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.spacingSmall
        }
    }

    Text {
        objectName: "noSelection"
        anchors.centerIn: parent
        visible: !root.hasAlert
        width: parent.width - 2 * Theme.spacingLarge
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: AlertDesk.available ? qsTr("Select an alert to see where it is, with the nearest units and cameras.")
                                  : qsTr("The alerts are handled by the centre's server: this console shows the list only.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing
        visible: root.hasAlert

        // Title, rule, state and facts.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            StatusShape {
                status: root.severityStatus
                Layout.preferredWidth: Theme.iconSize
                Layout.preferredHeight: Theme.iconSize
            }
            Text {
                objectName: "alertTitle"
                Layout.fillWidth: true
                text: root.alert.title ?? ""
                wrapMode: Text.WordWrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            StatusBadge {
                objectName: "alertState"
                status: root.alert.state === "resolved" || root.alert.state === "closed" ? "good" : root.severityStatus
                text: root.stateText
            }
        }
        Muted {
            objectName: "alertFacts"
            text: root.joinNonEmpty([qsTr("Rule %1").arg(root.alert.rule ?? ""), (root.alert.area ?? "").length > 0 ? qsTr("ward %1").arg(root.alert.area) : "",
                   qsTr("raised %1").arg(root.formatTime(root.alert.raised)),
                   (root.alert.groupCount ?? 1) > 1 ? qsTr("%1 alerts in the group").arg(root.alert.groupCount) : ""], " · ")
                  + "\n" + root.factsText(root.alert.facts)
                  + ((root.alert.acknowledgedBy ?? "").length > 0 ? "\n" + qsTr("Acknowledged by %1: %2").arg(root.alert.acknowledgedBy).arg(root.alert.comment ?? "") : "")
                  + ((root.alert.assigneeUnit ?? "").length > 0 ? "\n" + qsTr("Assigned to %1").arg(root.alert.assigneeUnit) : "")
                  + ((root.alert.dispatchedUnit ?? "").length > 0 ? "\n" + qsTr("Dispatched: %1 at %2").arg(root.alert.dispatchedUnit).arg(root.formatTime(root.alert.dispatchedAt)) : "")
        }

        // The actions its state allows (the C++ checks the permission and the state again).
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            QQC2.TextField {
                id: note
                objectName: "actionNote"
                Layout.fillWidth: true
                placeholderText: qsTr("Comment or reason")
                font.pixelSize: Theme.fontSmall
            }
            QQC2.Button {
                objectName: "acknowledgeButton"
                text: qsTr("Acknowledge")
                enabled: root.allowed("acknowledge")
                onClicked: if (AlertDesk.acknowledge(note.text)) note.clear()
            }
            QQC2.ComboBox {
                id: snoozeMinutes
                objectName: "snoozeMinutes"
                readonly property var minutes: [15, 30, 60, 120]
                model: [qsTr("15 min"), qsTr("30 min"), qsTr("1 hour"), qsTr("2 hours")]
                currentIndex: 1
                font.pixelSize: Theme.fontSmall
                enabled: root.allowed("snooze")
            }
            QQC2.Button {
                objectName: "snoozeButton"
                text: qsTr("Snooze")
                enabled: root.allowed("snooze")
                onClicked: if (AlertDesk.snooze(snoozeMinutes.minutes[snoozeMinutes.currentIndex], note.text)) note.clear()
            }
            QQC2.Button {
                objectName: "resolveButton"
                text: qsTr("Resolve")
                enabled: root.allowed("resolve")
                onClicked: if (AlertDesk.resolve(note.text)) note.clear()
            }
            QQC2.Button {
                objectName: "closeButton"
                text: qsTr("Close")
                enabled: root.allowed("close")
                onClicked: AlertDesk.close()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            QQC2.TextField {
                id: unitName
                objectName: "assignUnit"
                Layout.fillWidth: true
                placeholderText: qsTr("Unit to assign the alert to")
                font.pixelSize: Theme.fontSmall
            }
            QQC2.Button {
                objectName: "assignButton"
                text: qsTr("Assign to a unit")
                enabled: root.allowed("assign")
                onClicked: if (AlertDesk.assign(unitName.text)) unitName.clear()
            }
        }
        // Camera analytics: what the camera saw when the episode began, and the operator's feedback.
        RowLayout {
            objectName: "visionFeedback"
            Layout.fillWidth: true
            visible: root.isVision
            spacing: Theme.spacing
            Image {
                objectName: "alertSnapshot"
                Layout.preferredWidth: 240
                Layout.preferredHeight: 180
                visible: root.snapshotPath.length > 0
                source: root.snapshotPath.length > 0 ? "file://" + root.snapshotPath : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                cache: false
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                QQC2.Button {
                    objectName: "falseAlarmButton"
                    text: qsTr("False alarm")
                    enabled: root.canAct && Vision.available && !root.falseAlarmRecorded
                    onClicked: {
                        root.falseAlarmMessage = Vision.falseAlarm(root.alert.key, note.text)
                        root.falseAlarmRecorded = root.falseAlarmMessage.length === 0
                    }
                }
                Text {
                    objectName: "falseAlarmText"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    visible: text.length > 0
                    text: root.falseAlarmRecorded ? qsTr("Recorded as a false alarm, with the snapshot.") : root.falseAlarmMessage
                    color: root.falseAlarmRecorded ? Theme.statusGood : Theme.statusRisk
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        Text {
            objectName: "actionError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            text: AlertDesk.lastError
            color: Theme.statusRisk
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        // The map, and beside it the cameras, the related case and the SOP run.
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            // Where it is: a small map of the alert (pulsing), its nearest patrol units and cameras over the wards,
            // fitted to the three; under it the coordinates and a button to the full map, centred there.
            Rectangle {
                objectName: "locationCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surfaceRaised
                radius: Theme.radius

                ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall
                Heading { text: qsTr("Location") }
                MapView {
                    id: alertMap
                    objectName: "alertMap"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 160 * Theme.scale
                    visible: root.hasPosition
                    onWidthChanged: fitTimer.restart()
                    onHeightChanged: fitTimer.restart()
                    interactive: true
                    minimumZoom: 6
                    maximumZoom: 16

                    TileLayer {
                        id: alertBasemap
                        objectName: "alertMapBasemap"
                        source: ":/map/basemap/vn_relief_z0-7.mbtiles"
                        offline: true
                    }
                    VectorLayer {
                        source: ":/map/geo/ne10m_land_vnbox.geojson"
                        fillColor: Qt.rgba(0.20, 0.24, 0.22, alertMap.zoom > 7 ? 0.85 : 0.0)
                        strokeColor: "transparent"
                        strokeWidth: 0
                    }
                    VectorLayer {
                        source: ":/map/geo/ne10m_rivers_vnbox.geojson"
                        fillColor: "transparent"
                        strokeColor: "#3f7fa8"
                        strokeWidth: 1.2
                    }
                    VectorLayer {
                        id: alertWards
                        objectName: "alertMapWards"
                        source: ":/map/demo/ca_mau_wards_2025.geojson"
                        fillColor: Qt.rgba(0, 0, 0, 0)
                        strokeColor: Qt.rgba(0.86, 0.9, 0.94, 0.6)
                        strokeWidth: 1
                        keyProperty: "code"
                        featureColors: root.wardHighlight
                        labelProperty: "name"
                        labelColor: Theme.text
                        minimumLabelZoom: 10.5
                    }
                    MarkerLayer {
                        id: alertMarkers
                        objectName: "alertMapMarkers"
                        source: AlertDesk.markers
                        stateColors: [Theme.accent, Theme.statusWatch, "#e69f00", Theme.statusRisk]
                        clustering: false
                    }
                }
                Text {
                    objectName: "alertCoordinates"
                    Layout.fillWidth: true
                    text: root.hasPosition ? qsTr("%1° N, %2° E").arg(Number(root.alert.latitude).toFixed(5)).arg(Number(root.alert.longitude).toFixed(5))
                                           : qsTr("This alert has no position.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                Muted {
                    objectName: "nearestSummary"
                    visible: text.length > 0
                    text: root.joinNonEmpty([(root.alert.area ?? "").length > 0 ? qsTr("Ward %1").arg(root.alert.area ?? "") : "",
                                             (root.alert.units ?? []).length > 0
                                                 ? qsTr("nearest unit %1").arg(root.distance(root.alert.units[0].distanceMetres)) : "",
                                             (root.alert.cameras ?? []).length > 0
                                                 ? qsTr("nearest camera %1").arg(root.distance(root.alert.cameras[0].distanceMetres)) : ""], " · ")
                }
                QQC2.Button {
                    objectName: "showOnMap"
                    visible: root.hasPosition
                    text: qsTr("View on the map")
                    font.pixelSize: Theme.fontSmall
                    onClicked: {
                        MapData.focusOn(root.alert.latitude, root.alert.longitude, 13)
                        root.shell.showScreen("map")
                    }
                }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 300 * Theme.scale
                Layout.maximumWidth: 300 * Theme.scale
                Layout.fillHeight: true
                spacing: Theme.spacing

                // The nearest camera live (its sub-stream: the tile is small), the others by distance; a click
                // opens one on the wall, "Cameras nearby" fills the wall with the nearest ones.
                Panel {
                    objectName: "camerasPanel"
                    Layout.fillWidth: true
                    Heading { text: qsTr("Nearest cameras") }
                    VideoTile {
                        id: nearestCamera
                        objectName: "nearestCameraTile"
                        Layout.fillWidth: true
                        Layout.preferredHeight: width * 9 / 16
                        visible: (root.alert.cameras ?? []).length > 0
                        active: visible && root.visible
                        tile: visible ? ({ cameraKey: root.alert.cameras[0].wallKey, camera: Wall.camera(root.alert.cameras[0].wallKey),
                                           maximised: false })
                                      : ({ cameraKey: "" })
                        // A double tap opens it on the wall, maximised.
                        TapHandler {
                            onDoubleTapped: Wall.openCamera(root.alert.cameras[0].wallKey)
                        }
                    }
                    Repeater {
                        model: root.alert.cameras ?? []
                        delegate: QQC2.ItemDelegate {
                            id: cameraRow
                            required property var modelData
                            required property int index
                            objectName: "camera_" + index
                            Layout.fillWidth: true
                            padding: 2
                            text: modelData.name + " · " + root.distance(modelData.distanceMetres)
                            contentItem: Text {
                                elide: Text.ElideRight
                                text: cameraRow.text
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                            onClicked: Wall.openCamera(modelData.wallKey)
                        }
                    }
                    Muted {
                        visible: (root.alert.cameras ?? []).length === 0
                        text: qsTr("No camera nearby.")
                    }
                    QQC2.Button {
                        objectName: "camerasOnWall"
                        visible: (root.alert.cameras ?? []).length > 0 && root.hasPosition
                        text: qsTr("Cameras nearby on the wall")
                        font.pixelSize: Theme.fontSmall
                        onClicked: Wall.showNearest(root.alert.latitude, root.alert.longitude)
                    }
                }

                Panel {
                    objectName: "casePanel"
                    Layout.fillWidth: true
                    visible: root.alert.relatedCase !== undefined
                    Heading { text: qsTr("Related case") }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: root.alert.relatedCase ? root.alert.relatedCase.key + "\n" + root.alert.relatedCase.title : ""
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    StatusBadge {
                        status: Labels.statusGroup(root.alert.relatedCase ? root.alert.relatedCase.status : "")
                        text: Labels.statusName(root.alert.relatedCase ? root.alert.relatedCase.status : "", Language.language)
                    }
                }

                Panel {
                    objectName: "sopPanel"
                    Layout.fillWidth: true
                    Heading { text: qsTr("SOP") }
                    Text {
                        objectName: "sopTitle"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        visible: root.alert.sop !== undefined
                        text: root.alert.sop ? (Language.language === "vi" ? root.alert.sop.title.vi : root.alert.sop.title.en) : ""
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                    Muted {
                        objectName: "sopStep"
                        text: !root.alert.sop ? qsTr("No SOP run for this alert.")
                              : root.alert.sop.closed ? qsTr("Run closed (%1 of %2 steps)").arg(root.alert.sop.stepsDone).arg(root.alert.sop.stepCount)
                              : qsTr("Step %1 of %2: %3").arg(root.alert.sop.stepsDone + 1).arg(root.alert.sop.stepCount)
                                    .arg(root.alert.sop.stepTitle ? (Language.language === "vi" ? root.alert.sop.stepTitle.vi : root.alert.sop.stepTitle.en) : "")
                                + (root.alert.sop.secondsLeft !== undefined ? " · " + root.timeLeft(root.alert.sop.secondsLeft) : "")
                                + (root.alert.sop.awaitingApproval ? " · " + qsTr("awaiting a supervisor's approval") : "")
                        color: root.alert.sop && root.alert.sop.secondsLeft !== undefined && root.alert.sop.secondsLeft < 0 ? Theme.statusRisk : Theme.textMuted
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }

        // The nearest patrol units.
        Panel {
            objectName: "unitsPanel"
            Layout.fillWidth: true
            Heading { text: qsTr("Nearest patrol units") }
            Muted {
                visible: (root.alert.units ?? []).length === 0
                text: qsTr("No patrol unit with a known position.")
            }
            Repeater {
                model: root.alert.units ?? []
                delegate: RowLayout {
                    id: unitRow
                    required property var modelData
                    required property int index
                    objectName: "unit_" + index
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: unitRow.modelData.name + (unitRow.modelData.callSign ? " (" + unitRow.modelData.callSign + ")" : "")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        objectName: "unitDistance"
                        text: qsTr("%1 · about %2 min").arg(root.distance(unitRow.modelData.distanceMetres))
                                  .arg(Math.max(1, Math.round(unitRow.modelData.etaMinutes)))
                              + (unitRow.modelData.moving ? " · " + qsTr("moving") : "")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    QQC2.Button {
                        objectName: "dispatchButton"
                        text: root.alert.dispatchedUnit === unitRow.modelData.key ? qsTr("Dispatched") : qsTr("Dispatch")
                        font.pixelSize: Theme.fontSmall
                        enabled: root.allowed("dispatch") && root.alert.dispatchedUnit !== unitRow.modelData.key
                        onClicked: AlertDesk.dispatch(unitRow.modelData.key)
                    }
                }
            }
        }
    }
}
