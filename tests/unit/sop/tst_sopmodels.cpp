// SPDX-License-Identifier: GPL-3.0-or-later
#include "soptesthelper.h"

#include "sop/soprunlistmodel.h"
#include "sop/sopsteplistmodel.h"
#include "sop/soptimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

// The SOP screens' models over a real service and store: the run list's filters follow the session
// and the runs' state, the step list shows who did what and the time left, the timeline reads in words.
class TestSopModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theRunListFiltersForTheSessionAndTheSupervisorsQueue()
    {
        SopFixture f;
        auto sop = f.service();
        SopRunListModel runs(*sop, f.auth);
        QAbstractItemModelTester tester(&runs);
        const Session op = f.as(QStringLiteral("vanhanh"));
        const QString intrusion = sop->start(QStringLiteral("intrusion"), SopFixture::alert(QStringLiteral("cam1")), op).value();
        f.clock.advance(60 * 1000);
        const QString crowd = sop->start(QStringLiteral("crowd-detected"), SopFixture::alert(QStringLiteral("cam2")), op).value();
        QCOMPARE(runs.rowCount(), 2);
        // Running: the least time left first (intrusion: 2 min limit started a minute earlier).
        QCOMPARE(runs.get(0, QStringLiteral("runId")).toString(), intrusion);
        QCOMPARE(runs.get(0, QStringLiteral("secondsLeft")).toLongLong(), 60);
        QCOMPARE(runs.get(0, QStringLiteral("currentStepTitle")).toString(), QStringLiteral("Look at the camera"));
        runs.setLanguage(QStringLiteral("vi"));
        QCOMPARE(runs.get(0, QStringLiteral("title")).toString(), QStringLiteral("Xâm nhập khu vực cấm"));

        // Take intrusion to its approval; skip a step of the crowd run.
        QVERIFY(sop->complete(intrusion, QStringLiteral("view"), answer(QStringLiteral("yes")), op));
        QVERIFY(sop->complete(intrusion, QStringLiteral("snapshot"),
                              {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("snapshot")},
                                                                        {QStringLiteral("reference"), QStringLiteral("snapshot:cam1")}}}},
                              op));
        QVERIFY(sop->complete(intrusion, QStringLiteral("guard"), answer(QStringLiteral("reached")), op));
        QVERIFY(sop->complete(intrusion, QStringLiteral("cleared"), answer(QStringLiteral("yes")), op));

        // The operator's console: "mine" has the crowd run only (the approval is a supervisor's).
        f.as(QStringLiteral("vanhanh"));
        runs.setFilter(QStringLiteral("mine"));
        QCOMPARE(runs.rowCount(), 1);
        QCOMPARE(runs.get(0, QStringLiteral("runId")).toString(), crowd);
        runs.setFilter(QStringLiteral("approval"));
        QCOMPARE(runs.rowCount(), 1);
        QCOMPARE(runs.get(0, QStringLiteral("runId")).toString(), intrusion);
        QVERIFY(runs.get(0, QStringLiteral("awaitingApproval")).toBool());

        // The supervisor's console: "mine" has both (a supervisor may do an operator's step).
        const Session sup = f.as(QStringLiteral("truongca"));
        runs.setFilter(QStringLiteral("mine"));
        QCOMPARE(runs.rowCount(), 2);
        // Attention: the approval, then also the skipped run and an escalated one.
        runs.setFilter(QStringLiteral("attention"));
        QCOMPARE(runs.rowCount(), 1);
        QVERIFY(sop->skip(crowd, QStringLiteral("view"), QStringLiteral("Camera bị che khuất"), op));
        QCOMPARE(runs.rowCount(), 2);
        const QString fire = sop->startAutomatically(QStringLiteral("fire-smoke"), SopFixture::alert(QStringLiteral("cam3"))).value();
        QCOMPARE(runs.rowCount(), 2);
        f.clock.advance(3 * 60 * 1000);
        QCOMPARE(sop->escalateOverdue(f.clock.now()), 1); // fire's "view" (2 min); crowd's "estimate" has 5 min
        QCOMPARE(runs.rowCount(), 3);
        Q_UNUSED(fire);

        // Approved: the intrusion run closes and leaves the running list, stays in "all".
        QVERIFY(sop->approve(intrusion, QStringLiteral("approve"), sup));
        runs.setFilter(QStringLiteral("running"));
        QCOMPARE(runs.rowCount(), 2);
        runs.setFilter(QStringLiteral("all"));
        QCOMPARE(runs.rowCount(), 3);
    }

    void theStepListAndTheTimelineShowTheRun()
    {
        SopFixture f;
        auto sop = f.service();
        const Session op = f.as(QStringLiteral("vanhanh"));
        const QString runId = sop->start(QStringLiteral("flood-sos"), SopFixture::alert(QStringLiteral("sos9")), op).value();
        QVERIFY(sop->complete(runId, QStringLiteral("verify"), {{QStringLiteral("answer"), QStringLiteral("yes")}, {QStringLiteral("note"), QStringLiteral("Đã gọi lại")}}, op));
        f.clock.advance(60 * 1000);
        QVERIFY(sop->complete(runId, QStringLiteral("depth"), {{QStringLiteral("value"), 35}}, op));

        SopStepListModel steps(*sop);
        QAbstractItemModelTester stepTester(&steps);
        steps.setRunId(runId);
        QCOMPARE(steps.rowCount(), 8);
        QCOMPARE(steps.get(0, QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(steps.get(0, QStringLiteral("by")).toString(), QStringLiteral("vanhanh"));
        QCOMPARE(steps.get(0, QStringLiteral("note")).toString(), QStringLiteral("Đã gọi lại"));
        QCOMPARE(steps.get(1, QStringLiteral("value")).toDouble(), 35.0);
        QCOMPARE(steps.get(1, QStringLiteral("unit")).toString(), QStringLiteral("cm"));
        QCOMPARE(steps.get(2, QStringLiteral("state")).toString(), QStringLiteral("pending")); // rescue: not needed
        QCOMPARE(steps.get(3, QStringLiteral("state")).toString(), QStringLiteral("done"));    // notify_ward: handed over
        QCOMPARE(steps.get(4, QStringLiteral("state")).toString(), QStringLiteral("active"));
        QVERIFY(steps.get(4, QStringLiteral("current")).toBool());
        QCOMPARE(steps.get(4, QStringLiteral("secondsLeft")).toLongLong(), 15 * 60);
        f.clock.advance(16 * 60 * 1000);
        QVERIFY(steps.get(4, QStringLiteral("overdue")).toBool());
        QVERIFY(sop->complete(runId, QStringLiteral("evidence"),
                              {{QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("photo")},
                                                                        {QStringLiteral("reference"), QStringLiteral("file:/sos9.jpg")}}}},
                              op));
        QCOMPARE(steps.get(4, QStringLiteral("evidenceReference")).toString(), QStringLiteral("file:/sos9.jpg"));

        SopTimelineModel timeline(*sop);
        QAbstractItemModelTester timelineTester(&timeline);
        timeline.setRunId(runId);
        QVERIFY(timeline.rowCount() >= 10);
        QCOMPARE(timeline.get(0, QStringLiteral("text")).toString(),
                 QStringLiteral("vanhanh started \"Citizen SOS in a flooded area\" for the alert \"Cảnh báo sos9\"."));
        QStringList texts;
        for (int i = 0; i < timeline.rowCount(); ++i)
            texts.append(timeline.get(i, QStringLiteral("text")).toString());
        QVERIFY2(texts.contains(QStringLiteral("vanhanh did \"Verify the SOS\": yes — Đã gọi lại")), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(QStringLiteral("vanhanh did \"Record the water depth at the SOS point\": 35 cm")), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(QStringLiteral("\"Shift supervisor approves\" waits for a supervisor's approval.")), qPrintable(texts.join(u'\n')));
        const int before = timeline.rowCount();
        QVERIFY(sop->approve(runId, QStringLiteral("approve"), f.as(QStringLiteral("truongca"))));
        QVERIFY(timeline.rowCount() > before);
    }
};

QTEST_GUILESS_MAIN(TestSopModels)
#include "tst_sopmodels.moc"
