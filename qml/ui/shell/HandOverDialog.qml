// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell

// The outgoing operator's handover: a note for the next shift, then sign-out. The open alerts are
// added by C++ (Auth.handOver) so that nothing depends on what this screen happened to show.
QQC2.Dialog {
    id: root
    objectName: "handOverDialog"
    title: qsTr("Hand over the shift")
    modal: true
    anchors.centerIn: parent
    width: Math.min(560 * Theme.scale, parent ? parent.width - 2 * Theme.spacingLarge : 560)
    standardButtons: QQC2.Dialog.Cancel

    onOpened: noteField.text = ""

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Write what the next operator must know. The open alerts are listed for them, and you are signed out.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        QQC2.TextArea {
            id: noteField
            objectName: "handoverNoteField"
            Layout.fillWidth: true
            Layout.preferredHeight: 140 * Theme.scale
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Note for the next shift")
        }
        QQC2.Button {
            objectName: "confirmHandover"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Hand over and sign out")
            highlighted: true
            font.pixelSize: Theme.fontBody
            onClicked: {
                Auth.handOver(noteField.text)
                root.close()
            }
        }
    }
}
