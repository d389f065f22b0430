// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// What a console shows before anyone signs in: the sign-in form, or, on a store without any account,
// the form that creates the first administrator. In demo mode only, the demo accounts and their
// passwords are listed; choosing one fills the form. Checking happens in C++ (Auth).
Rectangle {
    id: root
    objectName: "signInScreen"
    color: Theme.background

    readonly property bool firstStart: Auth.needsFirstAdministrator

    function submit(): void {
        if (root.firstStart)
            Auth.submitFirstAdministrator(loginField.text, nameField.text, passwordField.text, confirmField.text)
        else
            Auth.submitSignIn(loginField.text, passwordField.text)
        passwordField.text = ""
        confirmField.text = ""
    }

    component FieldLabel: Text {
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    RowLayout {
        anchors.centerIn: parent
        spacing: Theme.spacingLarge * 2

        Rectangle {
            id: card
            Layout.preferredWidth: 420 * Theme.scale
            Layout.preferredHeight: form.implicitHeight + 2 * Theme.spacingLarge * 2
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ColumnLayout {
                id: form
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge * 2
                spacing: Theme.spacing

                Text {
                    objectName: "signInTitle"
                    text: root.firstStart ? qsTr("Create the administrator account") : qsTr("Sign in")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.firstStart
                    wrapMode: Text.WordWrap
                    text: qsTr("No account exists yet in this data store. The administrator creates the accounts of operators, supervisors and leaders.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }

                FieldLabel { text: qsTr("Login") }
                QQC2.TextField {
                    id: loginField
                    objectName: "loginField"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    maximumLength: 64
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhNoPredictiveText
                    focus: true
                    onAccepted: passwordField.forceActiveFocus()
                }
                FieldLabel { text: qsTr("Display name"); visible: root.firstStart }
                QQC2.TextField {
                    id: nameField
                    objectName: "displayNameField"
                    Layout.fillWidth: true
                    visible: root.firstStart
                    font.pixelSize: Theme.fontBody
                    maximumLength: 120
                }
                FieldLabel { text: qsTr("Password") }
                QQC2.TextField {
                    id: passwordField
                    objectName: "passwordField"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody
                    echoMode: TextInput.Password
                    maximumLength: 256
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    onAccepted: root.firstStart ? confirmField.forceActiveFocus() : root.submit()
                }
                FieldLabel { text: qsTr("Password again"); visible: root.firstStart }
                QQC2.TextField {
                    id: confirmField
                    objectName: "confirmField"
                    Layout.fillWidth: true
                    visible: root.firstStart
                    font.pixelSize: Theme.fontBody
                    echoMode: TextInput.Password
                    maximumLength: 256
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    onAccepted: root.submit()
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.firstStart
                    wrapMode: Text.WordWrap
                    text: qsTr("At least %1 characters, mixing three of: lower case, upper case, digits, other characters.").arg(Auth.passwordMinLength)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: Auth.lastError.length > 0
                    spacing: Theme.spacingSmall
                    StatusShape {
                        status: "risk"
                        Layout.preferredWidth: Theme.fontBody
                        Layout.preferredHeight: Theme.fontBody
                    }
                    Text {
                        objectName: "signInError"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: Auth.lastError
                        color: Theme.statusRisk
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
                QQC2.Button {
                    objectName: "signInButton"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: root.firstStart ? qsTr("Create and sign in") : qsTr("Sign in")
                    font.pixelSize: Theme.fontBody
                    highlighted: true
                    enabled: loginField.text.length > 0 && passwordField.text.length > 0
                    onClicked: root.submit()
                }
            }
        }

        // Demo mode only: who can sign in, with the passwords (never shown outside demo mode).
        Rectangle {
            objectName: "demoAccounts"
            visible: Auth.demoAccounts.length > 0 && !root.firstStart
            Layout.preferredWidth: 420 * Theme.scale
            Layout.preferredHeight: demoColumn.implicitHeight + 2 * Theme.spacingLarge
            color: Theme.surface
            border.color: Theme.accent
            radius: Theme.radius

            ColumnLayout {
                id: demoColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacingSmall
                Text {
                    text: qsTr("Demo accounts")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Shown in demo mode only. Choose one to fill the form.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Repeater {
                    model: Auth.demoAccounts
                    delegate: Rectangle {
                        id: demoRow
                        required property var modelData
                        objectName: "demoAccount_" + modelData.login
                        Layout.fillWidth: true
                        implicitHeight: demoText.implicitHeight + Theme.spacing * 2
                        radius: Theme.radius
                        color: demoMouse.containsMouse ? Theme.surfaceRaised : "transparent"
                        ColumnLayout {
                            id: demoText
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.margins: Theme.spacing
                            spacing: 0
                            Text {
                                text: demoRow.modelData.displayName + " · " + Labels.roleName(demoRow.modelData.role, Language.language)
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                            }
                            Text {
                                text: qsTr("login %1 · password %2").arg(demoRow.modelData.login).arg(demoRow.modelData.password)
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        MouseArea {
                            id: demoMouse
                            anchors.fill: parent
                            hoverEnabled: true
                            onClicked: {
                                loginField.text = demoRow.modelData.login
                                passwordField.text = demoRow.modelData.password
                            }
                        }
                    }
                }
            }
        }
    }
}
