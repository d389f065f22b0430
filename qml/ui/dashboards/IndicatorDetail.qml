// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtCharts
import Ioc.Style
import Ioc.Shell
import Ioc.Geo
import Ioc.Ui

// One indicator: its figures against the plan line, the forecast with its band and measured error,
// the reason for its colour, the wards coloured by the same rule (tap one to drill down), and a
// leader's request for an explanation. The figures come from Kpi.detail(); nothing is judged here.
QQC2.Popup {
    id: root
    objectName: "indicatorDetail"

    property string code
    readonly property var d: opened && code.length > 0 ? Kpi.detail(code) : ({})
    // The last period with a figure: the forecast continues from the one after it.
    readonly property int lastActual: {
        const a = d.actual ?? []
        for (let i = a.length - 1; i >= 0; --i)
            if (a[i] !== null && a[i] !== undefined)
                return i
        return -1
    }
    readonly property var allPeriods: (d.periods ?? []).slice(0, lastActual + 1).concat(d.forecastPeriods ?? [])
    readonly property string status: d.colour === "red" ? "risk" : d.colour === "orange" ? "watch"
                                   : d.colour === "green" ? "good" : "none"

    function methodName(code: string, language: string): string {
        switch (code) {
        case "seasonal_naive": return qsTr("seasonal naive")
        case "holt_linear": return qsTr("Holt's linear trend")
        case "holt_winters": return qsTr("Holt–Winters")
        default: return code
        }
    }

    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width * 0.92 : 1200
    height: parent ? parent.height * 0.9 : 800
    modal: true
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    onOpened: {
        chart.fill()
        wards.featureColors = root.wardFill(Kpi.wardColours(root.code))
    }

    function wardFill(colours: var): var {
        const out = {}
        for (const ward in colours) {
            const s = colours[ward] === "red" ? "risk" : colours[ward] === "orange" ? "watch"
                    : colours[ward] === "green" ? "good" : "none"
            const c = Theme.statusColor(s)
            out[ward] = Qt.rgba(c.r, c.g, c.b, 0.55)
        }
        return out
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            Text {
                objectName: "detailName"
                Layout.fillWidth: true
                text: (Language.language === "en" ? root.d.nameEn : root.d.name) ?? ""
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            StatusBadge { status: root.status }
            StatusBadge { visible: root.d.stale === true; status: "stale" }
            QQC2.Button {
                objectName: "closeDetail"
                text: qsTr("Close")
                font.pixelSize: Theme.fontBody
                onClicked: root.close()
            }
        }
        Text {
            objectName: "detailExplanation"
            Layout.fillWidth: true
            text: (root.d.areaName ?? "") + " · " + (root.d.explanation ?? "")
            wrapMode: Text.WordWrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Text {
            objectName: "forecastNote"
            Layout.fillWidth: true
            text: root.d.method !== undefined
                  ? qsTr("Forecast by %1; error measured on past periods (MAPE): %2%").arg(root.methodName(root.d.method, Language.language))
                        .arg(Number(root.d.mape).toLocaleString(Qt.locale(Language.language), "f", 1))
                  : qsTr("No forecast: %1").arg(root.d.forecastError ?? "")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            ChartView {
                id: chart
                objectName: "detailChart"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                antialiasing: true
                backgroundColor: Theme.surface
                legend.labelColor: Theme.text
                legend.font.family: Theme.fontFamily

                // The value axis is made at run time: Qt 6.4's qmllint does not resolve QtCharts' ValueAxis.
                property var yAxis: null
                Component.onCompleted: {
                    yAxis = Qt.createQmlObject("import QtCharts\nValueAxis {}", chart, "valueAxis")
                    yAxis.labelsColor = Theme.textMuted
                    yAxis.gridLineColor = Theme.border
                    for (const series of [bandSeries, planSeries, actualSeries, forecastSeries])
                        series.axisY = yAxis
                }

                function fill(): void {
                    actualSeries.clear(); planSeries.clear(); forecastSeries.clear(); upperSeries.clear(); lowerSeries.clear()
                    const actual = root.d.actual ?? []
                    const plan = root.d.plan ?? []
                    let lo = Infinity, hi = -Infinity
                    const seen = v => { if (v !== null && v !== undefined) { lo = Math.min(lo, v); hi = Math.max(hi, v) } }
                    const shown = root.allPeriods.length
                    for (let i = 0; i < actual.length && i < shown; ++i) {
                        if (actual[i] !== null && actual[i] !== undefined) actualSeries.append(i, actual[i])
                        if (plan[i] !== null && plan[i] !== undefined) planSeries.append(i, plan[i])
                        seen(actual[i]); seen(plan[i])
                    }
                    const f = root.d.forecast ?? []
                    for (let j = 0; j < f.length; ++j) {
                        const x = root.lastActual + 1 + j
                        forecastSeries.append(x, f[j])
                        upperSeries.append(x, root.d.upper[j])
                        lowerSeries.append(x, root.d.lower[j])
                        seen(root.d.upper[j]); seen(root.d.lower[j])
                    }
                    if (lo === Infinity) { lo = 0; hi = 1 }
                    const pad = (hi - lo) * 0.1 + 1e-9
                    chart.yAxis.min = lo - pad
                    chart.yAxis.max = hi + pad
                    xAxis.categories = root.allPeriods
                }

                BarCategoryAxis { id: xAxis; labelsColor: Theme.textMuted; labelsAngle: -45; gridVisible: false }

                AreaSeries {
                    id: bandSeries
                    name: qsTr("Forecast band (80%)")
                    axisX: xAxis
                    color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.2)
                    borderColor: "transparent"
                    upperSeries: LineSeries { id: upperSeries }
                    lowerSeries: LineSeries { id: lowerSeries }
                }
                LineSeries {
                    id: planSeries
                    name: qsTr("Plan")
                    axisX: xAxis
                    color: Theme.textMuted
                    style: Qt.DashLine
                    width: 2
                }
                LineSeries {
                    id: actualSeries
                    name: qsTr("Actual")
                    axisX: xAxis
                    color: Theme.statusColor(root.status === "none" ? "good" : root.status)
                    width: 3
                }
                LineSeries {
                    id: forecastSeries
                    name: qsTr("Forecast")
                    axisX: xAxis
                    color: Theme.accent
                    style: Qt.DotLine
                    width: 2
                }
            }

            ColumnLayout {
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                Layout.fillWidth: true
                spacing: Theme.spacing

                Text {
                    text: qsTr("Wards (tap one to see its indicators)")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                MapView {
                    id: wardMap
                    objectName: "detailMap"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 200
                    interactive: true
                    VectorLayer {
                        id: wards
                        objectName: "detailWards"
                        source: ":/map/demo/ca_mau_wards_2025.geojson"
                        fillColor: Qt.rgba(Theme.statusNone.r, Theme.statusNone.g, Theme.statusNone.b, 0.25)
                        strokeColor: Theme.border
                        strokeWidth: 1
                        keyProperty: "code"
                        onBoundsChanged: if (bounds.isValid) wardMap.fitRegion(bounds, 12)
                    }
                    TapHandler {
                        onTapped: eventPoint => {
                            const ward = wards.featureAt(eventPoint.position)
                            if (ward.code !== undefined) {
                                Kpi.areaCode = ward.code
                                root.close()
                            }
                        }
                    }
                }

                // A leader asks the responsible unit to explain this indicator (checked again in C++).
                ColumnLayout {
                    visible: Auth.can("request_explanation")
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    Text {
                        text: qsTr("Ask for an explanation")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                    QQC2.TextField {
                        id: unitField
                        objectName: "explainUnit"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Unit that answers")
                        font.pixelSize: Theme.fontSmall
                    }
                    QQC2.TextField {
                        id: questionField
                        objectName: "explainQuestion"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Question")
                        font.pixelSize: Theme.fontSmall
                    }
                    RowLayout {
                        QQC2.SpinBox {
                            id: daysField
                            from: 1
                            to: 60
                            value: 7
                        }
                        Text {
                            text: qsTr("days to answer")
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                        QQC2.Button {
                            objectName: "explainSend"
                            text: qsTr("Send")
                            enabled: unitField.text.length > 0 && questionField.text.length > 0
                            onClicked: {
                                if (Explanations.submitRequest(root.code, Kpi.areaCode, root.d.period, questionField.text,
                                                               unitField.text, daysField.value)) {
                                    questionField.text = ""
                                    sent.text = qsTr("Request sent.")
                                } else {
                                    sent.text = Explanations.lastError
                                }
                            }
                        }
                    }
                    Text {
                        id: sent
                        objectName: "explainResult"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
}
