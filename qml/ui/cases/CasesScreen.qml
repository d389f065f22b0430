// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// Every case the centre follows — field reports, dossiers, SOS, cyber-security alerts, social posts —
// newest first, filtered by category, status and text. Filtering and ordering happen in C++ (Cases);
// the list follows the store's change feed, so new reports appear as they arrive.
Rectangle {
    id: root
    objectName: "casesScreen"
    color: Theme.background

    readonly property var categories: ["", "field_report", "dossier", "sos", "soc_alert", "social_post"]
    readonly property var statusFilters: [[], ["overdue"], ["near_due"], ["pending", "in_progress"], ["resolved", "closed"]]

    function statusFilterName(index: int, language: string): string {
        switch (index) {
        case 0: return qsTr("Any status")
        case 1: return Labels.statusName("overdue", language)
        case 2: return Labels.statusName("near_due", language)
        case 3: return qsTr("Open")
        default: return Labels.statusName("resolved", language)
        }
    }

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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            Text {
                objectName: "screenTitle"
                text: qsTr("Cases")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Text {
                objectName: "caseCount"
                Layout.fillWidth: true
                text: qsTr("%1 shown of %2").arg(Cases.count).arg(Cases.totalCount)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            QQC2.TextField {
                id: search
                objectName: "caseSearch"
                Layout.preferredWidth: 360 * Theme.scale
                placeholderText: qsTr("Search title or code")
                color: Theme.text
                placeholderTextColor: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: search.activeFocus ? Theme.accent : Theme.border
                }
                onTextChanged: Cases.text = text
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Repeater {
                model: root.categories
                delegate: Chip {
                    required property string modelData
                    objectName: "category_" + (modelData.length > 0 ? modelData : "all")
                    label: modelData.length > 0 ? Labels.categoryName(modelData, Language.language) : qsTr("All categories")
                    selected: Cases.category === modelData
                    onClicked: Cases.category = modelData
                }
            }
            Item { width: Theme.spacingLarge; height: 1 }
            Repeater {
                model: root.statusFilters.length
                delegate: Chip {
                    required property int index
                    label: root.statusFilterName(index, Language.language)
                    selected: JSON.stringify(Cases.statuses) === JSON.stringify(root.statusFilters[index])
                    onClicked: Cases.statuses = root.statusFilters[index]
                }
            }
        }

        Rectangle {
            id: tableHeader
            Layout.fillWidth: true
            implicitHeight: Theme.controlHeight
            color: Theme.surfaceRaised
            radius: Theme.radius
            Row {
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.spacing
                spacing: Theme.spacing
                Repeater {
                    model: [[qsTr("Status"), 0.13], [qsTr("Code"), 0.17], [qsTr("Title"), 0.34],
                            [qsTr("Category"), 0.14], [qsTr("Ward"), 0.1], [qsTr("Received"), 0.1]]
                    delegate: Text {
                        required property var modelData
                        width: (tableHeader.width - 7 * Theme.spacing) * modelData[1]
                        text: modelData[0]
                        color: Theme.textMuted
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
            clip: true

            ListView {
                id: list
                objectName: "caseList"
                anchors.fill: parent
                anchors.margins: 1
                model: Cases
                boundsBehavior: Flickable.StopAtBounds
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string code
                    required property string title
                    required property string category
                    required property string status
                    required property string severity
                    required property string areaName
                    required property date opened

                    readonly property real usable: list.width - 7 * Theme.spacing
                    width: list.width
                    height: Theme.controlHeight
                    color: index % 2 ? Theme.surface : Theme.background

                    Row {
                        anchors.verticalCenter: parent.verticalCenter
                        x: Theme.spacing
                        spacing: Theme.spacing
                        Row {
                            width: row.usable * 0.13
                            spacing: Theme.spacingSmall
                            StatusShape {
                                status: Labels.statusGroup(row.status)
                                width: Theme.fontBody
                                height: Theme.fontBody
                                anchors.verticalCenter: parent.verticalCenter
                            }
                            Text {
                                text: Labels.statusName(row.status, Language.language)
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Text {
                            width: row.usable * 0.17
                            text: row.code
                            color: Theme.textMuted
                            elide: Text.ElideMiddle
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        Text {
                            width: row.usable * 0.34
                            text: row.title
                            color: Theme.text
                            elide: Text.ElideRight
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: row.severity === "critical" || row.severity === "high"
                        }
                        Text {
                            width: row.usable * 0.14
                            text: Labels.categoryName(row.category, Language.language)
                            color: Theme.textMuted
                            elide: Text.ElideRight
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        Text {
                            width: row.usable * 0.1
                            text: row.areaName
                            color: Theme.textMuted
                            elide: Text.ElideRight
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        Text {
                            width: row.usable * 0.1
                            text: Qt.formatDateTime(row.opened, "dd/MM HH:mm")
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }

            Text {
                objectName: "casesEmpty"
                anchors.centerIn: parent
                width: parent.width * 0.8
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: Cases.count === 0
                text: Cases.error.length > 0 ? qsTr("The cases cannot be shown: %1").arg(Cases.error)
                                             : qsTr("No case matches these filters.")
                color: Cases.error.length > 0 ? Theme.statusRisk : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
