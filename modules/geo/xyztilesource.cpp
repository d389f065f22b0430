// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/xyztilesource.h"

#include "geo/logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QUrl>

namespace ioc {

XyzTileSource::XyzTileSource(const QString& urlTemplate, const TileSourceOptions& options, QObject* parent)
    : TileSource(parent)
    , m_template(urlTemplate)
    , m_cacheDirectory(options.cacheDirectory)
    , m_offline(options.offline)
{
    const QUrl probe(QString(urlTemplate).replace(QLatin1String("{z}"), QLatin1String("0"))
                         .replace(QLatin1String("{x}"), QLatin1String("0"))
                         .replace(QLatin1String("{y}"), QLatin1String("0"))
                         .replace(QLatin1String("{s}"), QLatin1String("a")));
    if (!probe.isValid() || (probe.scheme() != QLatin1String("http") && probe.scheme() != QLatin1String("https"))
        || probe.host().isEmpty()) {
        setErrorString(QStringLiteral("tile URL template %1 is not an http(s) URL").arg(urlTemplate));
    } else if (!urlTemplate.contains(QLatin1String("{z}")) || !urlTemplate.contains(QLatin1String("{x}"))
               || !urlTemplate.contains(QLatin1String("{y}"))) {
        setErrorString(QStringLiteral("tile URL template %1 lacks {z}, {x} or {y}").arg(urlTemplate));
    }
    if (m_cacheDirectory.isEmpty())
        m_cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
    m_userAgent = options.userAgent.isEmpty()
        ? QStringLiteral("IOCDesk/%1 (Qt %2)").arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())).toUtf8()
        : options.userAgent.toUtf8();

    m_network = new QNetworkAccessManager(this);
    auto* cache = new QNetworkDiskCache(m_network);
    QDir().mkpath(m_cacheDirectory);
    cache->setCacheDirectory(m_cacheDirectory);
    cache->setMaximumCacheSize(512LL * 1024 * 1024);
    m_network->setCache(cache);
    connect(m_network, &QNetworkAccessManager::finished, this, &XyzTileSource::finished);

    TileSourceInfo info;
    info.name = QUrl(urlTemplate).host();
    info.minimumZoom = 0;
    info.maximumZoom = 19;
    setInfo(info);
    if (!isValid())
        qCWarning(lcGeo).noquote() << errorString();
}

XyzTileSource::~XyzTileSource()
{
    // Replies are children of the manager; abort them without answering.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
    m_network->disconnect(this);
}

QUrl XyzTileSource::tileUrl(const TileId& tile) const
{
    static const char* const subdomains[] = {"a", "b", "c"};
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(tile.z));
    url.replace(QLatin1String("{x}"), QString::number(tile.x));
    url.replace(QLatin1String("{y}"), QString::number(tile.y));
    url.replace(QLatin1String("{s}"), QLatin1String(subdomains[(tile.x + tile.y) % 3]));
    return QUrl(url);
}

void XyzTileSource::request(const TileId& tile)
{
    const auto answerLater = [this, tile](TileFetch result) {
        QMetaObject::invokeMethod(this, [this, tile, result] { Q_EMIT fetched(tile, result); }, Qt::QueuedConnection);
    };
    if (!isValid()) {
        answerLater(TileFetch::failed(errorString()));
        return;
    }
    if (!tile.isValid()) {
        answerLater(TileFetch::absent());
        return;
    }
    const QUrl url = tileUrl(tile);
    if (m_offline && !m_network->cache()->metaData(url).isValid()) {
        answerLater(TileFetch::absent()); // offline: only what the disk cache holds
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         m_offline ? QNetworkRequest::AlwaysCache : QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    m_pending.insert(reply, tile);
}

void XyzTileSource::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const TileId tile = it.value();
    m_pending.erase(it);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    TileFetch result;
    if (status == 404 || status == 204 || reply->error() == QNetworkReply::ContentNotFoundError) {
        result = TileFetch::absent();
    } else if (reply->error() != QNetworkReply::NoError) {
        result = TileFetch::failed(QStringLiteral("%1: %2").arg(reply->url().host(), reply->errorString()));
    } else {
        const QByteArray data = reply->readAll();
        result = data.isEmpty() ? TileFetch::absent() : TileFetch::ofData(data);
    }
    Q_EMIT fetched(tile, result);
}

} // namespace ioc
