// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The dark control-room theme. Density presets: "wall" (read from across the room, no controls),
// "console" (operator desk, mouse), "touch" (leaders' touch table, large targets).
QtObject {
    id: theme

    property string density: "console"
    readonly property var densities: ["wall", "console", "touch"]

    readonly property real scale: density === "wall" ? 1.45 : density === "touch" ? 1.2 : 1.0

    // Surfaces and text
    readonly property color background: "#0d1218"
    readonly property color surface: "#151d26"
    readonly property color surfaceRaised: "#1c2631"
    readonly property color surfaceSelected: "#24374a"
    readonly property color border: "#2b3846"
    readonly property color text: "#e8eef4"
    readonly property color textMuted: "#9fb0c0"
    readonly property color textDisabled: "#66788a"
    readonly property color accent: "#56b4e9"
    readonly property color accentText: "#0d1218"

    // Status colours: the Okabe–Ito palette, safe for the common colour-vision deficiencies, and
    // always paired with a shape and a word (StatusBadge): never colour alone.
    readonly property color statusRisk: "#e8743b"     // red group: at risk of missing the plan
    readonly property color statusWatch: "#f0c05a"    // orange group: still developing well
    readonly property color statusGood: "#2fb38a"     // green group: expected to meet or met
    readonly property color statusNone: "#8e9aa6"     // grey group: not evaluated
    readonly property color statusStale: "#c79fe0"    // data older than expected: a state, not a colour group

    function statusColor(status: string): color {
        switch (status) {
        case "risk": return statusRisk
        case "watch": return statusWatch
        case "good": return statusGood
        case "stale": return statusStale
        default: return statusNone
        }
    }

    // Type scale (pixels) and spacing, already multiplied by the density.
    readonly property string fontFamily: "Noto Sans"
    readonly property int fontSmall: Math.round(12 * scale)
    readonly property int fontBody: Math.round(14 * scale)
    readonly property int fontTitle: Math.round(18 * scale)
    readonly property int fontHeadline: Math.round(26 * scale)
    readonly property int fontClock: Math.round(22 * scale)

    readonly property int spacingSmall: Math.round(4 * scale)
    readonly property int spacing: Math.round(8 * scale)
    readonly property int spacingLarge: Math.round(16 * scale)
    readonly property int radius: 6

    readonly property int iconSize: Math.round(22 * scale)
    readonly property int controlHeight: density === "touch" ? 48 : Math.round(34 * scale)
    readonly property int headerHeight: Math.round(56 * scale)
    readonly property int navigationWidth: Math.round(96 * scale)
}
