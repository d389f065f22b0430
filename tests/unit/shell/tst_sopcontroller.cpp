// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sop/soptesthelper.h"

#include "shell/sopcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

// The SOP screen's controller over a real store, a real SopService with the shipped templates and real
// sign-ins: it passes the signed-in session to the service and tells its answer, it decides nothing.
class TestSopController : public QObject {
    Q_OBJECT

private:
    static QString stateOf(SopController& c, int row) { return c.steps()->get(row, QStringLiteral("state")).toString(); }

    // Takes an intrusion run (selected in `c`) from its first step to its approval, as the signed-in session.
    static void doTheWork(SopController& c)
    {
        QVERIFY(c.answer(QStringLiteral("view"), QStringLiteral("yes")));
        QVERIFY(c.attachEvidence(QStringLiteral("snapshot"), QStringLiteral("snapshot"), QStringLiteral(" snapshot:cam1 ")));
        QVERIFY(c.answer(QStringLiteral("guard"), QStringLiteral("reached")));
        QVERIFY(c.answer(QStringLiteral("cleared"), QStringLiteral("yes")));
    }

private Q_SLOTS:
    void anOperatorDoesTheStepsAndCannotApprove()
    {
        SopFixture f;
        auto sop = f.service();
        const Session op = f.as(QStringLiteral("vanhanh"));
        SopController c(*sop, f.auth);
        QVERIFY(!c.canApprove());
        QCOMPARE(c.approvalCount(), 0);
        const QString runId = sop->start(QStringLiteral("intrusion"), SopFixture::alert(QStringLiteral("cam1")), op).value();

        c.setFilter(QStringLiteral("mine"));
        QCOMPARE(c.filter(), QStringLiteral("mine"));
        QCOMPARE(c.runs()->rowCount(), 1);
        QCOMPARE(c.runs()->get(0, QStringLiteral("runId")).toString(), runId);
        c.setSelectedRunId(runId);
        QCOMPARE(c.selectedRun().value(QStringLiteral("alertTitle")).toString(), QStringLiteral("Cảnh báo cam1"));
        QCOMPARE(c.selectedRun().value(QStringLiteral("area")).toString(), QStringLiteral("Phường Tân Thành"));
        QCOMPARE(c.selectedRun().value(QStringLiteral("title")).toString(), QStringLiteral("Intrusion into a restricted area"));
        QCOMPARE(c.steps()->rowCount(), 7);
        QCOMPARE(stateOf(c, 0), QStringLiteral("active"));
        const int entriesBefore = c.timeline()->rowCount();

        QSignalSpy message(&c, &SopController::lastMessageChanged);
        QVERIFY(c.answer(QStringLiteral("view"), QStringLiteral("yes")));
        QVERIFY(!c.lastFailed());
        QCOMPARE(c.lastMessage(), QStringLiteral("Done: \"Look at the camera\"."));
        QCOMPARE(message.count(), 1);
        QCOMPARE(stateOf(c, 0), QStringLiteral("done"));
        QCOMPARE(c.steps()->get(0, QStringLiteral("by")).toString(), QStringLiteral("vanhanh"));
        QCOMPARE(c.steps()->get(0, QStringLiteral("answer")).toString(), QStringLiteral("yes"));
        QCOMPARE(stateOf(c, 1), QStringLiteral("active"));
        QVERIFY(c.timeline()->rowCount() > entriesBefore);

        // The service's refusal, in words: a number is no evidence; the active step is not "guard".
        QVERIFY(!c.enterValue(QStringLiteral("snapshot"), 3));
        QVERIFY(c.lastFailed());
        QVERIFY2(c.lastMessage().startsWith(QStringLiteral("Attach the evidence")), qPrintable(c.lastMessage()));
        QVERIFY(!c.answer(QStringLiteral("guard"), QStringLiteral("reached")));
        QVERIFY2(c.lastMessage().contains(QStringLiteral("is not the one to do now")), qPrintable(c.lastMessage()));
        QCOMPARE(stateOf(c, 1), QStringLiteral("active"));

        QVERIFY(c.attachEvidence(QStringLiteral("snapshot"), QStringLiteral("snapshot"), QStringLiteral(" snapshot:cam1 ")));
        QCOMPARE(c.steps()->get(1, QStringLiteral("evidenceReference")).toString(), QStringLiteral("snapshot:cam1"));
        QVERIFY(c.answer(QStringLiteral("guard"), QStringLiteral("reached")));
        QVERIFY(c.answer(QStringLiteral("cleared"), QStringLiteral("yes")));
        QCOMPARE(c.approvalCount(), 1);
        QVERIFY(c.selectedRun().value(QStringLiteral("awaitingApproval")).toBool());
        QCOMPARE(c.runs()->rowCount(), 0); // "mine": the approval is a supervisor's

        // The operator's approve goes to the service, which refuses it and journals the denial.
        const int denied = f.deniedCount();
        QVERIFY(!c.approve(QStringLiteral("approve"), QStringLiteral("ok")));
        QVERIFY(c.lastFailed());
        QVERIFY2(c.lastMessage().contains(QStringLiteral("may not")), qPrintable(c.lastMessage()));
        QCOMPARE(f.deniedCount(), denied + 1);
        QCOMPARE(stateOf(c, 5), QStringLiteral("active"));

        // The supervisor signs in on this console: the last answer goes, approving is offered and done.
        QSignalSpy canApprove(&c, &SopController::canApproveChanged);
        f.as(QStringLiteral("truongca"));
        QCOMPARE(canApprove.count(), 1);
        QVERIFY(c.canApprove());
        QVERIFY(c.lastMessage().isEmpty());
        c.setFilter(QStringLiteral("approval"));
        QCOMPARE(c.runs()->rowCount(), 1);
        QSignalSpy count(&c, &SopController::approvalCountChanged);
        QVERIFY(c.approve(QStringLiteral("approve"), QStringLiteral("Đã kiểm tra")));
        QCOMPARE(c.lastMessage(), QStringLiteral("Approved: \"Shift supervisor approves\"."));
        QCOMPARE(stateOf(c, 5), QStringLiteral("approved"));
        QCOMPARE(c.steps()->get(5, QStringLiteral("comment")).toString(), QStringLiteral("Đã kiểm tra"));
        QCOMPARE(c.approvalCount(), 0);
        QCOMPARE(count.count(), 1);
        QVERIFY(c.selectedRun().value(QStringLiteral("closed")).toBool());
        QCOMPARE(c.runs()->rowCount(), 0);
        c.setFilter(QStringLiteral("all"));
        QCOMPARE(c.runs()->rowCount(), 1);
    }

