// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Ioc.Ui

PlannedScreen {
    objectName: "alertsScreen"
    title: qsTr("Alerts")
    icon: "alerts"
    summary: qsTr("Every alert in one list, newest and most severe first: thresholds crossed, cases near due or overdue, hot spots, SOS calls, camera detections and failing data sources.")
    plannedItems: [
        qsTr("Acknowledge with a comment, snooze with a reason, assign to a unit"),
        qsTr("The alert on the map, the nearest cameras live, the related case"),
        qsTr("Nearest patrol units with distance and time to arrive; dispatch one"),
        qsTr("Related alerts grouped so that one flood does not raise fifty")
    ]
}
