// SPDX-License-Identifier: GPL-3.0-or-later
#include "../auth/authtesthelper.h"

#include "kpi/explanationrequests.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {
const QString kPassword = QStringLiteral("Ca-Mau-2026!");
}

// A leader asks a unit to explain an indicator; the unit answers; everything is in the journal and
// the list is rebuilt from it.
class TestExplanationRequests : public QObject {
    Q_OBJECT

    static void addWithUnit(AuthFixture& f, const QString& login, Role role, const QString& unit)
    {
        NewAccount account{login, QStringLiteral("Người ") + login, role, unit, {}, kPassword, {}};
        QVERIFY(f.auth.provision({account}, QStringLiteral("test")));
    }

private Q_SLOTS:
    void aLeaderAsksAndTheUnitAnswers()
    {
        AuthFixture f;
        addWithUnit(f, QStringLiteral("lanhdao"), Role::Leader, QStringLiteral("UBND tỉnh"));
        addWithUnit(f, QStringLiteral("sotc"), Role::Operator, QStringLiteral("Sở Tài chính"));
        addWithUnit(f, QStringLiteral("soyt"), Role::Operator, QStringLiteral("Sở Y tế"));
        ExplanationRequests requests(f.journal, f.auth, f.clock);
        QAbstractItemModelTester tester(&requests);

        const Session leader = f.auth.signIn(QStringLiteral("lanhdao"), kPassword).value();
        const Result<QString> id = requests.request(leader, QStringLiteral("budget_revenue"), QStringLiteral("96"),
                                                    QStringLiteral("2026-10"), QStringLiteral("Vì sao thu ngân sách đạt thấp?"),
                                                    QStringLiteral("Sở Tài chính"), f.clock.now().addDays(5));
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QCOMPARE(requests.rowCount(), 1);
        QCOMPARE(requests.openCount(), 1);

        // Another unit cannot answer; the asked unit can, once.
        const Session wrongUnit = f.auth.signIn(QStringLiteral("soyt"), kPassword).value();
        QVERIFY(!requests.answer(wrongUnit, id.value(), QStringLiteral("...")));
        const Session unit = f.auth.signIn(QStringLiteral("sotc"), kPassword).value();
        QVERIFY(requests.answer(unit, id.value(), QStringLiteral("Tiến độ thu tiền sử dụng đất chậm.")));
        QVERIFY(!requests.answer(unit, id.value(), QStringLiteral("again")));
        QCOMPARE(requests.openCount(), 0);
        const QModelIndex row = requests.index(0);
        QCOMPARE(requests.data(row, ExplanationRequests::AnsweredByRole).toString(), QStringLiteral("sotc"));
        QCOMPARE(requests.data(row, ExplanationRequests::AnswerRole).toString(), QStringLiteral("Tiến độ thu tiền sử dụng đất chậm."));

        // Rebuilt from the journal alone (as after a restart), and the journal still verifies.
        ExplanationRequests reread(f.journal, f.auth, f.clock);
        QCOMPARE(reread.rowCount(), 1);
        QCOMPARE(reread.requests().first().answeredBy, QStringLiteral("sotc"));
        QCOMPARE(reread.requests().first().question, QStringLiteral("Vì sao thu ngân sách đạt thấp?"));
        QVERIFY(f.journal.verify().value().intact());
    }

    void onlyThoseAllowedMayAskAndBadRequestsAreRefused()
    {
        AuthFixture f;
        addWithUnit(f, QStringLiteral("lanhdao"), Role::Leader, QStringLiteral("UBND tỉnh"));
        addWithUnit(f, QStringLiteral("vanhanh"), Role::Operator, QStringLiteral("Trung tâm IOC"));
        ExplanationRequests requests(f.journal, f.auth, f.clock);
        const Session op = f.auth.signIn(QStringLiteral("vanhanh"), kPassword).value();
        QVERIFY(!requests.request(op, QStringLiteral("budget_revenue"), QStringLiteral("96"), QStringLiteral("2026-10"),
                                  QStringLiteral("?"), QStringLiteral("Sở Tài chính"), f.clock.now().addDays(3)));
        JournalQuery denied;
        denied.kindPrefix = QStringLiteral("auth.privilege.denied");
        QCOMPARE(f.journal.find(denied).value().size(), 1);

        const Session leader = f.auth.signIn(QStringLiteral("lanhdao"), kPassword).value();
        const QDateTime later = f.clock.now().addDays(3);
        QVERIFY(!requests.request(leader, QStringLiteral("budget_revenue"), QStringLiteral("96"), QStringLiteral("2026-10"),
                                  QStringLiteral("  "), QStringLiteral("Sở Tài chính"), later));
        QVERIFY(!requests.request(leader, QStringLiteral("budget_revenue"), QStringLiteral("96"), QStringLiteral("2026-10"),
                                  QStringLiteral("Vì sao?"), QString(), later));
        QVERIFY(!requests.request(leader, QStringLiteral("budget_revenue"), QStringLiteral("96"), QStringLiteral("2026-10"),
                                  QStringLiteral("Vì sao?"), QStringLiteral("Sở Tài chính"), f.clock.now().addSecs(-1)));
        QCOMPARE(requests.rowCount(), 0);
    }

    void aRequestPastItsDeadlineIsOverdue()
    {
        AuthFixture f;
        addWithUnit(f, QStringLiteral("lanhdao"), Role::Leader, QStringLiteral("UBND tỉnh"));
        ExplanationRequests requests(f.journal, f.auth, f.clock);
        const Session leader = f.auth.signIn(QStringLiteral("lanhdao"), kPassword).value();
        QVERIFY(requests.request(leader, QStringLiteral("new_businesses"), QStringLiteral("96"), QStringLiteral("2026-10"),
                                 QStringLiteral("Vì sao giảm?"), QStringLiteral("Sở KH&ĐT"), f.clock.now().addDays(2)));
        QVERIFY(!requests.data(requests.index(0), ExplanationRequests::OverdueRole).toBool());
        f.clock.advance(3LL * 24 * 3600 * 1000);
        QVERIFY(requests.data(requests.index(0), ExplanationRequests::OverdueRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestExplanationRequests)
#include "tst_explanationrequests.moc"
