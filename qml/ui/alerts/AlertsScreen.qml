// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// Every alert in one list, most severe first, then newest, filtered by severity, state and domain (the
// filtering happens in C++: AlertDesk.model); on the right the selected alert: its facts and actions, its
// small map with the nearest units and cameras, the related case and its SOP run (AlertView.qml).
// The actions are checked in C++ (AlertService through Auth); the buttons only follow the permission.
Rectangle {
    id: root
    objectName: "alertsScreen"
    color: Theme.background

    readonly property list<string> tourStates: ["detail"]
    // The selected alert's small map is loading (the screen tour waits for it).
    readonly property bool busy: view.busy

    readonly property var severityFilters: [[], ["critical"], ["high"], ["medium"], ["low"]]
    readonly property var stateFilters: [[], ["new", "acknowledged", "in_sop"], ["new"], ["acknowledged"], ["in_sop"],
                                         ["resolved", "closed"]]

    function showTourState(name: string): bool {
        if (name.length === 0) {
            AlertDesk.select("")
            return true
        }
        if (name !== "detail")
            return false
        return AlertDesk.selectMostSevereOpen()
    }

    function severityStatus(code: string): string {
        switch (code) {
        case "critical":
        case "high": return "risk"
        case "medium": return "watch"
        default: return "none"
        }
    }

    function stateName(code: string, language: string): string {
        switch (code) {
        case "new": return qsTr("New")
        case "acknowledged": return qsTr("Acknowledged")
        case "in_sop": return qsTr("In SOP")
        case "resolved": return qsTr("Resolved")
        case "closed": return qsTr("Closed")
        default: return code
        }
    }

    function domainName(code: string, language: string): string {
        switch (code) {
        case "thoi_tiet": return qsTr("Weather")
        case "an_ninh_trat_tu": return qsTr("Public order")
        case "phan_anh_hien_truong": return qsTr("Field reports")
        case "chi_tieu": return qsTr("Indicators")
        case "he_thong": return qsTr("System")
        default: return Labels.domainName(code, language)
        }
    }

    function stateFilterName(index: int, language: string): string {
        switch (index) {
        case 0: return qsTr("Any state")
        case 1: return qsTr("Open")
        case 5: return qsTr("Resolved or closed")
        default: return root.stateName(root.stateFilters[index][0], language)
        }
    }

    function joinNonEmpty(parts: var, separator: string): string {
        let out = ""
        for (const part of parts) {
            if (part.length > 0)
                out = out.length > 0 ? out + separator + part : part
        }
        return out
    }

    function formatTime(time: var): string {
        return time && !isNaN(time.getTime()) ? Qt.formatDateTime(time, "HH:mm dd/MM") : "—"
    }

    Component.onCompleted: AlertDesk.model.refresh()

    component Chip: Rectangle {
        id: chip
        property string label
        property bool selected
        signal clicked()
        implicitWidth: chipText.implicitWidth + 2 * Theme.spacingLarge
        implicitHeight: Theme.controlHeight * 0.85
        radius: height / 2
        color: selected ? Theme.accent : chipMouse.containsMouse ? Theme.surfaceRaised : Theme.surface
        border.color: selected ? Theme.accent : Theme.border
        Text {
            id: chipText
            anchors.centerIn: parent
            text: chip.label
            color: chip.selected ? Theme.accentText : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: chip.selected
        }
        MouseArea {
            id: chipMouse
            anchors.fill: parent
            hoverEnabled: true
            onClicked: chip.clicked()
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingLarge

        // The list and its filters.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 520 * Theme.scale
            Layout.maximumWidth: 620 * Theme.scale
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingLarge
                Text {
                    objectName: "screenTitle"
                    text: qsTr("Alerts")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                }
                Text {
                    objectName: "alertCount"
                    Layout.fillWidth: true
                    text: qsTr("%1 shown").arg(AlertDesk.model.count)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: root.severityFilters.length
                    delegate: Chip {
                        required property int index
                        objectName: "severity_" + (index === 0 ? "all" : root.severityFilters[index][0])
                        label: index === 0 ? qsTr("Any severity") : Labels.severityName(root.severityFilters[index][0], Language.language)
                        selected: JSON.stringify(AlertDesk.model.severities) === JSON.stringify(root.severityFilters[index])
                        onClicked: AlertDesk.model.severities = root.severityFilters[index]
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: root.stateFilters.length
                    delegate: Chip {
                        required property int index
                        objectName: "stateFilter_" + index
                        label: root.stateFilterName(index, Language.language)
                        selected: JSON.stringify(AlertDesk.model.states) === JSON.stringify(root.stateFilters[index])
                        onClicked: AlertDesk.model.states = root.stateFilters[index]
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Chip {
                    objectName: "domain_all"
                    label: qsTr("Every domain")
                    selected: AlertDesk.model.domains.length === 0
                    onClicked: AlertDesk.model.domains = []
                }
                Repeater {
                    model: AlertDesk.domainChoices
                    delegate: Chip {
                        required property string modelData
                        objectName: "domain_" + modelData
                        label: root.domainName(modelData, Language.language)
                        selected: AlertDesk.model.domains.length === 1 && AlertDesk.model.domains[0] === modelData
                        onClicked: AlertDesk.model.domains = [modelData]
                    }
                }
            }

            Text {
                objectName: "listError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                text: AlertDesk.model.error
                color: Theme.statusRisk
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }

            ListView {
                id: alertList
                objectName: "alertList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 1
                model: AlertDesk.model
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                Text {
                    anchors.centerIn: parent
                    visible: alertList.count === 0
                    text: qsTr("No alert matches these filters.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }

                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string key
                    required property string title
                    required property string severity
                    required property string state
                    required property string area
                    required property var raised
                    required property int groupCount
                    required property bool snoozed
                    readonly property bool selected: key === AlertDesk.selectedKey

                    objectName: "alert_" + index
                    width: ListView.view.width
                    implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacing
                    color: selected ? Theme.surfaceSelected : index % 2 === 0 ? Theme.surface : Theme.background
                    border.color: selected ? Theme.accent : "transparent"

                    MouseArea {
                        anchors.fill: parent
                        onClicked: AlertDesk.select(row.key)
                    }

                    ColumnLayout {
                        id: rowColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                        spacing: Theme.spacingSmall
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            StatusBadge {
                                objectName: "severityBadge"
                                status: root.severityStatus(row.severity)
                                text: Labels.severityName(row.severity, Language.language)
                            }
                            Text {
                                Layout.fillWidth: true
                                text: row.title
                                elide: Text.ElideRight
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: row.state === "new"
                            }
                            Text {
                                objectName: "groupCount"
                                visible: row.groupCount > 1
                                text: "+" + (row.groupCount - 1)
                                color: Theme.accent
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: root.joinNonEmpty([root.stateName(row.state, Language.language), row.area, root.formatTime(row.raised)], " · ")
                                  + (row.snoozed ? " · " + qsTr("snoozed") : "")
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
        }

        AlertView {
            id: view
            Layout.fillWidth: true
            Layout.fillHeight: true
            severityStatus: root.severityStatus(view.alert.severity ?? "")
            stateText: root.stateName(view.alert.state ?? "", Language.language)
        }
    }
}
