// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark program for tests/bench/geo_tiles.sh: raster tiles from the shipped MBTiles.
//   decode: every tile's PNG decoded as the loader does (QImage::loadFromData + ARGB32_Premultiplied),
//           on one thread and on all cores; the raw blob read (SQLite) for comparison; --dump DIR writes
//           the PNGs as 1.png..N.png for the script's ffmpeg reference.
//   fill:   cold viewport fill at WxH: a new TileLoader on a new MbTilesSource, from the first request
//           to every visible tile decoded (or known missing); against one thread fetching and decoding
//           the same tiles in order.
// Prints one line of key=value per measurement.
#include "geo/mapviewport.h"
#include "geo/mbtilessource.h"
#include "geo/tileloader.h"
#include "geo/webmercator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>

using namespace ioc;

namespace {

QList<TileId> allTiles(MbTilesSource& source)
{
    // Every tile in the file: the bounds cover them all (z0-7).
    QList<TileId> tiles;
    const QGeoRectangle b = source.info().bounds;
    for (int z = source.info().minimumZoom; z <= source.info().maximumZoom; ++z) {
        const TileId a = webmercator::tileAt(b.topLeft().latitude(), b.topLeft().longitude(), z);
        const TileId c = webmercator::tileAt(b.bottomRight().latitude(), b.bottomRight().longitude(), z);
        for (int x = a.x; x <= c.x; ++x)
            for (int y = a.y; y <= c.y; ++y)
                if (source.fetch(TileId{z, x, y}).status == TileFetch::Status::Data)
                    tiles.append(TileId{z, x, y});
    }
    return tiles;
}

QImage decode(const QByteArray& png)
{
    QImage image;
    image.loadFromData(png);
    image.convertTo(QImage::Format_ARGB32_Premultiplied);
    return image;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

int decodeMode(const QString& path, int rounds, const QString& dump)
{
    MbTilesSource source(path);
    if (!source.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(source.errorString()));
        return 1;
    }
    const QList<TileId> tiles = allTiles(source);
    QList<QByteArray> pngs;
    qint64 bytes = 0;
    for (const TileId& t : tiles) {
        pngs.append(source.fetch(t).data);
        bytes += pngs.last().size();
    }
    if (!dump.isEmpty()) {
        QDir().mkpath(dump);
        for (int i = 0; i < pngs.size(); ++i) {
            QFile f(QStringLiteral("%1/%2.png").arg(dump).arg(i + 1));
            if (!f.open(QIODevice::WriteOnly) || f.write(pngs[i]) != pngs[i].size())
                return 1;
        }
    }
    // Work list: every tile, `rounds` times.
    QList<int> work;
    for (int r = 0; r < rounds; ++r)
        for (int i = 0; i < pngs.size(); ++i)
            work.append(i);
    const int n = int(work.size());

    QElapsedTimer clock;
    clock.start();
    for (int i : work) {
        if (source.fetch(tiles[i]).data.isEmpty())
            return 1;
    }
    const double readSeconds = clock.nsecsElapsed() / 1e9;

    clock.restart();
    qint64 pixels = 0;
    for (int i : work)
        pixels += decode(pngs[i]).width();
    const double oneSeconds = clock.nsecsElapsed() / 1e9;
    if (pixels != qint64(n) * 256)
        return 1;

    QThreadPool pool;
    const int threads = QThread::idealThreadCount();
    pool.setMaxThreadCount(threads);
    clock.restart();
    QtConcurrent::blockingMap(&pool, work, [&pngs](int i) { decode(pngs[i]); });
    const double allSeconds = clock.nsecsElapsed() / 1e9;

    std::printf("decode tiles=%d rounds=%d decodes=%d png_bytes=%lld threads=%d one_thread_per_s=%.0f "
                "all_threads_per_s=%.0f per_core_per_s=%.0f blob_reads_per_s=%.0f one_thread_ms_per_tile=%.3f\n",
                int(tiles.size()), rounds, n, static_cast<long long>(bytes), threads, n / oneSeconds,
                n / allSeconds, n / allSeconds / threads, n / readSeconds, oneSeconds * 1000.0 / n);
    return 0;
}

int fillMode(const QString& path, QSizeF size, double lat, double lon, double zoom, int runs)
{
    const MapViewport viewport(webmercator::toWorld(lat, lon), zoom, size);
    QList<double> ours;
    QList<double> serial;
    int visible = 0;
    int decoded = 0;
    for (int run = 0; run < runs; ++run) {
        // Ours: a cold loader on a cold source, tiles asked nearest first as TileLayer does.
        QElapsedTimer clock;
        clock.start();
        TileLoader loader;
        loader.setSource(std::make_unique<MbTilesSource>(path));
        const int z = std::clamp(int(std::lround(zoom)), loader.source()->info().minimumZoom,
                                 loader.source()->info().maximumZoom);
        const QList<TileId> tiles = viewport.visibleTiles(z);
        visible = int(tiles.size());
        int done = 0;
        QEventLoop loop;
        const auto one = [&] {
            if (++done == visible)
                loop.quit();
        };
        QObject::connect(&loader, &TileLoader::tileReady, &loop, one);
        QObject::connect(&loader, &TileLoader::tileMissing, &loop, one);
        QObject::connect(&loader, &TileLoader::tileFailed, &loop, one);
        for (const TileId& t : tiles)
            loader.request(t);
        loop.exec();
        ours.append(clock.nsecsElapsed() / 1e6);
        decoded = loader.cachedCount();

        // Reference: one thread fetching and decoding the same tiles in the same order.
        clock.restart();
        MbTilesSource source(path);
        for (const TileId& t : tiles) {
            const TileFetch f = source.fetch(t);
            if (f.status == TileFetch::Status::Data)
                decode(f.data);
        }
        serial.append(clock.nsecsElapsed() / 1e6);
    }
    std::printf("fill width=%.0f height=%.0f zoom=%.1f visible=%d decoded=%d runs=%d threads=%d ours_ms=%.2f "
                "serial_ms=%.2f\n",
                size.width(), size.height(), zoom, visible, decoded, runs, QThread::idealThreadCount(),
                median(ours), median(serial));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("decode | fill"));
    parser.addOption({QStringLiteral("mbtiles"), QStringLiteral("MBTiles file"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("decode: passes over all tiles"), QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("dump"), QStringLiteral("decode: write the PNGs here"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("zoom"), QStringLiteral("fill: map zoom"), QStringLiteral("z"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("fill: repetitions (median)"), QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString path = parser.value(QStringLiteral("mbtiles"));
    if (args.size() != 1 || path.isEmpty()) {
        std::fprintf(stderr, "usage: ioc_bench_geo_tiles decode|fill --mbtiles FILE [options]\n");
        return 2;
    }
    if (args[0] == QLatin1String("decode"))
        return decodeMode(path, parser.value(QStringLiteral("rounds")).toInt(), parser.value(QStringLiteral("dump")));
    if (args[0] == QLatin1String("fill"))
        return fillMode(path, QSizeF(1920, 1080), 16.0, 106.5, parser.value(QStringLiteral("zoom")).toDouble(),
                        parser.value(QStringLiteral("runs")).toInt());
    std::fprintf(stderr, "unknown mode %s\n", qPrintable(args[0]));
    return 2;
}
