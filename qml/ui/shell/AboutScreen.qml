// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Ioc.Style

// What this program is, its version, and the credits of everything it ships.
Rectangle {
    id: root
    objectName: "aboutScreen"
    color: Theme.background

    readonly property list<string> credits: [
        qsTr("Administrative boundaries 2025 after sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database (MIT)"),
        qsTr("Natural Earth (public domain)"),
        qsTr("NASA SRTM30 relief (public domain)"),
        qsTr("Demo province records: synthetic, generated from a seed; any likeness to real cases is chance"),
        qsTr("Noto Sans font: Google and the Noto project, SIL Open Font License 1.1"),
        qsTr("Qt 6, spdlog, OpenCV, libcurl, libsodium and SQLite: see the package's copyright file")
    ]

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacingLarge, 900)
        spacing: Theme.spacingLarge

        Text {
            text: qsTr("IOC Desk")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
            font.bold: true
        }
        Text {
            objectName: "version"
            text: qsTr("Version %1").arg(Qt.application.version)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("The native control-room client of a provincial Intelligent Operations Center: map, camera wall, dashboards against plan, alerts and standard operating procedures, working offline.")
            color: Theme.text
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
        }
        Text {
            text: qsTr("Credits")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        Repeater {
            model: root.credits
            delegate: Text {
                required property string modelData
                Layout.fillWidth: true
                text: "•  " + modelData
                color: Theme.text
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
