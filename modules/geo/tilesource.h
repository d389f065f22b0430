// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tileid.h"

#include <QByteArray>
#include <QGeoRectangle>
#include <QObject>
#include <QString>

#include <memory>

namespace ioc {

// The outcome of fetching one tile's encoded bytes (PNG, JPEG...).
struct TileFetch {
    enum class Status { Data, Absent, Error };
    Status status = Status::Absent;
    QByteArray data;   // the encoded image when status is Data
    QString error;     // why, when status is Error (English, for the log and the layer's error text)

    static TileFetch ofData(QByteArray bytes) { return {Status::Data, std::move(bytes), {}}; }
    static TileFetch absent() { return {Status::Absent, {}, {}}; }
    static TileFetch failed(QString why) { return {Status::Error, {}, std::move(why)}; }
};

// What a source says about itself (MBTiles metadata; defaults for the others).
struct TileSourceInfo {
    QString name;
    int minimumZoom = 0;
    int maximumZoom = 19;
    QGeoRectangle bounds; // invalid when unknown
    QString attribution;
    QString format;       // "png", "jpg"... when known
};

// A source of encoded tiles. Two ways to get a tile:
// - local sources (isAsynchronous() false): fetch() blocks and is thread-safe; the loader calls it on
//   worker threads.
// - remote sources (isAsynchronous() true): request() returns at once; the answer comes as the signal
//   fetched() on the source's own thread. A source is created and driven from one thread (the GUI's).
// A source that could not be opened has isValid() false and errorString() says why, naming the file or URL.
class TileSource : public QObject {
    Q_OBJECT

public:
    explicit TileSource(QObject* parent = nullptr)
        : QObject(parent)
    {
    }

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const TileSourceInfo& info() const { return m_info; }
    // What the source reads from, for messages (a file path, a folder, a URL template).
    virtual QString description() const = 0;

    virtual bool isAsynchronous() const { return false; }
    // Blocking, thread-safe. The default (for asynchronous sources) answers an error.
    virtual TileFetch fetch(const TileId& tile);
    // Asynchronous sources: start fetching; fetched() follows once per call, also on failure.
    virtual void request(const TileId& tile);

Q_SIGNALS:
    void fetched(const ioc::TileId& tile, const ioc::TileFetch& result);

protected:
    void setErrorString(const QString& error) { m_error = error; }
    void setInfo(const TileSourceInfo& info) { m_info = info; }

private:
    QString m_error;
    TileSourceInfo m_info;
};

struct TileSourceOptions {
    QString cacheDirectory;      // XYZ: disk cache folder; empty = QStandardPaths::CacheLocation + "/tiles"
    bool offline = false;        // XYZ: serve only what the disk cache holds
    QString userAgent;           // XYZ: empty = "IOCDesk/<version> (Qt)"
};

// Makes the source a spec names: "http(s)://…/{z}/{x}/{y}.png" (XYZ over HTTP), a path (or file: URL,
// or ":/" / "qrc:/" resource) ending in ".mbtiles", or a folder of {z}/{x}/{y}.<ext> files.
// Never null: a spec that names nothing usable gives a source with isValid() false.
std::unique_ptr<TileSource> makeTileSource(const QString& spec, const TileSourceOptions& options = {});

} // namespace ioc

Q_DECLARE_METATYPE(ioc::TileFetch)
