// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes

// The shape that goes with each status, so that status never relies on colour alone:
// risk ▲ (triangle), watch ◆ (diamond), good ● (disc), none ○ (ring), stale ◔ (clock).
Item {
    id: root

    property string status: "none"
    property color color: Theme.statusColor(status)

    readonly property var shapes: ({
        "risk": { "path": "M12 3 L22 20 H2 Z", "filled": true },
        "watch": { "path": "M12 2 L22 12 L12 22 L2 12 Z", "filled": true },
        "good": { "path": "M21 12 A9 9 0 1 1 3 12 A9 9 0 1 1 21 12 Z", "filled": true },
        "none": { "path": "M20 12 A8 8 0 1 1 4 12 A8 8 0 1 1 20 12 Z", "filled": false },
        "stale": { "path": "M20 12 A8 8 0 1 1 4 12 A8 8 0 1 1 20 12 Z M12 7 V12 L16 14", "filled": false }
    })
    readonly property var current: shapes[status] ?? shapes["none"]

    implicitWidth: Theme.iconSize
    implicitHeight: Theme.iconSize

    Shape {
        anchors.centerIn: parent
        width: 24
        height: 24
        scale: Math.min(root.width, root.height) / 24
        ShapePath {
            strokeColor: root.color
            strokeWidth: 2
            fillColor: root.current.filled ? root.color : "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap
            PathSvg { path: root.current.path }
        }
    }
}
