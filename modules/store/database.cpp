// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "core/redaction.h"
#include "store/logcategories.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace ioc {

class StoreText {
    Q_DECLARE_TR_FUNCTIONS(ioc::StoreText)
};

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ioc-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Migration {
    int version;
    QString path;
};

QList<Migration> shippedMigrations(Database::Backend backend)
{
    const QString folder = backend == Database::Backend::Postgres ? QStringLiteral(":/store/migrations/postgresql")
                                                                  : QStringLiteral(":/store/migrations/sqlite");
    QList<Migration> out;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        out.append({file.section(QLatin1Char('_'), 0, 0).toInt(), folder + QLatin1Char('/') + file});
    return out;
}

// Statements of a migration file: separated by ';' at the end of a line; "--" comment lines dropped.
QStringList statementsOf(const QByteArray& sql)
{
    QStringList statements;
    QString current;
    for (const QString& line : QString::fromUtf8(sql).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

QVariant toStoredTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime fromStoredTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Database::Database(Backend backend, QString connectionName, QString displayName)
    : m_backend(backend), m_connectionName(std::move(connectionName)), m_displayName(std::move(displayName))
{
}

Database::~Database()
{
    if (m_connection.isOpen())
        m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const QList<Migration> migrations = shippedMigrations(Backend::Sqlite);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

QString Database::describeError(const QString& what, const QSqlError& error) const
{
    return StoreText::tr("%1: %2: %3").arg(m_displayName, what, redactCredentials(error.text()));
}

Result<std::unique_ptr<Database>> Database::open(const QString& url)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database;

    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://")) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString display = parsed.toDisplayString(QUrl::RemovePassword);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2)
            return fail(StoreText::tr("%1: not of the form postgresql://user@host:port/db").arg(display));
        database.reset(new Database(Backend::Postgres, name, display));
        database->m_connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        database->m_connection.setHostName(parsed.host());
        database->m_connection.setPort(parsed.port(5432));
        database->m_connection.setDatabaseName(parsed.path().mid(1));
        database->m_connection.setUserName(parsed.userName());
        database->m_connection.setPassword(parsed.password());
        database->m_connection.setConnectOptions(QStringLiteral("connect_timeout=5"));
    } else {
        QString path = url.startsWith(u"sqlite:") ? url.mid(7) : url;
        const bool memory = path == u":memory:";
        if (!memory) {
            const QFileInfo info(path);
            if (!QDir().mkpath(info.absolutePath()))
                return fail(StoreText::tr("%1: cannot create its folder").arg(path));
            path = info.absoluteFilePath();
        }
        database.reset(new Database(Backend::Sqlite, name, path));
        database->m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database->m_connection.setDatabaseName(path);
        database->m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }

    if (!database->m_connection.isValid())
        return fail(StoreText::tr("%1: the Qt Sql driver is missing (install libqt6sql6-sqlite or libqt6sql6-psql)")
                        .arg(database->m_displayName));
    if (!database->m_connection.open())
        return fail(database->describeError(StoreText::tr("cannot open"), database->m_connection.lastError()));
    if (auto configured = database->configure(); !configured)
        return configured.error();
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
    qCInfo(lcStore) << "opened" << database->m_displayName << "schema" << database->schemaVersion();
    return database;
}

Result<void> Database::configure()
{
    QSqlQuery query(m_connection);
    if (m_backend == Backend::Sqlite) {
        // A corrupt or foreign file fails here ("file is not a database"), before anything is written.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(describeError(StoreText::tr("not a usable SQLite database"), query.lastError()));
        const bool memory = m_connection.databaseName() == u":memory:";
        // WAL: readers never block the writer. synchronous=NORMAL: in WAL mode a committed batch
        // survives a crash of the program (kill -9); only a power cut may lose the last commits.
        const QStringList pragmas = {
            memory ? QString() : QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"),
        };
        for (const QString& pragma : pragmas) {
            if (!pragma.isEmpty() && !query.exec(pragma))
                return fail(describeError(pragma, query.lastError()));
        }
    } else {
        if (!query.exec(QStringLiteral("SET client_min_messages TO WARNING")))
            return fail(describeError(StoreText::tr("cannot configure the session"), query.lastError()));
    }
    return {};
}

int Database::schemaVersion()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<void> Database::transaction(const std::function<Result<void>()>& fn)
{
    // Nested: part of the outer transaction, which commits or rolls back everything.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = fn();
        --m_transactionDepth;
        return result;
    }
    if (!m_connection.transaction())
        return fail(describeError(StoreText::tr("cannot start a transaction"), m_connection.lastError()));
    ++m_transactionDepth;
    Result<void> result = fn();
    --m_transactionDepth;
    if (!result) {
        m_connection.rollback();
        return result;
    }
    if (!m_connection.commit()) {
        const QSqlError error = m_connection.lastError();
        m_connection.rollback();
        return fail(describeError(StoreText::tr("cannot commit"), error));
    }
    return {};
}

Result<void> Database::migrate()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return fail(describeError(StoreText::tr("cannot read the schema version"), query.lastError()));

    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return fail(StoreText::tr("%1: its schema version %2 is newer than this program's %3; "
                                  "refusing to open it (install a newer IOC Desk)")
                        .arg(m_displayName).arg(current).arg(latest));

    for (const Migration& migration : shippedMigrations(m_backend)) {
        if (migration.version <= current)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(StoreText::tr("migration %1 is missing from this build").arg(migration.path));
        const QStringList statements = statementsOf(file.readAll());
        auto applied = transaction([&]() -> Result<void> {
            QSqlQuery step(m_connection);
            for (const QString& statement : statements) {
                if (!step.exec(statement))
                    return fail(describeError(StoreText::tr("migration %1 failed").arg(migration.version), step.lastError()));
            }
            step.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            step.addBindValue(migration.version);
            if (!step.exec())
                return fail(describeError(StoreText::tr("migration %1 failed").arg(migration.version), step.lastError()));
            return {};
        });
        if (!applied)
            return applied;
        qCInfo(lcStore) << "applied migration" << migration.version << "to" << m_displayName;
    }
    return {};
}

} // namespace ioc
