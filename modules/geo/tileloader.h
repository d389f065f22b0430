// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tileid.h"
#include "geo/tilesource.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QThreadPool;

namespace ioc {

namespace internal {
class TileCache;
struct TileJob;
struct TileRelay;
} // namespace internal

// Loads tiles from a source and keeps them decoded. Lives on the GUI thread: every method and signal is
// on it. Fetching from a local source and decoding (to ARGB32_Premultiplied) run on the loader's own
// thread pool, never on the GUI thread; asynchronous sources fetch on the GUI thread (network) and
// decode on the pool. A tile asked for again while loading is not fetched twice. Decoded tiles stay in
// an LRU cache bounded in bytes (tileEvicted() names what leaves it). A tile that is missing from the
// source or failed (no data, undecodable bytes, source error) is reported once and not requested again
// until retryFailed() or a new source.
class TileLoader : public QObject {
    Q_OBJECT

public:
    enum class State { Unknown, Loading, Ready, Missing, Failed };

    explicit TileLoader(QObject* parent = nullptr);
    ~TileLoader() override;

    // Takes ownership; forgets everything of the previous source (its late answers are dropped).
    void setSource(std::unique_ptr<TileSource> source);
    TileSource* source() const { return m_source.get(); }

    static constexpr qint64 kDefaultCacheBytes = 96LL * 1024 * 1024;
    void setCacheLimit(qint64 bytes);
    qint64 cacheLimit() const;
    qint64 cacheBytes() const;
    int cachedCount() const;

    State state(const TileId& tile) const;
    // The decoded tile (null unless Ready); image() marks it as recently used, peek() does not.
    QImage image(const TileId& tile);
    QImage peek(const TileId& tile) const;
    QString failure(const TileId& tile) const { return m_failed.value(tile); }

    // Starts loading the tile unless it is ready, loading, missing or failed; true if it started.
    // Call in the order you want them (nearest first): the pool takes them first in, first out.
    bool request(const TileId& tile);
    // Drops requests not started yet for tiles outside `keep` (the view moved on).
    void cancelExcept(const QSet<TileId>& keep);
    int loadingCount() const { return int(m_inFlight.size()); }
    // Forgets failures (not missing tiles) so that they are requested again.
    void retryFailed();

    QThreadPool* threadPool() const { return m_pool.get(); }
    // For tests and benchmarks: called on the decoding thread after each successful decode.
    void setDecodeHook(std::function<void(const TileId&)> hook);

Q_SIGNALS:
    void tileReady(const ioc::TileId& tile);
    void tileMissing(const ioc::TileId& tile);
    // `reason` does not name the tile, so that one cause for many tiles reads as one message.
    void tileFailed(const ioc::TileId& tile, const QString& reason);
    void tileEvicted(const ioc::TileId& tile);

private:
    void startDecode(const std::shared_ptr<internal::TileJob>& job, QByteArray data);
    void deliver(const TileId& tile, quint64 generation, int kind, const QImage& image, const QString& error);
    void onFetched(const TileId& tile, const TileFetch& result);
    void stopAll();

    // Order matters: the pool (its threads) goes before the source they read.
    std::unique_ptr<TileSource> m_source;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<internal::TileCache> m_cache;
    std::shared_ptr<internal::TileRelay> m_relay;
    std::shared_ptr<std::function<void(const TileId&)>> m_decodeHook;
    QHash<TileId, std::shared_ptr<internal::TileJob>> m_inFlight;
    QHash<TileId, QString> m_failed;
    QSet<TileId> m_missing;
    quint64 m_generation = 0;
};

} // namespace ioc
