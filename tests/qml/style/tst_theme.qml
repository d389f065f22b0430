// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Style

TestCase {
    id: testCase
    name: "Theme"

    function cleanup() {
        Theme.density = "console"
    }

    function test_statusColoursAreDistinct() {
        const statuses = ["risk", "watch", "good", "none", "stale"]
        const seen = {}
        for (const s of statuses) {
            const c = "" + Theme.statusColor(s)
            verify(!(c in seen), "colour of " + s + " repeats " + seen[c])
            seen[c] = s
        }
        compare("" + Theme.statusColor("unknown"), "" + Theme.statusNone)
    }

    function test_densityScalesTypeAndTargets() {
        Theme.density = "console"
        const consoleBody = Theme.fontBody
        const consoleControl = Theme.controlHeight
        Theme.density = "wall"
        verify(Theme.fontBody > consoleBody, "wall text is larger")
        Theme.density = "touch"
        verify(Theme.controlHeight >= 48, "touch targets are at least 48 px")
        verify(Theme.controlHeight > consoleControl)
    }
}
