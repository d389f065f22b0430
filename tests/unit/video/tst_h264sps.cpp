// SPDX-License-Identifier: GPL-3.0-or-later
// The H.264 SPS reader that decides whether a camera states its frame rate (internal/h264sps.h), on
// parameter sets taken from real encoders: openh264 (no timing: the stream that crashed Qt 6.4's
// FFmpeg backend), x264 live (tune=zerolatency, 25 fps), x264 in the shipped vtest clip (10 fps),
// x264 High profile 1080p (chroma format fields, cropping, emulation-prevention bytes).

#include "video/internal/h264sps.h"

#include <QTest>

using namespace ioc;

namespace {

QByteArray nal(const char* base64)
{
    return QByteArray::fromBase64(base64);
}

} // namespace

class TstH264Sps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openh264HasNoTiming()
    {
        const auto sps = parseH264Sps(nal("Z0LAFIyNQKD5APCIRqA="));
        QVERIFY(sps);
        QCOMPARE(sps->profileIdc, 66);
        QCOMPARE(sps->size, QSize(320, 240));
        QVERIFY(!sps->timingInfo);
        QCOMPARE(sps->frameRate(), 0.0);
    }

    void x264LiveStatesItsRate()
    {
        const auto sps = parseH264Sps(nal("Z0LAFNoFB+wFqDAwNSgAAAMACAAAAwGUeKFV"));
        QVERIFY(sps);
        QCOMPARE(sps->size, QSize(320, 240));
        QVERIFY(sps->timingInfo);
        QCOMPARE(sps->frameRate(), 25.0);
    }

    void theShippedClipStatesItsRate()
    {
        const auto sps = parseH264Sps(nal("Z0LAH9oDAEmhAAADAAEAAAMAFA8YMqA="));
        QVERIFY(sps);
        QCOMPARE(sps->size, QSize(768, 576));
        QCOMPARE(sps->frameRate(), 10.0);
    }

    void highProfileWithCropping()
    {
        const auto sps = parseH264Sps(nal("Z2QAKKzZQHgCJ+XARAAAAwAEAAADAPA8YMZY"));
        QVERIFY(sps);
        QCOMPARE(sps->profileIdc, 100);
        QCOMPARE(sps->size, QSize(1920, 1080)); // 1088 coded, 8 lines cropped
        QCOMPARE(sps->frameRate(), 30.0);
    }

    void refusesWhatIsNotAnSps()
    {
        QVERIFY(!parseH264Sps({}));
        QVERIFY(!parseH264Sps(nal("aM48gA=="))); // the PPS beside it (type 8)
        QVERIFY(!parseH264Sps(QByteArray("\x67\x42", 2)));
    }

    void everyTruncationIsRefusedOrHasNoTiming()
    {
        // Cut anywhere, the reader neither crashes nor invents a frame rate: a cut inside the fields
        // before the timing is refused, and whatever it accepts says 25 fps or nothing.
        const QByteArray full = nal("Z0LAFNoFB+wFqDAwNSgAAAMACAAAAwGUeKFV");
        for (qsizetype length = 0; length < full.size(); ++length) {
            const auto sps = parseH264Sps(full.left(length));
            QVERIFY2(!sps || !sps->timingInfo || sps->frameRate() == 25.0, qPrintable(QString::number(length)));
        }
        QVERIFY(!parseH264Sps(full.left(full.size() / 2)));
    }
};

QTEST_APPLESS_MAIN(TstH264Sps)
#include "tst_h264sps.moc"
