// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell

// The data feeds: every connector of the centre with its state, its last success, the age of its data,
// today's records and its error rate (from the store, whichever node runs it), the plugins that were
// rejected, and the records a connector could not map, to map again or discard. The actions are
// checked in C++ (Connectors, through Auth); the buttons are only disabled for a session without the
// "manage connectors" permission.
Rectangle {
    id: root
    objectName: "connectorsScreen"
    color: Theme.background

    // The connector whose details and quarantine are shown; empty: the quarantine of every connector.
    property string selectedId
    property string selectedName
    readonly property list<string> tourStates: ["quarantine"]

    function select(connectorId: string, name: string): void {
        root.selectedId = connectorId
        root.selectedName = name
        Connectors.quarantineModel.connectorId = connectorId
    }

    function showTourState(name: string): bool {
        if (name.length === 0) {
            root.select("", "")
            return true
        }
        if (name !== "quarantine" || Connectors.statusModel.count === 0)
            return false
        // The connector with held records, when there is one: that is what this state is for.
        let row = 0
        Connectors.quarantineModel.connectorId = ""
        if (Connectors.quarantineModel.count > 0) {
            const held = String(Connectors.quarantineModel.get(0, "connectorId"))
            for (let i = 0; i < Connectors.statusModel.count; ++i) {
                if (String(Connectors.statusModel.get(i, "connectorId")) === held)
                    row = i
            }
        }
        root.select(String(Connectors.statusModel.get(row, "connectorId")), String(Connectors.statusModel.get(row, "name")))
        return true
    }

    function formatTime(time: var): string {
        return time && !isNaN(time.getTime()) ? Qt.formatDateTime(time, "dd/MM HH:mm:ss") : "—"
    }

    function percent(value: real): string {
        return Number(value).toLocaleString(Qt.locale(Language.language), "f", 1) + " %"
    }

    Component.onCompleted: {
        Connectors.statusModel.refresh()
        root.select("", "")
    }

    component MutedText: Text {
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    component MessageLine: RowLayout {
        id: messageLine
        property string text
        property bool failed: true
        visible: text.length > 0
        spacing: Theme.spacingSmall
        StatusShape {
            status: messageLine.failed ? "risk" : "good"
            Layout.preferredWidth: Theme.fontBody
            Layout.preferredHeight: Theme.fontBody
            Layout.alignment: Qt.AlignTop
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: messageLine.text
            color: messageLine.failed ? Theme.statusRisk : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    component HeaderCell: Text {
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
        elide: Text.ElideRight
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
                text: qsTr("Connectors")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Text {
                objectName: "connectorsSummary"
                Layout.fillWidth: true
                text: qsTr("Connectors: %1 · down: %2 · stale: %3").arg(Connectors.statusModel.count)
                          .arg(Connectors.statusModel.downCount).arg(Connectors.statusModel.staleCount)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }

        // Rejected plugin files and connectors that could not start.
        Rectangle {
            objectName: "pluginProblems"
            Layout.fillWidth: true
            visible: Connectors.pluginProblems.length > 0
            implicitHeight: problemsColumn.implicitHeight + 2 * Theme.spacing
            color: Theme.surfaceRaised
            border.color: Theme.statusRisk
            radius: Theme.radius

            ColumnLayout {
                id: problemsColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall
                RowLayout {
                    spacing: Theme.spacingSmall
                    StatusShape {
                        status: "risk"
                        Layout.preferredWidth: Theme.fontBody
                        Layout.preferredHeight: Theme.fontBody
                    }
                    Text {
                        text: qsTr("Some connectors cannot run:")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                }
                Repeater {
                    model: Connectors.pluginProblems
                    delegate: Text {
                        required property string modelData
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: modelData
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        MessageLine {
            objectName: "connectorsError"
            Layout.fillWidth: true
            text: Connectors.statusModel.error
        }
        MessageLine {
            objectName: "connectorsLastMessage"
            Layout.fillWidth: true
            text: Connectors.lastMessage
            failed: Connectors.lastFailed
        }

        // The connectors.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacing
            HeaderCell { Layout.fillWidth: true; Layout.preferredWidth: 200 * Theme.scale; text: qsTr("Connector") }
            HeaderCell { Layout.preferredWidth: 240 * Theme.scale; text: qsTr("State") }
            HeaderCell { Layout.preferredWidth: 130 * Theme.scale; text: qsTr("Last success") }
            HeaderCell { Layout.preferredWidth: 120 * Theme.scale; text: qsTr("Data age") }
            HeaderCell { Layout.preferredWidth: 110 * Theme.scale; text: qsTr("Records today"); horizontalAlignment: Text.AlignRight }
            HeaderCell { Layout.preferredWidth: 90 * Theme.scale; text: qsTr("Error rate"); horizontalAlignment: Text.AlignRight }
        }

        ListView {
            id: connectorList
            objectName: "connectorList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            clip: true
            model: Connectors.statusModel
            spacing: 1
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            Text {
                anchors.centerIn: parent
                visible: connectorList.count === 0 && Connectors.statusModel.error.length === 0
                text: qsTr("No connector has reported yet.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string connectorId
                required property string name
                required property string plugin
                required property string node
                required property string stateText
                required property string status
                required property string breaker
                required property var lastSuccess
                required property string lastError
                required property var lastErrorAt
                required property string dataAgeText
                required property real recordsToday
                required property real errorRate
                required property bool stale
                required property var nextAttempt
                readonly property bool selected: connectorId === root.selectedId

                objectName: "connector_" + connectorId
                width: ListView.view.width
                implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacing
                color: selected ? Theme.surfaceSelected : index % 2 === 0 ? Theme.surface : Theme.background

                MouseArea {
                    anchors.fill: parent
                    onClicked: row.selected ? root.select("", "") : root.select(row.connectorId, row.name)
                }

                ColumnLayout {
                    id: rowColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 200 * Theme.scale
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: row.name
                                elide: Text.ElideRight
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                            }
                            MutedText {
                                Layout.fillWidth: true
                                text: row.connectorId + (row.plugin.length > 0 ? " · " + row.plugin : "") + (row.node.length > 0 ? " · " + row.node : "")
                                elide: Text.ElideRight
                            }
                        }
                        Item {
                            Layout.preferredWidth: 240 * Theme.scale
                            implicitHeight: stateBadge.implicitHeight
                            StatusBadge {
                                id: stateBadge
                                objectName: "stateBadge"
                                width: Math.min(implicitWidth, parent.width)
                                status: row.status
                                text: row.stateText
                            }
                        }
                        Text {
                            Layout.preferredWidth: 130 * Theme.scale
                            text: root.formatTime(row.lastSuccess)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        RowLayout {
                            Layout.preferredWidth: 120 * Theme.scale
                            Layout.fillWidth: false // its text fills it, not the row
                            spacing: Theme.spacingSmall
                            StatusShape {
                                visible: row.stale
                                status: "stale"
                                Layout.preferredWidth: Theme.fontBody
                                Layout.preferredHeight: Theme.fontBody
                            }
                            Text {
                                objectName: "dataAge"
                                Layout.fillWidth: true
                                text: row.dataAgeText.length > 0 ? row.dataAgeText : qsTr("no data yet")
                                elide: Text.ElideRight
                                color: row.stale ? Theme.statusStale : Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Text {
                            Layout.preferredWidth: 110 * Theme.scale
                            horizontalAlignment: Text.AlignRight
                            text: Number(row.recordsToday).toLocaleString(Qt.locale(Language.language), "f", 0)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        Text {
                            Layout.preferredWidth: 90 * Theme.scale
                            horizontalAlignment: Text.AlignRight
                            text: root.percent(row.errorRate)
                            color: row.errorRate > 0 ? Theme.statusWatch : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }

                    // The details of the selected connector: its last error in full, what comes next.
                    ColumnLayout {
                        objectName: "connectorDetails"
                        Layout.fillWidth: true
                        visible: row.selected
                        spacing: Theme.spacingSmall
                        Text {
                            objectName: "lastError"
                            Layout.fillWidth: true
                            visible: row.lastError.length > 0
                            wrapMode: Text.WrapAnywhere
                            text: qsTr("Last error (%1): %2").arg(root.formatTime(row.lastErrorAt)).arg(row.lastError)
                            color: Theme.statusRisk
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingLarge
                            MutedText {
                                Layout.fillWidth: true
                                text: qsTr("Next attempt: %1 · circuit breaker: %2").arg(root.formatTime(row.nextAttempt)).arg(row.breaker)
                                elide: Text.ElideRight
                            }
                            QQC2.Button {
                                objectName: "pollNow"
                                text: qsTr("Poll now")
                                font.pixelSize: Theme.fontSmall
                                enabled: Connectors.canManage
                                onClicked: Connectors.pollNow(row.connectorId)
                            }
                        }
                    }
                }
            }
        }

        // The quarantine: records the selected connector (or every connector) could not map.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            Text {
                objectName: "quarantineTitle"
                text: root.selectedId.length > 0 ? qsTr("Quarantine of %1").arg(root.selectedName)
                                                 : qsTr("Quarantine of every connector")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            MutedText {
                objectName: "quarantineCount"
                Layout.fillWidth: true
                text: qsTr("Held records: %1").arg(Connectors.quarantineModel.count)
            }
        }
        MessageLine {
            Layout.fillWidth: true
            text: Connectors.quarantineModel.error
        }

        ListView {
            id: quarantineList
            objectName: "quarantineList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            clip: true
            model: Connectors.quarantineModel
            spacing: 1
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            Text {
                anchors.centerIn: parent
                visible: quarantineList.count === 0 && Connectors.quarantineModel.error.length === 0
                text: qsTr("No record is held.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }

            delegate: Rectangle {
                id: held
                required property int index
                required property real quarantineId
                required property string connectorId
                required property string recordType
                required property string reason
                required property string payloadPreview
                required property bool payloadInvalid
                required property real payloadBytes
                required property var receivedAt
                required property int attempts

                objectName: "held_" + quarantineId
                width: ListView.view.width
                implicitHeight: heldLayout.implicitHeight + 2 * Theme.spacing
                color: index % 2 === 0 ? Theme.surface : Theme.background

                RowLayout {
                    id: heldLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingLarge

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        Text {
                            Layout.fillWidth: true
                            text: held.reason
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }
                        MutedText {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2 · received %3 · %n attempt(s) · %4 bytes", "", held.attempts)
                                  .arg(held.connectorId).arg(held.recordType).arg(root.formatTime(held.receivedAt))
                                  .arg(held.payloadBytes)
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "payloadPreview"
                            Layout.fillWidth: true
                            text: held.payloadPreview
                            wrapMode: Text.WrapAnywhere
                            maximumLineCount: 4
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        StatusBadge {
                            objectName: "invalidPayload"
                            visible: held.payloadInvalid
                            status: "risk"
                            text: qsTr("Not valid UTF-8: invalid bytes shown as �")
                        }
                    }
                    QQC2.Button {
                        objectName: "retry"
                        text: qsTr("Retry")
                        font.pixelSize: Theme.fontSmall
                        enabled: Connectors.canManage
                        onClicked: Connectors.retry(held.quarantineId, held.connectorId)
                    }
                    QQC2.Button {
                        objectName: "discard"
                        text: qsTr("Discard")
                        font.pixelSize: Theme.fontSmall
                        enabled: Connectors.canManage
                        onClicked: Connectors.discard(held.quarantineId, held.connectorId)
                    }
                }
            }
        }
    }
}
