// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (tests/bench/connect_ingest.sh): records per second from a local REST source through the
// rest-json connector's mapping into SQLite, end to end, against what its parts cost alone.
//   transport: every page fetched in sequence with Transport::fetch and parsed with QJsonDocument
//              (reference A: getting and parsing the bytes, nothing mapped or stored);
//   poll:      the rest-json connector (loaded from its built file) polled page after page as the host
//              does, its batches kept in memory: fetch + parse + mapping, nothing stored;
//   store:     the batches of the poll phase (the same N cases, already mapped) written with Ingest::write,
//              one batch per page, into a fresh SQLite file (reference B: the store's own rate);
//   host:      a ConnectorHost running the rest-json connector into a fresh SQLite file, from start() until
//              connector_checkpoints.records reaches N (read from this program's own connection every
//              20 ms): the measured figure.
// The server (scripts/test-servers/faulthttp.py, started here with --records N) runs in its own process;
// its CPU is not in the process figures but is reported per phase (from /proc/PID/stat).
//
// Usage: ioc_bench_connect_ingest SOURCE_DIR PLUGIN_DIR RECORDS PAGE_SIZE [PHASES=transport,poll,store,host]
// Prints one result line per phase: "<phase> key=value …".

#include "connect/connector.h"
#include "connect/connectorcatalogue.h"
#include "connect/connectorhost.h"
#include "connect/transport.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/ingest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

using namespace ioc;

namespace {

double seconds(const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; }

// This process's CPU time (every thread), in seconds: user and system.
struct Cpu {
    double user = 0;
    double system = 0;
    static Cpu now()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return {seconds(usage.ru_utime), seconds(usage.ru_stime)};
    }
    double total() const { return user + system; }
};

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "ioc_bench_connect_ingest: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::_Exit(1); // threads (transport, runners) may still hold what this scope owns
}

// faulthttp.py as a child process on a free port, with --records N.
class Server {
public:
    Server(const QString& sourceDir, int records)
    {
        const QString portFile = m_dir.filePath(QStringLiteral("port"));
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(QStringLiteral("python3"),
                        {QDir(sourceDir).filePath(QStringLiteral("scripts/test-servers/faulthttp.py")),
                         QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"), portFile,
                         QStringLiteral("--records"), QString::number(records)});
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("faulthttp.py does not start: %1").arg(m_process.errorString()));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly) && (m_port = file.readAll().trimmed().toUShort()) != 0)
                return;
            if (m_process.waitForFinished(20))
                break;
        }
        die(QStringLiteral("faulthttp.py did not report its port"));
    }
    ~Server()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    // The server's CPU time so far (user + system, seconds), from /proc/PID/stat.
    double cpuSeconds() const
    {
        QFile file(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray stat = file.readAll();
        // Fields after the command name (in parentheses, which may hold spaces): state is field 3,
        // utime and stime are fields 14 and 15.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// Wall, this process's CPU and the server's CPU over one phase.
class Phase {
public:
    explicit Phase(const Server& server) : m_server(server), m_cpu(Cpu::now()), m_serverCpu(server.cpuSeconds())
    {
        m_timer.start();
    }
    void finish()
    {
        wall = double(m_timer.nsecsElapsed()) / 1e9;
        const Cpu cpu = Cpu::now();
        user = cpu.user - m_cpu.user;
        system = cpu.system - m_cpu.system;
        serverCpu = m_server.cpuSeconds() - m_serverCpu;
    }
    // "records=… seconds=… records_per_s=… cpu_s=… …" for a result line.
    QByteArray figures(qint64 records) const
    {
        return QStringLiteral("records=%1 seconds=%2 records_per_s=%3 cpu_s=%4 user_s=%5 system_s=%6 "
                              "cpu_us_per_record=%7 server_cpu_s=%8")
            .arg(records)
            .arg(wall, 0, 'f', 3)
            .arg(double(records) / wall, 0, 'f', 0)
            .arg(user + system, 0, 'f', 3)
            .arg(user, 0, 'f', 3)
            .arg(system, 0, 'f', 3)
            .arg(1e6 * (user + system) / double(std::max<qint64>(1, records)), 0, 'f', 2)
            .arg(serverCpu, 0, 'f', 3)
            .toUtf8();
    }

    double wall = 0, user = 0, system = 0, serverCpu = 0;

private:
    const Server& m_server;
    QElapsedTimer m_timer;
    Cpu m_cpu;
    double m_serverCpu;
};

// The faulthttp records ({id, title, time, lat, lon, status}) as cases: the mapping of
// tests/unit/connect/tst_restjsonconnector.cpp.
QJsonObject connectorConfig(const QString& base, int pageSize)
{
    const auto path = [](const char* pointer) { return QJsonObject{{QStringLiteral("path"), QLatin1String(pointer)}}; };
    QJsonObject status = path("/status");
    status.insert(QStringLiteral("map"), QJsonObject{{QStringLiteral("open"), QStringLiteral("in_progress")}});
    const QJsonObject mapping{
        {QStringLiteral("target"), QStringLiteral("case")},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("externalId"), path("/id")},
                     {QStringLiteral("title"), path("/title")},
                     {QStringLiteral("opened"), path("/time")},
                     {QStringLiteral("latitude"), path("/lat")},
                     {QStringLiteral("longitude"), path("/lon")},
                     {QStringLiteral("status"), status}}},
    };
    return {
        {QStringLiteral("url"), base + QStringLiteral("/api/items")},
        {QStringLiteral("records"), QStringLiteral("/items")},
        {QStringLiteral("pagination"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("page")},
                     {QStringLiteral("pageSize"), pageSize},
                     {QStringLiteral("pagesPointer"), QStringLiteral("/pages")}}},
        {QStringLiteral("mapping"), mapping},
    };
}

