// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tilesource.h"

namespace ioc {

// Tiles as files {folder}/{z}/{x}/{y}.{extension} (XYZ order). fetch() is thread-safe (it only reads
// files). The zoom limits are the numeric sub-folders found when the source is made.
class FolderTileSource : public TileSource {
    Q_OBJECT

public:
    explicit FolderTileSource(const QString& folder, const QString& extension = QStringLiteral("png"),
                              QObject* parent = nullptr);

    QString description() const override { return m_folder; }
    TileFetch fetch(const TileId& tile) override;
    QString tilePath(const TileId& tile) const;

private:
    QString m_folder;
    QString m_extension;
};

} // namespace ioc
