// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Ioc.Ui

PlannedScreen {
    objectName: "mapScreen"
    title: qsTr("Map")
    icon: "map"
    summary: qsTr("The province on one map: field reports, cameras, rain gauges, flood towers, water stations, patrol units and hot spots.")
    plannedItems: [
        qsTr("Offline basemap with the province's ward boundaries"),
        qsTr("Live markers for every report, camera, gauge and patrol unit, grouped into clusters when zoomed out"),
        qsTr("Heat map of hot spots over a chosen period"),
        qsTr("Open a camera or an incident straight from the map")
    ]
}
