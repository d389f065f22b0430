// SPDX-License-Identifier: GPL-3.0-or-later
#include "soptesthelper.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

// SopService on a real store (SQLite here; the _postgresql variant on PostgreSQL): runs are journal
// entries, permissions are AuthService's, and the state is re-derived from the journal.
class TestSopService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Intrusion SOP end to end: an operator does the steps, an operator's approval is refused, a
    // supervisor approves, the run closes, every change is in the journal and the journal verifies.
    void aFullRunWithAnOperatorAndASupervisor()
    {
        SopFixture f;
        auto sop = f.service();
        QSignalSpy started(sop.get(), &SopService::runStarted);
        QSignalSpy closed(sop.get(), &SopService::runClosed);
        const Session op = f.as(QStringLiteral("vanhanh"));
        const Session sup = f.as(QStringLiteral("truongca"));

        const Result<QString> id = sop->start(QStringLiteral("intrusion"), SopFixture::alert(QStringLiteral("cam7")), op);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        const QString runId = id.value();
        QCOMPARE(started.size(), 1);
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("view"));
        QCOMPARE(sop->openRunFor(QStringLiteral("rules/cam7")), runId);
        // The same SOP twice for one alert is refused.
        QVERIFY(!sop->start(QStringLiteral("intrusion"), SopFixture::alert(QStringLiteral("cam7")), op));

        // A wrong answer, the wrong step and a viewer are refused; nothing is written for them.
        QVERIFY(!sop->complete(runId, QStringLiteral("view"), answer(QStringLiteral("maybe")), op));
        QVERIFY(!sop->complete(runId, QStringLiteral("snapshot"), answer(QStringLiteral("yes")), op));
        const int deniedBefore = f.deniedCount();
        QVERIFY(!sop->complete(runId, QStringLiteral("view"), answer(QStringLiteral("yes")), f.as(QStringLiteral("khach"))));
        QCOMPARE(f.deniedCount(), deniedBefore + 1);

        QVERIFY(sop->complete(runId, QStringLiteral("view"), answer(QStringLiteral("yes")), op));
        QVERIFY(!sop->complete(runId, QStringLiteral("snapshot"), {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("photo")}, {QStringLiteral("reference"), QStringLiteral("x")}}}}, op));
        QVERIFY(sop->complete(runId, QStringLiteral("snapshot"),
                              {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("snapshot")},
                                                                        {QStringLiteral("reference"), QStringLiteral("snapshot:cam7/20261122T080100")}}}},
                              op));
        QVERIFY(sop->complete(runId, QStringLiteral("guard"), {{QStringLiteral("answer"), QStringLiteral("reached")}, {QStringLiteral("note"), QStringLiteral("Bảo vệ Tư đã ra kiểm tra")}}, op));
        QVERIFY(sop->complete(runId, QStringLiteral("cleared"), answer(QStringLiteral("yes")), op));
        QVERIFY(sop->run(runId)->awaitingApproval());
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("approve"))->performer, QStringLiteral("vanhanh"));

        // An operator cannot approve (journaled refusal), nor complete an approval step.
        QVERIFY(!sop->approve(runId, QStringLiteral("approve"), op));
        QCOMPARE(f.deniedCount(), deniedBefore + 2);
        QVERIFY(!sop->complete(runId, QStringLiteral("approve"), answer(QStringLiteral("yes")), sup));
        QVERIFY(sop->approve(runId, QStringLiteral("approve"), sup, QStringLiteral("Đúng quy trình")));

        const SopRun* run = sop->run(runId);
        QVERIFY(run->closed);
        QCOMPARE(run->closedReason, QStringLiteral("completed"));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(run->stepRun(QStringLiteral("snapshot"))->result.value(QStringLiteral("evidence")).toObject()
                     .value(QStringLiteral("reference")).toString(),
                 QStringLiteral("snapshot:cam7/20261122T080100"));
        QCOMPARE(run->stepRun(QStringLiteral("approve"))->state, SopStepState::Approved);
        QCOMPARE(run->stepRun(QStringLiteral("approve"))->by, QStringLiteral("truongca"));
        QCOMPARE(run->stepRun(QStringLiteral("police"))->state, SopStepState::Pending); // the branch not taken
        QCOMPARE(f.kindsOf(runId),
                 (QStringList{SopEvent::Started, SopEvent::StepAssigned, SopEvent::StepDone, SopEvent::StepAssigned,
                              SopEvent::StepDone, SopEvent::StepAssigned, SopEvent::StepDone, SopEvent::StepAssigned,
                              SopEvent::StepDone, SopEvent::StepAssigned, SopEvent::ApprovalRequested,
                              SopEvent::ApprovalGranted, SopEvent::Closed}));
        QVERIFY(!sop->complete(runId, QStringLiteral("cleared"), answer(QStringLiteral("yes")), op)); // closed
        const Journal::Verification verified = f.journal.verify().value();
        QVERIFY2(verified.intact(), qPrintable(verified.reason));
    }

    // Four eyes: the supervisor who did the work before an approval cannot approve it; another can.
    // A rejection sends the work back to the step that was approved.
    void thePerformerCannotApproveTheirOwnWork()
    {
        SopFixture f;
        auto sop = f.service();
        const Session op = f.as(QStringLiteral("vanhanh"));
        const Session sup = f.as(QStringLiteral("truongca"));
        const Session sup2 = f.as(QStringLiteral("truongca2"));
        const QString runId = sop->start(QStringLiteral("fire-smoke"), SopFixture::alert(QStringLiteral("fire1")), op).value();
        QVERIFY(sop->complete(runId, QStringLiteral("view"), answer(QStringLiteral("yes")), op));
        QVERIFY(sop->complete(runId, QStringLiteral("call_114"), answer(QStringLiteral("reached")), op));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("evidence")); // notify step handed over by itself
        QVERIFY(sop->complete(runId, QStringLiteral("evidence"),
                              {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("photo")},
                                                                        {QStringLiteral("reference"), QStringLiteral("file:/evidence/fire1.jpg")}}}},
                              op));
        // The supervisor takes over the operator's step (allowed), so may not approve it.
        QVERIFY(sop->complete(runId, QStringLiteral("out"), answer(QStringLiteral("yes")), sup));
        const Result<void> own = sop->approve(runId, QStringLiteral("approve"), sup);
        QVERIFY(!own);
        QVERIFY2(own.errorMessage().contains(QStringLiteral("four eyes")), qPrintable(own.errorMessage()));
        // Rejecting needs a reason; a rejection sends "out" back.
        QVERIFY(!sop->reject(runId, QStringLiteral("approve"), sup2, QStringLiteral("  ")));
        QVERIFY(sop->reject(runId, QStringLiteral("approve"), sup2, QStringLiteral("Chưa có xác nhận của PCCC")));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("out"));
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("out"))->activations, 2);
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("approve"))->state, SopStepState::Rejected);
        QVERIFY(sop->complete(runId, QStringLiteral("out"), answer(QStringLiteral("yes")), op));
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("approve"))->performer, QStringLiteral("vanhanh"));
        QVERIFY(sop->approve(runId, QStringLiteral("approve"), sup));
        QVERIFY(sop->run(runId)->closed);
        QVERIFY(f.journal.verify().value().intact());
    }

    // An approval reached through an automatic notify step still guards the last person's work.
    void fourEyesHoldsAcrossAnAutomaticStep()
    {
        SopFixture f;
        auto sop = f.service();
        const Session sup = f.as(QStringLiteral("truongca"));
        const QString runId = sop->start(QStringLiteral("soc-malware"), SopFixture::alert(QStringLiteral("edr-42")), sup).value();
        QVERIFY(sop->complete(runId, QStringLiteral("triage"), answer(QStringLiteral("yes")), sup));
        QVERIFY(sop->complete(runId, QStringLiteral("isolate"), answer(QStringLiteral("yes")), sup));
        QVERIFY(sop->complete(runId, QStringLiteral("evidence"),
                              {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("file")},
                                                                        {QStringLiteral("reference"), QStringLiteral("file:/soc/edr-42.log")}}}},
                              sup));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("approve")); // "notify" handed over by the system
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("approve"))->performer, QStringLiteral("truongca"));
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("approve"))->performedStep, QStringLiteral("evidence"));
        QVERIFY(!sop->approve(runId, QStringLiteral("approve"), sup));
        QVERIFY(sop->approve(runId, QStringLiteral("approve"), f.as(QStringLiteral("truongca2"))));
        QVERIFY(sop->run(runId)->closed);
    }

    void aSkipNeedsAJustificationAndTellsTheSupervisor()
    {
        SopFixture f;
        auto sop = f.service();
        QSignalSpy skipped(sop.get(), &SopService::stepSkipped);
        const Session op = f.as(QStringLiteral("vanhanh"));
        const QString runId = sop->start(QStringLiteral("crowd-detected"), SopFixture::alert(QStringLiteral("crowd1")), op).value();
        QVERIFY(!sop->skip(runId, QStringLiteral("view"), QString(), op));
        QVERIFY(!sop->skip(runId, QStringLiteral("view"), QStringLiteral("   "), op));
        QVERIFY(!f.kindsOf(runId).contains(SopEvent::StepSkipped));
        QVERIFY(!sop->skip(runId, QStringLiteral("view"), QStringLiteral("Camera mất tín hiệu"), f.as(QStringLiteral("khach"))));
        f.notifier.sent.clear();
        QVERIFY(sop->skip(runId, QStringLiteral("view"), QStringLiteral("Camera mất tín hiệu, đã báo kỹ thuật"), op));
        QCOMPARE(skipped.size(), 1);
        const SopStepRun* view = sop->run(runId)->stepRun(QStringLiteral("view"));
        QCOMPARE(view->state, SopStepState::Skipped);
        QCOMPARE(view->justification, QStringLiteral("Camera mất tín hiệu, đã báo kỹ thuật"));
        QCOMPARE(view->by, QStringLiteral("vanhanh"));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("estimate")); // a skip follows `next`
        // The supervisors are told through the notifier (both have e-mail in the contact directory? only truongca does).
        QCOMPARE(f.notifier.sent.size(), 1);
        const SopNotification& told = f.notifier.sent.first();
        QCOMPARE(told.purpose, QStringLiteral("skip"));
        QCOMPARE(told.channel, QStringLiteral("email"));
        QCOMPARE(told.recipients.size(), 1);
        QCOMPARE(told.recipients.first().address, QStringLiteral("truongca@ioc.camau.example"));
        QVERIFY(told.body.contains(QStringLiteral("Camera mất tín hiệu")));
    }

    void anOverdueStepIsEscalatedOnce()
    {
        SopFixture f;
        auto sop = f.service();
        QSignalSpy escalated(sop.get(), &SopService::stepEscalated);
        const QString runId = sop->startAutomatically(QStringLiteral("flood-sos"), SopFixture::alert(QStringLiteral("sos1"))).value();
        QCOMPARE(sop->run(runId)->startedBy, QStringLiteral("system"));
        const SopStepRun* verify = sop->run(runId)->current();
        QCOMPARE(verify->deadline, verify->activatedAt.addSecs(5 * 60));
        f.clock.advance(4 * 60 * 1000);
        QCOMPARE(sop->escalateOverdue(f.clock.now()), 0);
        QCOMPARE(*sop->run(runId)->secondsLeft(f.clock.now()), 60);
        f.clock.advance(2 * 60 * 1000);
        f.notifier.sent.clear();
        QCOMPARE(sop->escalateOverdue(f.clock.now()), 1);
        QCOMPARE(escalated.size(), 1);
        QVERIFY(sop->run(runId)->current()->escalated);
        QCOMPARE(*sop->run(runId)->secondsLeft(f.clock.now()), -60);
        QCOMPARE(f.notifier.sent.size(), 1);
        QCOMPARE(f.notifier.sent.first().purpose, QStringLiteral("escalation"));
        f.clock.advance(60 * 1000);
        QCOMPARE(sop->escalateOverdue(f.clock.now()), 0); // once
        QCOMPARE(f.kindsOf(runId).count(SopEvent::StepEscalated), 1);
        // A new service (another console, or after a restart) does not escalate it again.
        auto again = f.service();
        QCOMPARE(again->escalateOverdue(f.clock.now()), 0);
        // The next step gets its own deadline and can be escalated in turn.
        QVERIFY(sop->complete(runId, QStringLiteral("verify"), answer(QStringLiteral("yes")), f.as(QStringLiteral("vanhanh"))));
        QVERIFY(!sop->run(runId)->current()->escalated);
        f.clock.advance(6 * 60 * 1000);
        QCOMPARE(sop->escalateOverdue(f.clock.now()), 1);
    }

    // The state and the time left come from the journal alone: a new service on the same store (the
    // app restarted) sees the same run.
    void aRestartGivesTheSameStateAndTimeLeft()
    {
        SopFixture f;
        QString runId;
        SopRun before;
        {
            auto sop = f.service();
            const Session op = f.as(QStringLiteral("vanhanh"));
            runId = sop->start(QStringLiteral("flood-sos"), SopFixture::alert(QStringLiteral("sos2")), op).value();
            QVERIFY(sop->complete(runId, QStringLiteral("verify"), answer(QStringLiteral("yes")), op));
            f.clock.advance(90 * 1000);
            QVERIFY(sop->complete(runId, QStringLiteral("depth"), {{QStringLiteral("value"), 80}}, op)); // above 50 cm
            QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("rescue"));
            f.clock.advance(2 * 60 * 1000 + 17 * 1000);
            before = *sop->run(runId);
        }
        auto restarted = f.service();
        const SopRun* after = restarted->run(runId);
        QVERIFY(after);
        QCOMPARE(after->currentStep, before.currentStep);
        QCOMPARE(after->secondsLeft(f.clock.now()), before.secondsLeft(f.clock.now()));
        QCOMPARE(*after->secondsLeft(f.clock.now()), 5 * 60 - 137);
        QCOMPARE(after->steps.size(), before.steps.size());
        for (qsizetype i = 0; i < after->steps.size(); ++i) {
            QCOMPARE(after->steps.at(i).state, before.steps.at(i).state);
            QCOMPARE(after->steps.at(i).by, before.steps.at(i).by);
            QCOMPARE(after->steps.at(i).deadline, before.steps.at(i).deadline);
            QCOMPARE(after->steps.at(i).result, before.steps.at(i).result);
        }
        QCOMPARE(after->stepRun(QStringLiteral("depth"))->result.value(QStringLiteral("answer")).toString(), QStringLiteral("above"));
        QCOMPARE(after->lastSequence, before.lastSequence);
        // And it goes on from there.
        QVERIFY(restarted->complete(runId, QStringLiteral("rescue"), answer(QStringLiteral("reached")), f.as(QStringLiteral("vanhanh"))));
        QCOMPARE(restarted->run(runId)->currentStep, QStringLiteral("evidence")); // notify_ward handed over
    }

    // Water quality: the run waits for the alert to be resolved and then closes itself.
    void theWaterQualitySopClosesItselfWhenTheAlertIsResolved()
    {
        SopFixture f;
        auto sop = f.service();
        QSignalSpy closed(sop.get(), &SopService::runClosed);
        const Session op = f.as(QStringLiteral("vanhanh"));
        const Session sup = f.as(QStringLiteral("truongca"));
        const SopAlertRef alert = SopFixture::alert(QStringLiteral("wq-NM1-turbidity"));
        const QString runId = sop->start(QStringLiteral("water-quality"), alert, op).value();
        QVERIFY(sop->complete(runId, QStringLiteral("verify"), answer(QStringLiteral("yes")), op));
        // The notify step handed its e-mail over: the area officer and the supervisors with an address.
        QCOMPARE(f.notifier.sent.size(), 1);
        const SopNotification n = f.notifier.sent.first();
        QCOMPARE(n.purpose, QStringLiteral("step"));
        QCOMPARE(n.stepId, QStringLiteral("notify"));
        QStringList logins;
        for (const SopRecipient& r : n.recipients)
            logins.append(r.login);
        logins.sort();
        QCOMPARE(logins, (QStringList{QStringLiteral("cb.tanthanh"), QStringLiteral("truongca")}));
        QVERIFY2(n.body.contains(QStringLiteral("Cảnh báo wq-NM1-turbidity (Phường Tân Thành)")), qPrintable(n.body));
        // truongca2 has no address: journaled as failed; the delivery reports come back and are journaled.
        const SopStepRun* notify = sop->run(runId)->stepRun(QStringLiteral("notify"));
        QCOMPARE(notify->state, SopStepState::Done);
        QCOMPARE(notify->notifications.size(), 1);
        QCOMPARE(notify->notifications.first().recipient, QStringLiteral("truongca2"));
        sop->notificationDelivered(runId, QStringLiteral("notify"), QStringLiteral("truongca"), true, QStringLiteral("250 OK"));
        sop->notificationDelivered(runId, QStringLiteral("notify"), QStringLiteral("cb.tanthanh"), false, QStringLiteral("550 mailbox unavailable"));
        notify = sop->run(runId)->stepRun(QStringLiteral("notify"));
        QCOMPARE(notify->notifications.size(), 3);
        QVERIFY(notify->notifications.at(1).ok);
        QCOMPARE(notify->notifications.at(1).address, QStringLiteral("truongca@ioc.camau.example"));
        QVERIFY(!notify->notifications.at(2).ok);

        QVERIFY(sop->complete(runId, QStringLiteral("sample"), {{QStringLiteral("value"), 4.5}}, op));
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("sample"))->result.value(QStringLiteral("answer")).toString(), QStringLiteral("above"));
        QVERIFY(sop->complete(runId, QStringLiteral("advise"), answer(QStringLiteral("yes")), op));
        QVERIFY(sop->approve(runId, QStringLiteral("approve"), sup));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("wait"));
        QVERIFY(!sop->run(runId)->closed);
        sop->alertResolved(QStringLiteral("rules/another-alert")); // not this run's
        QVERIFY(!sop->run(runId)->closed);
        sop->alertResolved(alert.key);
        QVERIFY(sop->run(runId)->closed);
        QCOMPARE(sop->run(runId)->closedReason, QStringLiteral("condition"));
        QCOMPARE(sop->run(runId)->stepRun(QStringLiteral("wait"))->by, QStringLiteral("system"));
        QCOMPARE(closed.size(), 1);
        QVERIFY(f.journal.verify().value().intact());
    }

    // Resolved before the run reaches its wait step: remembered, and the wait ends as it starts.
    void anAlertResolvedEarlyEndsTheWaitAtOnce()
    {
        SopFixture f;
        auto sop = f.service();
        const Session op = f.as(QStringLiteral("vanhanh"));
        const SopAlertRef alert = SopFixture::alert(QStringLiteral("rain-RG03"));
        const QString runId = sop->start(QStringLiteral("rain-threshold"), alert, op).value();
        QVERIFY(sop->complete(runId, QStringLiteral("confirm"), answer(QStringLiteral("yes")), op));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("cameras"));
        sop->alertResolved(alert.key);
        QVERIFY(sop->run(runId)->alertResolved);
        QVERIFY(!sop->run(runId)->closed);
        QVERIFY(sop->complete(runId, QStringLiteral("cameras"),
                              {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("snapshot")},
                                                                        {QStringLiteral("reference"), QStringLiteral("snapshot:cam3")}}}},
                              op));
        QVERIFY(!sop->run(runId)->closed);
        // "Not under control yet": the run goes to its wait step, which ends at once.
        QVERIFY(sop->complete(runId, QStringLiteral("situation"), answer(QStringLiteral("no")), op));
        QVERIFY(sop->run(runId)->closed);
        QCOMPARE(sop->run(runId)->closedReason, QStringLiteral("condition"));
    }

    // Without a notifier a notify step says so in the journal and waits for a person, who must say
    // what was done instead.
    void withoutANotifierANotifyStepWaitsForAPerson()
    {
        SopFixture f;
        auto sop = f.service(false);
        const Session op = f.as(QStringLiteral("vanhanh"));
        const QString runId = sop->start(QStringLiteral("fire-smoke"), SopFixture::alert(QStringLiteral("fire2")), op).value();
        QVERIFY(sop->complete(runId, QStringLiteral("view"), answer(QStringLiteral("yes")), op));
        QVERIFY(sop->complete(runId, QStringLiteral("call_114"), answer(QStringLiteral("reached")), op));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("notify"));
        QCOMPARE(sop->run(runId)->current()->notifications.size(), 1);
        QVERIFY(!sop->run(runId)->current()->notifications.first().ok);
        QVERIFY(!sop->complete(runId, QStringLiteral("notify"), {}, op));
        QVERIFY(sop->complete(runId, QStringLiteral("notify"), {{QStringLiteral("note"), QStringLiteral("Đã gọi điện cho cán bộ phường")}}, op));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("evidence"));
    }

    // Leader steps are the leader's: an operator cannot decide for them.
    void stepsBelongToTheirRole()
    {
        SopFixture f;
        auto sop = f.service();
        const Session op = f.as(QStringLiteral("vanhanh"));
        const QString runId = sop->start(QStringLiteral("kpi-explanation"), SopFixture::alert(QStringLiteral("kpi-budget")), op).value();
        QVERIFY(sop->complete(runId, QStringLiteral("check_figures"), answer(QStringLiteral("yes")), op));
        QVERIFY(!sop->complete(runId, QStringLiteral("leader_decides"), answer(QStringLiteral("yes")), op));
        QVERIFY(!sop->complete(runId, QStringLiteral("leader_decides"), answer(QStringLiteral("yes")), f.as(QStringLiteral("truongca"))));
        QVERIFY(sop->complete(runId, QStringLiteral("leader_decides"), answer(QStringLiteral("yes")), f.as(QStringLiteral("lanhdao"))));
        QCOMPARE(sop->run(runId)->currentStep, QStringLiteral("answer"));
        // A viewer cannot start an SOP.
        QVERIFY(!sop->start(QStringLiteral("intrusion"), SopFixture::alert(QStringLiteral("cam9")), f.as(QStringLiteral("khach"))));
        QVERIFY(!sop->start(QStringLiteral("no-such"), SopFixture::alert(QStringLiteral("cam9")), op));
    }
};

QTEST_GUILESS_MAIN(TestSopService)
#include "tst_sopservice.moc"
