// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mbtilessource.h"

#include "geo/logcategories.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

namespace ioc {

namespace {

QAtomicInteger<quint64> g_sourceSerial;
QAtomicInteger<quint64> g_threadSerial;

// A number per thread that is never reused (a QThread* can be, once a thread has ended).
quint64 currentThreadSerial()
{
    thread_local const quint64 serial = ++g_threadSerial;
    return serial;
}

// Copies a resource to the cache folder (SQLite opens only real files). Reuses a copy of the same size.
QString resourceToFile(const QString& resource, QString* error)
{
    QFile in(resource);
    if (!in.exists()) {
        *error = QStringLiteral("MBTiles file %1 does not exist").arg(resource);
        return {};
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/mbtiles");
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the cache folder %1 for %2").arg(dir, resource);
        return {};
    }
    const QByteArray key = QCryptographicHash::hash(resource.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QString target = dir + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1Char('-') + QFileInfo(resource).fileName();
    if (QFileInfo(target).size() == in.size())
        return target;
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!in.copy(partial)) {
        *error = QStringLiteral("cannot copy %1 to %2: %3").arg(resource, partial, in.errorString());
        return {};
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        *error = QStringLiteral("cannot move %1 to %2").arg(partial, target);
        return {};
    }
    return target;
}

} // namespace

struct MbTilesSource::Connection {
    QString name;
    QSqlDatabase db;
    std::unique_ptr<QSqlQuery> tileQuery;

    ~Connection()
    {
        tileQuery.reset();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

MbTilesSource::MbTilesSource(const QString& path, QObject* parent)
    : TileSource(parent)
    , m_path(path)
    , m_connectionPrefix(QStringLiteral("ioc_mbtiles_%1_").arg(++g_sourceSerial))
{
    if (!open())
        qCWarning(lcGeo).noquote() << errorString();
}

MbTilesSource::~MbTilesSource()
{
    QMutexLocker locker(&m_mutex);
    m_connections.clear();
}

bool MbTilesSource::open()
{
    QString path = m_path;
    if (path.startsWith(QLatin1String("qrc:/")))
        path = path.mid(3);
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    QString error;
    if (path.startsWith(QLatin1String(":/"))) {
        path = resourceToFile(path, &error);
        if (path.isEmpty()) {
            setErrorString(error);
            return false;
        }
    } else if (!QFileInfo(path).isFile()) {
        setErrorString(QStringLiteral("MBTiles file %1 does not exist").arg(m_path));
        return false;
    }
    m_databasePath = path;

    Connection* c = connectionForThisThread(&error);
    if (!c) {
        setErrorString(error);
        return false;
    }
    QSqlQuery q(c->db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))) {
        setErrorString(QStringLiteral("%1 is not a readable MBTiles file: %2").arg(m_path, q.lastError().text()));
        return false;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (!tables.contains(QLatin1String("tiles")) || !tables.contains(QLatin1String("metadata"))) {
        setErrorString(QStringLiteral("%1 is not an MBTiles file: it has no 'tiles' and 'metadata' tables").arg(m_path));
        return false;
    }

    TileSourceInfo info;
    info.minimumZoom = -1;
    info.maximumZoom = -1;
    if (!q.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        setErrorString(QStringLiteral("%1: cannot read the metadata: %2").arg(m_path, q.lastError().text()));
        return false;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        bool ok = false;
        if (key == QLatin1String("name")) {
            info.name = value;
        } else if (key == QLatin1String("attribution")) {
            info.attribution = value;
        } else if (key == QLatin1String("format")) {
            info.format = value;
        } else if (key == QLatin1String("minzoom")) {
            const int z = value.toInt(&ok);
            if (ok)
                info.minimumZoom = z;
        } else if (key == QLatin1String("maxzoom")) {
            const int z = value.toInt(&ok);
            if (ok)
                info.maximumZoom = z;
        } else if (key == QLatin1String("bounds")) {
            // left,bottom,right,top in degrees (WGS84)
            const QStringList parts = value.split(QLatin1Char(','));
            if (parts.size() == 4) {
                double v[4];
                bool all = true;
                for (int i = 0; i < 4; ++i) {
                    v[i] = parts[i].trimmed().toDouble(&ok);
                    all = all && ok;
                }
                if (all)
                    info.bounds = QGeoRectangle(QGeoCoordinate(v[3], v[0]), QGeoCoordinate(v[1], v[2]));
            }
        }
    }
    if (info.minimumZoom < 0 || info.maximumZoom < 0) {
        if (!q.exec(QStringLiteral("SELECT min(zoom_level), max(zoom_level) FROM tiles")) || !q.next()) {
            setErrorString(QStringLiteral("%1: cannot read the tiles: %2").arg(m_path, q.lastError().text()));
            return false;
        }
        if (info.minimumZoom < 0)
            info.minimumZoom = q.value(0).isNull() ? 0 : q.value(0).toInt();
        if (info.maximumZoom < 0)
            info.maximumZoom = q.value(1).isNull() ? 0 : q.value(1).toInt();
    }
    if (info.name.isEmpty())
        info.name = QFileInfo(m_path).completeBaseName();
    setInfo(info);
    return true;
}

MbTilesSource::Connection* MbTilesSource::connectionForThisThread(QString* error)
{
    const quint64 thread = currentThreadSerial();
    QMutexLocker locker(&m_mutex);
    if (auto it = m_connections.constFind(thread); it != m_connections.constEnd())
        return it->get();
    auto c = std::make_shared<Connection>();
    c->name = m_connectionPrefix + QString::number(thread);
    c->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->name);
    c->db.setDatabaseName(m_databasePath);
    c->db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!c->db.open()) {
        *error = QStringLiteral("cannot open MBTiles file %1: %2").arg(m_path, c->db.lastError().text());
        return nullptr; // c's destructor removes the connection
    }
    Connection* raw = c.get();
    m_connections.insert(thread, std::move(c));
    return raw;
}

TileFetch MbTilesSource::fetch(const TileId& tile)
{
    if (!isValid())
        return TileFetch::failed(errorString());
    if (!tile.isValid())
        return TileFetch::absent();
    QString error;
    Connection* c = connectionForThisThread(&error);
    if (!c)
        return TileFetch::failed(error);
    if (!c->tileQuery) {
        // Prepared on first use (open() checks the tables first, with a clearer message).
        auto q = std::make_unique<QSqlQuery>(c->db);
        q->setForwardOnly(true);
        if (!q->prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")))
            return TileFetch::failed(QStringLiteral("%1 is not a readable MBTiles file: %2").arg(m_path, q->lastError().text()));
        c->tileQuery = std::move(q);
    }
    QSqlQuery& q = *c->tileQuery;
    q.bindValue(0, tile.z);
    q.bindValue(1, tile.x);
    q.bindValue(2, tile.tmsRow());
    if (!q.exec())
        return TileFetch::failed(QStringLiteral("%1: reading tile %2 failed: %3").arg(m_path, tile.toString(), q.lastError().text()));
    TileFetch result = q.next() ? TileFetch::ofData(q.value(0).toByteArray()) : TileFetch::absent();
    q.finish();
    if (result.status == TileFetch::Status::Data && result.data.isEmpty())
        return TileFetch::absent();
    return result;
}

} // namespace ioc
