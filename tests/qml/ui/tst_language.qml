// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Shell
import Ioc.Ui

// Switching the language at run time changes the visible text at once, without a restart.
TestCase {
    id: testCase
    name: "Language"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function cleanup() {
        Language.setLanguage("vi")
    }

    function test_switchChangesVisibleText() {
        const main = createTemporaryObject(mainComponent, testCase)
        main.showScreen("cases")
        tryCompare(main, "screenStatus", Loader.Ready)
        const title = findChild(main.contentItem, "screenTitle")
        const user = findChild(main.header, "userName")
        compare(Language.language, "vi")
        compare(title.text, "Sự vụ")
        compare(user.text, "Chưa đăng nhập")
        compare(main.screens[1].title, "Tường camera")

        const english = findChild(main.header, "language_en")
        verify(english, "EN button")
        mouseClick(english)
        compare(Language.language, "en")
        compare(title.text, "Cases")
        compare(user.text, "Not signed in")
        compare(main.screens[1].title, "Camera wall")

        verify(Language.setLanguage("vi"))
        compare(title.text, "Sự vụ")
    }

    function test_unknownLanguageKeepsTheCurrentOne() {
        ignoreWarning(new RegExp("'xx'"))
        verify(!Language.setLanguage("xx"))
        compare(Language.language, "vi")
    }
}
