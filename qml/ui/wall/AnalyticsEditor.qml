// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtMultimedia
import Ioc.Style
import Ioc.Shell
import Ioc.Video

// The analytics editor of one camera (opened from its tile): the live picture, where clicks add the points of
// a new zone (three at least); the zones with their kind (intrusion or crowd), minimum object size, dwell and
// optional schedule; the camera's thresholds (people for a crowd and for how long, motion threshold, analysed
// frames per second). Save hands the whole config to Vision.saveConfig, which checks the permission and the
// config in C++ and says why it refuses (shown in "analyticsError"). `config` is CameraAnalyticsConfig's JSON.
QQC2.Popup {
    id: root
    objectName: "analyticsEditor"

    required property string cameraKey
    // The wall's camera entry ({key, name, streams}) for the live picture.
    property var camera: ({})
    property var config: ({})
    // Points of the zone being drawn, [[x, y]] in 0..1 of the picture.
    property var draft: []
    property int selectedZone: -1
    property string error: ""
    property bool saved: false

    readonly property var zones: root.config.zones ?? []
    readonly property var zone: root.selectedZone >= 0 && root.selectedZone < root.zones.length ? root.zones[root.selectedZone] : null

    // Reassigns `config` with one change, so that every binding sees it.
    function edit(change: var): void {
        const copy = JSON.parse(JSON.stringify(root.config))
        change(copy)
        root.config = copy
        root.saved = false
    }

    function editZone(change: var): void {
        const index = root.selectedZone
        if (index < 0)
            return
        root.edit(c => change(c.zones[index]))
    }

    function nextZoneId(): string {
        let n = root.zones.length + 1
        const taken = root.zones.map(z => z.id)
        while (taken.indexOf("zone-" + n) >= 0)
            ++n
        return "zone-" + n
    }

    // Adds a point of the draft zone at (x, y) of the picture area (0..1).
    function addPoint(x: real, y: real): void {
        const copy = root.draft.slice()
        copy.push([Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000, Math.round(Math.min(1, Math.max(0, y)) * 1000) / 1000])
        root.draft = copy
    }

    // The draft becomes a zone (three points at least).
    function finishZone(): bool {
        if (root.draft.length < 3)
            return false
        const points = root.draft
        const kind = kindPicker.currentIndex === 1 ? "crowd" : "intrusion"
        const id = root.nextZoneId()
        root.edit(c => {
            if (!c.zones)
                c.zones = []
            c.zones.push({ id: id, kind: kind, points: points, schedule: [], minObjectArea: 0.002, dwellSeconds: 1 })
        })
        root.draft = []
        root.selectedZone = root.zones.length - 1
        return true
    }

    function removeZone(index: int): void {
        root.edit(c => c.zones.splice(index, 1))
        root.selectedZone = -1
    }

    // Saves (an unfinished draft goes along, so that the C++ says what is wrong with it).
    function save(): bool {
        const toSave = JSON.parse(JSON.stringify(root.config))
        if (root.draft.length > 0) {
            if (!toSave.zones)
                toSave.zones = []
            toSave.zones.push({ id: root.nextZoneId(), kind: kindPicker.currentIndex === 1 ? "crowd" : "intrusion",
                                points: root.draft, schedule: [] })
        }
        // A crowd needs the people detector.
        if (toSave.crowd && toSave.crowd.enabled) {
            if (!toSave.people)
                toSave.people = {}
            toSave.people.enabled = true
        }
        root.error = Vision.saveConfig(root.cameraKey, toSave)
        root.saved = root.error.length === 0
        if (root.saved) {
            root.config = Vision.config(root.cameraKey)
            root.draft = []
        }
        return root.saved
    }

    // "HH:mm" or "" (no schedule).
    function scheduleOf(zone: var): var {
        return zone && zone.schedule && zone.schedule.length > 0 ? zone.schedule[0] : null
    }

    onAboutToShow: {
        root.config = Vision.config(root.cameraKey)
        root.draft = []
        root.selectedZone = -1
        root.error = ""
        root.saved = false
    }

    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.9 : 1200, 1400)
    height: Math.min(parent ? parent.height * 0.9 : 800, 900)
    modal: true
    focus: true
    closePolicy: QQC2.Popup.CloseOnEscape
    padding: Theme.spacingLarge
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Analytics of %1").arg(root.camera.name ?? root.cameraKey)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            elide: Text.ElideRight
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            // The live picture; clicks add points to the zone being drawn.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: "black"

                VideoOutput {
                    id: output
                    anchors.fill: parent
                    fillMode: VideoOutput.PreserveAspectFit
                }
                VideoStream {
                    camera: root.camera
                    active: root.opened
                    maximised: true
                    tileSize: Qt.size(output.width, output.height)
                    videoSink: output.videoSink
                }
                Item {
                    id: picture
                    objectName: "analyticsPicture"
                    // The picture inside the letterbox; the whole area until the first frame.
                    readonly property bool known: output.contentRect.width > 0 && output.contentRect.height > 0
                    x: known ? output.contentRect.x : 0
                    y: known ? output.contentRect.y : 0
                    width: known ? output.contentRect.width : output.width
                    height: known ? output.contentRect.height : output.height

                    ZoneOutlines {
                        anchors.fill: parent
                        zones: root.zones
                        draft: root.draft
                        selected: root.selectedZone
                    }
                    MouseArea {
                        id: pictureArea
                        objectName: "pictureArea"
                        anchors.fill: parent
                        cursorShape: Qt.CrossCursor
                        onClicked: mouse => root.addPoint(mouse.x / pictureArea.width, mouse.y / pictureArea.height)
                    }
                }
                Text {
                    anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacingSmall }
                    text: root.draft.length === 0 ? qsTr("Click on the picture to draw a zone (3 points at least).")
                                                  : qsTr("%n point(s); finish the zone when it is closed.", "", root.draft.length)
                    color: "white"
                    style: Text.Outline
                    styleColor: "black"
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }

            // Zones and thresholds.
            ColumnLayout {
                Layout.preferredWidth: 380
                Layout.maximumWidth: 380
                Layout.fillHeight: true
                spacing: Theme.spacingSmall

                RowLayout {
                    spacing: Theme.spacingSmall
                    QQC2.ComboBox {
                        id: kindPicker
                        objectName: "zoneKind"
                        Layout.fillWidth: true
                        model: [qsTr("Intrusion zone"), qsTr("Crowd zone")]
                        font.pixelSize: Theme.fontSmall
                    }
                    QQC2.Button {
                        objectName: "finishZoneButton"
                        text: qsTr("Finish zone")
                        enabled: root.draft.length >= 3
                        onClicked: root.finishZone()
                    }
                    QQC2.Button {
                        objectName: "clearDraftButton"
                        text: qsTr("Clear")
                        enabled: root.draft.length > 0
                        onClicked: root.draft = []
                    }
                }

                ListView {
                    id: zoneList
                    objectName: "zoneList"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120
                    clip: true
                    model: root.zones
                    delegate: Rectangle {
                        id: zoneRow
                        required property var modelData
                        required property int index
                        width: zoneList.width
                        height: zoneRowLayout.implicitHeight + Theme.spacingSmall
                        color: zoneRow.index === root.selectedZone ? Theme.surfaceSelected : "transparent"
                        MouseArea {
                            anchors.fill: parent
                            onClicked: root.selectedZone = zoneRow.index
                        }
                        RowLayout {
                            id: zoneRowLayout
                            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingSmall }
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1 · %2 · %n point(s)", "", (zoneRow.modelData.points ?? []).length)
                                      .arg(zoneRow.modelData.id)
                                      .arg(zoneRow.modelData.kind === "crowd" ? qsTr("crowd") : qsTr("intrusion"))
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                            QQC2.Button {
                                text: qsTr("Remove")
                                font.pixelSize: Theme.fontSmall
                                onClicked: root.removeZone(zoneRow.index)
                            }
                        }
                    }
                }

                // The selected zone's settings.
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    visible: root.zone !== null
                    columnSpacing: Theme.spacingSmall
                    rowSpacing: 2
                    Text { text: qsTr("Smallest object (% of the picture)"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.SpinBox {
                        id: minObjectAreaBox
                        objectName: "minObjectArea"
                        from: 1
                        to: 500
                        // Hundredths of a percent, shown as a percentage with two decimals ("0.20").
                        value: Math.round((root.zone?.minObjectArea ?? 0.002) * 10000)
                        editable: true
                        textFromValue: (value, locale) => Number(value / 100).toLocaleString(locale, "f", 2)
                        valueFromText: (text, locale) => Math.round(Number.fromLocaleString(locale, text) * 100)
                        onValueModified: root.editZone(z => { z.minObjectArea = minObjectAreaBox.value / 10000 })
                    }
                    Text { text: qsTr("Dwell (seconds)"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.SpinBox {
                        id: dwellSecondsBox
                        objectName: "dwellSeconds"
                        from: 0
                        to: 600
                        value: root.zone?.dwellSeconds ?? 1
                        editable: true
                        onValueModified: root.editZone(z => { z.dwellSeconds = dwellSecondsBox.value })
                    }
                    Text { text: qsTr("Watched from (HH:mm, empty: always)"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.TextField {
                        id: scheduleFrom
                        objectName: "scheduleFrom"
                        text: root.scheduleOf(root.zone)?.from ?? ""
                        placeholderText: "22:00"
                        font.pixelSize: Theme.fontSmall
                        onEditingFinished: root.editZone(z => {
                            const to = z.schedule && z.schedule.length > 0 ? z.schedule[0].to : "06:00"
                            z.schedule = scheduleFrom.text.length > 0 ? [{ days: [1, 2, 3, 4, 5, 6, 7], from: scheduleFrom.text, to: to }] : []
                        })
                    }
                    Text { text: qsTr("Watched until (HH:mm)"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.TextField {
                        id: scheduleTo
                        objectName: "scheduleTo"
                        text: root.scheduleOf(root.zone)?.to ?? ""
                        placeholderText: "06:00"
                        font.pixelSize: Theme.fontSmall
                        enabled: root.scheduleOf(root.zone) !== null
                        onEditingFinished: root.editZone(z => { if (z.schedule && z.schedule.length > 0) z.schedule[0].to = scheduleTo.text })
                    }
                }

                // The camera's thresholds.
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.spacingSmall
                    rowSpacing: 2
                    QQC2.CheckBox {
                        id: crowdEnabled
                        objectName: "crowdEnabled"
                        Layout.columnSpan: 2
                        text: qsTr("Crowd: count people")
                        font.pixelSize: Theme.fontSmall
                        checked: root.config.crowd?.enabled ?? false
                        onToggled: root.edit(c => { c.crowd.enabled = crowdEnabled.checked; c.people.enabled = crowdEnabled.checked })
                    }
                    Text { text: qsTr("People for a crowd"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.SpinBox {
                        id: crowdPeopleBox
                        objectName: "crowdPeople"
                        from: 1
                        to: 200
                        editable: true
                        value: root.config.crowd?.minPeople ?? 5
                        onValueModified: root.edit(c => { c.crowd.minPeople = crowdPeopleBox.value })
                    }
                    Text { text: qsTr("For (seconds)"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.SpinBox {
                        id: crowdSecondsBox
                        objectName: "crowdSeconds"
                        from: 0
                        to: 600
                        editable: true
                        value: root.config.crowd?.seconds ?? 3
                        onValueModified: root.edit(c => { c.crowd.seconds = crowdSecondsBox.value })
                    }
                    Text { text: qsTr("Motion threshold (0–255)"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.SpinBox {
                        id: motionThresholdBox
                        objectName: "motionThreshold"
                        from: 1
                        to: 255
                        editable: true
                        value: root.config.motion?.threshold ?? 25
                        onValueModified: root.edit(c => { c.motion.threshold = motionThresholdBox.value })
                    }
                    Text { text: qsTr("Frames analysed per second"); color: Theme.text; font.pixelSize: Theme.fontSmall }
                    QQC2.SpinBox {
                        id: maxFpsBox
                        objectName: "maxFps"
                        from: 1
                        to: 30
                        editable: true
                        value: root.config.maxFps ?? 5
                        onValueModified: root.edit(c => { c.maxFps = maxFpsBox.value })
                    }
                }

                Item { Layout.fillHeight: true }

                Text {
                    objectName: "analyticsError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.error
                    wrapMode: Text.Wrap
                    color: Theme.statusRisk
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    objectName: "analyticsSaved"
                    visible: root.saved
                    text: qsTr("Saved: the camera's analytics run with these settings.")
                    color: Theme.statusGood
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    QQC2.Button {
                        objectName: "analyticsSaveButton"
                        text: qsTr("Save")
                        enabled: Vision.canConfigure
                        onClicked: root.save()
                    }
                    QQC2.Button {
                        objectName: "analyticsCloseButton"
                        text: qsTr("Close")
                        onClicked: root.close()
                    }
                }
            }
        }
    }
}
