// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logcategories.h"
#include "core/logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ringbuffer_sink.h>

#include <string>

using namespace ioc;

Q_LOGGING_CATEGORY(lcTestModule, "ioc.testmodule", QtWarningMsg)

class TestLogging : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_sink;

    QStringList lines() const
    {
        QStringList out;
        for (const std::string& line : m_sink->last_formatted())
            out.append(QString::fromStdString(line).trimmed());
        return out;
    }

    bool logged(const QString& needle) const
    {
        for (const QString& line : lines()) {
            if (line.contains(needle))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { logging::install(false); }

    void init()
    {
        m_sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64);
        logging::addSink(m_sink);
        logging::setFilterRules(QString());
    }

    void cleanup() { logging::removeSink(m_sink); }

    void qtMessagesReachSpdlogWithCategoryAndLevel()
    {
        qCWarning(lcCore) << "gauge offline";
        qCritical("plain critical %d", 42);
        const QStringList all = lines();
        QCOMPARE(all.size(), 2);
        QVERIFY2(all.at(0).contains(u"warning [ioc.core] gauge offline"), qPrintable(all.at(0)));
        QVERIFY2(all.at(1).contains(u"error [default] plain critical 42"), qPrintable(all.at(1)));
    }

    void categoryDefaultLevelIsWarning()
    {
        qCDebug(lcTestModule) << "debug hidden";
        qCInfo(lcTestModule) << "info hidden";
        qCWarning(lcTestModule) << "warning shown";
        QVERIFY(!logged(QStringLiteral("debug hidden")));
        QVERIFY(!logged(QStringLiteral("info hidden")));
        QVERIFY(logged(QStringLiteral("warning shown")));
    }

    void filterRulesChangeOneCategoryOnly()
    {
        logging::setFilterRules(QStringLiteral("ioc.testmodule.debug=true;ioc.testmodule.info=true"));
        qCDebug(lcTestModule) << "module debug";
        qCDebug(lcCore) << "core debug";
        QVERIFY(logged(QStringLiteral("debug [ioc.testmodule] module debug")));
        QVERIFY(!logged(QStringLiteral("core debug")));
    }

    void credentialsNeverReachTheLog()
    {
        qCWarning(lcCore) << "cannot open rtsp://admin:S3cret!@10.0.0.5/stream1";
        QVERIFY(logged(QStringLiteral("rtsp://admin:***@10.0.0.5/stream1")));
        QVERIFY(!logged(QStringLiteral("S3cret")));
    }

    void logFileIsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result<QString> path = logging::openLogFile({dir.filePath(QStringLiteral("logs/nested")), 1024 * 1024, 2});
        QVERIFY2(path.ok(), qPrintable(path.errorMessage()));
        qCWarning(lcCore) << "written to file";
        logging::flush();
        QFile file(path.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("[ioc.core] written to file"));
    }

    void unwritableLogFolderIsAnErrorNamingTheFolder()
    {
        // A folder under a regular file cannot be created, even by root.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString folder = dir.filePath(QStringLiteral("not-a-folder/logs"));
        const Result<QString> path = logging::openLogFile({folder, 1024 * 1024, 2});
        QVERIFY(!path.ok());
        QVERIFY2(path.errorMessage().contains(folder), qPrintable(path.errorMessage()));
        // Logging goes on through the other sinks.
        qCWarning(lcCore) << "still logging";
        QVERIFY(logged(QStringLiteral("still logging")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
