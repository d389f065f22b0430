// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// The SOP screen on the runner's store: one "intrusion" run started by the rules, its first step (a
// yes/no check) active. The list shows the run with its time left; selecting it shows its alert and
// steps; a "Yes" goes through Sop to the service and the next step (the evidence) becomes active; an
// operator does not get the approval tab and the skip dialog needs a justification.
TestCase {
    id: testCase
    name: "SopScreen"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    readonly property string password: "Ca-Mau-2026!"

    Component {
        id: screenComponent
        SopScreen {}
    }

    function signInAs(login: string) {
        Auth.requestSignOut()
        verify(Auth.submitSignIn(login, testCase.password), Auth.lastError)
    }

    function cleanup() {
        signInAs("truongca")
    }

    function delegateOf(list: Item, name: string): Item {
        const children = list.contentItem.children
        for (let i = 0; i < children.length; ++i) {
            if (children[i].objectName === name)
                return children[i]
        }
        return null
    }

    function test_1_theRunListShowsTheRunAndAYesMovesToTheNextStep() {
        Sop.selectedRunId = ""
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        mouseClick(findChild(screen, "tab_running"))
        compare(Sop.filter, "running")
        const runs = findChild(screen, "runList")
        tryCompare(runs, "count", 1)
        const runId = String(Sop.runs.get(0, "runId"))
        tryVerify(() => delegateOf(runs, "run_" + runId) !== null)
        const row = delegateOf(runs, "run_" + runId)
        verify(row.title.length > 0)
        compare(row.alertTitle, "Xâm nhập khu vực cấm — camera cổng Tân Thành")
        const timeLeft = findChild(findChild(row, "runTimeLeft"), "timeLeftText")
        verify(timeLeft.text.length > 0 && timeLeft.text !== "no time limit", timeLeft.text)

        Sop.selectedRunId = ""
        mouseClick(row)
        compare(Sop.selectedRunId, runId)
        compare(findChild(screen, "runAlert").text.indexOf("camera cổng Tân Thành") >= 0, true)
        verify(findChild(screen, "runArea").text.indexOf("Phường Tân Thành") >= 0)
        const steps = findChild(screen, "stepList")
        tryCompare(steps, "count", 7)
        tryVerify(() => steps.height > 0 && delegateOf(steps, "step_view") !== null)
        const view = delegateOf(steps, "step_view")
        verify(view.active)
        verify(findChild(view, "answerInput").visible)
        verify(!findChild(delegateOf(steps, "step_view"), "valueInput").visible)
        const timelineBefore = findChild(screen, "timelineList").count
        verify(timelineBefore >= 2)

        mouseClick(findChild(view, "answerYes"))
        verify(!Sop.lastFailed, Sop.lastMessage)
        tryVerify(() => delegateOf(steps, "step_snapshot") !== null && delegateOf(steps, "step_snapshot").active)
        const done = delegateOf(steps, "step_view")
        compare(done.stepState, "done")
        verify(findChild(done, "stepResult").text.indexOf("truongca") >= 0)
        const snapshot = delegateOf(steps, "step_snapshot")
        verify(findChild(snapshot, "evidenceInput").visible)
        verify(!findChild(snapshot, "answerInput").visible)
        verify(findChild(screen, "timelineList").count > timelineBefore)
        verify(findChild(screen, "sopLastMessage").visible)
    }

    function test_2_aSkipNeedsAJustification() {
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        verify(Sop.selectedRunId.length > 0)
        const steps = findChild(screen, "stepList")
        tryVerify(() => steps.height > 0 && delegateOf(steps, "step_snapshot") !== null)
        const snapshot = delegateOf(steps, "step_snapshot")
        verify(snapshot.active)
        mouseClick(findChild(snapshot, "skipButton"))
        const dialog = findChild(screen, "skipDialog")
        tryCompare(dialog, "opened", true)
        const confirm = findChild(screen, "skipConfirm")
        verify(!confirm.enabled)
        // Too short for the service: refused, said in the dialog, the dialog stays.
        findChild(screen, "skipJustification").text = "x"
        verify(confirm.enabled)
        mouseClick(confirm)
        verify(Sop.lastFailed)
        verify(dialog.visible)
        compare(delegateOf(steps, "step_snapshot").stepState, "active")
        findChild(screen, "skipJustification").text = "Camera không ghi được hình"
        mouseClick(confirm)
        verify(!Sop.lastFailed, Sop.lastMessage)
        tryCompare(dialog, "visible", false)
        tryVerify(() => delegateOf(steps, "step_snapshot") !== null && delegateOf(steps, "step_snapshot").stepState === "skipped")
        verify(findChild(delegateOf(steps, "step_snapshot"), "stepResult").text.indexOf("Camera không ghi được hình") >= 0)
        tryVerify(() => delegateOf(steps, "step_guard") !== null && delegateOf(steps, "step_guard").active)
    }

    function test_3_anOperatorHasNoApprovalTab() {
        signInAs("vanhanh")
        verify(!Sop.canApprove)
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        verify(!findChild(screen, "tab_approval").visible)
        signInAs("truongca")
        verify(Sop.canApprove)
        verify(findChild(screen, "tab_approval").visible)
        verify(screen.showTourState("approvals"))
        compare(Sop.filter, "approval")
        verify(screen.showTourState("run"))
        compare(Sop.filter, "running")
        verify(Sop.selectedRunId.length > 0)
        verify(!screen.showTourState("nonsense"))
    }
}
