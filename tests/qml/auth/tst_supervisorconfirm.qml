// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// "Confirm as supervisor" on an operator's console: the supervisor's credentials approve; the
// operator's own credentials, or the supervisor approving their own step, are refused by C++.
TestCase {
    id: testCase
    name: "SupervisorConfirm"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component {
        id: dialogComponent
        SupervisorConfirmDialog {}
    }

    function init() {
        Auth.requestSignOut()
        verify(Auth.submitSignIn("vanhanh", "Ca-Mau-2026!"))
    }

    function cleanup() {
        Auth.requestSignOut()
        Auth.submitSignIn("truongca", "Ca-Mau-2026!")
    }

    function openDialog(performedBy: string): var {
        const dialog = createTemporaryObject(dialogComponent, testCase, {
            subject: "sop:run/3/step/4", performedBy: performedBy, summary: "Thông báo sơ tán khu vực ven biển"
        })
        dialog.open()
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function test_aSupervisorApproves() {
        const dialog = openDialog("vanhanh")
        const spy = createTemporaryObject(signalSpyComponent, testCase, { target: dialog, signalName: "confirmed" })
        findChild(dialog.contentItem, "supervisorLogin").text = "truongca"
        findChild(dialog.contentItem, "supervisorPassword").text = "Ca-Mau-2026!"
        mouseClick(findChild(dialog.contentItem, "confirmApproval"))
        compare(spy.count, 1)
        compare(Auth.login, "vanhanh", "the console stays the operator's")
    }

    function test_theOperatorCannotConfirm() {
        const dialog = openDialog("truongca")
        findChild(dialog.contentItem, "supervisorLogin").text = "vanhanh"
        findChild(dialog.contentItem, "supervisorPassword").text = "Ca-Mau-2026!"
        mouseClick(findChild(dialog.contentItem, "confirmApproval"))
        verify(dialog.opened)
        const error = findChild(dialog.contentItem, "confirmError")
        tryCompare(error, "visible", true)
        verify(error.text.length > 0)
    }

    function test_noOneApprovesTheirOwnStep() {
        const dialog = openDialog("truongca")
        findChild(dialog.contentItem, "supervisorLogin").text = "truongca"
        findChild(dialog.contentItem, "supervisorPassword").text = "Ca-Mau-2026!"
        mouseClick(findChild(dialog.contentItem, "confirmApproval"))
        verify(dialog.opened)
        verify(Approvals.lastError.length > 0)
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