    void theSupervisorWhoDidTheWorkCannotApproveIt()
    {
        SopFixture f;
        auto sop = f.service();
        const Session sup = f.as(QStringLiteral("truongca"));
        SopController c(*sop, f.auth);
        QVERIFY(c.canApprove());
        c.setSelectedRunId(sop->start(QStringLiteral("intrusion"), SopFixture::alert(QStringLiteral("cam2")), sup).value());
        doTheWork(c);
        QVERIFY(!c.approve(QStringLiteral("approve"), {}));
        QVERIFY2(c.lastMessage().contains(QStringLiteral("four eyes")), qPrintable(c.lastMessage()));
        // A reject needs a comment; another supervisor rejects, and the work goes back.
        f.as(QStringLiteral("truongca2"));
        QVERIFY(!c.reject(QStringLiteral("approve"), QStringLiteral("  ")));
        QCOMPARE(c.lastMessage(), QStringLiteral("Say why the step is rejected."));
        QVERIFY(c.reject(QStringLiteral("approve"), QStringLiteral("Chưa có ảnh rõ")));
        QVERIFY(!c.lastFailed());
        QCOMPARE(stateOf(c, 5), QStringLiteral("rejected"));
        QCOMPARE(stateOf(c, 4), QStringLiteral("active")); // "cleared" again
    }

