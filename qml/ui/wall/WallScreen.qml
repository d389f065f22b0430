// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Ioc.Ui

PlannedScreen {
    objectName: "wallScreen"
    title: qsTr("Camera wall")
    icon: "wall"
    summary: qsTr("Live camera grids across every screen of the video wall, with the right camera in front of the operator the moment something happens.")
    plannedItems: [
        qsTr("Layouts 1, 2×2, 3×3, 4×4, 1+5, 1+7 and custom grids, one window per monitor"),
        qsTr("Each tile shows whether its camera is connecting, live, stalled, reconnecting or failed, and why"),
        qsTr("Camera tours, maximise and restore, snapshots with the camera's name and time"),
        qsTr("Cameras nearest to an incident, chosen from the map")
    ]
}
