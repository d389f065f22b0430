// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtPositioning
import Ioc.Style
import Ioc.Shell
import Ioc.Geo
import Ioc.Ui

// The province on one map: the offline relief basemap, Việt Nam's provinces (Hoàng Sa and Trường Sa
// included), the wards coloured by their overdue cases, and live markers for cameras, gauges, water
// stations, patrol units, field reports and SOS, clustered when zoomed out; a heat layer of open cases.
// The data come from MapData (C++); this file lays out and binds.
// "MapData.x as MarkerSource": without the cast, Qt 6.4's compiled binding silently stores null when
// a MarkerList is assigned to a MarkerSource property (seen here; the cast makes it a checked assignment).
Rectangle {
    id: root
    objectName: "mapScreen"
    color: Theme.background

    property var selected: ({})   // the details card's content
    // True until the basemap's visible tiles, the ward shapes and every marker index are ready: the
    // screen tour waits for it before it takes a screenshot.
    readonly property bool busy: !(basemap.ready && wards.ready && camerasMarkers.ready && gaugesMarkers.ready
                                   && waterStationsMarkers.ready && reportsMarkers.ready && unitsMarkers.ready
                                   && sosMarkers.ready)
    readonly property var layerNames: ["provinces", "wards", "cameras", "gauges", "waterStations", "units", "reports", "sos", "heat"]
    property var shown: ({ provinces: true, wards: true, cameras: true, gauges: true, waterStations: true, units: true,
                           reports: true, sos: true, heat: false })

    function setShown(name: string, on: bool): void {
        const copy = Object.assign({}, root.shown)
        copy[name] = on
        root.shown = copy
    }

    function layerTitle(name: string, language: string): string {
        switch (name) {
        case "provinces": return qsTr("Provinces, coastline and borders")
        case "wards": return qsTr("Wards")
        case "cameras": return qsTr("Cameras")
        case "gauges": return qsTr("Rain gauges")
        case "waterStations": return qsTr("Water stations and flood towers")
        case "units": return qsTr("Patrol units")
        case "reports": return qsTr("Field reports")
        case "sos": return qsTr("SOS")
        case "heat": return qsTr("Hot spots (cases opened)")
        default: return name
        }
    }

    function joinNonEmpty(parts: list<string>, separator: string): string {
        let out = ""
        for (const part of parts) {
            if (part.length > 0)
                out = out.length > 0 ? out + separator + part : part
        }
        return out
    }

    // Every layer in error, with its reason, one per line (the layers keep drawing what they have).
    function layerErrors(): string {
        let out = MapData.error
        for (let i = 0; i < map.children.length; ++i) {
            const layer = map.children[i] as MapLayer
            if (layer && layer.visible && layer.error.length > 0)
                out = out.length > 0 ? out + "\n" + layer.error : layer.error
        }
        return out
    }

    // {latitude, longitude, zoom} (MapData.focusRequest); nothing without a latitude.
    function applyFocus(request: var): bool {
        if (request.latitude === undefined)
            return false
        map.center = QtPositioning.coordinate(request.latitude, request.longitude)
        map.zoom = request.zoom
        return true
    }

    Connections {
        target: MapData
        function onFocusRequested() { root.applyFocus(MapData.focusRequest) }
    }

    function showDetails(details: var): void {
        root.selected = details
    }

    readonly property var wardColors: {
        const out = {}
        const status = MapData.wardStatus
        for (const code in status) {
            const s = status[code]
            const c = s === "risk" ? Theme.statusRisk : s === "watch" ? Theme.statusWatch : Theme.statusGood
            out[code] = Qt.rgba(c.r, c.g, c.b, s === "good" ? 0.10 : 0.35)
        }
        return out
    }
    readonly property var stateColors: [Theme.accent, Theme.statusWatch, "#e69f00", Theme.statusRisk]

    MapView {
        id: map
        objectName: "mapView"
        anchors.fill: parent
        minimumZoom: 4
        maximumZoom: 17
        // The province, unless another screen asked to look somewhere (MapData.focusRequest).
        Component.onCompleted: {
            if (!root.applyFocus(MapData.focusRequest))
                fitRegion(QtPositioning.rectangle(QtPositioning.coordinate(9.62, 104.68),
                                                  QtPositioning.coordinate(8.55, 105.83)), 32)
        }

        TileLayer {
            id: basemap
            objectName: "basemapLayer"
            source: ":/map/basemap/vn_relief_z0-7.mbtiles"
            offline: true
        }
        // An online source over the offline basemap, only when one is configured (map.onlineTiles).
        TileLayer {
            id: onlineTiles
            objectName: "onlineTileLayer"
            visible: MapData.onlineTiles.length > 0
            source: MapData.onlineTiles
            cacheDirectory: MapData.tileCacheDirectory
        }
        VectorLayer {
            objectName: "landLayer"
            source: ":/map/geo/ne10m_land_vnbox.geojson"
            fillColor: Qt.rgba(0.20, 0.24, 0.22, map.zoom > 7 ? 0.85 : 0.0)
            strokeColor: "transparent"
            strokeWidth: 0
        }
        VectorLayer {
            objectName: "lakesLayer"
            source: ":/map/geo/ne10m_lakes_vnbox.geojson"
            fillColor: "#24465e"
            strokeColor: "transparent"
            strokeWidth: 0
        }
        VectorLayer {
            objectName: "riversLayer"
            source: ":/map/geo/ne10m_rivers_vnbox.geojson"
            fillColor: "transparent"
            strokeColor: "#3f7fa8"
            strokeWidth: 1.2
        }
        VectorLayer {
            objectName: "coastlineLayer"
            visible: root.shown.provinces
            source: ":/map/geo/ne10m_coastline_vnbox.geojson"
            fillColor: "transparent"
            strokeColor: Qt.rgba(0.55, 0.75, 0.9, 0.8)
            strokeWidth: 1.2
        }
        VectorLayer {
            objectName: "provincesLayer"
            visible: root.shown.provinces
            source: ":/map/geo/vn_provinces34_2025.geojson"
            fillColor: "transparent"
            strokeColor: Qt.rgba(0.9, 0.93, 0.96, 0.55)
            strokeWidth: 1.5
            labelProperty: map.zoom < 7.5 ? "name" : ""
            labelColor: Theme.text
            minimumLabelZoom: 5
        }
        VectorLayer {
            objectName: "bordersLayer"
            visible: root.shown.provinces
            source: ":/map/geo/ne10m_country_borders_vnbox.geojson"
            fillColor: "transparent"
            strokeColor: Qt.rgba(0.95, 0.75, 0.35, 0.8)
            strokeWidth: 1.5
        }
        VectorLayer {
            id: wards
            objectName: "wardsLayer"
            visible: root.shown.wards
            source: ":/map/demo/ca_mau_wards_2025.geojson"
            fillColor: Qt.rgba(0, 0, 0, 0)
            strokeColor: Qt.rgba(0.86, 0.9, 0.94, 0.7)
            strokeWidth: 1
            keyProperty: "code"
            featureColors: root.wardColors
            labelProperty: "name"
            labelColor: Theme.text
            minimumLabelZoom: 9.5
        }
        HeatLayer {
            objectName: "heatLayer"
            visible: root.shown.heat
            source: MapData.heat as MarkerSource
            radius: 28
        }
        MarkerLayer {
            id: camerasMarkers
            objectName: "markers_cameras"
            visible: root.shown.cameras
            source: MapData.cameras as MarkerSource
            stateColors: root.stateColors
            clustering: true
            onMarkerClicked: id => root.showDetails(MapData.details(id))
        }
        MarkerLayer {
            id: gaugesMarkers
            objectName: "markers_gauges"
            visible: root.shown.gauges
            source: MapData.gauges as MarkerSource
            stateColors: root.stateColors
            clustering: true
            onMarkerClicked: id => root.showDetails(MapData.details(id))
        }
        MarkerLayer {
            id: waterStationsMarkers
            objectName: "markers_waterStations"
            visible: root.shown.waterStations
            source: MapData.waterStations as MarkerSource
            stateColors: root.stateColors
            clustering: true
            onMarkerClicked: id => root.showDetails(MapData.details(id))
        }
        MarkerLayer {
            id: reportsMarkers
            objectName: "markers_reports"
            visible: root.shown.reports
            source: MapData.reports as MarkerSource
            stateColors: root.stateColors
            clustering: true
            onMarkerClicked: id => root.showDetails(MapData.details(id))
        }
        MarkerLayer {
            id: unitsMarkers
            objectName: "markers_units"
            visible: root.shown.units
            source: MapData.units as MarkerSource
            stateColors: root.stateColors
            clustering: false
            onMarkerClicked: id => root.showDetails(MapData.details(id))
        }
        MarkerLayer {
            id: sosMarkers
            objectName: "markers_sos"
            visible: root.shown.sos
            source: MapData.sos as MarkerSource
            stateColors: root.stateColors
            clustering: false
            onMarkerClicked: id => root.showDetails(MapData.details(id))
        }

        TapHandler {
            onTapped: eventPoint => {
                const feature = wards.featureAt(eventPoint.position)
                if (feature.code !== undefined)
                    root.showDetails({ title: feature.fullName, kind: "ward", code: feature.code,
                                       area: qsTr("%1 km²").arg(Number(feature.areaKm2).toLocaleString(Qt.locale(), "f", 1)) })
            }
        }
    }

    // Search (diacritics and case ignored) and its results.
    Rectangle {
        id: searchPanel
        anchors { left: parent.left; top: parent.top; margins: Theme.spacingLarge }
        width: 340 * Theme.scale
        height: searchColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        opacity: 0.96
        ColumnLayout {
            id: searchColumn
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.spacingSmall
            QQC2.TextField {
                id: searchField
                objectName: "mapSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search a ward, camera, unit or report")
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                id: results
                model: searchField.text.length > 1 ? MapData.search(searchField.text, 8) : []
                delegate: Rectangle {
                    id: result
                    required property var modelData
                    required property int index
                    objectName: "searchResult_" + index
                    Layout.fillWidth: true
                    implicitHeight: resultText.implicitHeight + Theme.spacing
                    color: resultMouse.containsMouse ? Theme.surfaceRaised : "transparent"
                    radius: Theme.radius
                    Text {
                        id: resultText
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.margins: Theme.spacingSmall
                        text: result.modelData.title + (result.modelData.area ? " · " + result.modelData.area : "")
                        elide: Text.ElideRight
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    MouseArea {
                        id: resultMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: {
                            const hit = result.modelData
                            root.showDetails(hit)
                            searchField.text = ""
                            const bounds = hit.kind === "ward" ? wards.boundsOf(hit.code) : undefined
                            if (bounds && bounds.isValid)
                                map.fitRegion(bounds, 48)
                            else if (!isNaN(hit.latitude) && !isNaN(hit.longitude))
                                map.flyTo(QtPositioning.coordinate(hit.latitude, hit.longitude), 14)
                        }
                    }
                }
            }
        }
    }

    // Layers and legend.
    Rectangle {
        id: layerPanel
        objectName: "layerPanel"
        anchors { right: parent.right; top: parent.top; margins: Theme.spacingLarge }
        width: 300 * Theme.scale
        height: layerColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        opacity: 0.96
        ColumnLayout {
            id: layerColumn
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: 0
            Text {
                text: qsTr("Layers")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Repeater {
                model: root.layerNames
                delegate: RowLayout {
                    id: layerRow
                    required property string modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    QQC2.CheckBox {
                        objectName: "layer_" + layerRow.modelData
                        palette.windowText: Theme.text
                        Layout.fillWidth: true
                        checked: root.shown[layerRow.modelData] === true
                        font.pixelSize: Theme.fontSmall
                        text: root.layerTitle(layerRow.modelData, Language.language)
                              + (MapData.counts[layerRow.modelData] !== undefined ? " (" + MapData.counts[layerRow.modelData] + ")" : "")
                        onToggled: root.setShown(layerRow.modelData, checked)
                    }
                    // Fed by a connector whose data is stale or failing (Connectors screen for why).
                    StatusBadge {
                        objectName: "stale_" + layerRow.modelData
                        visible: MapData.staleLayerMap[layerRow.modelData] === true
                        status: "stale"
                        text: qsTr("stale")
                    }
                }
            }
            RowLayout {
                visible: root.shown.heat
                spacing: Theme.spacingSmall
                Text {
                    text: qsTr("Hot spots of the last")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                QQC2.ComboBox {
                    objectName: "heatPeriod"
                    readonly property var days: [1, 7, 30, 90]
                    model: [qsTr("24 hours"), qsTr("7 days"), qsTr("30 days"), qsTr("90 days")]
                    currentIndex: Math.max(0, days.indexOf(MapData.heatDays))
                    font.pixelSize: Theme.fontSmall
                    onActivated: index => MapData.heatDays = days[index]
                }
            }
            Text {
                Layout.topMargin: Theme.spacing
                text: qsTr("Wards: overdue cases")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: [["good", qsTr("none overdue")], ["watch", qsTr("1–2 overdue or near due")], ["risk", qsTr("3 or more overdue")]]
                delegate: RowLayout {
                    required property var modelData
                    spacing: Theme.spacingSmall
                    StatusShape {
                        status: parent.modelData[0]
                        Layout.preferredWidth: Theme.fontSmall
                        Layout.preferredHeight: Theme.fontSmall
                    }
                    Text {
                        text: parent.modelData[1]
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            Text {
                objectName: "mapError"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: text.length > 0
                wrapMode: Text.WordWrap
                text: root.layerErrors()
                color: Theme.statusRisk
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    // The details card of what was picked.
    Rectangle {
        objectName: "detailsCard"
        visible: root.selected.title !== undefined
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.spacingLarge }
        width: 340 * Theme.scale
        height: detailsColumn.implicitHeight + 2 * Theme.spacingLarge
        color: Theme.surface
        border.color: Theme.accent
        radius: Theme.radius
        ColumnLayout {
            id: detailsColumn
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingLarge }
            spacing: Theme.spacingSmall
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "detailsTitle"
                    Layout.fillWidth: true
                    text: root.selected.title ?? ""
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                QQC2.ToolButton {
                    text: "✕"
                    onClicked: root.selected = ({})
                    Accessible.name: qsTr("Close")
                }
            }
            Text {
                text: root.joinNonEmpty([root.selected.kind ? (Labels.categoryName(root.selected.kind, Language.language) !== root.selected.kind
                                             ? Labels.categoryName(root.selected.kind, Language.language)
                                             : Labels.assetKindName(root.selected.kind, Language.language)) : "",
                       root.selected.status ? Labels.statusName(root.selected.status, Language.language) : "",
                       root.selected.area ?? ""], " · ")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Text {
                visible: root.selected.code !== undefined
                text: qsTr("Code %1").arg(root.selected.code ?? "")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Text {
                visible: root.selected.opened !== undefined
                text: qsTr("Opened %1").arg(root.selected.opened ? Qt.formatDateTime(root.selected.opened, "HH:mm dd/MM/yyyy") : "")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            // The camera wall: this camera, or the cameras nearest to what was picked.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                QQC2.Button {
                    objectName: "openOnWallButton"
                    visible: root.selected.kind === "camera"
                    text: qsTr("Open on the wall")
                    onClicked: Wall.openCamera(root.selected.code ?? "")
                }
                QQC2.Button {
                    objectName: "camerasNearbyButton"
                    visible: root.selected.kind !== undefined && root.selected.kind !== "camera" && root.selected.latitude !== undefined
                    text: qsTr("Cameras nearby")
                    onClicked: Wall.showNearest(root.selected.latitude, root.selected.longitude)
                }
            }
        }
    }

    // Scale bar, pointer coordinate and credits.
    Rectangle {
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacingLarge }
        width: scaleColumn.implicitWidth + 2 * Theme.spacing
        height: scaleColumn.implicitHeight + 2 * Theme.spacing
        color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.85)
        radius: Theme.radius
        ColumnLayout {
            id: scaleColumn
            anchors.centerIn: parent
            spacing: Theme.spacingSmall
            readonly property var bar: map.metresPerPixel > 0 ? map.scaleBar(120) : ({ pixels: 0, label: "" })
            RowLayout {
                spacing: Theme.spacing
                Rectangle {
                    Layout.preferredWidth: scaleColumn.bar.pixels
                    Layout.preferredHeight: 4
                    color: Theme.text
                }
                Text {
                    objectName: "scaleLabel"
                    text: scaleColumn.bar.label
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            Text {
                objectName: "pointerCoordinate"
                text: map.pointerCoordinate.isValid
                      ? qsTr("%1° N, %2° E").arg(map.pointerCoordinate.latitude.toFixed(4)).arg(map.pointerCoordinate.longitude.toFixed(4))
                      : qsTr("Zoom %1").arg(map.zoom.toFixed(1))
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Text {
                text: qsTr("Relief: NASA SRTM30 · Natural Earth · Boundaries 2025: sapnhap.bando.com.vn")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.fontSmall * 0.85)
            }
        }
    }
}
