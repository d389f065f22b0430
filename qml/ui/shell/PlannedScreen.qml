// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Ioc.Style

// A screen whose feature is not built yet says so plainly: what it will hold and that it holds nothing
// today. No fake figures.
Rectangle {
    id: root

    property string title
    property string icon
    property string summary
    property list<string> plannedItems

    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacingLarge, 900)
        spacing: Theme.spacingLarge

        RowLayout {
            spacing: Theme.spacing
            Icon {
                name: root.icon
                color: Theme.accent
                Layout.preferredWidth: Theme.iconSize * 1.6
                Layout.preferredHeight: Theme.iconSize * 1.6
            }
            Text {
                objectName: "screenTitle"
                text: root.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
        }

        Text {
            Layout.fillWidth: true
            text: root.summary
            color: Theme.text
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: planned.implicitHeight + 2 * Theme.spacingLarge
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: planned
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacing

                Text {
                    text: qsTr("This screen will hold:")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                Repeater {
                    model: root.plannedItems
                    delegate: Text {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "•  " + modelData
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
        }

        RowLayout {
            spacing: Theme.spacing
            StatusBadge {
                status: "none"
                text: qsTr("Not available yet")
            }
            Text {
                objectName: "availability"
                Layout.fillWidth: true
                text: qsTr("Nothing is shown here yet: this part of IOC Desk is still being built.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
