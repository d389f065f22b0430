// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/internal/sdpvideo.h"

namespace ioc {

std::optional<SdpVideo> videoOfSdp(const QByteArray& sdp)
{
    std::optional<SdpVideo> video;
    QByteArray payloadType; // of the first format of the video medium
    bool inVideo = false;
    QByteArray fmtp;
    for (QByteArray line : sdp.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("m=")) {
            if (video)
                break; // only the first video medium
            inVideo = line.startsWith("m=video ");
            if (inVideo) {
                video = SdpVideo{};
                const QList<QByteArray> fields = line.mid(2).split(' ');
                payloadType = fields.size() >= 4 ? fields.at(3) : QByteArray();
            }
            continue;
        }
        if (!inVideo)
            continue;
        if (line.startsWith("a=rtpmap:" + payloadType + ' ')) {
            const QByteArray mapping = line.mid(qsizetype(qstrlen("a=rtpmap:")) + payloadType.size() + 1);
            video->encoding = mapping.left(mapping.indexOf('/')).trimmed().toUpper();
        } else if (line.startsWith("a=fmtp:" + payloadType + ' ')) {
            fmtp = line.mid(qsizetype(qstrlen("a=fmtp:")) + payloadType.size() + 1);
        }
    }
    if (!video)
        return std::nullopt;
    if (video->encoding == "H264") {
        for (const QByteArray& parameter : fmtp.split(';')) {
            const QByteArray trimmed = parameter.trimmed();
            if (!trimmed.toLower().startsWith("sprop-parameter-sets="))
                continue;
            for (const QByteArray& set : trimmed.mid(qsizetype(qstrlen("sprop-parameter-sets="))).split(',')) {
                const QByteArray nal = QByteArray::fromBase64(set.trimmed());
                if (!nal.isEmpty())
                    video->parameterSets.append(nal);
            }
        }
    }
    return video;
}

} // namespace ioc
