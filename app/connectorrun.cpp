// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/connectorrun.h"

#include "app/commandline.h"
#include "app/incidentrun.h"
#include "auth/authservice.h"
#include "store/journal.h"
#include "core/clock.h"
#include "store/changefeed.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace ioc::app {

namespace {

struct HeadlessText {
    Q_DECLARE_TR_FUNCTIONS(HeadlessText)
};

void printLine(const QString& text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

// SIGINT/SIGTERM reach the event loop through a socket pair: the handler only writes one byte.
int g_signalSocket[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSocket[0], &byte, 1);
}

} // namespace

ConnectorRun::ConnectorRun(const QString& storeUrl, ChangeFeed* feed, const Clock& clock)
{
    m_catalogue.scan(ConnectorCatalogue::defaultDirectories());
    ConnectorHost::Options options;
    options.storeUrl = storeUrl;
    m_host = std::make_unique<ConnectorHost>(m_catalogue, m_transport, clock, feed, options);
}

void ConnectorRun::startFile(const QString& setupFile)
{
    Result<ConnectorSetup> setup = readConnectorSetup(setupFile);
    if (!setup) {
        m_setupProblems.append(setup.errorMessage());
        return;
    }
    start(setup.value());
}

void ConnectorRun::start(const ConnectorSetup& setup)
{
    for (const ConnectorInstanceSettings& settings : setup.connectors)
        m_names.insert(settings.id, settings.displayName());
    m_started += m_host->start(setup);
}

bool ConnectorRun::prepareDemoDrop(const QString& dropFolder)
{
    QDir(dropFolder).removeRecursively();
    if (!QDir().mkpath(dropFolder))
        return false;
    const QString name = QStringLiteral("phan-anh-phuong-2026-11.csv");
    const QString target = QDir(dropFolder).filePath(name);
    if (!QFile::copy(QStringLiteral(":/demo/drop/") + name, target))
        return false;
    // Copies of resources are read-only; the connector moves the file to done/ once it is committed.
    return QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
}

ConnectorSetup ConnectorRun::demoSetup(quint64 seed, double speed, const QString& dropFolder)
{
    ConnectorInstanceSettings demo;
    demo.id = QStringLiteral("demo");
    demo.plugin = QStringLiteral("demo");
    demo.name = HeadlessText::tr("Demo province");
    demo.interval = std::chrono::seconds(1);
    demo.staleAfter = std::chrono::seconds(30);
    demo.retryInitial = std::chrono::seconds(1);
    demo.retryMaximum = std::chrono::seconds(30);
    demo.config.insert(QStringLiteral("seed"), qint64(seed));
    demo.config.insert(QStringLiteral("speed"), speed);
    ConnectorSetup setup;
    setup.connectors.append(demo);
    if (dropFolder.isEmpty())
        return setup;

    ConnectorInstanceSettings drop;
    drop.id = QStringLiteral("phan-anh-csv");
    drop.plugin = QStringLiteral("csv-drop");
    drop.name = HeadlessText::tr("Ward reports (CSV files)");
    drop.interval = std::chrono::seconds(5);
    drop.staleAfter = std::chrono::hours(24 * 365); // a file now and then: never "stale" in a briefing
    const auto path = [](const QString& column) { return QJsonObject{{QStringLiteral("path"), QLatin1Char('/') + column}}; };
    QJsonObject fields{
        {QStringLiteral("externalId"), path(QStringLiteral("Mã"))},
        {QStringLiteral("category"), QJsonObject{{QStringLiteral("value"), QStringLiteral("field_report")}}},
        {QStringLiteral("title"), path(QStringLiteral("Nội dung"))},
        {QStringLiteral("status"), path(QStringLiteral("Trạng thái"))},
        {QStringLiteral("opened"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/Ngày tiếp nhận")},
                                               {QStringLiteral("time"), QStringLiteral("dd/MM/yyyy HH:mm")}}},
        {QStringLiteral("due"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/Hạn xử lý")},
                                            {QStringLiteral("time"), QStringLiteral("dd/MM/yyyy")}}},
        {QStringLiteral("latitude"), path(QStringLiteral("Vĩ độ"))},
        {QStringLiteral("longitude"), path(QStringLiteral("Kinh độ"))},
        {QStringLiteral("areaCode"), path(QStringLiteral("Mã phường"))},
        {QStringLiteral("assigneeUnit"), path(QStringLiteral("Đơn vị xử lý"))}};
    QJsonObject domain = path(QStringLiteral("Lĩnh vực"));
    domain.insert(QStringLiteral("map"), QJsonObject{{QStringLiteral("Giao thông"), QStringLiteral("giao_thong")},
                                                     {QStringLiteral("Môi trường"), QStringLiteral("moi_truong")}});
    fields.insert(QStringLiteral("domain"), domain);
    drop.config = QJsonObject{{QStringLiteral("folder"), dropFolder},
                              {QStringLiteral("settleSeconds"), 0},
                              {QStringLiteral("mapping"), QJsonObject{{QStringLiteral("target"), QStringLiteral("case")},
                                                                      {QStringLiteral("fields"), fields}}}};
    setup.connectors.append(drop);
    return setup;
}

