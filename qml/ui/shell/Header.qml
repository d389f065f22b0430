// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell

// The header: who is signed in, how healthy the data is, the notices, the language and the time.
Rectangle {
    id: root

    implicitHeight: Theme.headerHeight
    color: Theme.surface

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacingLarge

        ColumnLayout {
            spacing: 0
            Text {
                text: qsTr("IOC Desk")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Text {
                objectName: "centerName"
                text: qsTr("Intelligent Operations Center")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        Rectangle {
            visible: ShellStatus.demoMode
            implicitWidth: demoLabel.implicitWidth + 2 * Theme.spacing
            implicitHeight: demoLabel.implicitHeight + Theme.spacingSmall * 2
            radius: Theme.radius
            color: Theme.accent
            Text {
                id: demoLabel
                anchors.centerIn: parent
                text: qsTr("DEMO")
                color: Theme.accentText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            visible: ShellStatus.notices.length > 0
            Icon {
                name: "notice"
                color: Theme.statusWatch
                Layout.preferredWidth: Theme.iconSize
                Layout.preferredHeight: Theme.iconSize
            }
            Text {
                objectName: "notices"
                Layout.fillWidth: true
                text: ShellStatus.notices.join("  ·  ")
                color: Theme.text
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Item {
            Layout.fillWidth: true
            visible: ShellStatus.notices.length === 0
        }

        RowLayout {
            spacing: Theme.spacingSmall
            StatusShape {
                status: ShellStatus.dataHealth === ShellStatus.Ok ? "good"
                      : ShellStatus.dataHealth === ShellStatus.Stale ? "stale"
                      : ShellStatus.dataHealth === ShellStatus.Down ? "risk" : "none"
                Layout.preferredWidth: Theme.fontBody
                Layout.preferredHeight: Theme.fontBody
            }
            Text {
                objectName: "dataHealth"
                text: ShellStatus.dataHealthText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        RowLayout {
            spacing: Theme.spacingSmall
            Icon {
                name: "user"
                color: Theme.textMuted
                Layout.preferredWidth: Theme.iconSize
                Layout.preferredHeight: Theme.iconSize
            }
            Text {
                objectName: "userName"
                text: ShellStatus.userName.length > 0 ? ShellStatus.userName : qsTr("Not signed in")
                color: ShellStatus.userName.length > 0 ? Theme.text : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        RowLayout {
            spacing: 2
            Repeater {
                model: Language.languages
                delegate: QQC2.Button {
                    id: languageButton
                    required property string modelData
                    objectName: "language_" + modelData
                    text: modelData.toUpperCase()
                    flat: Language.language !== modelData
                    highlighted: Language.language === modelData
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    implicitHeight: Theme.controlHeight
                    QQC2.ToolTip.visible: hovered
                    QQC2.ToolTip.text: modelData === "vi" ? qsTr("Vietnamese") : qsTr("English")
                    onClicked: Language.setLanguage(languageButton.modelData)
                }
            }
        }

        ColumnLayout {
            spacing: 0
            Text {
                objectName: "clock"
                Layout.alignment: Qt.AlignRight
                text: ShellStatus.clockText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontClock
                font.bold: true
            }
            Text {
                Layout.alignment: Qt.AlignRight
                text: ShellStatus.dateText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
