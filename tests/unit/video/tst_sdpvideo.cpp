// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the video medium out of an RTSP camera's session description (internal/sdpvideo.h).

#include "video/internal/sdpvideo.h"

#include <QTest>

using namespace ioc;

class TstSdpVideo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gstRtspServerH264()
    {
        // As gst-rtsp-server answers DESCRIBE (CRLF line ends).
        const QByteArray sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=Session\r\nt=0 0\r\na=control:*\r\n"
                               "m=video 0 RTP/AVP 96\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:96 H264/90000\r\n"
                               "a=framerate:25\r\na=fmtp:96 packetization-mode=1;sprop-parameter-sets="
                               "Z0LAFIyNQKD5APCIRqA=,aM48gA==;profile-level-id=42c014\r\na=control:stream=0\r\n";
        const auto video = videoOfSdp(sdp);
        QVERIFY(video);
        QCOMPARE(video->encoding, QByteArray("H264"));
        QCOMPARE(video->parameterSets.size(), 2);
        QCOMPARE(quint8(video->parameterSets.at(0).at(0)) & 0x1f, 7);
        QCOMPARE(quint8(video->parameterSets.at(1).at(0)) & 0x1f, 8);
    }

    void audioFirstAndTheVideosOwnPayloadType()
    {
        // The audio medium's fmtp must not be taken for the video's; the video uses payload type 97.
        const QByteArray sdp = "v=0\nm=audio 0 RTP/AVP 96\na=rtpmap:96 MPEG4-GENERIC/16000\n"
                               "a=fmtp:96 sprop-parameter-sets=Z0LAFIyNQKD5APCIRqA=\n"
                               "m=video 0 RTP/AVP 97 98\na=rtpmap:98 JPEG/90000\na=rtpmap:97 h264/90000\n"
                               "a=fmtp:98 sprop-parameter-sets=aM48gA==\na=fmtp:97 packetization-mode=1\n";
        const auto video = videoOfSdp(sdp);
        QVERIFY(video);
        QCOMPARE(video->encoding, QByteArray("H264"));
        QVERIFY(video->parameterSets.isEmpty());
    }

    void h265AndNoVideo()
    {
        const auto h265 = videoOfSdp("m=video 0 RTP/AVP 96\na=rtpmap:96 H265/90000\na=fmtp:96 sprop-sps=QgEB\n");
        QVERIFY(h265);
        QCOMPARE(h265->encoding, QByteArray("H265"));
        QVERIFY(!videoOfSdp("v=0\nm=audio 0 RTP/AVP 0\n"));
        QVERIFY(!videoOfSdp({}));
    }
};

QTEST_APPLESS_MAIN(TstSdpVideo)
#include "tst_sdpvideo.moc"
