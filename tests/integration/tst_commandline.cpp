// SPDX-License-Identifier: GPL-3.0-or-later
// The iocdesk binary run as a user runs it: options, exit codes, one-line errors, screenshots.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;

    // The program's own error lines ("iocdesk: …"), as opposed to log lines.
    QStringList errorLines() const
    {
        QStringList lines;
        for (const QString& line : err.split(QLatin1Char('\n'))) {
            if (line.startsWith(u"iocdesk: "))
                lines.append(line);
        }
        return lines;
    }
};

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList& arguments, const QProcessEnvironment& environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IOC_BINARY), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        return env;
    }

    Run run(const QStringList& arguments) { return run(arguments, environment()); }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"iocdesk 0."), qPrintable(r.out));
    }

    void helpIsVietnameseByDefaultAndEnglishOnRequest()
    {
        const Run vi = run({QStringLiteral("--help")});
        QCOMPARE(vi.exitCode, 0);
        QVERIFY2(vi.out.contains(u"--demo"), qPrintable(vi.out));
        // Help lines wrap at any space: compare with white space folded.
        QVERIFY2(vi.out.simplified().contains(u"Chạy với dữ liệu tỉnh mẫu có sẵn"), qPrintable(vi.out));
        QVERIFY2(vi.out.contains(u"Cách dùng"), qPrintable(vi.out));
        const Run en = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.simplified().contains(u"Run on the embedded demo province"), qPrintable(en.out));
        for (const char* option : {"--config", "--db", "--lang", "--wall", "--screen", "--headless", "--connectors", "--self-test", "--screenshot"})
            QVERIFY2(en.out.contains(QLatin1String(option)), option);
    }

    void usageErrorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mustName");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << "'fr'";
        QTest::newRow("unexpected argument") << QStringList{QStringLiteral("extra")} << "'extra'";
        QTest::newRow("unsupported db") << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://u@h/db")} << "mysql";
        QTest::newRow("malformed postgres url") << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://")} << "postgresql://";
        QTest::newRow("bad screen") << QStringList{QStringLiteral("--screen"), QStringLiteral("two")} << "'two'";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--config")} << "config";
        QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/site.json")}
                                        << "/nonexistent/site.json";
        QTest::newRow("malformed config") << QStringList{QStringLiteral("--config"), QStringLiteral(IOC_TEST_DATA "/malformed.json")}
                                          << "malformed.json: ";
        QTest::newRow("bad field") << QStringList{QStringLiteral("--config"), QStringLiteral(IOC_TEST_DATA "/bad-field.json")}
                                   << "ui.density: 'huge'";
    }

    void usageErrorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mustName);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errorLines().size(), 1);
        QVERIFY2(r.errorLines().constFirst().contains(mustName), qPrintable(r.err));
    }

    void malformedConfigNamesTheOffset()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--config"),
                           QStringLiteral(IOC_TEST_DATA "/malformed.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"invalid JSON at offset"), qPrintable(r.err));
    }

    void unwritableLogFolderIsAUsageError()
    {
        const QString blocker = writeFile(QStringLiteral("a-file"), "x");
        const QString config = writeFile(QStringLiteral("log.json"),
            QStringLiteral(R"({"logging": {"directory": "%1/logs"}})").arg(blocker).toUtf8());
        const Run r = run({QStringLiteral("--self-test"), QStringLiteral("--config"), config});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errorLines().size(), 1);
        QVERIFY2(r.errorLines().constFirst().contains(blocker + QStringLiteral("/logs")), qPrintable(r.err));
    }

    void screenBeyondTheMachineIsRefused()
    {
        const Run r = run({QStringLiteral("--self-test"), QStringLiteral("--screen"), QStringLiteral("7")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errorLines().constFirst().contains(u"--screen 7"), qPrintable(r.err));
    }

    void headlessWithoutConnectorsSaysWhatIsMissing()
    {
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errorLines().constFirst().contains(u"--connectors FILE"), qPrintable(r.err));
    }

    void laterOptionsParseAndSayWhatIsMissing()
    {
        const Run r = run({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--wall"), QStringLiteral("main-wall")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(u"Camera wall:"), qPrintable(r.err));
        // A profile name that would leave the profiles folder: refused with the reason, the console runs on.
        const Run bad = run({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--wall"), QStringLiteral("../main-wall")});
        QCOMPARE(bad.exitCode, 0);
        QVERIFY2(bad.err.contains(u"Camera wall: '../main-wall' is not a wall profile name"), qPrintable(bad.err));
    }

    void anUnreachableStoreIsReportedAndTheConsoleRuns()
    {
        // Port 1 on loopback: nothing listens there.
        const Run r = run({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--db"), QStringLiteral("postgresql://ioc:hunter2@127.0.0.1:1/ioc")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"The data store could not be opened: postgresql://ioc@127.0.0.1:1/ioc"), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"hunter2") && !r.out.contains(u"hunter2"), "the password leaked");
    }

    void demoSeedsTheProvinceIntoItsOwnStore()
    {
        QTemporaryDir out;
        QTemporaryDir home; // a machine on which IOC Desk never ran
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--demo-speed"), QStringLiteral("600"),
                           QStringLiteral("--screenshot"), out.path()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The demo has a store of its own under the app-data folder, never the centre's.
        const QString path = home.filePath(QStringLiteral("data/iocdesk/iocdesk/demo/demo.sqlite"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("data/iocdesk/iocdesk/iocdesk.sqlite"))));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM areas WHERE level = 'ward'")) && query.next());
            QCOMPARE(query.value(0).toInt(), 64);
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM areas WHERE level = 'province'")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Cà Mau"));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM cases WHERE category = 'dossier'")) && query.next());
            QVERIFY2(query.value(0).toInt() > 1000, qPrintable(query.value(0).toString()));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM assets WHERE kind = 'camera'")) && query.next());
            QVERIFY(query.value(0).toInt() >= 30);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demo-check"));
        QVERIFY2(QImage(out.filePath(QStringLiteral("cases.png"))).size() == QSize(1920, 1080), "cases.png");
    }

    void noDisplayIsAClearError()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const Run r = run({QStringLiteral("--demo")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errorLines().constFirst().contains(u"no display"), qPrintable(r.err));
    }

    void screenshotWritesOnePngPerScreen()
    {
        QTemporaryDir out;
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must fall back to offscreen by itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        // In demo mode the tour shows the sign-in screen, signs the demo supervisor in and visits
        // every screen that role may open.
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), out.path()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QHash<QString, QByteArray> pixels;
        for (const char* screen : {"signin", "map", "wall", "cases", "dashboards", "alerts", "sop", "audit", "about"}) {
            const QString path = out.filePath(QLatin1String(screen) + QStringLiteral(".png"));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(1920, 1080));
            // A real screen, not a blank: many distinct colours (text is anti-aliased).
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1: %2 colours").arg(path).arg(colours.size())));
            const QByteArray bytes(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes());
            for (auto it = pixels.cbegin(); it != pixels.cend(); ++it)
                QVERIFY2(it.value() != bytes, qPrintable(path + QStringLiteral(" is identical to ") + it.key()));
            pixels.insert(path, bytes);
        }
    }

    // Without the demo nobody is signed in: the tour can only show the sign-in screen (here the
    // first-administrator form of an empty store), and no screen with data is captured.
    void screenshotBeforeSignInShowsOnlyTheSignInScreen()
    {
        QTemporaryDir out;
        QTemporaryDir store;
        const Run r = run({QStringLiteral("--db"), store.filePath(QStringLiteral("fresh.sqlite")),
                           QStringLiteral("--screenshot"), out.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(out.filePath(QStringLiteral("signin.png"))).isNull());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("signin.png")});
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
