// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Shell

// The app-owned singletons of Ioc.Shell as QML sees them: the same instances main() builds.
TestCase {
    name: "ShellStatus"

    function cleanup() {
        Language.setLanguage("vi")
    }

    function test_headerValuesFromTheInjectedClock() {
        compare(ShellStatus.clockText, "09:30:00")
        compare(ShellStatus.dateText, "Chủ Nhật, 22/11/2026")
        compare(ShellStatus.userName, "")
        compare(ShellStatus.demoMode, false)
        compare(ShellStatus.dataHealth, ShellStatus.None)
        compare(ShellStatus.dataHealthText, "Chưa có nguồn dữ liệu")
        compare(ShellStatus.density, "console")
    }

    function test_languageSingletonListsVietnameseFirst() {
        compare(Language.languages, ["vi", "en"])
        compare(Language.language, "vi")
    }

    function test_translatedPropertiesFollowTheLanguage() {
        const spy = Qt.createQmlObject('import QtTest; SignalSpy { signalName: "dataHealthChanged" }', this)
        spy.target = ShellStatus
        verify(Language.setLanguage("en"))
        compare(ShellStatus.dataHealthText, "No data source yet")
        compare(ShellStatus.dateText, "Sunday, 22/11/2026")
        verify(spy.count >= 1)
        spy.destroy()
    }
}
