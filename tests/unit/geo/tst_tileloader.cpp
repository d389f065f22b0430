// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/foldertilesource.h"
#include "geo/tileloader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace ioc;

static const QString kXyz = QStringLiteral(IOC_GEO_TEST_DATA "/xyz");

namespace {

QByteArray pngOf(QColor colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A local source of plain tiles that counts its fetches; a tile with x == 13 is not an image, y == 13
// is missing. With `gate` set, every fetch waits for a permit.
class CountingSource : public TileSource {
public:
    QString description() const override { return QStringLiteral("counting"); }
    TileFetch fetch(const TileId& tile) override
    {
        ++fetches;
        if (gate)
            gate->acquire();
        if (tile.x == 13)
            return TileFetch::ofData(QByteArray("<html>not a tile</html>"));
        if (tile.y == 13)
            return TileFetch::absent();
        return TileFetch::ofData(pngOf(QColor::fromHsv((tile.x * 40) % 360, 200, 200)));
    }
    std::atomic<int> fetches{0};
    QSemaphore* gate = nullptr;
};

// An asynchronous source (as XYZ is): answers from the event loop.
class AsyncSource : public TileSource {
public:
    QString description() const override { return QStringLiteral("async"); }
    bool isAsynchronous() const override { return true; }
    void request(const TileId& tile) override
    {
        ++requests;
        QMetaObject::invokeMethod(this, [this, tile] { Q_EMIT fetched(tile, TileFetch::ofData(pngOf(Qt::red))); },
                                  Qt::QueuedConnection);
    }
    int requests = 0;
};

} // namespace

class TestTileLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<TileId>(); }

    void decodesOnWorkerThreads()
    {
        TileLoader loader;
        loader.setSource(std::make_unique<FolderTileSource>(kXyz));
        QMutex mutex;
        QList<QThread*> threads;
        loader.setDecodeHook([&](const TileId&) {
            QMutexLocker locker(&mutex);
            threads.append(QThread::currentThread());
        });
        QSignalSpy ready(&loader, &TileLoader::tileReady);
        const QList<TileId> tiles{{0, 0, 0}, {1, 1, 0}, {2, 3, 1}, {3, 6, 3}};
        for (const TileId& t : tiles)
            QVERIFY(loader.request(t));
        QTRY_COMPARE(ready.size(), 4);
        QMutexLocker locker(&mutex);
        QCOMPARE(threads.size(), 4);
        for (QThread* t : threads)
            QVERIFY(t != QCoreApplication::instance()->thread());
        for (const TileId& t : tiles) {
            QCOMPARE(loader.state(t), TileLoader::State::Ready);
            const QImage image = loader.peek(t);
            QCOMPARE(image.size(), QSize(256, 256));
            QCOMPARE(image.format(), QImage::Format_ARGB32_Premultiplied);
        }
    }

    void asynchronousSourceDecodesOnWorkerThreads()
    {
        TileLoader loader;
        auto source = std::make_unique<AsyncSource>();
        AsyncSource* raw = source.get();
        loader.setSource(std::move(source));
        std::atomic<QThread*> thread{nullptr};
        loader.setDecodeHook([&](const TileId&) { thread = QThread::currentThread(); });
        QSignalSpy ready(&loader, &TileLoader::tileReady);
        QVERIFY(loader.request(TileId{4, 1, 2}));
        QVERIFY(!loader.request(TileId{4, 1, 2}));
        QVERIFY(ready.wait(5000));
        QCOMPARE(raw->requests, 1);
        QVERIFY(thread.load() != nullptr);
        QVERIFY(thread.load() != QCoreApplication::instance()->thread());
        QCOMPARE(loader.peek(TileId{4, 1, 2}).pixelColor(5, 5), QColor(Qt::red));
    }

    void requestsInFlightAreNotRepeated()
    {
        TileLoader loader;
        QSemaphore gate;
        auto source = std::make_unique<CountingSource>();
        CountingSource* raw = source.get();
        raw->gate = &gate;
        loader.setSource(std::move(source));
        QSignalSpy ready(&loader, &TileLoader::tileReady);
        const TileId tile{5, 3, 4};
        QVERIFY(loader.request(tile));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!loader.request(tile));
        QCOMPARE(loader.state(tile), TileLoader::State::Loading);
        QCOMPARE(loader.loadingCount(), 1);
        gate.release(10);
        QVERIFY(ready.wait(5000));
        QTest::qWait(50);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(raw->fetches.load(), 1);
        QVERIFY(!loader.request(tile)); // ready: nothing to do
        QCOMPARE(raw->fetches.load(), 1);
    }

    void lruEvictionByBytes()
    {
        TileLoader loader;
        loader.setSource(std::make_unique<CountingSource>());
        const qint64 tileBytes = 256 * 256 * 4;
        loader.setCacheLimit(tileBytes * 5 / 2); // room for two tiles
        QSignalSpy evicted(&loader, &TileLoader::tileEvicted);
        const auto load = [&loader](const TileId& t) {
            QSignalSpy ready(&loader, &TileLoader::tileReady);
            return loader.request(t) && ready.wait(5000);
        };
        const TileId a{3, 0, 0}, b{3, 1, 0}, c{3, 2, 0}, d{3, 3, 0};
        QVERIFY(load(a));
        QVERIFY(load(b));
        QCOMPARE(loader.cacheBytes(), 2 * tileBytes);
        QCOMPARE(evicted.size(), 0);
        QVERIFY(!loader.image(a).isNull()); // a is now the most recent: b goes first
        QVERIFY(load(c));
        QCOMPARE(evicted.size(), 1);
        QCOMPARE(evicted.at(0).at(0).value<TileId>(), b);
        QCOMPARE(loader.state(b), TileLoader::State::Unknown);
        QCOMPARE(loader.state(a), TileLoader::State::Ready);
        QVERIFY(loader.cacheBytes() <= loader.cacheLimit());
        QVERIFY(load(d));
        QCOMPARE(evicted.at(1).at(0).value<TileId>(), a);
        QCOMPARE(loader.cachedCount(), 2);
        // An evicted tile can be loaded again.
        QVERIFY(load(b));
        // Shrinking the bound evicts at once.
        loader.setCacheLimit(tileBytes);
        QCOMPARE(loader.cachedCount(), 1);
        QCOMPARE(loader.state(b), TileLoader::State::Ready);
    }

    void badTileIsReportedOnce()
    {
        TileLoader loader;
        auto source = std::make_unique<CountingSource>();
        CountingSource* raw = source.get();
        loader.setSource(std::move(source));
        QSignalSpy failed(&loader, &TileLoader::tileFailed);
        const TileId bad{4, 13, 2};
        QVERIFY(loader.request(bad));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<TileId>(), bad);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("not a decodable image")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(loader.state(bad), TileLoader::State::Failed);
        // Asked for again every frame: nothing happens.
        for (int i = 0; i < 10; ++i)
            QVERIFY(!loader.request(bad));
        QTest::qWait(50);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(raw->fetches.load(), 1);
        // Until the failures are forgotten.
        loader.retryFailed();
        QVERIFY(loader.request(bad));
        QVERIFY(failed.wait(5000));
        QCOMPARE(raw->fetches.load(), 2);
    }

    void missingTileIsReportedOnce()
    {
        TileLoader loader;
        auto source = std::make_unique<CountingSource>();
        CountingSource* raw = source.get();
        loader.setSource(std::move(source));
        QSignalSpy missing(&loader, &TileLoader::tileMissing);
        QVERIFY(loader.request(TileId{4, 2, 13}));
        QVERIFY(missing.wait(5000));
        QCOMPARE(loader.state(TileId{4, 2, 13}), TileLoader::State::Missing);
        QVERIFY(!loader.request(TileId{4, 2, 13}));
        QCOMPARE(raw->fetches.load(), 1);
    }

    void newSourceDropsTheOldOnesAnswers()
    {
        TileLoader loader;
        QSemaphore gate;
        auto first = std::make_unique<CountingSource>();
        first->gate = &gate;
        loader.setSource(std::move(first));
        QSignalSpy ready(&loader, &TileLoader::tileReady);
        QVERIFY(loader.request(TileId{2, 1, 1}));
        gate.release(1); // the fetch finishes while (or before) the source changes
        loader.setSource(std::make_unique<FolderTileSource>(kXyz));
        QTest::qWait(100);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(loader.state(TileId{2, 1, 1}), TileLoader::State::Unknown);
        QVERIFY(loader.request(TileId{2, 3, 1}));
        QVERIFY(ready.wait(5000));
    }

    void cancelDropsQueuedRequests()
    {
        TileLoader loader;
        QSemaphore gate;
        auto source = std::make_unique<CountingSource>();
        CountingSource* raw = source.get();
        raw->gate = &gate;
        loader.setSource(std::move(source));
        loader.threadPool()->setMaxThreadCount(1);
        QSignalSpy ready(&loader, &TileLoader::tileReady);
        for (int x = 0; x < 8; ++x)
            QVERIFY(loader.request(TileId{3, x, 0}));
        QTRY_COMPARE(raw->fetches.load(), 1); // the first is running, the rest wait
        loader.cancelExcept({TileId{3, 0, 0}, TileId{3, 7, 0}});
        QCOMPARE(loader.loadingCount(), 2);
        QCOMPARE(loader.state(TileId{3, 3, 0}), TileLoader::State::Unknown);
        gate.release(100);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(raw->fetches.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTileLoader)
#include "tst_tileloader.moc"