    void aSkipNeedsAJustificationAndNotesFinishNotifySteps()
    {
        SopFixture f;
        auto sop = f.service(false); // no notifier: notify steps wait for a person
        const Session op = f.as(QStringLiteral("vanhanh"));
        SopController c(*sop, f.auth);
        c.setSelectedRunId(sop->start(QStringLiteral("rain-threshold"), SopFixture::alert(QStringLiteral("rg3")), op).value());
        QVERIFY(!c.skip(QStringLiteral("confirm"), QStringLiteral("")));
        QVERIFY(c.lastFailed());
        QVERIFY2(c.lastMessage().contains(QStringLiteral("justification")), qPrintable(c.lastMessage()));
        QCOMPARE(stateOf(c, 0), QStringLiteral("active"));
        QVERIFY(c.skip(QStringLiteral("confirm"), QStringLiteral("Trạm đã được kiểm tra sáng nay")));
        QCOMPARE(c.lastMessage(), QStringLiteral("Skipped: \"Check the gauge's figures\"."));
        QCOMPARE(stateOf(c, 0), QStringLiteral("skipped"));
        QCOMPARE(c.steps()->get(0, QStringLiteral("justification")).toString(), QStringLiteral("Trạm đã được kiểm tra sáng nay"));
        // The skip went on to the first branch: the ward's notify step, done by hand with a note.
        QCOMPARE(stateOf(c, 2), QStringLiteral("active"));
        QVERIFY(!c.addNote(QStringLiteral("notify_ward"), QStringLiteral("   ")));
        QVERIFY(c.addNote(QStringLiteral("notify_ward"), QStringLiteral("Đã gọi điện cho phường")));
        QCOMPARE(stateOf(c, 2), QStringLiteral("done"));
        QCOMPARE(c.steps()->get(2, QStringLiteral("note")).toString(), QStringLiteral("Đã gọi điện cho phường"));
        QCOMPARE(stateOf(c, 3), QStringLiteral("active")); // the e-mail to the ward, by hand as well
        QVERIFY(c.addNote(QStringLiteral("email_ward"), QStringLiteral("Đã gửi thư từ hộp thư của trung tâm")));
        QCOMPARE(stateOf(c, 4), QStringLiteral("active"));
        // complete() with the input as a map (what the view passes for any kind).
        QVERIFY(c.complete(QStringLiteral("cameras"),
                           {{QStringLiteral("evidence"), QVariantMap{{QStringLiteral("kind"), QStringLiteral("snapshot")},
                                                                     {QStringLiteral("reference"), QStringLiteral("snapshot:fp1")}}}}));
        QCOMPARE(stateOf(c, 5), QStringLiteral("active"));
    }

    void theFilterAndTheSelectionDriveTheModels()
    {
        SopFixture f;
        auto sop = f.service();
        const Session op = f.as(QStringLiteral("vanhanh"));
        SopController c(*sop, f.auth);
        QCOMPARE(c.filter(), QStringLiteral("running"));
        const QString a = sop->start(QStringLiteral("intrusion"), SopFixture::alert(QStringLiteral("a")), op).value();
        const QString b = sop->start(QStringLiteral("flood-sos"), SopFixture::alert(QStringLiteral("b")), op).value();
        QCOMPARE(c.runs()->rowCount(), 2);
        QSignalSpy filter(&c, &SopController::filterChanged);
        c.setFilter(QStringLiteral("nonsense"));
        QCOMPARE(c.filter(), QStringLiteral("running"));
        QCOMPARE(filter.count(), 0);
        c.setFilter(QStringLiteral("approval"));
        QCOMPARE(filter.count(), 1);
        QCOMPARE(c.runs()->rowCount(), 0);

        // Nothing selected: no steps, no timeline, no action.
        QCOMPARE(c.steps()->rowCount(), 0);
        QVERIFY(!c.answer(QStringLiteral("view"), QStringLiteral("yes")));
        QCOMPARE(c.lastMessage(), QStringLiteral("Select a SOP first."));

        QSignalSpy selected(&c, &SopController::selectedRunIdChanged);
        c.setSelectedRunId(a);
        QCOMPARE(c.steps()->runId(), a);
        QCOMPARE(c.timeline()->runId(), a);
        QCOMPARE(c.steps()->rowCount(), 7);
        c.setSelectedRunId(b);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(c.steps()->rowCount(), 8);
        QCOMPARE(c.steps()->get(0, QStringLiteral("stepId")).toString(), QStringLiteral("verify"));
        QVERIFY(c.timeline()->rowCount() >= 2);
        c.setLanguage(QStringLiteral("vi"));
        QCOMPARE(c.runs()->language(), QStringLiteral("vi"));
        QCOMPARE(c.steps()->language(), QStringLiteral("vi"));
        QCOMPARE(c.timeline()->language(), QStringLiteral("vi"));
        QCOMPARE(c.selectedRun().value(QStringLiteral("title")).toString(),
                 sop->templates().find(QStringLiteral("flood-sos"))->title.vi);
        c.setSelectedRunId({});
        QCOMPARE(c.steps()->rowCount(), 0);
        QVERIFY(c.selectedRun().isEmpty());

        // The clock, for the time left the view computes from the deadlines.
        QSignalSpy now(&c, &SopController::nowChanged);
        c.tick();
        QCOMPARE(now.count(), 0);
        f.clock.advance(5000);
        c.tick();
        QCOMPARE(now.count(), 1);
        QCOMPARE(c.now(), f.clock.now());
    }
};

QTEST_GUILESS_MAIN(TestSopController)
#include "tst_sopcontroller.moc"
