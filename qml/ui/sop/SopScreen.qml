// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Ioc.Style
import Ioc.Shell
import Ioc.Ui

// The SOP checklists: on the left the runs (the operator's own, the supervisor's approval queue, every
// running SOP with its time left, all of them), on the right the selected run: its alert, its steps with
// the input of the active one, and its timeline. Every action goes to Sop, which passes the signed-in
// session to the SOP service: permissions, four eyes and the required justification are checked there;
// the buttons only follow Sop.canApprove as a hint.
Rectangle {
    id: root
    objectName: "sopScreen"
    color: Theme.background

    readonly property list<string> tourStates: ["approvals", "run"]
    // The selected run in short (Sop.selectedRun: title, alertTitle, area, startedBy, startedAt, closed…).
    readonly property var run: Sop.selectedRun

    // Brings the active step of the selected run into view.
    function showCurrentStep(): void {
        for (let i = 0; i < Sop.steps.count; ++i) {
            if (Sop.steps.get(i, "current") === true) {
                stepList.positionViewAtIndex(i, ListView.Contain)
                return
            }
        }
    }

    function selectFirst(): void {
        Sop.selectedRunId = Sop.runs.count > 0 ? String(Sop.runs.get(0, "runId")) : ""
    }

    function showTourState(name: string): bool {
        if (name.length === 0) {
            Sop.filter = "running"
            root.selectFirst()
            return true
        }
        if (name === "approvals") {
            Sop.filter = Sop.canApprove ? "approval" : "mine"
            root.selectFirst()
            return true
        }
        if (name === "run") {
            Sop.filter = "running"
            root.selectFirst()
            return true
        }
        return false
    }

    // Seconds from the console's clock to `deadline` (negative: overdue); NaN without a deadline.
    function secondsUntil(deadline: var): real {
        if (!deadline || isNaN(deadline.getTime()))
            return NaN
        return Math.round((deadline.getTime() - Sop.now.getTime()) / 1000)
    }

    function formatDuration(seconds: real): string {
        const total = Math.abs(Math.round(seconds))
        const hours = Math.floor(total / 3600)
        const minutes = Math.floor((total % 3600) / 60)
        const rest = total % 60
        const mm = hours > 0 ? String(minutes).padStart(2, "0") : String(minutes)
        const clock = mm + ":" + String(rest).padStart(2, "0")
        return hours > 0 ? hours + ":" + clock : clock
    }

    function timeLeftText(seconds: real): string {
        if (isNaN(seconds))
            return qsTr("no time limit")
        return seconds < 0 ? qsTr("Overdue by %1").arg(root.formatDuration(seconds))
                           : qsTr("%1 left").arg(root.formatDuration(seconds))
    }

    function formatTime(time: var): string {
        return time && !isNaN(time.getTime()) ? Qt.formatDateTime(time, "dd/MM HH:mm:ss") : "—"
    }

    function stateStatus(state: string, overdue: bool): string {
        switch (state) {
        case "done":
        case "approved": return "good"
        case "skipped": return "watch"
        case "rejected": return "risk"
        case "active": return overdue ? "risk" : "watch"
        default: return "none"
        }
    }

    function stateName(state: string): string {
        switch (state) {
        case "done": return qsTr("Done")
        case "approved": return qsTr("Approved")
        case "skipped": return qsTr("Skipped")
        case "rejected": return qsTr("Rejected")
        case "active": return qsTr("To do now")
        default: return qsTr("Not yet")
        }
    }

    function evidenceKindName(kind: string): string {
        switch (kind) {
        case "snapshot": return qsTr("Camera snapshot")
        case "photo": return qsTr("Photo")
        case "file": return qsTr("File")
        default: return kind
        }
    }

    function answerName(answer: string): string {
        switch (answer) {
        case "yes": return qsTr("Yes")
        case "no": return qsTr("No")
        case "reached": return qsTr("Reached")
        case "not_reached": return qsTr("Not reached")
        default: return answer
        }
    }

    function joined(first: string, second: string): string {
        return first.length === 0 ? second : second.length === 0 ? first : first + " — " + second
    }

    // What was given for a finished step, in words.
    function resultText(answer: string, value: var, unit: string, evidenceKind: string, evidenceReference: string,
                        note: string): string {
        let text = answer.length > 0 ? root.answerName(answer) : ""
        if (value !== undefined && value !== null)
            text = root.joined(text, Number(value).toLocaleString(Qt.locale(Language.language), "f", 1) + " " + unit)
        if (evidenceReference.length > 0)
            text = root.joined(text, root.evidenceKindName(evidenceKind) + ": " + evidenceReference)
        return root.joined(text, note)
    }

    Binding {
        target: Sop
        property: "language"
        value: Language.language
    }

    // The time left moves with the clock; the lists follow the service's changes.
    Timer {
        interval: 1000
        repeat: true
        running: root.visible
        onTriggered: Sop.tick()
    }

    // After the steps model (it follows the same service signal first).
    Connections {
        target: Sop
        function onSelectedRunChanged(): void {
            root.showCurrentStep()
        }
    }

    Component.onCompleted: {
        Sop.tick()
        if (Sop.selectedRunId.length === 0)
            root.selectFirst()
    }

    component MutedText: Text {
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    component BodyText: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    component MessageLine: RowLayout {
        id: messageLine
        property string text
        property bool failed: true
        visible: text.length > 0
        spacing: Theme.spacingSmall
        StatusShape {
            status: messageLine.failed ? "risk" : "good"
            Layout.preferredWidth: Theme.fontBody
            Layout.preferredHeight: Theme.fontBody
            Layout.alignment: Qt.AlignTop
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: messageLine.text
            color: messageLine.failed ? Theme.statusRisk : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    // The time left of a step or a run: red, a triangle and the word "Overdue" when past its limit.
    component TimeLeft: RowLayout {
        id: timeLeft
        property var deadline
        readonly property real seconds: root.secondsUntil(deadline)
        readonly property bool overdue: !isNaN(seconds) && seconds < 0
        spacing: Theme.spacingSmall
        visible: !isNaN(seconds)
        StatusShape {
            status: timeLeft.overdue ? "risk" : "stale"
            Layout.preferredWidth: Theme.fontBody
            Layout.preferredHeight: Theme.fontBody
        }
        Text {
            objectName: "timeLeftText"
            text: root.timeLeftText(timeLeft.seconds)
            color: timeLeft.overdue ? Theme.statusRisk : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: timeLeft.overdue
        }
    }

    component FilterTab: QQC2.Button {
        id: tab
        property string filter
        property int badge: 0
        objectName: "tab_" + filter
        checkable: true
        checked: Sop.filter === filter
        highlighted: checked
        font.pixelSize: Theme.fontBody
        onClicked: {
            Sop.filter = tab.filter
            root.selectFirst()
        }
        Rectangle {
            objectName: "badge"
            visible: tab.badge > 0
            anchors.top: parent.top
            anchors.right: parent.right
            width: Math.max(height, badgeText.implicitWidth + Theme.spacing)
            height: badgeText.implicitHeight + 2
            radius: height / 2
            color: Theme.statusRisk
            Text {
                id: badgeText
                anchors.centerIn: parent
                text: tab.badge
                color: Theme.accentText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingLarge

        // The runs.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 420 * Theme.scale
            Layout.maximumWidth: 520 * Theme.scale
            spacing: Theme.spacing

            Text {
                objectName: "screenTitle"
                text: qsTr("SOP checklists")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                FilterTab { filter: "mine"; text: qsTr("Mine") }
                FilterTab {
                    filter: "approval"
                    text: qsTr("Awaiting approval")
                    visible: Sop.canApprove
                    badge: Sop.approvalCount
                }
                FilterTab { filter: "running"; text: qsTr("Running") }
                FilterTab { filter: "all"; text: qsTr("All") }
            }

            ListView {
                id: runList
                objectName: "runList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Sop.runs
                spacing: 1
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                Text {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingLarge
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    visible: runList.count === 0
                    text: Sop.filter === "mine" ? qsTr("No SOP step is waiting for you.")
                          : Sop.filter === "approval" ? qsTr("No step is waiting for approval.")
                          : Sop.filter === "running" ? qsTr("No SOP is running.") : qsTr("No SOP has run yet.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }

                delegate: Rectangle {
                    id: runRow
                    required property int index
                    required property string runId
                    required property string title
                    required property string alertTitle
                    required property string area
                    required property string currentStepTitle
                    required property var deadline
                    required property bool escalated
                    required property bool awaitingApproval
                    required property int doneCount
                    required property int stepCount
                    required property bool closed
                    required property string closedReason
                    readonly property bool selected: runId === Sop.selectedRunId

                    objectName: "run_" + runId
                    width: ListView.view.width
                    implicitHeight: runColumn.implicitHeight + 2 * Theme.spacing
                    color: selected ? Theme.surfaceSelected : index % 2 === 0 ? Theme.surface : Theme.background
                    border.color: selected ? Theme.accent : "transparent"

                    MouseArea {
                        anchors.fill: parent
                        onClicked: Sop.selectedRunId = runRow.runId
                    }

                    ColumnLayout {
                        id: runColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacingSmall

                        BodyText {
                            Layout.fillWidth: true
                            text: runRow.title
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        MutedText {
                            Layout.fillWidth: true
                            text: runRow.alertTitle + (runRow.area.length > 0 ? " · " + runRow.area : "")
                            elide: Text.ElideRight
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            MutedText {
                                Layout.fillWidth: true
                                text: runRow.closed ? (runRow.closedReason === "condition" ? qsTr("Closed: the alert was resolved")
                                                                                           : qsTr("Completed"))
                                                    : qsTr("Step %1/%2: %3").arg(Math.min(runRow.doneCount + 1, runRow.stepCount))
                                                      .arg(runRow.stepCount).arg(runRow.currentStepTitle)
                                elide: Text.ElideRight
                            }
                            TimeLeft {
                                objectName: "runTimeLeft"
                                deadline: runRow.closed ? undefined : runRow.deadline
                            }
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall
                            visible: runRow.escalated || runRow.awaitingApproval
                            StatusBadge {
                                objectName: "escalatedBadge"
                                visible: runRow.escalated
                                status: "risk"
                                text: qsTr("Escalated")
                            }
                            StatusBadge {
                                objectName: "approvalBadge"
                                visible: runRow.awaitingApproval
                                status: "watch"
                                text: qsTr("Awaiting approval")
                            }
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.border
        }

        // The selected run.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !root.run.runId
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Select a SOP on the left to see its steps.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: !!root.run.runId
                spacing: Theme.spacingSmall
                Text {
                    objectName: "runTitle"
                    Layout.fillWidth: true
                    text: root.run.title ?? ""
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                BodyText {
                    objectName: "runAlert"
                    Layout.fillWidth: true
                    text: qsTr("Alert: %1").arg(root.run.alertTitle ?? "")
                    wrapMode: Text.WordWrap
                }
                MutedText {
                    objectName: "runArea"
                    Layout.fillWidth: true
                    text: qsTr("Area: %1 · started by %2 at %3").arg(root.run.area ?? "").arg(root.run.startedBy ?? "")
                          .arg(root.formatTime(root.run.startedAt))
                    elide: Text.ElideRight
                }
                StatusBadge {
                    objectName: "runClosed"
                    visible: root.run.closed === true
                    status: "good"
                    text: root.run.closedReason === "condition" ? qsTr("Closed: the alert was resolved") : qsTr("Completed")
                }
            }

            MessageLine {
                objectName: "sopLastMessage"
                Layout.fillWidth: true
                text: Sop.lastMessage
                failed: Sop.lastFailed
            }

            ListView {
                id: stepList
                objectName: "stepList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 3
                visible: !!root.run.runId
                clip: true
                model: Sop.steps
                spacing: Theme.spacingSmall
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                delegate: Rectangle {
                    id: step
                    required property int index
                    required property var model // for `state`, which an Item already has as a property
                    required property string stepId
                    required property string title
                    required property string instructions
                    required property string stepRole
                    required property string kind
                    required property bool current
                    required property string by
                    required property var at
                    required property var deadline
                    required property bool escalated
                    required property string answer
                    required property var value
                    required property string unit
                    required property string evidenceKind
                    required property string evidenceReference
                    required property string note
                    required property string justification
                    required property string comment
                    required property string performer
                    required property int notificationsFailed
                    readonly property string stepState: String(model.state)
                    readonly property bool active: stepState === "active" && current
                    readonly property bool overdue: active && root.secondsUntil(deadline) < 0

                    objectName: "step_" + stepId
                    width: ListView.view.width
                    implicitHeight: stepColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: active ? Theme.surfaceRaised : Theme.surface
                    border.color: active ? (overdue ? Theme.statusRisk : Theme.accent) : Theme.border

                    ColumnLayout {
                        id: stepColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacingSmall

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            StatusBadge {
                                objectName: "stepState"
                                status: root.stateStatus(step.stepState, step.overdue)
                                text: (step.stepState === "done" || step.stepState === "approved" ? "✓ " : "")
                                      + root.stateName(step.stepState)
                            }
                            BodyText {
                                Layout.fillWidth: true
                                text: (step.index + 1) + ". " + step.title
                                font.bold: step.active
                                wrapMode: Text.WordWrap
                                color: step.stepState === "pending" ? Theme.textMuted : Theme.text
                            }
                            MutedText { text: Labels.roleName(step.stepRole, Language.language) }
                        }

                        MutedText {
                            Layout.fillWidth: true
                            visible: step.active && step.instructions.length > 0
                            text: step.instructions
                            wrapMode: Text.WordWrap
                        }

                        // What was done.
                        MutedText {
                            objectName: "stepResult"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            wrapMode: Text.WordWrap
                            color: step.stepState === "rejected" ? Theme.statusRisk : Theme.text
                            text: {
                                const who = qsTr("%1 at %2").arg(step.by).arg(root.formatTime(step.at))
                                switch (step.stepState) {
                                case "done":
                                    return who + (step.kind === "approval" ? "" : " · " + root.resultText(step.answer,
                                           step.value, step.unit, step.evidenceKind, step.evidenceReference, step.note))
                                case "skipped": return qsTr("Skipped by %1: %2").arg(who).arg(step.justification)
                                case "approved": return qsTr("Approved by %1").arg(who) + (step.comment.length > 0 ? ": " + step.comment : "")
                                case "rejected": return qsTr("Rejected by %1: %2").arg(who).arg(step.comment)
                                default: return ""
                                }
                            }
                        }

                        RowLayout {
                            Layout.fillWidth: true
                            visible: step.active
                            spacing: Theme.spacingLarge
                            TimeLeft {
                                objectName: "stepTimeLeft"
                                deadline: step.active ? step.deadline : undefined
                            }
                            StatusBadge {
                                visible: step.escalated
                                status: "risk"
                                text: qsTr("Escalated to the supervisor")
                            }
                            MutedText {
                                visible: step.kind === "approval" && step.performer.length > 0
                                text: qsTr("Work done by %1").arg(step.performer)
                            }
                            MutedText {
                                visible: step.kind === "notify" && step.notificationsFailed > 0
                                text: qsTr("%n message(s) could not be sent: tell them yourself and say so in the note.", "",
                                           step.notificationsFailed)
                                color: Theme.statusWatch
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }

                        // The input for the active step, by its kind.
                        RowLayout {
                            objectName: "answerInput"
                            Layout.fillWidth: true
                            visible: step.active && (step.kind === "check" || step.kind === "call")
                            spacing: Theme.spacing
                            QQC2.Button {
                                objectName: "answerYes"
                                text: step.kind === "call" ? qsTr("Reached") : qsTr("Yes")
                                font.pixelSize: Theme.fontBody
                                highlighted: true
                                onClicked: Sop.answer(step.stepId, step.kind === "call" ? "reached" : "yes")
                            }
                            QQC2.Button {
                                objectName: "answerNo"
                                text: step.kind === "call" ? qsTr("Not reached") : qsTr("No")
                                font.pixelSize: Theme.fontBody
                                onClicked: Sop.answer(step.stepId, step.kind === "call" ? "not_reached" : "no")
                            }
                        }

                        RowLayout {
                            objectName: "valueInput"
                            Layout.fillWidth: true
                            visible: step.active && step.kind === "value"
                            spacing: Theme.spacing
                            QQC2.TextField {
                                id: valueField
                                objectName: "valueField"
                                Layout.preferredWidth: 160 * Theme.scale
                                font.pixelSize: Theme.fontBody
                                placeholderText: qsTr("Value")
                                inputMethodHints: Qt.ImhFormattedNumbersOnly
                                validator: DoubleValidator { notation: DoubleValidator.StandardNotation; locale: "C" }
                            }
                            BodyText { text: step.unit }
                            QQC2.Button {
                                objectName: "valueSave"
                                text: qsTr("Record")
                                font.pixelSize: Theme.fontBody
                                highlighted: true
                                enabled: valueField.acceptableInput
                                onClicked: Sop.enterValue(step.stepId, Number(valueField.text))
                            }
                        }

                        RowLayout {
                            objectName: "evidenceInput"
                            Layout.fillWidth: true
                            visible: step.active && step.kind === "evidence"
                            spacing: Theme.spacing
                            QQC2.ComboBox {
                                id: evidenceKindBox
                                objectName: "evidenceKind"
                                readonly property list<string> codes: ["snapshot", "photo", "file"]
                                Layout.preferredWidth: 180 * Theme.scale
                                font.pixelSize: Theme.fontBody
                                model: [root.evidenceKindName("snapshot"), root.evidenceKindName("photo"), root.evidenceKindName("file")]
                            }
                            QQC2.TextField {
                                id: evidenceReference
                                objectName: "evidenceReference"
                                Layout.fillWidth: true
                                font.pixelSize: Theme.fontBody
                                placeholderText: qsTr("Snapshot id, path or URL")
                                maximumLength: 1000
                            }
                            QQC2.Button {
                                objectName: "evidenceAttach"
                                text: qsTr("Attach")
                                font.pixelSize: Theme.fontBody
                                highlighted: true
                                enabled: evidenceReference.text.trim().length > 0
                                onClicked: Sop.attachEvidence(step.stepId, evidenceKindBox.codes[evidenceKindBox.currentIndex],
                                                              evidenceReference.text)
                            }
                        }

                        RowLayout {
                            objectName: "noteInput"
                            Layout.fillWidth: true
                            visible: step.active && (step.kind === "notify" || step.kind === "wait")
                            spacing: Theme.spacing
                            QQC2.TextField {
                                id: noteField
                                objectName: "noteField"
                                Layout.fillWidth: true
                                font.pixelSize: Theme.fontBody
                                placeholderText: step.kind === "notify" ? qsTr("Who was told, and how")
                                                                        : qsTr("What ended the wait")
                                maximumLength: 4000
                            }
                            QQC2.Button {
                                objectName: "noteDone"
                                text: qsTr("Mark done")
                                font.pixelSize: Theme.fontBody
                                highlighted: true
                                enabled: noteField.text.trim().length > 0
                                onClicked: Sop.addNote(step.stepId, noteField.text)
                            }
                        }

                        RowLayout {
                            objectName: "approvalInput"
                            Layout.fillWidth: true
                            visible: step.active && step.kind === "approval"
                            spacing: Theme.spacing
                            MutedText {
                                visible: !Sop.canApprove
                                Layout.fillWidth: true
                                text: qsTr("Waiting for a shift supervisor's approval.")
                                wrapMode: Text.WordWrap
                            }
                            QQC2.TextField {
                                id: approvalComment
                                objectName: "approvalComment"
                                visible: Sop.canApprove
                                Layout.fillWidth: true
                                font.pixelSize: Theme.fontBody
                                placeholderText: qsTr("Comment (required to reject)")
                                maximumLength: 2000
                            }
                            QQC2.Button {
                                objectName: "approveButton"
                                visible: Sop.canApprove
                                text: qsTr("Approve")
                                font.pixelSize: Theme.fontBody
                                highlighted: true
                                onClicked: Sop.approve(step.stepId, approvalComment.text)
                            }
                            QQC2.Button {
                                objectName: "rejectButton"
                                visible: Sop.canApprove
                                text: qsTr("Reject")
                                font.pixelSize: Theme.fontBody
                                onClicked: Sop.reject(step.stepId, approvalComment.text)
                            }
                        }

                        QQC2.Button {
                            objectName: "skipButton"
                            visible: step.active && step.kind !== "approval"
                            text: qsTr("Skip this step…")
                            font.pixelSize: Theme.fontSmall
                            onClicked: skipDialog.openFor(step.stepId, step.title)
                        }
                    }
                }
            }

            Text {
                objectName: "timelineTitle"
                visible: !!root.run.runId
                text: qsTr("Timeline")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }

            ListView {
                id: timelineList
                objectName: "timelineList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 2
                visible: !!root.run.runId
                clip: true
                model: Sop.timeline
                spacing: 1
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                onCountChanged: positionViewAtEnd()

                delegate: Rectangle {
                    id: entry
                    required property int index
                    required property var time
                    required property string actor
                    required property string text

                    width: ListView.view.width
                    implicitHeight: entryRow.implicitHeight + Theme.spacing
                    color: index % 2 === 0 ? Theme.surface : Theme.background

                    RowLayout {
                        id: entryRow
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.spacing
                        anchors.rightMargin: Theme.spacing
                        spacing: Theme.spacing
                        MutedText {
                            Layout.preferredWidth: 120 * Theme.scale
                            text: root.formatTime(entry.time)
                        }
                        Text {
                            Layout.fillWidth: true
                            text: entry.text
                            wrapMode: Text.WordWrap
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
        }
    }

    // A skip needs a justification; the service refuses one too short and says so.
    QQC2.Dialog {
        id: skipDialog
        objectName: "skipDialog"
        property string stepId
        property string stepTitle
        title: qsTr("Skip \"%1\"").arg(stepTitle)
        modal: true
        anchors.centerIn: parent
        width: Math.min(520 * Theme.scale, root.width - 2 * Theme.spacingLarge)
        standardButtons: QQC2.Dialog.Cancel

        function openFor(step: string, title: string): void {
            stepId = step
            stepTitle = title
            justificationField.text = ""
            Sop.clearMessage()
            open()
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            MutedText {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Say why this step is skipped. The justification is recorded in the journal and the shift supervisor is told.")
            }
            QQC2.TextArea {
                id: justificationField
                objectName: "skipJustification"
                Layout.fillWidth: true
                Layout.preferredHeight: 100 * Theme.scale
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Justification (required)")
            }
            MessageLine {
                Layout.fillWidth: true
                text: Sop.lastFailed ? Sop.lastMessage : ""
            }
            QQC2.Button {
                objectName: "skipConfirm"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Skip the step")
                highlighted: true
                font.pixelSize: Theme.fontBody
                enabled: justificationField.text.trim().length > 0
                onClicked: {
                    if (Sop.skip(skipDialog.stepId, justificationField.text))
                        skipDialog.close()
                }
            }
        }
    }
}
