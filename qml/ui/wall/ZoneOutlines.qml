// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Ioc.Style

// Analytics zones drawn as outlines over a picture: `zones` is [{id, kind, points: [{x, y}] or [[x, y]]}]
// in 0..1 of the picture (this item's size); intrusion zones in the risk colour, crowd zones in the watch
// colour; `draft` (points of a zone being drawn) dashed-open in the accent colour, each point marked.
Canvas {
    id: root

    property var zones: []
    property var draft: []
    property int selected: -1

    function pointOf(p: var): point {
        return Array.isArray(p) ? Qt.point(p[0] * width, p[1] * height) : Qt.point(p.x * width, p.y * height)
    }

    onZonesChanged: requestPaint()
    onDraftChanged: requestPaint()
    onSelectedChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        for (let i = 0; i < root.zones.length; ++i) {
            const zone = root.zones[i]
            const points = zone.points ?? []
            if (points.length < 2)
                continue
            const colour = zone.kind === "crowd" ? Theme.statusWatch : Theme.statusRisk
            ctx.strokeStyle = colour
            ctx.lineWidth = i === root.selected ? 3 : 1.5
            ctx.fillStyle = Qt.rgba(colour.r, colour.g, colour.b, i === root.selected ? 0.25 : 0.12)
            ctx.beginPath()
            const first = root.pointOf(points[0])
            ctx.moveTo(first.x, first.y)
            for (let j = 1; j < points.length; ++j) {
                const p = root.pointOf(points[j])
                ctx.lineTo(p.x, p.y)
            }
            ctx.closePath()
            ctx.fill()
            ctx.stroke()
        }
        if (root.draft.length > 0) {
            ctx.strokeStyle = Theme.accent
            ctx.fillStyle = Theme.accent
            ctx.lineWidth = 2
            ctx.beginPath()
            for (let k = 0; k < root.draft.length; ++k) {
                const d = root.pointOf(root.draft[k])
                if (k === 0)
                    ctx.moveTo(d.x, d.y)
                else
                    ctx.lineTo(d.x, d.y)
            }
            ctx.stroke()
            for (let m = 0; m < root.draft.length; ++m) {
                const q = root.pointOf(root.draft[m])
                ctx.fillRect(q.x - 3, q.y - 3, 6, 6)
            }
        }
    }
}
