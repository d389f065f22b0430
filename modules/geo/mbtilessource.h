// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tilesource.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace ioc {

// Tiles from an MBTiles 1.x file (SQLite: tables `metadata` and `tiles`, rows in TMS order, flipped
// here to XYZ). Opened read-only through Qt Sql (QSQLITE, QSQLITE_OPEN_READONLY). fetch() is
// thread-safe: each calling thread gets its own connection (unique names), all closed when the source
// is destroyed, which must happen when no thread is inside fetch() any more.
// A Qt resource path (":/…" or "qrc:/…") is first copied into the cache folder because SQLite cannot
// open resources. Info comes from the metadata (name, minzoom, maxzoom, bounds, attribution, format);
// zoom limits missing there are read from the tiles.
class MbTilesSource : public TileSource {
    Q_OBJECT

public:
    explicit MbTilesSource(const QString& path, QObject* parent = nullptr);
    ~MbTilesSource() override;

    QString description() const override { return m_path; }
    // The file SQLite reads (the cache copy for a resource).
    QString databasePath() const { return m_databasePath; }
    TileFetch fetch(const TileId& tile) override;

private:
    struct Connection;
    Connection* connectionForThisThread(QString* error);
    bool open();

    QString m_path;
    QString m_databasePath;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QHash<quint64, std::shared_ptr<Connection>> m_connections; // by thread serial (see .cpp)
};

} // namespace ioc
