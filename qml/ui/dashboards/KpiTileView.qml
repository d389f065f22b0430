// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// One indicator on the KPI wall: name, the figure and its plan, the status as colour + shape + word
// (readable by colour-blind viewers and from three metres), the period, a sparkline. A tap opens the detail.
Rectangle {
    id: root

    required property string code
    required property string name
    required property string nameEn
    required property string unit
    required property string period
    required property var value
    required property var plan
    required property string colour
    required property bool stale
    required property string explanation
    required property var sparkline
    signal opened(string code)

    readonly property string status: colour === "red" ? "risk" : colour === "orange" ? "watch"
                                   : colour === "green" ? "good" : "none"

    function formatted(v: var): string {
        return v === null || v === undefined ? "—" : Number(v).toLocaleString(Qt.locale(Language.language), "f", Math.abs(v) < 100 ? 1 : 0)
    }

    objectName: "kpiTile_" + code
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.statusColor(status)
    border.width: status === "none" ? 1 : 2

    Rectangle {
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: 6
        radius: Theme.radius
        color: Theme.statusColor(root.status)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        anchors.leftMargin: Theme.spacingLarge + 6
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            text: Language.language === "en" ? root.nameEn : root.name
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        RowLayout {
            spacing: Theme.spacingSmall
            Text {
                objectName: "tileValue"
                text: root.formatted(root.value)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Text {
                Layout.alignment: Qt.AlignBaseline
                text: root.unit
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            text: qsTr("plan %1 · %2").arg(root.formatted(root.plan)).arg(root.period)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            spacing: Theme.spacingSmall
            StatusBadge {
                objectName: "tileStatus"
                status: root.status
            }
            StatusBadge {
                visible: root.stale
                status: "stale"
            }
        }
        Sparkline {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 24
            values: root.sparkline
            color: Theme.statusColor(root.status)
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: root.opened(root.code)
    }
}
