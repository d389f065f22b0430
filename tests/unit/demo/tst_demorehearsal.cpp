// SPDX-License-Identifier: GPL-3.0-or-later
// The demo rehearsal: the demo operator works a field report's procedure up to the supervisor's approval,
// through SopService (checked and journaled as the operator), once per store.
#include "../auth/authtesthelper.h"
#include "demo/demoaccounts.h"
#include "demo/demorehearsal.h"
#include "sop/sopservice.h"
#include "sop/soptemplate.h"

#include <QSignalSpy>
#include <QTest>

using namespace ioc;

class TestDemoRehearsal : public QObject {
    Q_OBJECT

    struct Fixture : test::AuthFixture {
        Fixture()
        {
            if (!auth.provision(DemoAccounts::accounts(), QStringLiteral("demo")))
                qFatal("the demo accounts cannot be provisioned");
            const Result<QStringList> refused = templates.loadFolder(QStringLiteral(":/sop/templates"));
            if (!refused || !refused.value().isEmpty())
                qFatal("the shipped SOP templates do not load");
            sop = std::make_unique<SopService>(*database, journal, auth, templates, clock);
        }
        QString startRun(const QString& templateId, const QString& name)
        {
            const Result<QString> run = sop->startAutomatically(
                templateId, {QStringLiteral("alert:rules/") + name, QStringLiteral("rules/") + name,
                             QStringLiteral("Phản ánh ") + name, QStringLiteral("32025"), QStringLiteral("Phường Tân Thành")});
            if (!run)
                qFatal("cannot start %s: %s", qPrintable(templateId), qPrintable(run.errorMessage()));
            return run.value();
        }
        QStringList actorsOf(const QString& runId, const QString& kind)
        {
            JournalQuery query;
            query.subject = sopSubject(runId);
            query.kinds = {kind};
            // Kept: a range-for over find(query).value() would iterate a list inside a destroyed temporary.
            const Result<QList<JournalEntry>> entries = journal.find(query);
            QStringList actors;
            for (const JournalEntry& entry : entries.value())
                actors.append(entry.actor);
            return actors;
        }
        SopTemplateLibrary templates;
        std::unique_ptr<SopService> sop;
    };

private Q_SLOTS:
    void aRunningFieldReportIsWorkedUpToItsApproval()
    {
        Fixture f;
        const QString other = f.startRun(QStringLiteral("dossier-overdue"), QStringLiteral("hs-1"));
        const QString runId = f.startRun(QStringLiteral("field-report-overdue"), QStringLiteral("pa-1"));
        DemoRehearsal rehearsal(*f.sop, f.auth);
        QSignalSpy rehearsed(&rehearsal, &DemoRehearsal::rehearsed);
        rehearsal.start();

        QCOMPARE(rehearsed.size(), 1);
        QCOMPARE(rehearsal.rehearsedRun(), runId);
        const SopRun* run = f.sop->run(runId);
        QVERIFY(run);
        QVERIFY(run->awaitingApproval());
        QCOMPARE(run->currentStep, QStringLiteral("approve"));
        // Done by the operator's own account, step by step, as a person would.
        QCOMPARE(f.actorsOf(runId, QStringLiteral("sop.step.done")),
                 QStringList(2, DemoAccounts::operatorLogin()));
        // Another procedure is left alone.
        QCOMPARE(f.sop->run(other)->currentStep, f.sop->run(other)->sopTemplate.start);

        // The supervisor approves it (four eyes: not the operator who did the work).
        const Result<Session> supervisor = f.auth.signIn(DemoAccounts::supervisorLogin(),
                                                         DemoAccounts::passwordOf(DemoAccounts::supervisorLogin()));
        QVERIFY(supervisor);
        const Result<void> approved = f.sop->approve(runId, QStringLiteral("approve"), supervisor.value());
        QVERIFY2(approved, qPrintable(approved.errorMessage()));
        QVERIFY(f.sop->run(runId)->closed);
    }

    void aRunThatStartsLaterIsWorkedWhenItStarts()
    {
        Fixture f;
        DemoRehearsal rehearsal(*f.sop, f.auth);
        QSignalSpy rehearsed(&rehearsal, &DemoRehearsal::rehearsed);
        rehearsal.start();
        QCOMPARE(rehearsed.size(), 0);

        f.startRun(QStringLiteral("dossier-overdue"), QStringLiteral("hs-1"));
        QCOMPARE(rehearsed.size(), 0);
        const QString runId = f.startRun(QStringLiteral("field-report-overdue"), QStringLiteral("pa-1"));
        QCOMPARE(rehearsed.size(), 1);
        QVERIFY(f.sop->run(runId)->awaitingApproval());

        // Only once: a second field report stays at its first step.
        const QString second = f.startRun(QStringLiteral("field-report-overdue"), QStringLiteral("pa-2"));
        QCOMPARE(rehearsed.size(), 1);
        QCOMPARE(f.sop->run(second)->currentStep, QStringLiteral("status"));
    }

    void nothingIsDoneWhenARunAlreadyWaitsForApproval()
    {
        Fixture f;
        const QString first = f.startRun(QStringLiteral("field-report-overdue"), QStringLiteral("pa-1"));
        {
            DemoRehearsal earlier(*f.sop, f.auth);
            earlier.start();
            QVERIFY(f.sop->run(first)->awaitingApproval());
        }
        // The demo restarted on the same store: the queue already has its run.
        const QString second = f.startRun(QStringLiteral("field-report-overdue"), QStringLiteral("pa-2"));
        DemoRehearsal again(*f.sop, f.auth);
        again.start();
        QVERIFY(again.rehearsedRun().isEmpty());
        QCOMPARE(f.sop->run(second)->currentStep, QStringLiteral("status"));
    }

    void aProcedureWithAStepForAnotherRoleIsNotForced()
    {
        Fixture f;
        // kpi-explanation has a leader's decision before its approval: rehearse() stops there and says why.
        const QString runId = f.startRun(QStringLiteral("kpi-explanation"), QStringLiteral("kpi-1"));
        DemoRehearsal rehearsal(*f.sop, f.auth);
        const Result<void> done = rehearsal.rehearse(runId);
        QVERIFY(!done);
        QVERIFY2(done.errorMessage().contains(QStringLiteral("not the operator's")), qPrintable(done.errorMessage()));
        QVERIFY(!f.sop->run(runId)->awaitingApproval());
    }
};

QTEST_GUILESS_MAIN(TestDemoRehearsal)
#include "tst_demorehearsal.moc"
