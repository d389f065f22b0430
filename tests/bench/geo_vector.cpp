// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: reading and triangulating GeoJSON (tests/bench/geo_vector.sh runs it and writes the
// figures into docs/benchmarks.md). For each file, from bytes already in memory, the median of
// --runs runs of:
//   parse      QJsonDocument::fromJson alone (the reference: what any Qt reader pays)
//   read       GeoJsonReader::read (parse, checks, projection, crossing test)
//   triangulate triangulation::triangulate over every polygon of the read data
//   mesh       what VectorLayer's worker does after reading (triangles, outlines, label points)
// Prints one line per file: file=… features=… vertices=… triangles=… parse_ms=… read_ms=… …
#include "geo/geojsonreader.h"
#include "geo/internal/vectormesh.h"
#include "geo/triangulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace ioc;

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    work(); // warm-up
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 21;
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    if (at >= 0 && at + 1 < args.size()) {
        runs = args[at + 1].toInt();
        args.remove(at, 2);
    }
    QTextStream out(stdout);
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: ioc_bench_geo_vector [--runs N] FILE.geojson...\n";
        return 2;
    }
    for (const QString& path : args) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "cannot read " << path << "\n";
            return 1;
        }
        const QByteArray bytes = file.readAll();
        const VectorData data = GeoJsonReader::read(bytes);
        if (!data.isValid() || !data.problems.isEmpty()) {
            QTextStream(stderr) << path << ": " << data.error << data.problems.join(QLatin1Char('\n')) << "\n";
            return 1;
        }
        qsizetype triangles = 0;
        for (const VectorFeature& f : data.features) {
            for (const VectorPolygon& p : f.polygons)
                triangles += triangulation::triangulate(p.rings).size() / 3;
        }
        volatile qsizetype sink = 0;
        const double parse = medianMs(runs, [&] { sink = sink + QJsonDocument::fromJson(bytes).object().size(); });
        const double read = medianMs(runs, [&] { sink = sink + GeoJsonReader::read(bytes).features.size(); });
        const double triangulate = medianMs(runs, [&] {
            for (const VectorFeature& f : data.features) {
                for (const VectorPolygon& p : f.polygons)
                    sink = sink + triangulation::triangulate(p.rings).size();
            }
        });
        const double mesh = medianMs(runs, [&] { sink = sink + internal::buildVectorMesh(data)->fillIndices.size(); });
        out << "file=" << QFileInfo(path).fileName() << " bytes=" << bytes.size() << " features=" << data.features.size()
            << " vertices=" << data.vertexCount() << " triangles=" << triangles << " runs=" << runs
            << " parse_ms=" << QString::number(parse, 'f', 2) << " read_ms=" << QString::number(read, 'f', 2)
            << " triangulate_ms=" << QString::number(triangulate, 'f', 2)
            << " mesh_ms=" << QString::number(mesh, 'f', 2) << "\n";
        out.flush();
    }
    return 0;
}
