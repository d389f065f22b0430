// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// The audit screen lists the journal for a supervisor and refuses an operator (in C++).
TestCase {
    id: testCase
    name: "Audit"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    Component {
        id: screenComponent
        AuditScreen {}
    }

    function cleanup() {
        Auth.requestSignOut()
        Auth.submitSignIn("truongca", "Ca-Mau-2026!")
    }

    function test_aSupervisorSeesTheSignIns() {
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        tryVerify(() => AuditLog.count > 0)
        compare(AuditLog.error, "")
        const list = findChild(screen, "auditList")
        tryVerify(() => list.count === AuditLog.count)
        findChild(screen, "auditUser").text = "truongca"
        screen.apply()
        for (let r = 0; r < AuditLog.count; ++r)
            compare(AuditLog.data(AuditLog.index(r, 0), Qt.UserRole + 3), "truongca")
    }

    function test_anOperatorIsRefused() {
        Auth.requestSignOut()
        verify(Auth.submitSignIn("vanhanh", "Ca-Mau-2026!"))
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        screen.apply()
        compare(AuditLog.count, 0)
        const error = findChild(screen, "auditError")
        verify(error.visible)
        verify(error.text.length > 0)
    }
}
