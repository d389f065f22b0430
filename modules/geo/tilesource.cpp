// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/tilesource.h"

#include "geo/foldertilesource.h"
#include "geo/mbtilessource.h"
#include "geo/xyztilesource.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QUrl>

namespace ioc {

namespace {

// A spec that names nothing usable: every fetch answers the reason.
class InvalidTileSource : public TileSource {
public:
    InvalidTileSource(const QString& spec, const QString& why)
        : m_spec(spec)
    {
        setErrorString(why);
    }
    QString description() const override { return m_spec; }

private:
    QString m_spec;
};

} // namespace

TileFetch TileSource::fetch(const TileId&)
{
    return TileFetch::failed(QStringLiteral("%1 answers asynchronously only").arg(description()));
}

void TileSource::request(const TileId& tile)
{
    // Local sources: the blocking fetch, answered from the event loop so that callers see one order.
    QMetaObject::invokeMethod(this, [this, tile] { Q_EMIT fetched(tile, fetch(tile)); }, Qt::QueuedConnection);
}

std::unique_ptr<TileSource> makeTileSource(const QString& spec, const TileSourceOptions& options)
{
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return std::make_unique<InvalidTileSource>(s, QStringLiteral("no tile source given"));
    if (s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return std::make_unique<XyzTileSource>(s, options);
    QString path = s;
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    else if (path.startsWith(QLatin1String("qrc:/")))
        path = path.mid(3);
    if (path.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive))
        return std::make_unique<MbTilesSource>(path);
    if (QFileInfo(path).isDir())
        return std::make_unique<FolderTileSource>(path);
    if (QFileInfo(path).isFile())
        return std::make_unique<MbTilesSource>(path); // an MBTiles file by another name; it checks the tables
    return std::make_unique<InvalidTileSource>(
        s, QStringLiteral("tile source %1 is neither an .mbtiles file, a tile folder nor an http(s) URL template").arg(s));
}

} // namespace ioc
