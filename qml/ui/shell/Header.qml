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

    // The outgoing operator asked to hand over the shift (Main opens the dialog).
    signal handOverRequested()

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
                text: ShellStatus.scopeText.length > 0 ? ShellStatus.scopeText : qsTr("Intelligent Operations Center")
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
                text: ShellStatus.noticesText
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

        QQC2.Button {
            objectName: "handOverButton"
            visible: Auth.signedIn
            text: qsTr("Hand over")
            font.pixelSize: Theme.fontSmall
            onClicked: root.handOverRequested()
        }
        QQC2.ToolButton {
            objectName: "signOutButton"
            visible: Auth.signedIn
            implicitWidth: Theme.controlHeight
            implicitHeight: Theme.controlHeight
            onClicked: Auth.requestSignOut()
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Sign out")
            Accessible.name: qsTr("Sign out")
            contentItem: Icon {
                name: "signout"
                color: Theme.text
            }
        }

        // Language switch: the chosen language is filled and bold, the other outlined.
        Row {
            spacing: 0
            Repeater {
                model: Language.languages
                delegate: Rectangle {
                    id: languageButton
                    required property string modelData
                    required property int index
                    readonly property bool selected: Language.language === modelData

                    objectName: "language_" + modelData
                    width: Math.max(Theme.controlHeight * 1.3, languageLabel.implicitWidth + 2 * Theme.spacing)
                    height: Theme.controlHeight * 0.8
                    color: selected ? Theme.accent : languageMouse.containsMouse ? Theme.surfaceRaised : "transparent"
                    border.color: Theme.accent
                    border.width: 1
                    radius: 3

                    Text {
                        id: languageLabel
                        anchors.centerIn: parent
                        text: languageButton.modelData.toUpperCase()
                        color: languageButton.selected ? Theme.accentText : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: languageButton.selected
                    }
                    MouseArea {
                        id: languageMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: Language.setLanguage(languageButton.modelData)
                    }
                    QQC2.ToolTip.visible: languageMouse.containsMouse
                    QQC2.ToolTip.text: modelData === "vi" ? qsTr("Vietnamese") : qsTr("English")
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
