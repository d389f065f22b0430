// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The first video medium of an SDP session description (RFC 8866) as an RTSP camera answers DESCRIBE:
// its encoding (rtpmap, e.g. "H264") and, for H.264 (RFC 6184), the parameter sets it announces
// (sprop-parameter-sets, base64-decoded NAL units). Pure function, any thread.

#include <QByteArray>
#include <QList>

#include <optional>

namespace ioc {

struct SdpVideo {
    QByteArray encoding;               // upper case, e.g. "H264", "H265", "JPEG"; empty when no rtpmap
    QList<QByteArray> parameterSets;   // H.264 only: SPS/PPS NAL units in the announced order
};

// nullopt when the description has no video medium.
std::optional<SdpVideo> videoOfSdp(const QByteArray& sdp);

} // namespace ioc
