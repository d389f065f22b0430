// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell

// "Confirm as supervisor": a shift supervisor approves a step on the operator's console with their
// own credentials. The four-eyes rule and the permission are checked in C++ (Approvals); this dialog
// only collects the credentials and shows the refusal. The console's session does not change.
QQC2.Dialog {
    id: root
    objectName: "supervisorConfirmDialog"

    property string subject      // what is approved: "sop:run/12/step/3"
    property string performedBy  // login of who performed it
    property string summary      // the step, in words, shown to the supervisor
    signal confirmed()

    title: qsTr("Confirm as supervisor")
    modal: true
    anchors.centerIn: parent
    width: Math.min(480 * Theme.scale, parent ? parent.width - 2 * Theme.spacingLarge : 480)
    standardButtons: QQC2.Dialog.Cancel

    onOpened: {
        loginField.text = ""
        passwordField.text = ""
        loginField.forceActiveFocus()
    }

    function submit(): void {
        const ok = Approvals.submitConfirmation(root.subject, root.performedBy, root.summary,
                                                loginField.text, passwordField.text)
        passwordField.text = ""
        if (ok) {
            root.confirmed()
            root.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.summary
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Performed by %1. A supervisor other than the one who performed it signs to approve.").arg(root.performedBy)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        QQC2.TextField {
            id: loginField
            objectName: "supervisorLogin"
            Layout.fillWidth: true
            placeholderText: qsTr("Supervisor's login")
            font.pixelSize: Theme.fontBody
            maximumLength: 64
            onAccepted: passwordField.forceActiveFocus()
        }
        QQC2.TextField {
            id: passwordField
            objectName: "supervisorPassword"
            Layout.fillWidth: true
            placeholderText: qsTr("Supervisor's password")
            echoMode: TextInput.Password
            font.pixelSize: Theme.fontBody
            maximumLength: 256
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            onAccepted: root.submit()
        }
        Text {
            objectName: "confirmError"
            Layout.fillWidth: true
            visible: root.opened && Approvals.lastError.length > 0
            wrapMode: Text.WordWrap
            text: Approvals.lastError
            color: Theme.statusRisk
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        QQC2.Button {
            objectName: "confirmApproval"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Approve")
            highlighted: true
            font.pixelSize: Theme.fontBody
            enabled: loginField.text.length > 0 && passwordField.text.length > 0
            onClicked: root.submit()
        }
    }
}
