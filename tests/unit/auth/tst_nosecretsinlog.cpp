// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance 5: no password or hash reaches the log, at the most verbose level, through a whole
// round of sign-ins, failures, lockout, account creation and password change.
#include "authtesthelper.h"

#include "auth/accountrepository.h"
#include "core/logcategories.h"
#include "core/logging.h"

#include <QJsonDocument>

#include <QTest>

#include <spdlog/sinks/ostream_sink.h>

#include <sstream>

using namespace ioc;
using namespace ioc::test;

class TestNoSecretsInLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSignInRunLogsNoSecret()
    {
        logging::install(false);
        logging::setFilterRules(QStringLiteral("*.debug=true;*.info=true"));
        std::ostringstream captured;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
        sink->set_level(spdlog::level::trace);
        logging::addSink(sink);

        const QString adminPassword = QStringLiteral("Sec-Root-Pass-7731");
        const QString operatorPassword = QStringLiteral("Sec-Oper-Pass-4402");
        const QString newPassword = QStringLiteral("Sec-New-Pass-9917");
        AuthPolicy policy;
        policy.maxFailedSignIns = 2;
        AuthFixture f(policy);
        QVERIFY(f.auth.submitFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Quản trị"), adminPassword, adminPassword));
        const Session admin = f.auth.session();
        QVERIFY(f.auth.createAccount(admin, {QStringLiteral("mai"), QStringLiteral("Mai"), Role::Operator, {}, {},
                                             operatorPassword, {}}));
        QVERIFY(!f.auth.signIn(QStringLiteral("mai"), QStringLiteral("Sec-Wrong-Pass-1")));
        QVERIFY(!f.auth.signIn(QStringLiteral("mai"), QStringLiteral("Sec-Wrong-Pass-2")));
        f.clock.advance(3600 * 1000);
        QVERIFY(f.auth.signIn(QStringLiteral("mai"), operatorPassword));
        QVERIFY(f.auth.setPassword(f.auth.session(), QStringLiteral("mai"), operatorPassword, newPassword));
        // A database URL with a password goes through the same log.
        qCWarning(lcCore) << "connecting to postgresql://ioc:Sec-Db-Pass-55@127.0.0.1/ioc";
        logging::removeSink(sink);

        const QString log = QString::fromStdString(captured.str());
        QVERIFY2(log.contains(QStringLiteral("signed in")), "the run must have logged something to check");
        QStringList secrets{adminPassword, operatorPassword, newPassword, QStringLiteral("Sec-Wrong-Pass-1"),
                            QStringLiteral("Sec-Wrong-Pass-2"), QStringLiteral("Sec-Db-Pass-55"), QStringLiteral("$argon2id$")};
        const QList<Account> accounts = AccountRepository(*f.database).all().value();
        for (const Account& account : accounts) {
            secrets << QString::fromLatin1(account.passwordHash);
            // The salt and the digest part of the hash, each on their own.
            secrets << QString::fromLatin1(account.passwordHash).section(QLatin1Char('$'), -2, -2)
                    << QString::fromLatin1(account.passwordHash).section(QLatin1Char('$'), -1);
        }
        secrets.removeAll(QString());
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("the log holds a secret: ") + secret.left(12)));
        // Nor does the journal hold a password.
        const QList<JournalEntry> entries = f.journal.entries(1, 1000).value();
        QVERIFY(entries.size() > 5);
        for (const JournalEntry& e : entries) {
            const QString payload = QString::fromUtf8(QJsonDocument(e.payload).toJson());
            for (const QString& secret : std::as_const(secrets))
                QVERIFY(!payload.contains(secret) && !e.actor.contains(secret) && !e.subject.contains(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoSecretsInLog)
#include "tst_nosecretsinlog.moc"
