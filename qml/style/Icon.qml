// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes

// A line icon drawn from a path on a 24×24 grid, so it scales with the density and takes any colour
// without an image plugin. `name` picks the path; an unknown name draws nothing.
Item {
    id: root

    property string name
    property color color: "white"
    property real lineWidth: 1.8

    readonly property var paths: ({
        "map": "M3 6 L9 3 L15 6 L21 3 L21 18 L15 21 L9 18 L3 21 Z M9 3 L9 18 M15 6 L15 21",
        "wall": "M3 4 H11 V11 H3 Z M13 4 H21 V11 H13 Z M3 13 H11 V20 H3 Z M13 13 H21 V20 H13 Z",
        "dashboards": "M3 21 H21 M6 18 V12 M11 18 V6 M16 18 V9 M20 18 V14",
        "alerts": "M6 17 V11 A6 6 0 0 1 18 11 V17 L20 19 H4 Z M10 21.5 H14",
        "cases": "M5 3 H15 L19 7 V21 H5 Z M15 3 V7 H19 M8 11 H16 M8 14.5 H16 M8 18 H13",
        "sop": "M3 6 L5 8 L8 4 M11 6 H21 M3 13 L5 15 L8 11 M11 13 H21 M4 19.5 H7 M11 19.5 H21",
        "about": "M21 12 A9 9 0 1 1 3 12 A9 9 0 1 1 21 12 Z M12 10.5 V17 M12 7 V7.8",
        "audit": "M4 4 H14 M4 8 H12 M4 12 H9 M4 16 H8 M19 15.5 A4 4 0 1 1 11 15.5 A4 4 0 1 1 19 15.5 Z M18 18.5 L21.5 22",
        "accounts": "M13 8 A4 4 0 1 1 5 8 A4 4 0 1 1 13 8 Z M2 20 A7 6 0 0 1 16 20 M15 4.5 A3.5 3.5 0 0 1 15 11.5 M18 14.5 A6 5.5 0 0 1 22 20",
        "signout": "M10 4 H4 V20 H10 M14 8 L18 12 L14 16 M8 12 H18",
        "user": "M16 8 A4 4 0 1 1 8 8 A4 4 0 1 1 16 8 Z M4 21 A8 7 0 0 1 20 21",
        "connectors": "M9 2 V7 M15 2 V7 M6 7 H18 V11 A6 6 0 0 1 6 11 Z M12 17 V22",
        "health": "M2 12 H7 L10 5 L14 19 L17 12 H22",
        "language": "M21 12 A9 9 0 1 1 3 12 A9 9 0 1 1 21 12 Z M3 12 H21 M12 3 C8 7 8 17 12 21 C16 17 16 7 12 3",
        "notice": "M12 3 L22 20 H2 Z M12 9 V14 M12 16.5 V17.3"
    })

    implicitWidth: 24
    implicitHeight: 24

    Shape {
        anchors.centerIn: parent
        width: 24
        height: 24
        scale: Math.min(root.width, root.height) / 24
        visible: root.name in root.paths
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: root.paths[root.name] ?? "" }
        }
    }
}
