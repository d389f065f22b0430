// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell

// Shown to the incoming operator after a shift handover: who handed over, when, their note and the
// alerts that were still open. Dismissed with "Understood".
Rectangle {
    id: root
    objectName: "handoverNotice"

    readonly property var handover: Auth.handover
    readonly property var openAlerts: handover.openAlerts ?? []
    visible: Auth.signedIn && handover.login !== undefined && handover.login !== Auth.login

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    color: Theme.surfaceRaised
    border.color: Theme.statusWatch
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Shift handed over by %1 at %2").arg(root.handover.from ?? "")
                          .arg(root.handover.time ? Qt.formatDateTime(root.handover.time, "HH:mm dd/MM") : "")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            QQC2.Button {
                objectName: "dismissHandover"
                text: qsTr("Understood")
                font.pixelSize: Theme.fontBody
                onClicked: Auth.dismissHandover()
            }
        }
        Text {
            objectName: "handoverNote"
            Layout.fillWidth: true
            visible: (root.handover.note ?? "").length > 0
            text: root.handover.note ?? ""
            wrapMode: Text.WordWrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Alerts open at handover: %1").arg(root.handover.openAlertCount ?? 0)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Repeater {
            model: root.openAlerts.slice(0, 5)
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: "• " + modelData.title
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