ConnectorRun::~ConnectorRun()
{
    m_host->stop();
}

QStringList ConnectorRun::problems() const
{
    QStringList problems = m_setupProblems;
    for (const PluginProblem& problem : m_catalogue.problems())
        problems.append(HeadlessText::tr("connector plugin %1 rejected: %2").arg(problem.file, problem.reason));
    for (const QString& problem : m_host->problems()) {
        if (!problems.contains(problem))
            problems.append(problem);
    }
    return problems;
}

int runHeadless(const QString& storeUrl, const QString& setupFile, const Clock& clock, const Settings& settings)
{
    if (setupFile.isEmpty()) {
        std::fprintf(stderr, "iocdesk: %s\n",
                     qPrintable(HeadlessText::tr("--headless needs the connectors to run: --connectors FILE or the setting connectors.file")));
        return ExitUsage;
    }
    // The node's own connection: it applies the migrations (and says clearly when the store cannot be
    // reached), and the rules, the procedures and the journal work through it on this thread.
    Result<std::unique_ptr<Database>> opened = Database::open(storeUrl);
    if (!opened) {
        std::fprintf(stderr, "iocdesk: %s\n", opened.errorMessage().toUtf8().constData());
        return ExitFailure;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSocket) != 0) {
        std::perror("iocdesk: socketpair");
        return ExitFailure;
    }
    QSocketNotifier signalNotifier(g_signalSocket[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, qApp, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalSocket[1], &byte, 1);
        printLine(HeadlessText::tr("stopping: the connectors finish their current batch"));
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    ChangeFeed feed;
    if (auto listening = feed.listen(*database); !listening)
        std::fprintf(stderr, "iocdesk: %s\n", listening.errorMessage().toUtf8().constData());
    ConnectorRun run(storeUrl, &feed, clock);
    Journal journal(*database, clock);
    AuthService auth(*database, journal, clock, AuthPolicy());
    IncidentRun incidents(*database, journal, auth, clock, &feed, settings);
    incidents.start(&run.host());
    for (const QString& problem : incidents.problems())
        std::fprintf(stderr, "iocdesk: %s\n", problem.toUtf8().constData());
    run.startFile(setupFile);
    for (const QString& problem : run.problems())
        std::fprintf(stderr, "iocdesk: %s\n", problem.toUtf8().constData());
    printLine(HeadlessText::tr("headless: %n connector(s) started", nullptr, run.started()));
    QObject::connect(&run.host(), &ConnectorHost::healthChanged, qApp, [last = QHash<QString, QString>()](const ConnectorHealth& health) mutable {
        if (last.value(health.connectorId) == health.state)
            return;
        last.insert(health.connectorId, health.state);
        printLine(health.lastError.isEmpty() || !health.isDown()
                      ? QStringLiteral("%1: %2").arg(health.connectorId, health.state)
                      : QStringLiteral("%1: %2 (%3)").arg(health.connectorId, health.state, health.lastError));
    });
    const int code = QCoreApplication::exec();
    run.host().stop();
    printLine(HeadlessText::tr("headless: stopped"));
    return code == 0 ? ExitOk : ExitFailure;
}

} // namespace ioc::app
