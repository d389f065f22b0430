// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// The administrator's accounts: who may sign in, with which role and areas, and the changes an
// administrator makes (create, change role, disable or enable, reset a password, lift a lockout).
// Every check happens in C++ (Accounts, through Auth): without the "manage accounts" permission the
// list is empty and the screen says why.
Rectangle {
    id: root
    objectName: "accountsScreen"
    color: Theme.background

    function roleNames(): list<string> {
        const codes = Accounts.roleCodes
        let names = []
        for (let i = 0; i < codes.length; ++i)
            names.push(Labels.roleName(codes[i], Language.language))
        return names
    }

    function roleIndex(code: string): int {
        const codes = Accounts.roleCodes
        for (let i = 0; i < codes.length; ++i) {
            if (codes[i] === code)
                return i
        }
        return 0
    }

    function areasText(areas: list<string>): string {
        return areas.length > 0 ? areas.join(", ") : qsTr("Whole province")
    }

    function create(): void {
        const ok = Accounts.create(loginField.text, nameField.text, Accounts.roleCodes[roleBox.currentIndex],
                                   unitField.text, areasField.text, passwordField.text, confirmField.text)
        passwordField.text = ""
        confirmField.text = ""
        createResult.text = ok ? qsTr("Account %1 created.").arg(loginField.text.trim().toLowerCase()) : ""
        if (ok) {
            loginField.text = ""
            nameField.text = ""
            unitField.text = ""
            areasField.text = ""
        }
    }

    Component.onCompleted: Accounts.refresh()

    component FieldLabel: Text {
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    component ErrorLine: RowLayout {
        id: errorLine
        property string text
        visible: text.length > 0
        spacing: Theme.spacingSmall
        StatusShape {
            status: "risk"
            Layout.preferredWidth: Theme.fontBody
            Layout.preferredHeight: Theme.fontBody
            Layout.alignment: Qt.AlignTop
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: errorLine.text
            color: Theme.statusRisk
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            Text {
                objectName: "screenTitle"
                text: qsTr("Accounts")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Text {
                objectName: "accountsCount"
                Layout.fillWidth: true
                text: qsTr("Accounts: %1").arg(Accounts.count)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }

        ErrorLine {
            objectName: "accountsError"
            Layout.fillWidth: true
            text: Accounts.error
        }
        ErrorLine {
            objectName: "accountsLastError"
            Layout.fillWidth: true
            text: Accounts.lastError
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            ListView {
                id: list
                objectName: "accountList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Accounts
                spacing: 1
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string login
                    required property string displayName
                    required property string role
                    required property string unit
                    required property list<string> areas
                    required property bool disabled
                    required property bool locked
                    required property var lockedUntil
                    required property int failedSignIns
                    required property bool isSelf
                    objectName: "account_" + login
                    width: ListView.view.width
                    implicitHeight: rowLayout.implicitHeight + Theme.spacing * 2
                    color: index % 2 === 0 ? Theme.surface : Theme.background

                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacingLarge

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall
                            Text {
                                Layout.fillWidth: true
                                text: row.displayName + " · " + row.login
                                elide: Text.ElideRight
                                color: row.disabled ? Theme.textMuted : Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                            }
                            Text {
                                Layout.fillWidth: true
                                text: [Labels.roleName(row.role, Language.language), root.areasText(row.areas), row.unit]
                                      .filter(part => part.length > 0).join(" · ")
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        StatusBadge {
                            objectName: "disabledBadge"
                            visible: row.disabled
                            status: "none"
                            text: qsTr("Disabled")
                        }
                        StatusBadge {
                            objectName: "lockedBadge"
                            visible: row.locked
                            status: "risk"
                            text: qsTr("Locked until %1").arg(Qt.formatTime(row.lockedUntil, "HH:mm"))
                        }
                        QQC2.Button {
                            objectName: "changeRole"
                            text: qsTr("Change role…")
                            font.pixelSize: Theme.fontSmall
                            enabled: !row.isSelf
                            onClicked: roleDialog.openFor(row.login, row.role, row.areas)
                        }
                        QQC2.Button {
                            objectName: "toggleDisabled"
                            text: row.disabled ? qsTr("Enable") : qsTr("Disable")
                            font.pixelSize: Theme.fontSmall
                            enabled: !row.isSelf
                            onClicked: Accounts.setDisabled(row.login, !row.disabled)
                        }
                        QQC2.Button {
                            objectName: "resetPassword"
                            text: qsTr("Reset password…")
                            font.pixelSize: Theme.fontSmall
                            enabled: !row.isSelf
                            onClicked: passwordDialog.openFor(row.login)
                        }
                        QQC2.Button {
                            objectName: "unlock"
                            text: qsTr("Unlock")
                            font.pixelSize: Theme.fontSmall
                            visible: row.locked || row.failedSignIns > 0
                            onClicked: Accounts.unlock(row.login)
                        }
                    }
                }
            }

            // A new account.
            Rectangle {
                Layout.preferredWidth: 360 * Theme.scale
                Layout.fillHeight: true
                visible: Accounts.error.length === 0
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius

                QQC2.ScrollView {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingLarge
                    contentWidth: availableWidth

                    ColumnLayout {
                        width: parent.width
                        spacing: Theme.spacing

                        Text {
                            text: qsTr("New account")
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                        }
                        FieldLabel { text: qsTr("Login") }
                        QQC2.TextField {
                            id: loginField
                            objectName: "newLogin"
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            maximumLength: 64
                            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhNoPredictiveText
                        }
                        FieldLabel { text: qsTr("Display name") }
                        QQC2.TextField {
                            id: nameField
                            objectName: "newDisplayName"
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            maximumLength: 120
                        }
                        FieldLabel { text: qsTr("Role") }
                        QQC2.ComboBox {
                            id: roleBox
                            objectName: "newRole"
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            model: root.roleNames()
                            currentIndex: root.roleIndex("operator")
                        }
                        FieldLabel { text: qsTr("Unit") }
                        QQC2.TextField {
                            id: unitField
                            objectName: "newUnit"
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            maximumLength: 120
                        }
                        FieldLabel { text: qsTr("Areas (codes separated by commas; empty: the whole province)") ; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        QQC2.TextField {
                            id: areasField
                            objectName: "newAreas"
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            maximumLength: 400
                            placeholderText: qsTr("e.g. 32002, 31825")
                        }
                        FieldLabel { text: qsTr("Password") }
                        QQC2.TextField {
                            id: passwordField
                            objectName: "newPassword"
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            echoMode: TextInput.Password
                            maximumLength: 256
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        }
                        FieldLabel { text: qsTr("Password again") }
                        QQC2.TextField {
                            id: confirmField
                            objectName: "newConfirm"
                            Layout.fillWidth: true
                            font.pixelSize: Theme.fontBody
                            echoMode: TextInput.Password
                            maximumLength: 256
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                            onAccepted: root.create()
                        }
                        Text {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: qsTr("At least %1 characters, mixing three of: lower case, upper case, digits, other characters.").arg(Auth.passwordMinLength)
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        QQC2.Button {
                            objectName: "createAccount"
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            text: qsTr("Create account")
                            highlighted: true
                            font.pixelSize: Theme.fontBody
                            enabled: loginField.text.length > 0 && nameField.text.length > 0 && passwordField.text.length > 0
                            onClicked: root.create()
                        }
                        Text {
                            id: createResult
                            objectName: "createResult"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            wrapMode: Text.WordWrap
                            color: Theme.statusGood
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
        }
    }

    QQC2.Dialog {
        id: roleDialog
        objectName: "roleDialog"
        property string login
        title: qsTr("Change the role of %1").arg(login)
        modal: true
        anchors.centerIn: parent
        width: Math.min(480 * Theme.scale, root.width - 2 * Theme.spacingLarge)
        standardButtons: QQC2.Dialog.Cancel

        function openFor(account: string, role: string, areas: list<string>): void {
            login = account
            roleDialogBox.currentIndex = root.roleIndex(role)
            roleDialogAreas.text = areas.join(", ")
            open()
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            FieldLabel { text: qsTr("Role") }
            QQC2.ComboBox {
                id: roleDialogBox
                objectName: "roleDialogRole"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                model: root.roleNames()
            }
            FieldLabel { text: qsTr("Areas (codes separated by commas; empty: the whole province)"); Layout.fillWidth: true; wrapMode: Text.WordWrap }
            QQC2.TextField {
                id: roleDialogAreas
                objectName: "roleDialogAreas"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                maximumLength: 400
            }
            ErrorLine {
                Layout.fillWidth: true
                text: Accounts.lastError
            }
            QQC2.Button {
                objectName: "roleDialogApply"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Change role")
                highlighted: true
                font.pixelSize: Theme.fontBody
                onClicked: {
                    if (Accounts.setRole(roleDialog.login, Accounts.roleCodes[roleDialogBox.currentIndex], roleDialogAreas.text))
                        roleDialog.close()
                }
            }
        }
    }

    QQC2.Dialog {
        id: passwordDialog
        objectName: "passwordDialog"
        property string login
        title: qsTr("Reset the password of %1").arg(login)
        modal: true
        anchors.centerIn: parent
        width: Math.min(480 * Theme.scale, root.width - 2 * Theme.spacingLarge)
        standardButtons: QQC2.Dialog.Cancel

        function openFor(account: string): void {
            login = account
            open()
        }
        onClosed: {
            newPasswordField.text = ""
            newConfirmField.text = ""
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            FieldLabel { text: qsTr("New password") }
            QQC2.TextField {
                id: newPasswordField
                objectName: "resetPasswordField"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                echoMode: TextInput.Password
                maximumLength: 256
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            }
            FieldLabel { text: qsTr("New password again") }
            QQC2.TextField {
                id: newConfirmField
                objectName: "resetConfirmField"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                echoMode: TextInput.Password
                maximumLength: 256
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            }
            ErrorLine {
                Layout.fillWidth: true
                text: Accounts.lastError
            }
            QQC2.Button {
                objectName: "resetPasswordApply"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Reset password")
                highlighted: true
                font.pixelSize: Theme.fontBody
                enabled: newPasswordField.text.length > 0
                onClicked: {
                    const ok = Accounts.resetPassword(passwordDialog.login, newPasswordField.text, newConfirmField.text)
                    newPasswordField.text = ""
                    newConfirmField.text = ""
                    if (ok)
                        passwordDialog.close()
                }
            }
        }
    }
}