// The connector as the host would hold it, but polled directly by this program (nothing delivered).
class PollContext final : public ConnectorContext {
public:
    PollContext(QJsonObject config, Transport& transport) : m_config(std::move(config)), m_transport(transport) {}
    QString connectorId() const override { return QStringLiteral("bench"); }
    QJsonObject configuration() const override { return m_config; }
    Transport& transport() override { return m_transport; }
    const Clock& clock() const override { return m_clock; }
    const QLoggingCategory& logCategory() const override { return m_category; }
    bool isStopping() const override { return false; }
    Result<void> deliver(ConnectorBatch) override { return fail(QStringLiteral("rest-json polls; it never delivers")); }
    void reportFailure(const QString&) override {}
    void reportRecovered() override {}

private:
    QJsonObject m_config;
    Transport& m_transport;
    SystemClock m_clock;
    QLoggingCategory m_category{"ioc.connector.rest-json", QtWarningMsg}; // as the host makes it
};

std::unique_ptr<Database> openStore(const QString& path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        die(QStringLiteral("cannot open %1: %2").arg(path, opened.errorMessage()));
    return std::move(opened).value();
}

qint64 checkpointRecords(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(records), 0) FROM connector_checkpoints WHERE connector_id = 'bench'"))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        die(QStringLiteral("query failed: %1").arg(sql));
    return query.value(0).toLongLong();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: %s SOURCE_DIR PLUGIN_DIR RECORDS PAGE_SIZE [PHASES]\n", argv[0]);
        return 2;
    }
    const QString sourceDir = args.at(1);
    const QString pluginDir = args.at(2);
    const int records = args.at(3).toInt();
    const int pageSize = args.at(4).toInt();
    const QStringList phases = (args.size() > 5 ? args.at(5) : QStringLiteral("transport,poll,store,host")).split(u',');
    if (records < 1 || pageSize < 1 || pageSize > 1000) // faulthttp.py serves at most 1,000 per page
        die(QStringLiteral("RECORDS must be 1 or more and PAGE_SIZE 1 to 1000"));
    const int pages = (records + pageSize - 1) / pageSize;

    ConnectorCatalogue catalogue;
    catalogue.scan({pluginDir});
    Result<ConnectorFactory*> factory = catalogue.factory(QStringLiteral("rest-json"));
    if (!factory)
        die(QStringLiteral("no rest-json plugin in %1: %2").arg(pluginDir, factory.errorMessage()));

    Server server(sourceDir, records);
    const QJsonObject config = connectorConfig(server.base(), pageSize);
    Transport transport;
    QTemporaryDir work;
    SystemClock clock;

    const auto pageRequest = [&](int page) {
        TransportRequest request;
        request.url = QUrl(QStringLiteral("%1/api/items?page=%2&size=%3").arg(server.base()).arg(page).arg(pageSize));
        request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
        return request;
    };
    // Warm-up, not measured: the connection opened, the server's code paths run once.
    for (int page = 1; page <= std::min(pages, 3); ++page)
        if (Result<TransportResponse> warm = transport.fetch(pageRequest(page)); !warm || warm.value().status != 200)
            die(QStringLiteral("warm-up fetch failed"));

    // Reference A: the bytes and their parsing.
    if (phases.contains(QStringLiteral("transport"))) {
        qint64 items = 0, bytes = 0;
        Phase phase(server);
        for (int page = 1; page <= pages; ++page) {
            Result<TransportResponse> fetched = transport.fetch(pageRequest(page));
            if (!fetched || fetched.value().status != 200)
                die(QStringLiteral("page %1: %2").arg(page).arg(fetched ? QString::number(fetched.value().status) : fetched.errorMessage()));
            bytes += fetched.value().body.size();
            const QJsonDocument document = QJsonDocument::fromJson(fetched.value().body);
            items += document.object().value(QLatin1String("items")).toArray().size();
        }
        phase.finish();
        if (items != records)
            die(QStringLiteral("transport: %1 items, expected %2").arg(items).arg(records));
        std::printf("transport pages=%d page_size=%d bytes=%lld %s\n", pages, pageSize, qint64(bytes), phase.figures(items).constData());
        std::fflush(stdout);
    }

    // The connector polled directly: fetch + parse + map. Its batches feed the store phase.
    QList<RecordBatch> batches;
    if (phases.contains(QStringLiteral("poll")) || phases.contains(QStringLiteral("store"))) {
        PollContext context(config, transport);
        Result<QJsonObject> checked = catalogue.checkConfiguration(QStringLiteral("rest-json"), QStringLiteral("bench"), config);
        if (!checked)
            die(checked.errorMessage());
        Result<std::unique_ptr<Connector>> created = factory.value()->create(context);
        if (!created)
            die(created.errorMessage());
        std::unique_ptr<Connector> connector = std::move(created).value();
        QByteArray checkpoint;
        qint64 mapped = 0, quarantined = 0;
        int polls = 0;
        Phase phase(server);
        for (bool more = true; more; ++polls) {
            Result<ConnectorBatch> polled = connector->poll(checkpoint);
            if (!polled)
                die(QStringLiteral("poll %1: %2").arg(polls + 1).arg(polled.errorMessage()));
            ConnectorBatch batch = std::move(polled).value();
            mapped += batch.records.size();
            quarantined += batch.quarantined.size();
            if (!batch.checkpoint.isEmpty())
                checkpoint = batch.checkpoint;
            more = batch.more;
            batches.append(std::move(batch.records));
        }
        phase.finish();
        if (mapped != records || quarantined != 0)
            die(QStringLiteral("poll: %1 mapped, %2 quarantined, expected %3 mapped").arg(mapped).arg(quarantined).arg(records));
        if (phases.contains(QStringLiteral("poll"))) {
            std::printf("poll polls=%d %s\n", polls, phase.figures(mapped).constData());
            std::fflush(stdout);
        }
    }

    // Reference B: the store alone, the same cases in the same batches.
    if (phases.contains(QStringLiteral("store"))) {
        const QString path = work.filePath(QStringLiteral("store.sqlite"));
        std::unique_ptr<Database> database = openStore(path);
        Ingest ingest(*database);
        qint64 written = 0;
        Phase phase(server);
        for (const RecordBatch& batch : std::as_const(batches)) {
            Result<IngestReport> report = ingest.write(batch);
            if (!report || !report.value().rejected.isEmpty())
                die(QStringLiteral("store: %1").arg(report ? report.value().rejected.first().reason : report.errorMessage()));
            written += report.value().written;
        }
        phase.finish();
        const qint64 rows = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM cases"));
        if (written != records || rows != records)
            die(QStringLiteral("store: %1 written, %2 rows, expected %3").arg(written).arg(rows).arg(records));
        std::printf("store batches=%lld %s\n", qint64(batches.size()), phase.figures(written).constData());
        std::fflush(stdout);
    }
    batches.clear();

    // Measured: the host, end to end.
    if (phases.contains(QStringLiteral("host"))) {
        const QString path = work.filePath(QStringLiteral("host.sqlite"));
        std::unique_ptr<Database> database = openStore(path); // the schema is there before the clock starts
        ConnectorInstanceSettings settings;
        settings.id = QStringLiteral("bench");
        settings.plugin = QStringLiteral("rest-json");
        settings.interval = std::chrono::milliseconds(1000);
        settings.config = config;
        ConnectorHost::Options options;
        options.storeUrl = path;
        options.seed = 1;
        qint64 done = 0;
        int reads = 0;
        {
            ConnectorHost host(catalogue, transport, clock, nullptr, options);
            Phase phase(server);
            if (host.start({{settings}, {}}) != 1)
                die(QStringLiteral("the host did not start the connector: %1").arg(host.problems().join(QStringLiteral("; "))));
            QElapsedTimer limit;
            limit.start();
            while ((done = checkpointRecords(*database)) < records) {
                if (limit.elapsed() > 600000)
                    die(QStringLiteral("host: only %1 of %2 records after 10 minutes").arg(done).arg(records));
                QCoreApplication::processEvents(); // the runner's health signals
                QThread::msleep(20);
                ++reads;
            }
            phase.finish();
            const qint64 rows = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM cases"));
            const qint64 batchCount = scalar(*database, QStringLiteral("SELECT batches FROM connector_checkpoints WHERE connector_id = 'bench'"));
            const qint64 held = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM quarantine"));
            if (rows != records || held != 0)
                die(QStringLiteral("host: %1 rows and %2 quarantined, expected %3 rows").arg(rows).arg(held).arg(records));
            std::printf("host batches=%lld reads=%d %s\n", batchCount, reads, phase.figures(done).constData());
            std::fflush(stdout);
            host.stop();
        }
    }
    return 0;
}
