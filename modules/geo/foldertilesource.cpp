// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/foldertilesource.h"

#include "geo/logcategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ioc {

FolderTileSource::FolderTileSource(const QString& folder, const QString& extension, QObject* parent)
    : TileSource(parent)
    , m_folder(QDir::cleanPath(folder))
    , m_extension(extension)
{
    const QDir dir(m_folder);
    if (!dir.exists()) {
        setErrorString(QStringLiteral("tile folder %1 does not exist").arg(folder));
        qCWarning(lcGeo).noquote() << errorString();
        return;
    }
    TileSourceInfo info;
    info.name = QFileInfo(m_folder).fileName();
    info.format = extension;
    int minZoom = 31;
    int maxZoom = -1;
    for (const QString& entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int z = entry.toInt(&ok);
        if (ok && z >= 0 && z <= 30) {
            minZoom = std::min(minZoom, z);
            maxZoom = std::max(maxZoom, z);
        }
    }
    if (maxZoom < 0) {
        setErrorString(QStringLiteral("tile folder %1 has no zoom-level folders ({z}/{x}/{y}.%2)").arg(folder, extension));
        qCWarning(lcGeo).noquote() << errorString();
        return;
    }
    info.minimumZoom = minZoom;
    info.maximumZoom = maxZoom;
    setInfo(info);
}

QString FolderTileSource::tilePath(const TileId& tile) const
{
    return QStringLiteral("%1/%2/%3/%4.%5").arg(m_folder).arg(tile.z).arg(tile.x).arg(tile.y).arg(m_extension);
}

TileFetch FolderTileSource::fetch(const TileId& tile)
{
    if (!isValid())
        return TileFetch::failed(errorString());
    if (!tile.isValid())
        return TileFetch::absent();
    QFile file(tilePath(tile));
    if (!file.exists())
        return TileFetch::absent();
    if (!file.open(QIODevice::ReadOnly))
        return TileFetch::failed(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return TileFetch::ofData(file.readAll());
}

} // namespace ioc
