// SPDX-License-Identifier: GPL-3.0-or-later
#include "authtesthelper.h"

#include "auth/approvalservice.h"

#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {
const QString kPassword = QStringLiteral("Ca-Mau-2026!");
const QString kStep = QStringLiteral("sop:run/7/step/2");
}

class TestApprovalService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Acceptance 2: refused at the C++ service, whatever the UI shows.
    void anOperatorCannotApprove()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        f.add(QStringLiteral("an"), Role::Operator, kPassword);
        ApprovalService approvals(f.auth, f.journal);
        const Session mai = f.auth.signIn(QStringLiteral("mai"), kPassword).value();
        const Result<Approval> refused = approvals.approve(mai, {kStep, QStringLiteral("an"), {}, QStringLiteral("Sơ tán")});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("may not")), qPrintable(refused.errorMessage()));
        QCOMPARE(f.journalOf(QStringLiteral("approval.granted")).size(), 0);
        QCOMPARE(f.journalOf(QStringLiteral("approval.refused")).size(), 1);
        QCOMPARE(f.journalOf(QStringLiteral("auth.privilege.denied")).size(), 1);
    }

    // Acceptance 3: four eyes.
    void theApproverIsNeverWhoPerformedTheStep()
    {
        AuthFixture f;
        f.add(QStringLiteral("hung"), Role::Supervisor, kPassword);
        ApprovalService approvals(f.auth, f.journal);
        const Session hung = f.auth.signIn(QStringLiteral("hung"), kPassword).value();
        const Result<Approval> refused = approvals.approve(hung, {kStep, QStringLiteral("hung"), {}, {}});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("cannot also approve")));
        const QList<JournalEntry> entries = f.journalOf(QStringLiteral("approval.refused"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().payload.value(QStringLiteral("reason")).toString(), QStringLiteral("four-eyes"));
    }

    void aSupervisorConfirmsOnTheOperatorsConsole()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        f.add(QStringLiteral("hung"), Role::Supervisor, QStringLiteral("Truong-Ca-99"));
        ApprovalService approvals(f.auth, f.journal);
        QVERIFY(f.auth.signIn(QStringLiteral("mai"), kPassword));

        QVERIFY(!approvals.submitConfirmation(kStep, QStringLiteral("mai"), QStringLiteral("Sơ tán"),
                                              QStringLiteral("hung"), QStringLiteral("wrong-Password-1")));
        QVERIFY(!approvals.lastError().isEmpty());
        // The supervisor's own credentials, on the operator's console: approved, and the console
        // stays the operator's.
        QVERIFY2(approvals.submitConfirmation(kStep, QStringLiteral("mai"), QStringLiteral("Sơ tán"),
                                              QStringLiteral("hung"), QStringLiteral("Truong-Ca-99")),
                 qPrintable(approvals.lastError()));
        QCOMPARE(f.auth.login(), QStringLiteral("mai"));
        const QList<JournalEntry> granted = f.journalOf(QStringLiteral("approval.granted"));
        QCOMPARE(granted.size(), 1);
        QCOMPARE(granted.first().actor, QStringLiteral("hung"));
        QCOMPARE(granted.first().subject, kStep);
        QCOMPARE(granted.first().payload.value(QStringLiteral("performedBy")).toString(), QStringLiteral("mai"));

        // An operator's credentials cannot confirm, and the operator cannot confirm their own step.
        QVERIFY(!approvals.submitConfirmation(kStep, QStringLiteral("hung"), {}, QStringLiteral("mai"), kPassword));
        // Acceptance 4: everything above is in the journal, which still verifies.
        QVERIFY(f.journal.verify().value().intact());
    }

    void anApproverOutsideTheAreaIsRefused()
    {
        AuthFixture f;
        f.add(QStringLiteral("hung"), Role::Supervisor, kPassword, {QStringLiteral("31825")});
        ApprovalService approvals(f.auth, f.journal);
        const Session hung = f.auth.signIn(QStringLiteral("hung"), kPassword).value();
        QVERIFY(!approvals.approve(hung, {kStep, QStringLiteral("mai"), QStringLiteral("32002"), {}}));
        QVERIFY(approvals.approve(hung, {kStep, QStringLiteral("mai"), QStringLiteral("31825"), {}}));
    }
};

QTEST_GUILESS_MAIN(TestApprovalService)
#include "tst_approvalservice.moc"
