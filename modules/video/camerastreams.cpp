// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/camerastreams.h"

#include "core/redaction.h"
#include "video/internal/videotext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>

#include <limits>

namespace ioc {

namespace {

bool isNetworkScheme(const QString& scheme)
{
    return scheme == u"rtsp" || scheme == u"rtsps" || scheme == u"http" || scheme == u"https";
}

Result<StreamVariant> variantFrom(const QVariant& item, int index)
{
    QString text;
    int width = 0;
    int height = 0;
    if (item.typeId() == QMetaType::QString) {
        text = item.toString();
    } else {
        const QVariantMap map = item.toMap();
        text = map.value(QStringLiteral("url")).toString();
        width = map.value(QStringLiteral("width")).toInt();
        height = map.value(QStringLiteral("height")).toInt();
    }
    if (text.trimmed().isEmpty())
        return fail(VideoText::tr("Stream %1 has no URL.").arg(index + 1));
    Result<QUrl> url = resolveStreamUrl(text.trimmed());
    if (!url)
        return fail(VideoText::tr("Stream %1: %2").arg(index + 1).arg(url.errorMessage()));
    StreamVariant variant;
    variant.url = url.value();
    if (width > 0 && height > 0)
        variant.size = QSize(width, height);
    return variant;
}

Result<CameraStreams> streamsFrom(const QString& key, const QString& name, const QVariantList& items)
{
    if (items.isEmpty())
        return fail(VideoText::tr("Camera %1 has no stream configured.").arg(name.isEmpty() ? key : name));
    CameraStreams streams;
    streams.cameraKey = key;
    streams.name = name;
    for (int i = 0; i < items.size(); ++i) {
        Result<StreamVariant> variant = variantFrom(items.at(i), i);
        if (!variant)
            return variant.error();
        streams.variants.append(std::move(variant).value());
    }
    return streams;
}

} // namespace

Result<CameraStreams> cameraStreamsFromAsset(const Asset& asset)
{
    const QJsonValue streams = asset.properties.value(QStringLiteral("streams"));
    return streamsFrom(asset.key.externalId, asset.name, streams.toArray().toVariantList());
}

Result<CameraStreams> cameraStreamsFromVariant(const QVariantMap& camera)
{
    return streamsFrom(camera.value(QStringLiteral("key")).toString(), camera.value(QStringLiteral("name")).toString(),
                       camera.value(QStringLiteral("streams")).toList());
}

Result<QUrl> resolveStreamUrl(const QString& text)
{
    if (text.startsWith(u"demo:")) {
        const QString clip = text.mid(5);
        if (clip.isEmpty() || clip.contains(u"..") || QDir::isAbsolutePath(clip))
            return fail(VideoText::tr("'%1' is not a clip name.").arg(clip));
        return QUrl::fromLocalFile(QDir(videoClipsDirectory()).filePath(clip));
    }
    if (text.startsWith(u'/'))
        return QUrl::fromLocalFile(QDir::cleanPath(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(VideoText::tr("The URL is malformed."));
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty()) // a relative path: a clip of the shipped folder
        return QUrl::fromLocalFile(QDir(videoClipsDirectory()).filePath(QDir::cleanPath(text)));
    if (scheme == u"file")
        return url;
    if (!isNetworkScheme(scheme))
        return fail(VideoText::tr("The scheme '%1' is not supported (rtsp, rtsps, http, https or file).").arg(scheme));
    if (url.host().isEmpty())
        return fail(VideoText::tr("The URL has no host."));
    return url;
}

int chooseVariant(const CameraStreams& streams, QSize tile, bool maximised)
{
    if (streams.variants.isEmpty())
        return -1;
    if (maximised)
        return 0;
    const auto area = [](QSize size) {
        return size.isValid() ? qint64(size.width()) * size.height() : std::numeric_limits<qint64>::max();
    };
    int smallestFitting = -1;
    int largest = 0;
    for (int i = 0; i < streams.variants.size(); ++i) {
        const QSize size = streams.variants.at(i).size;
        if (area(size) > area(streams.variants.at(largest).size))
            largest = i;
        const bool fits = !size.isValid() || (size.width() >= tile.width() && size.height() >= tile.height());
        if (fits && (smallestFitting < 0 || area(size) < area(streams.variants.at(smallestFitting).size)))
            smallestFitting = i;
    }
    return smallestFitting >= 0 ? smallestFitting : largest;
}

QString videoClipsDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("IOC_VIDEO_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (QCoreApplication::instance()) {
        const QString installed =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../" IOC_VIDEO_INSTALL_SUBDIR));
        if (QFileInfo(installed).isDir())
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(IOC_VIDEO_SOURCE_DIR);
}

} // namespace ioc
