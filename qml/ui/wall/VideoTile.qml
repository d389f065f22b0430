// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtMultimedia
import Ioc.Style
import Ioc.Shell
import Ioc.Video

// One tile of the wall: the camera's picture (VideoOutput fed by a VideoStream), its name, a chip with
// the stream's state and reason, a debug overlay with the stream's statistics, a snapshot button, the
// camera analytics' detections over the picture (Vision) and, for who may configure them, the analytics editor.
// `tile` is an entry of Wall.screenTiles(). The stream decodes only while `active` (the tile is shown).
Rectangle {
    id: root

    required property var tile
    property bool active: visible
    property bool showStats: false
    readonly property bool hasCamera: (root.tile.cameraKey ?? "") !== ""
    readonly property string streamState: hasCamera ? stream.state : "idle"
    // Live or failed (or nothing to play): what the screen tour waits for.
    readonly property bool settled: !hasCamera || stream.state === "live" || stream.state === "failed"
    property string lastSnapshot: ""
    // {fps, width, height, dropped, sinceLastFrameMs, reconnects}
    readonly property var stats: stream.stats
    readonly property string cameraKey: root.tile.cameraKey ?? ""
    // The camera's current analytics boxes (Vision.detections), drawn over the picture.
    readonly property var detections: root.hasCamera && Vision.revision >= 0 ? Vision.detections(root.cameraKey) : []
    readonly property int detectionCount: detections.length
    readonly property bool hasAnalytics: root.hasCamera && Vision.revision >= 0 && Vision.hasAnalytics(root.cameraKey)
    readonly property var zones: root.hasAnalytics ? Vision.zones(root.cameraKey) : []
    readonly property string analyticsError: root.hasCamera && Vision.revision >= 0 ? Vision.error(root.cameraKey) : ""

    function openAnalyticsEditor(): void {
        editorLoader.active = true
        (editorLoader.item as AnalyticsEditor).open()
    }

    function stateColor(code: string): color {
        switch (code) {
        case "live": return Theme.statusGood
        case "connecting":
        case "reconnecting":
        case "stalled": return Theme.statusWatch
        case "failed": return Theme.statusRisk
        default: return Theme.statusNone
        }
    }

    color: Theme.surface
    border.color: root.tile.maximised ? Theme.accent : Theme.border
    border.width: 1

    VideoOutput {
        id: output
        objectName: "videoOutput"
        anchors.fill: parent
        anchors.margins: 1
        fillMode: VideoOutput.PreserveAspectFit
        visible: root.hasCamera
    }

    // Analytics over the picture: the zones faint, each detection's box with its rule and score. Mapped
    // through the output's contentRect (the picture inside the letterbox); coordinates are 0..1 of the picture.
    Item {
        id: analytics
        objectName: "analyticsOverlay"
        visible: root.hasCamera && (root.hasAnalytics || root.detectionCount > 0)
        x: output.x + output.contentRect.x
        y: output.y + output.contentRect.y
        width: output.contentRect.width
        height: output.contentRect.height

        ZoneOutlines {
            anchors.fill: parent
            zones: root.zones
            opacity: 0.45
        }

        Repeater {
            model: root.detections
            delegate: Rectangle {
                id: box
                required property var modelData
                objectName: "detectionBox"
                x: modelData.x * analytics.width
                y: modelData.y * analytics.height
                width: Math.max(2, modelData.width * analytics.width)
                height: Math.max(2, modelData.height * analytics.height)
                color: "transparent"
                border.color: Theme.statusRisk
                border.width: 2
                Rectangle {
                    anchors { left: parent.left; bottom: parent.top }
                    width: boxLabel.implicitWidth + Theme.spacingSmall
                    height: boxLabel.implicitHeight
                    color: Theme.statusRisk
                    Text {
                        id: boxLabel
                        anchors.centerIn: parent
                        text: qsTr("%1 %2").arg(box.modelData.rule).arg(box.modelData.scoreText)
                        color: "white"
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }

    VideoStream {
        id: stream
        camera: root.hasCamera ? root.tile.camera : ({})
        active: root.active && root.hasCamera
        tileSize: Qt.size(output.width, output.height)
        maximised: root.tile.maximised ?? false
        videoSink: output.videoSink
    }

    Text {
        anchors.centerIn: parent
        visible: !root.hasCamera
        text: qsTr("Drop a camera here")
        color: Theme.textDisabled
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    // Name (top left) and state (top right).
    Rectangle {
        visible: root.hasCamera
        anchors { left: parent.left; top: parent.top; margins: Theme.spacingSmall }
        width: Math.min(nameText.implicitWidth + 2 * Theme.spacing, root.width / 2)
        height: nameText.implicitHeight + Theme.spacingSmall
        radius: Theme.radius
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.7)
        Text {
            id: nameText
            objectName: "cameraName"
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            elide: Text.ElideRight
            text: root.tile.camera ? (root.tile.camera.name ?? "") : ""
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    Rectangle {
        id: stateChip
        objectName: "stateChip"
        visible: root.hasCamera
        anchors { right: parent.right; top: parent.top; margins: Theme.spacingSmall }
        // From the texts' natural widths, measured apart: a wrapped Text's implicitWidth follows its width,
        // which follows this one (a binding loop).
        width: Math.min(Math.max(stateMetrics.advanceWidth, reasonLabel.visible ? reasonMetrics.advanceWidth : 0)
                        + 2 * Theme.spacing + 2, root.width * 0.6)
        height: stateColumn.implicitHeight + Theme.spacingSmall
        radius: Theme.radius
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.8)
        border.color: root.stateColor(root.streamState)
        TextMetrics {
            id: stateMetrics
            text: stateLabel.text
            font: stateLabel.font
        }
        TextMetrics {
            id: reasonMetrics
            text: reasonLabel.text
            font: reasonLabel.font
        }
        Column {
            id: stateColumn
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            Text {
                id: stateLabel
                objectName: "stateText"
                width: parent.width
                text: stream.stateText
                color: root.stateColor(root.streamState)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            Text {
                id: reasonLabel
                objectName: "reasonText"
                width: parent.width
                visible: text.length > 0 && root.streamState !== "live"
                text: stream.reason
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    // Debug overlay: what the stream delivers.
    Rectangle {
        objectName: "statsOverlay"
        visible: root.showStats && root.hasCamera
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacingSmall }
        width: statsText.implicitWidth + 2 * Theme.spacing
        height: statsText.implicitHeight + Theme.spacingSmall
        radius: Theme.radius
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.8)
        Text {
            id: statsText
            anchors.centerIn: parent
            text: qsTr("%1 fps · %2×%3 · %4 dropped · last frame %5 ms ago · %6 reconnects · stream %7")
                  .arg(Number(root.stats.fps ?? 0).toFixed(1))
                  .arg(root.stats.width ?? 0).arg(root.stats.height ?? 0)
                  .arg(root.stats.dropped ?? 0)
                  .arg(root.stats.sinceLastFrameMs ?? 0)
                  .arg(root.stats.reconnects ?? 0)
                  .arg(stream.variantIndex === 0 ? qsTr("main") : qsTr("sub %1").arg(stream.variantIndex))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    Row {
        visible: root.hasCamera && hover.hovered
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.spacingSmall }
        spacing: Theme.spacingSmall
        QQC2.Button {
            objectName: "analyticsButton"
            text: qsTr("Analytics")
            visible: Vision.canConfigure
            onClicked: root.openAnalyticsEditor()
        }
        QQC2.Button {
            objectName: "statsButton"
            text: qsTr("Stats")
            checkable: true
            checked: root.showStats
            onToggled: root.showStats = checked
        }
        QQC2.Button {
            objectName: "snapshotButton"
            text: qsTr("Snapshot")
            enabled: root.streamState === "live"
            onClicked: {
                const path = Wall.snapshotPath(root.tile.cameraKey)
                root.lastSnapshot = stream.snapshot(path) ? path : ""
            }
        }
    }

    // The camera's analytics problem (bad config, unreadable frames), bottom left.
    Rectangle {
        objectName: "analyticsErrorChip"
        visible: root.analyticsError.length > 0 && !root.showStats
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacingSmall }
        width: Math.min(analyticsErrorText.implicitWidth + 2 * Theme.spacing, root.width * 0.6)
        height: analyticsErrorText.implicitHeight + Theme.spacingSmall
        radius: Theme.radius
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.8)
        border.color: Theme.statusWatch
        Text {
            id: analyticsErrorText
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            text: root.analyticsError
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    Loader {
        id: editorLoader
        active: false
        sourceComponent: AnalyticsEditor {
            cameraKey: root.cameraKey
            camera: root.tile.camera ?? ({})
            onClosed: unloadEditor.start() // not from inside the popup's own signal
        }
    }

    Timer {
        id: unloadEditor
        interval: 0
        onTriggered: editorLoader.active = false
    }

    HoverHandler { id: hover }
}
