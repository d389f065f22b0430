// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace ioc {

// A wall layout: a grid of rows × columns cut into tiles, each tile one cell or a block of cells.
// Named presets ("1", "2x2", "3x3", "4x4", "1+5", "1+7") and custom grids share one text form, the
// spec: "RxC" (every cell a tile) or "RxC:r,c,rs,cs;…" (these blocks, the remaining cells 1×1 tiles),
// e.g. "1+5" is "3x3:0,0,2,2". Tiles are numbered in reading order of their top-left cell.
// A plain value; no thread restriction.
class WallLayout {
public:
    struct Tile {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        bool operator==(const Tile&) const = default;
    };

    static constexpr int kMaxCells = 8; // rows and columns each, at most

    // The presets, in the order a picker shows them.
    static QStringList presetNames();
    // A preset name or a custom spec; an error (translated) says what is wrong with the spec.
    static Result<WallLayout> fromSpec(const QString& spec);
    // A custom grid: `blocks` are the tiles larger than one cell; every other cell becomes a tile.
    // Blocks must lie inside the grid, not overlap and span at least one cell.
    static Result<WallLayout> custom(int rows, int columns, const QList<Tile>& blocks);

    WallLayout(); // "1": one tile
    QString name() const { return m_name; } // the preset name, or the spec of a custom grid
    QString spec() const;                   // always "RxC[:blocks]", fromSpec(spec()) gives this layout
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    int tileCount() const { return int(m_tiles.size()); }
    const QList<Tile>& tiles() const { return m_tiles; }
    // Tile `index` in unit coordinates (the wall is 0..1 × 0..1); an empty rect for a bad index.
    QRectF tileRect(int index) const;
    QList<QRectF> tileRects() const;
    // The index of the largest tile (the first on a tie): where a maximised or "main" camera goes.
    int mainTile() const;

    bool operator==(const WallLayout& other) const
    {
        return m_rows == other.m_rows && m_columns == other.m_columns && m_tiles == other.m_tiles;
    }

private:
    static Result<WallLayout> parseGrid(const QString& spec); // "RxC[:blocks]" only

    QString m_name;
    int m_rows = 1;
    int m_columns = 1;
    QList<Tile> m_tiles;
};

} // namespace ioc
