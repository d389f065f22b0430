// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Ioc.Ui

PlannedScreen {
    objectName: "sopScreen"
    title: qsTr("SOP")
    icon: "sop"
    summary: qsTr("Standard operating procedures as checklists: each alert starts its procedure, each step is done by the right role and approved by the shift supervisor.")
    plannedItems: [
        qsTr("Procedures for SOS in a flood, rain over threshold, crowds, intrusion, fire and smoke, overdue dossiers and reports, water quality"),
        qsTr("Steps with a time limit, evidence, notifications and branches"),
        qsTr("Supervisor approval with their own credentials (four eyes)"),
        qsTr("Every step recorded in a tamper-evident journal")
    ]
}
