// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

namespace ioc {

// A slippy-map tile in XYZ order: x grows east, y grows south, 0 <= x, y < 2^z.
struct TileId {
    int z = -1;
    int x = 0;
    int y = 0;

    bool isValid() const { return z >= 0 && z <= 30 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z); }
    // The tile one level up that covers this one; invalid for z = 0.
    TileId parent() const { return z > 0 ? TileId{z - 1, x / 2, y / 2} : TileId{}; }
    // The row as MBTiles stores it (TMS: y grows north).
    int tmsRow() const { return (1 << z) - 1 - y; }
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }

    friend bool operator==(const TileId&, const TileId&) = default;
};

inline size_t qHash(const TileId& t, size_t seed = 0) noexcept
{
    return qHashMulti(seed, t.z, t.x, t.y);
}

} // namespace ioc
