// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tileid.h"

#include <QHash>
#include <QImage>
#include <QList>

#include <list>

namespace ioc::internal {

// Decoded tiles, least recently used first out, bounded by the images' bytes. Not thread-safe (the
// loader uses it on its own thread). insert() and trim() return the tiles they evicted.
class TileCache {
public:
    explicit TileCache(qint64 maxBytes)
        : m_maxBytes(maxBytes)
    {
    }

    qint64 maxBytes() const { return m_maxBytes; }
    qint64 bytes() const { return m_bytes; }
    int count() const { return int(m_entries.size()); }
    bool contains(const TileId& tile) const { return m_entries.contains(tile); }

    // The image, marked as just used; null when absent.
    QImage take(const TileId& tile)
    {
        const auto it = m_entries.find(tile);
        if (it == m_entries.end())
            return {};
        m_order.splice(m_order.end(), m_order, it->position);
        return it->image;
    }
    // The image without touching the order.
    QImage peek(const TileId& tile) const { return m_entries.value(tile).image; }

    QList<TileId> insert(const TileId& tile, const QImage& image)
    {
        remove(tile);
        const qint64 cost = image.sizeInBytes();
        m_order.push_back(tile);
        m_entries.insert(tile, Entry{image, cost, std::prev(m_order.end())});
        m_bytes += cost;
        return trim(tile);
    }

    void setMaxBytes(qint64 maxBytes, QList<TileId>* evicted)
    {
        m_maxBytes = maxBytes;
        *evicted = trim(TileId{});
    }

    bool remove(const TileId& tile)
    {
        const auto it = m_entries.find(tile);
        if (it == m_entries.end())
            return false;
        m_bytes -= it->cost;
        m_order.erase(it->position);
        m_entries.erase(it);
        return true;
    }

    QList<TileId> clear()
    {
        QList<TileId> all(m_order.begin(), m_order.end());
        m_entries.clear();
        m_order.clear();
        m_bytes = 0;
        return all;
    }

private:
    // Evicts the oldest until within the bound; `keep` (just inserted) goes last of all, so one image
    // larger than the bound stays alone rather than never being shown.
    QList<TileId> trim(const TileId& keep)
    {
        QList<TileId> evicted;
        auto it = m_order.begin();
        while (m_bytes > m_maxBytes && it != m_order.end()) {
            if (*it == keep) {
                ++it;
                continue;
            }
            const TileId victim = *it;
            ++it;
            remove(victim);
            evicted.append(victim);
        }
        return evicted;
    }

    struct Entry {
        QImage image;
        qint64 cost = 0;
        std::list<TileId>::iterator position;
    };
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    QHash<TileId, Entry> m_entries;
    std::list<TileId> m_order;
};

} // namespace ioc::internal
