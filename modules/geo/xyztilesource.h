// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/tilesource.h"

#include <QHash>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc {

// Tiles over HTTP(S) from a URL template with {z}, {x}, {y} (and optionally {s} = a, b, c), through a
// QNetworkAccessManager with a QNetworkDiskCache in cacheDirectory. Online it prefers the cache; in
// offline mode it serves only what the disk cache holds (no request leaves the machine) and a tile not
// cached is absent. Asynchronous: request() on the source's thread, fetched() later on it, once per
// request. A failed request is answered once as an error; nothing is retried here (the loader decides).
// TLS certificates are verified as Qt does by default; no error is ignored.
class XyzTileSource : public TileSource {
    Q_OBJECT

public:
    XyzTileSource(const QString& urlTemplate, const TileSourceOptions& options, QObject* parent = nullptr);
    ~XyzTileSource() override;

    QString description() const override { return m_template; }
    bool isAsynchronous() const override { return true; }
    void request(const TileId& tile) override;

    QUrl tileUrl(const TileId& tile) const;
    bool isOffline() const { return m_offline; }
    QString cacheDirectory() const { return m_cacheDirectory; }
    // Requests started and not answered yet.
    int pendingCount() const { return int(m_pending.size()); }

    // Seconds a request may stall before it fails.
    static constexpr int kTransferTimeoutMs = 15000;

private:
    void finished(QNetworkReply* reply);

    QString m_template;
    QString m_cacheDirectory;
    QByteArray m_userAgent;
    bool m_offline = false;
    QNetworkAccessManager* m_network = nullptr;
    QHash<QNetworkReply*, TileId> m_pending;
};

} // namespace ioc
