// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// Who did what: the journal filtered by user, action and period, newest first, exportable as CSV.
// Reading needs the "view the audit" permission, checked in C++ (AuditLog); without it the screen
// says so and shows nothing.
Rectangle {
    id: root
    objectName: "auditScreen"
    color: Theme.background

    readonly property var actions: [
        { prefix: "", label: qsTr("Every action") },
        { prefix: "auth.signin", label: qsTr("Sign-ins and failed sign-ins") },
        { prefix: "auth.privilege", label: qsTr("Use of privileges") },
        { prefix: "approval.", label: qsTr("Approvals") },
        { prefix: "account.", label: qsTr("Account changes") },
        { prefix: "auth.handover", label: qsTr("Shift handovers") },
        { prefix: "audit.", label: qsTr("Audit exports") }
    ]
    readonly property var periods: [
        { hours: 1, label: qsTr("Last hour") },
        { hours: 24, label: qsTr("Last 24 hours") },
        { hours: 24 * 7, label: qsTr("Last 7 days") },
        { hours: 0, label: qsTr("All time") }
    ]

    function apply(): void {
        AuditLog.actor = userField.text
        AuditLog.action = root.actions[actionBox.currentIndex].prefix
        const hours = root.periods[periodBox.currentIndex].hours
        AuditLog.from = hours > 0 ? new Date(ShellStatus.now.getTime() - hours * 3600 * 1000) : new Date(NaN)
        AuditLog.to = new Date(NaN)
        AuditLog.refresh()
    }

    Component.onCompleted: apply()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            Text {
                objectName: "screenTitle"
                text: qsTr("Audit")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Text {
                objectName: "auditCount"
                Layout.fillWidth: true
                text: qsTr("Entries: %1").arg(AuditLog.count)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.TextField {
                id: userField
                objectName: "auditUser"
                Layout.preferredWidth: 200 * Theme.scale
                placeholderText: qsTr("Login")
                font.pixelSize: Theme.fontBody
                maximumLength: 64
                onAccepted: root.apply()
            }
            QQC2.ComboBox {
                id: actionBox
                objectName: "auditAction"
                Layout.preferredWidth: 280 * Theme.scale
                model: root.actions.map(a => a.label)
                font.pixelSize: Theme.fontBody
                onActivated: root.apply()
            }
            QQC2.ComboBox {
                id: periodBox
                objectName: "auditPeriod"
                Layout.preferredWidth: 200 * Theme.scale
                model: root.periods.map(p => p.label)
                currentIndex: 2
                font.pixelSize: Theme.fontBody
                onActivated: root.apply()
            }
            QQC2.Button {
                objectName: "auditApply"
                text: qsTr("Search")
                font.pixelSize: Theme.fontBody
                onClicked: root.apply()
            }
            Item { Layout.fillWidth: true }
            QQC2.Button {
                objectName: "auditExport"
                text: qsTr("Export CSV")
                font.pixelSize: Theme.fontBody
                enabled: AuditLog.count > 0
                onClicked: {
                    const path = AuditLog.suggestedExportPath()
                    exportResult.text = AuditLog.exportCsv(path) ? qsTr("Exported to %1").arg(path) : ""
                }
            }
        }

        Text {
            id: exportResult
            objectName: "exportResult"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.statusGood
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Text {
            objectName: "auditError"
            Layout.fillWidth: true
            visible: AuditLog.error.length > 0
            text: AuditLog.error
            wrapMode: Text.WordWrap
            color: Theme.statusRisk
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }

        ListView {
            id: list
            objectName: "auditList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AuditLog
            spacing: 1
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: Rectangle {
                id: row
                required property int index
                required property var time
                required property string actor
                required property string kind
                required property string subject
                required property string details
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + Theme.spacing * 2
                color: index % 2 === 0 ? Theme.surface : Theme.background
                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingLarge
                    Text {
                        Layout.preferredWidth: 150 * Theme.scale
                        text: Qt.formatDateTime(row.time, "dd/MM/yyyy HH:mm:ss")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        Layout.preferredWidth: 120 * Theme.scale
                        text: row.actor
                        elide: Text.ElideRight
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                    Text {
                        Layout.preferredWidth: 190 * Theme.scale
                        text: row.kind
                        elide: Text.ElideRight
                        color: row.kind.indexOf("denied") >= 0 || row.kind.indexOf("failed") >= 0
                               || row.kind.indexOf("refused") >= 0 || row.kind.indexOf("tampered") >= 0
                               ? Theme.statusRisk : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        Layout.preferredWidth: 220 * Theme.scale
                        text: row.subject
                        elide: Text.ElideRight
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.details
                        elide: Text.ElideRight
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
}
