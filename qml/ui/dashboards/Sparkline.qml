// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Ioc.Style

// The last figures of an indicator as a line, oldest on the left; missing figures break nothing
// (they are skipped). `values`: numbers or null.
Item {
    id: root
    property var values: []
    property color color: Theme.accent

    readonly property var points: {
        const present = []
        for (let i = 0; i < root.values.length; ++i)
            if (root.values[i] !== null && root.values[i] !== undefined)
                present.push({ i: i, v: Number(root.values[i]) })
        if (present.length < 2)
            return []
        let lo = present[0].v, hi = present[0].v
        for (const p of present) { lo = Math.min(lo, p.v); hi = Math.max(hi, p.v) }
        const span = hi - lo > 0 ? hi - lo : 1
        const n = Math.max(1, root.values.length - 1)
        return present.map(p => Qt.point(p.i / n * root.width, root.height - (p.v - lo) / span * root.height))
    }

    Shape {
        anchors.fill: parent
        visible: root.points.length >= 2
        ShapePath {
            strokeColor: root.color
            strokeWidth: 2
            fillColor: "transparent"
            PathPolyline { path: root.points }
        }
    }
}
