// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Style

// A status never relies on colour alone: each has its own shape and its own word.
TestCase {
    id: testCase
    name: "StatusBadge"
    when: windowShown
    width: 400
    height: 200

    Component {
        id: badgeComponent
        StatusBadge {}
    }
    Component {
        id: shapeComponent
        StatusShape {}
    }

    function test_eachStatusHasItsOwnShapeAndWord() {
        const statuses = ["risk", "watch", "good", "none", "stale"]
        const words = {}
        const paths = {}
        for (const s of statuses) {
            const badge = createTemporaryObject(badgeComponent, testCase, { status: s })
            verify(badge.text.length > 0)
            verify(!(badge.text in words), s + " repeats the word of " + words[badge.text])
            words[badge.text] = s
            const shape = createTemporaryObject(shapeComponent, testCase, { status: s })
            const key = shape.current.path + shape.current.filled
            verify(!(key in paths), s + " repeats the shape of " + paths[key])
            paths[key] = s
        }
    }

    function test_wordsAreVietnameseByDefault() {
        const badge = createTemporaryObject(badgeComponent, testCase, { status: "risk" })
        compare(badge.text, "Nguy cơ không đạt")
    }

    function test_givenTextWins() {
        const badge = createTemporaryObject(badgeComponent, testCase, { status: "good", text: "102%" })
        compare(badge.text, "102%")
        compare(badge.border.color, Theme.statusGood)
    }
}
