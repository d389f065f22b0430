// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A status as shape + word + colour. `text` defaults to the group's name; pass a more precise one
// ("61% of plan") where the view has it.
Rectangle {
    id: root

    property string status: "none"
    property string text: defaultText(status)

    function defaultText(s: string): string {
        switch (s) {
        case "risk": return qsTr("At risk")
        case "watch": return qsTr("Developing well")
        case "good": return qsTr("On track")
        case "stale": return qsTr("Stale data")
        default: return qsTr("Not evaluated")
        }
    }

    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    implicitHeight: Math.max(row.implicitHeight + Theme.spacingSmall * 2, Theme.fontBody * 2)
    radius: height / 2
    color: Theme.surfaceRaised
    border.color: Theme.statusColor(status)
    border.width: 1

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingSmall
        StatusShape {
            status: root.status
            width: Theme.fontBody
            height: Theme.fontBody
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            text: root.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
