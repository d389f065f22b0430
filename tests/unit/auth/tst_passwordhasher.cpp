// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/passwordhasher.h"

#include <QTest>

using namespace ioc;

class TestPasswordHasher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hashesWithArgon2idAndVerifies()
    {
        const PasswordHasher hasher; // the interactive cost a console uses
        const QString password = QStringLiteral("Mật-khẩu đúng 2026");
        const Result<QByteArray> hash = hasher.hash(password);
        QVERIFY2(hash, qPrintable(hash.errorMessage()));
        QVERIFY(hash.value().startsWith("$argon2id$"));
        QVERIFY(!hash.value().contains(password.toUtf8()));
        QVERIFY(hasher.verify(hash.value(), password));
        QVERIFY(!hasher.verify(hash.value(), QStringLiteral("Mật-khẩu đúng 2025")));
        QVERIFY(!hasher.verify(hash.value(), QString()));
        QVERIFY(!hasher.needsRehash(hash.value()));
    }

    void saltsEveryHash()
    {
        const PasswordHasher hasher(PasswordHasher::Cost::minimum());
        QCOMPARE_NE(hasher.hash(QStringLiteral("same password")).value(), hasher.hash(QStringLiteral("same password")).value());
    }

    void aHashOfAnotherCostStillVerifiesButAsksForRehash()
    {
        const PasswordHasher cheap(PasswordHasher::Cost::minimum());
        const PasswordHasher console;
        const QByteArray hash = cheap.hash(QStringLiteral("Ca-Mau-2026!")).value();
        QVERIFY(console.verify(hash, QStringLiteral("Ca-Mau-2026!")));
        QVERIFY(console.needsRehash(hash));
    }

    void refusesWhatIsNotAnArgon2idHash()
    {
        const PasswordHasher hasher(PasswordHasher::Cost::minimum());
        QVERIFY(!hasher.verify(QByteArray(), QStringLiteral("x")));
        QVERIFY(!hasher.verify("plain-text-password", QStringLiteral("plain-text-password")));
        QVERIFY(!hasher.verify("$argon2i$v=19$m=4096,t=3,p=1$garbage", QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
