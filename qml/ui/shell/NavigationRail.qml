// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Style

// The list of main screens down the left edge. The current one is marked by a bar, bold text and a
// lighter background, not by colour alone.
Rectangle {
    id: root

    property var screens: []
    property string current
    signal activated(string name)

    color: Theme.surface

    Rectangle {
        anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
        width: 1
        color: Theme.border
    }

    Column {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacingSmall

        Repeater {
            model: root.screens
            delegate: Rectangle {
                id: entry
                required property var modelData
                readonly property bool selected: modelData.name === root.current

                objectName: "nav_" + modelData.name
                width: root.width - 1
                height: column.implicitHeight + 2 * Theme.spacing
                color: selected ? Theme.surfaceSelected : mouse.containsMouse ? Theme.surfaceRaised : "transparent"

                Rectangle {
                    visible: entry.selected
                    width: 4
                    height: parent.height
                    color: Theme.accent
                }

                Column {
                    id: column
                    anchors.centerIn: parent
                    spacing: Theme.spacingSmall
                    Icon {
                        anchors.horizontalCenter: parent.horizontalCenter
                        name: entry.modelData.icon
                        width: Theme.iconSize
                        height: Theme.iconSize
                        color: entry.selected ? Theme.accent : Theme.textMuted
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: root.width - 2 * Theme.spacingSmall
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        text: entry.modelData.title
                        color: entry.selected ? Theme.text : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: entry.selected
                    }
                }

                MouseArea {
                    id: mouse
                    anchors.fill: parent
                    hoverEnabled: true
                    onClicked: root.activated(entry.modelData.name)
                }
            }
        }
    }
}
