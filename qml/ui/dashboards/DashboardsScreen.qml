// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// The KPI wall: every indicator of the chosen area against plan, red first, grouped by domain
// (swipe or tap a domain). Judging happens in C++ (Kpi); a tile opens the indicator's detail.
Rectangle {
    id: root
    objectName: "dashboardsScreen"
    color: Theme.background

    // "" is every domain; then one page per domain of the catalogue.
    readonly property var pages: {
        let out = [""]
        const domains = Kpi.domains
        for (let i = 0; i < domains.length; ++i)
            out = out.concat([domains[i]])
        return out
    }

    // For the screen tour: the detail of the first (most at risk) indicator.
    readonly property list<string> tourStates: ["detail"]
    function showTourState(name: string): bool {
        if (name.length === 0) {
            detail.close()
            return true
        }
        if (name !== "detail" || Kpi.tiles.count === 0)
            return false
        root.openDetail(Kpi.tiles.codeAt(0))
        return true
    }

    function openDetail(code: string): void {
        detail.code = code
        detail.open()
    }

    component Chip: Rectangle {
        id: chip
        property string label
        property bool selected
        signal clicked()
        implicitWidth: chipText.implicitWidth + 2 * Theme.spacingLarge
        implicitHeight: Math.max(Theme.controlHeight, 44)
        radius: height / 2
        color: selected ? Theme.accent : Theme.surface
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
            anchors.fill: parent
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
                text: qsTr("Dashboards")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Text {
                objectName: "areaName"
                text: Kpi.areaName
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
            }
            // Judge as of a month (each indicator at its period containing that month), or the latest figures.
            QQC2.ComboBox {
                objectName: "asOf"
                implicitWidth: 180 * Theme.scale
                font.pixelSize: Theme.fontSmall
                model: {
                    let out = [qsTr("Latest figures")]
                    const months = Kpi.months
                    for (let i = 0; i < months.length; ++i)
                        out = out.concat([months[i]])
                    return out
                }
                onActivated: index => Kpi.asOf = index === 0 ? "" : Kpi.months[index - 1]
            }
            QQC2.Button {
                visible: Kpi.areaCode !== Kpi.provinceCode
                text: qsTr("Back to the province")
                font.pixelSize: Theme.fontSmall
                onClicked: Kpi.areaCode = Kpi.provinceCode
            }
            Item { Layout.fillWidth: true }
            Repeater {
                model: ["risk", "watch", "good", "none", "stale"]
                delegate: StatusBadge {
                    required property string modelData
                    status: modelData
                    readonly property string colourCode: modelData === "risk" ? "red" : modelData === "watch" ? "orange"
                                                       : modelData === "good" ? "green" : modelData === "none" ? "grey" : "stale"
                    text: defaultText(modelData) + " " + (Kpi.colourCounts[colourCode] ?? 0)
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: Kpi.error.length > 0
            text: Kpi.error
            wrapMode: Text.WordWrap
            color: Theme.statusRisk
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: chips.implicitHeight
            contentWidth: chips.implicitWidth
            clip: true
            Row {
                id: chips
                spacing: Theme.spacing
                Repeater {
                    model: root.pages
                    delegate: Chip {
                        required property string modelData
                        required property int index
                        objectName: "domain_" + (modelData.length > 0 ? modelData : "all")
                        label: modelData.length > 0 ? Labels.domainName(modelData, Language.language) : qsTr("All")
                        selected: swipe.currentIndex === index
                        onClicked: swipe.currentIndex = index
                    }
                }
            }
        }

        // One page per domain: swipe with a finger on a touch table, or tap a chip.
        QQC2.SwipeView {
            id: swipe
            objectName: "domainPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            onCurrentIndexChanged: Kpi.domain = root.pages[currentIndex] ?? ""
            Repeater {
                model: root.pages
                delegate: Item {
                    id: page
                    required property int index
                    GridView {
                        id: grid
                        anchors.fill: parent
                        visible: page.QQC2.SwipeView.isCurrentItem
                        objectName: "kpiGrid_" + page.index
                        model: page.QQC2.SwipeView.isCurrentItem ? Kpi.tiles : null
                        cellWidth: Math.max(260 * Theme.scale, width / Math.max(1, Math.floor(width / (300 * Theme.scale))))
                        cellHeight: 220 * Theme.scale
                        clip: true
                        delegate: Item {
                            id: cell
                            required property string code
                            required property string name
                            required property string nameEn
                            required property string unit
                            required property string period
                            required property var value
                            required property var plan
                            required property string colour
                            required property bool stale
                            required property string explanation
                            required property var sparkline
                            width: grid.cellWidth
                            height: grid.cellHeight
                            KpiTileView {
                                anchors.fill: parent
                                anchors.margins: Theme.spacingSmall
                                code: cell.code
                                name: cell.name
                                nameEn: cell.nameEn
                                unit: cell.unit
                                period: cell.period
                                value: cell.value
                                plan: cell.plan
                                colour: cell.colour
                                stale: cell.stale
                                explanation: cell.explanation
                                sparkline: cell.sparkline
                                onOpened: code => root.openDetail(code)
                            }
                        }
                    }
                }
            }
        }
    }

    IndicatorDetail {
        id: detail
    }
}
