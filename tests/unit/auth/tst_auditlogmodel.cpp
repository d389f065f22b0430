// SPDX-License-Identifier: GPL-3.0-or-later
#include "authtesthelper.h"

#include "auth/approvalservice.h"
#include "auth/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {
const QString kPassword = QStringLiteral("Ca-Mau-2026!");
}

class TestAuditLogModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void needsViewAudit()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        AuditLogModel model(f.journal, f.auth);
        QAbstractItemModelTester tester(&model);
        QVERIFY(f.auth.signIn(QStringLiteral("mai"), kPassword));
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
        QTemporaryDir dir;
        QVERIFY(!model.exportCsv(dir.filePath(QStringLiteral("a.csv"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
    }

    // Acceptance 4: sign-ins, failures, privilege refusals and approvals appear on the audit screen.
    void filtersByUserActionAndTime()
    {
        AuthFixture f;
        f.add(QStringLiteral("mai"), Role::Operator, kPassword);
        f.add(QStringLiteral("hung"), Role::Supervisor, kPassword);
        ApprovalService approvals(f.auth, f.journal);
        QVERIFY(!f.auth.signIn(QStringLiteral("mai"), QStringLiteral("Wrong-pass-1")));
        const Session mai = f.auth.signIn(QStringLiteral("mai"), kPassword).value();
        const QDateTime afterSignIn = f.clock.now();
        f.clock.advance(60 * 1000);
        QVERIFY(!approvals.approve(mai, {QStringLiteral("sop:run/1/step/1"), QStringLiteral("an"), {}, {}}));
        const Session hung = f.auth.signIn(QStringLiteral("hung"), kPassword).value();
        QVERIFY(approvals.approve(hung, {QStringLiteral("sop:run/1/step/1"), QStringLiteral("mai"), {}, {}}));

        AuditLogModel model(f.journal, f.auth);
        QAbstractItemModelTester tester(&model);
        model.refresh();
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QVERIFY(model.rowCount() >= 8);
        // Newest first.
        QVERIFY(model.data(model.index(0), AuditLogModel::SequenceRole).toLongLong()
                > model.data(model.index(1), AuditLogModel::SequenceRole).toLongLong());

        model.setActor(QStringLiteral("mai"));
        model.setAction(QStringLiteral("auth.signin"));
        model.refresh();
        QStringList kinds;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.data(model.index(r), AuditLogModel::ActorRole).toString(), QStringLiteral("mai"));
            kinds << model.data(model.index(r), AuditLogModel::KindRole).toString();
        }
        QVERIFY(kinds.contains(QStringLiteral("auth.signin")));
        QVERIFY(kinds.contains(QStringLiteral("auth.signin.failed")));

        model.setAction(QStringLiteral("approval."));
        model.setActor(QString());
        model.setFrom(afterSignIn.addSecs(1));
        model.refresh();
        QCOMPARE(model.rowCount(), 2); // refused (mai) and granted (hung)

        model.setFrom(QDateTime());
        model.setTo(afterSignIn.addSecs(-1));
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }

    void exportsCsvThatSpreadsheetsReadSafely()
    {
        AuthFixture f;
        f.add(QStringLiteral("hung"), Role::Supervisor, kPassword);
        QVERIFY(f.auth.signIn(QStringLiteral("hung"), kPassword));
        (void)f.journal.append(QStringLiteral("hung"), QStringLiteral("note"), QStringLiteral("=HYPERLINK(\"x\")"),
                               {{QStringLiteral("text"), QStringLiteral("Đã gọi, \"ổn\"")}});
        AuditLogModel model(f.journal, f.auth);
        model.refresh();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY2(model.exportCsv(path), qPrintable(model.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "sequence,time,actor,kind,subject,details\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
        QVERIFY(text.contains(QStringLiteral("Đã gọi")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), model.rowCount() + 1);
        // The export itself is audited.
        JournalQuery q;
        q.kindPrefix = QStringLiteral("audit.exported");
        QCOMPARE(f.journal.find(q).value().size(), 1);
    }

    void forgetsTheRowsWhenTheSessionChanges()
    {
        AuthFixture f;
        f.add(QStringLiteral("hung"), Role::Supervisor, kPassword);
        QVERIFY(f.auth.signIn(QStringLiteral("hung"), kPassword));
        AuditLogModel model(f.journal, f.auth);
        model.refresh();
        QVERIFY(model.rowCount() > 0);
        f.auth.signOut();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
