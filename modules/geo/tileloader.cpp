// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/tileloader.h"

#include "geo/internal/tilecache.h"
#include "geo/logcategories.h"

#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace ioc {

namespace internal {

struct TileJob {
    TileId tile;
    quint64 generation = 0;
    std::atomic<bool> cancelled{false};
};

// Hands results from pool threads to the loader on its thread; cut when the loader goes.
struct TileRelay {
    QMutex mutex;
    QObject* target = nullptr;

    template <typename F>
    void post(F&& f)
    {
        QMutexLocker locker(&mutex);
        if (target)
            QMetaObject::invokeMethod(target, std::forward<F>(f), Qt::QueuedConnection);
    }
};

} // namespace internal

namespace {

enum Kind { KindImage, KindMissing, KindFailed, KindCancelled };

// Runs on a pool thread.
QImage decodeTile(const QByteArray& data, QString* error)
{
    QImage image;
    if (!image.loadFromData(data)) {
        *error = QStringLiteral("tile data is not a decodable image (%1 bytes)").arg(data.size());
        return {};
    }
    if (image.format() != QImage::Format_ARGB32_Premultiplied)
        image.convertTo(QImage::Format_ARGB32_Premultiplied);
    return image;
}

} // namespace

TileLoader::TileLoader(QObject* parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
    , m_cache(std::make_unique<internal::TileCache>(kDefaultCacheBytes))
    , m_relay(std::make_shared<internal::TileRelay>())
    , m_decodeHook(std::make_shared<std::function<void(const TileId&)>>())
{
    m_relay->target = this;
    // Threads never expire: MBTiles keeps one connection per thread, so their number stays bounded.
    m_pool->setExpiryTimeout(-1);
    m_pool->setObjectName(QStringLiteral("ioc-tile-loader"));
}

TileLoader::~TileLoader()
{
    {
        QMutexLocker locker(&m_relay->mutex);
        m_relay->target = nullptr;
    }
    stopAll();
    m_pool.reset(); // joins the threads before the source goes
    m_source.reset();
}

void TileLoader::stopAll()
{
    for (const auto& job : std::as_const(m_inFlight))
        job->cancelled = true;
    m_inFlight.clear();
    m_pool->clear();
    m_pool->waitForDone();
}

void TileLoader::setSource(std::unique_ptr<TileSource> source)
{
    stopAll();
    ++m_generation;
    if (m_source)
        m_source->disconnect(this);
    m_source = std::move(source);
    m_failed.clear();
    m_missing.clear();
    for (const TileId& t : m_cache->clear())
        Q_EMIT tileEvicted(t);
    if (m_source && m_source->isAsynchronous())
        connect(m_source.get(), &TileSource::fetched, this, &TileLoader::onFetched);
}

void TileLoader::setCacheLimit(qint64 bytes)
{
    QList<TileId> evicted;
    m_cache->setMaxBytes(bytes, &evicted);
    for (const TileId& t : evicted)
        Q_EMIT tileEvicted(t);
}

qint64 TileLoader::cacheLimit() const
{
    return m_cache->maxBytes();
}

qint64 TileLoader::cacheBytes() const
{
    return m_cache->bytes();
}

int TileLoader::cachedCount() const
{
    return m_cache->count();
}

TileLoader::State TileLoader::state(const TileId& tile) const
{
    if (m_cache->contains(tile))
        return State::Ready;
    if (m_inFlight.contains(tile))
        return State::Loading;
    if (m_missing.contains(tile))
        return State::Missing;
    if (m_failed.contains(tile))
        return State::Failed;
    return State::Unknown;
}

QImage TileLoader::image(const TileId& tile)
{
    return m_cache->take(tile);
}

QImage TileLoader::peek(const TileId& tile) const
{
    return m_cache->peek(tile);
}

void TileLoader::setDecodeHook(std::function<void(const TileId&)> hook)
{
    stopAll();
    m_decodeHook = std::make_shared<std::function<void(const TileId&)>>(std::move(hook));
}

bool TileLoader::request(const TileId& tile)
{
    if (!m_source || !tile.isValid() || state(tile) != State::Unknown)
        return false;
    auto job = std::make_shared<internal::TileJob>();
    job->tile = tile;
    job->generation = m_generation;
    m_inFlight.insert(tile, job);

    if (m_source->isAsynchronous()) {
        m_source->request(tile);
        return true;
    }
    TileSource* source = m_source.get(); // outlives the pool's work (see the destructor)
    auto relay = m_relay;
    auto hook = m_decodeHook;
    m_pool->start([job, source, relay, hook] {
        if (job->cancelled)
            return;
        const TileFetch fetched = source->fetch(job->tile);
        int kind = KindImage;
        QImage image;
        QString error;
        switch (fetched.status) {
        case TileFetch::Status::Absent:
            kind = KindMissing;
            break;
        case TileFetch::Status::Error:
            kind = KindFailed;
            error = fetched.error;
            break;
        case TileFetch::Status::Data:
            image = decodeTile(fetched.data, &error);
            kind = image.isNull() ? KindFailed : KindImage;
            if (!image.isNull() && *hook)
                (*hook)(job->tile);
            break;
        }
        const TileId tile = job->tile;
        const quint64 generation = job->generation;
        relay->post([tile, generation, kind, image, error, relay] {
            auto* loader = static_cast<TileLoader*>(relay->target);
            if (loader)
                loader->deliver(tile, generation, kind, image, error);
        });
    });
    return true;
}

void TileLoader::onFetched(const TileId& tile, const TileFetch& result)
{
    const auto it = m_inFlight.constFind(tile);
    if (it == m_inFlight.constEnd())
        return;
    const std::shared_ptr<internal::TileJob> job = it.value();
    switch (result.status) {
    case TileFetch::Status::Absent:
        deliver(tile, job->generation, KindMissing, {}, {});
        break;
    case TileFetch::Status::Error:
        deliver(tile, job->generation, KindFailed, {}, result.error);
        break;
    case TileFetch::Status::Data:
        startDecode(job, result.data);
        break;
    }
}

void TileLoader::startDecode(const std::shared_ptr<internal::TileJob>& job, QByteArray data)
{
    auto relay = m_relay;
    auto hook = m_decodeHook;
    m_pool->start([job, data = std::move(data), relay, hook] {
        if (job->cancelled)
            return;
        QString error;
        const QImage image = decodeTile(data, &error);
        if (!image.isNull() && *hook)
            (*hook)(job->tile);
        const TileId tile = job->tile;
        const quint64 generation = job->generation;
        const int kind = image.isNull() ? KindFailed : KindImage;
        relay->post([tile, generation, kind, image, error, relay] {
            auto* loader = static_cast<TileLoader*>(relay->target);
            if (loader)
                loader->deliver(tile, generation, kind, image, error);
        });
    });
}

void TileLoader::deliver(const TileId& tile, quint64 generation, int kind, const QImage& image, const QString& error)
{
    if (generation != m_generation)
        return;
    const auto it = m_inFlight.find(tile);
    if (it == m_inFlight.end() || it.value()->generation != generation || it.value()->cancelled)
        return;
    m_inFlight.erase(it);
    switch (kind) {
    case KindImage: {
        const QList<TileId> evicted = m_cache->insert(tile, image);
        for (const TileId& t : evicted)
            Q_EMIT tileEvicted(t);
        Q_EMIT tileReady(tile);
        break;
    }
    case KindMissing:
        m_missing.insert(tile);
        Q_EMIT tileMissing(tile);
        break;
    case KindFailed:
        m_failed.insert(tile, error);
        qCDebug(lcGeo).noquote() << "tile" << tile.toString() << "from" << (m_source ? m_source->description() : QString())
                                 << "failed:" << error;
        Q_EMIT tileFailed(tile, error);
        break;
    default:
        break;
    }
}

void TileLoader::cancelExcept(const QSet<TileId>& keep)
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        // Asynchronous fetches already left; their answers are cheap to take.
        if (!keep.contains(it.key()) && !(m_source && m_source->isAsynchronous())) {
            it.value()->cancelled = true;
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
}

void TileLoader::retryFailed()
{
    m_failed.clear();
}

} // namespace ioc
