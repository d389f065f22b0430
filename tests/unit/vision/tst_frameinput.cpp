// SPDX-License-Identifier: GPL-3.0-or-later
// QVideoFrame → small analysis pictures, straight from the planes of each pixel format: the test builds
// frames of every format from one known BGR picture (four coloured quadrants) and checks the grey and
// colour pictures (sizes, mean of each quadrant) against that picture; 4-byte formats are also checked
// against Qt's own conversion (QVideoFrame::toImage) so that the byte order is Qt's, not an assumption.
#include "visiontesthelper.h"
#include "vision/frameinput.h"

#include <QImage>

#include <opencv2/imgproc.hpp>

using namespace ioc;

namespace {

constexpr int kW = 160;
constexpr int kH = 120;

// Quadrants: red, green / blue, grey (BGR).
cv::Mat reference()
{
    cv::Mat m(kH, kW, CV_8UC3);
    m(cv::Rect(0, 0, kW / 2, kH / 2)).setTo(cv::Scalar(40, 40, 200));
    m(cv::Rect(kW / 2, 0, kW / 2, kH / 2)).setTo(cv::Scalar(50, 180, 60));
    m(cv::Rect(0, kH / 2, kW / 2, kH / 2)).setTo(cv::Scalar(190, 70, 30));
    m(cv::Rect(kW / 2, kH / 2, kW / 2, kH / 2)).setTo(cv::Scalar(128, 128, 128));
    return m;
}

// Mean of the middle of each quadrant (away from the edges that chroma subsampling blurs).
QList<cv::Scalar> quadrantMeans(const cv::Mat& m)
{
    QList<cv::Scalar> out;
    const int w = m.cols / 2;
    const int h = m.rows / 2;
    for (int qy = 0; qy < 2; ++qy) {
        for (int qx = 0; qx < 2; ++qx)
            out.append(cv::mean(m(cv::Rect(qx * w + w / 4, qy * h + h / 4, w / 2, h / 2))));
    }
    return out;
}

QVideoFrame frameOf(QVideoFrameFormat::PixelFormat format)
{
    const cv::Mat bgr = reference();
    QVideoFrame frame(QVideoFrameFormat(QSize(kW, kH), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("cannot map a new frame");
    cv::Mat i420;
    cv::cvtColor(bgr, i420, cv::COLOR_BGR2YUV_I420); // Y (kH rows), U (kH/4 rows of kW), V
    const uchar* y = i420.ptr(0);
    const uchar* u = i420.ptr(kH);
    const uchar* v = u + (kW / 2) * (kH / 2);
    auto row = [&](int plane, int r) { return frame.bits(plane) + qsizetype(r) * frame.bytesPerLine(plane); };
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
        for (int r = 0; r < kH; ++r)
            memcpy(row(0, r), y + r * kW, kW);
        for (int r = 0; r < kH / 2; ++r) {
            for (int c = 0; c < kW / 2; ++c) {
                const uchar uu = u[r * kW / 2 + c];
                const uchar vv = v[r * kW / 2 + c];
                if (format == QVideoFrameFormat::Format_YUV420P) {
                    row(1, r)[c] = uu;
                    row(2, r)[c] = vv;
                } else if (format == QVideoFrameFormat::Format_YV12) {
                    row(1, r)[c] = vv;
                    row(2, r)[c] = uu;
                } else {
                    const bool nv12 = format == QVideoFrameFormat::Format_NV12;
                    row(1, r)[2 * c] = nv12 ? uu : vv;
                    row(1, r)[2 * c + 1] = nv12 ? vv : uu;
                }
            }
        }
        break;
    case QVideoFrameFormat::Format_UYVY:
    case QVideoFrameFormat::Format_YUYV:
        for (int r = 0; r < kH; ++r) {
            uchar* out = row(0, r);
            for (int c = 0; c < kW; c += 2) {
                const uchar uu = u[(r / 2) * kW / 2 + c / 2];
                const uchar vv = v[(r / 2) * kW / 2 + c / 2];
                const uchar y0 = y[r * kW + c];
                const uchar y1 = y[r * kW + c + 1];
                const uchar px[4] = {uu, y0, vv, y1};
                const uchar py[4] = {y0, uu, y1, vv};
                memcpy(out + 2 * c, format == QVideoFrameFormat::Format_UYVY ? px : py, 4);
            }
        }
        break;
    default: { // 4 bytes a pixel, named by their order in memory
        const QString name = QVideoFrameFormat::pixelFormatToString(format); // e.g. "BGRA8888"
        for (int r = 0; r < kH; ++r) {
            for (int c = 0; c < kW; ++c) {
                const cv::Vec3b p = bgr.at<cv::Vec3b>(r, c);
                uchar* o = row(0, r) + 4 * c;
                for (int k = 0; k < 4; ++k) {
                    const QChar ch = name.at(k);
                    o[k] = ch == u'B' ? p[0] : ch == u'G' ? p[1] : ch == u'R' ? p[2] : 255;
                }
            }
        }
    }
    }
    frame.unmap();
    return frame;
}

} // namespace

class TestFrameInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void convertsEveryPlaneLayout_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
        QTest::newRow("NV21") << int(QVideoFrameFormat::Format_NV21);
        QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P);
        QTest::newRow("YV12") << int(QVideoFrameFormat::Format_YV12);
        QTest::newRow("UYVY") << int(QVideoFrameFormat::Format_UYVY);
        QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV);
        QTest::newRow("BGRA8888") << int(QVideoFrameFormat::Format_BGRA8888);
        QTest::newRow("RGBA8888") << int(QVideoFrameFormat::Format_RGBA8888);
        QTest::newRow("ARGB8888") << int(QVideoFrameFormat::Format_ARGB8888);
        QTest::newRow("ABGR8888") << int(QVideoFrameFormat::Format_ABGR8888);
        QTest::newRow("XRGB8888") << int(QVideoFrameFormat::Format_XRGB8888);
    }

    void convertsEveryPlaneLayout()
    {
        QFETCH(int, format);
        FrameInput input;
        input.cameraKey = QStringLiteral("test/cam");
        input.frame = frameOf(QVideoFrameFormat::PixelFormat(format));
        AnalysisSizes sizes;
        sizes.analysisWidth = 80;
        sizes.detectWidth = 0;
        const Result<AnalysisFrame> f = prepareAnalysisFrame(input, sizes);
        QVERIFY2(f, qPrintable(f.errorMessage()));
        QCOMPARE(f.value().sourceSize, QSize(kW, kH));
        QCOMPARE(f.value().bgr.cols, 80);
        QCOMPARE(f.value().bgr.rows, 60);
        QCOMPARE(f.value().gray.type(), CV_8UC1);
        QCOMPARE(f.value().gray.cols, 80);
        QCOMPARE(f.value().detectGray.cols, kW);
        QCOMPARE(f.value().detectGray.rows, kH);

        cv::Mat refGray;
        cv::cvtColor(reference(), refGray, cv::COLOR_BGR2GRAY);
        const QList<cv::Scalar> wantColour = quadrantMeans(reference());
        const QList<cv::Scalar> wantGray = quadrantMeans(refGray);
        const QList<cv::Scalar> gotColour = quadrantMeans(f.value().bgr);
        const QList<cv::Scalar> gotGray = quadrantMeans(f.value().gray);
        const QList<cv::Scalar> gotDetect = quadrantMeans(f.value().detectGray);
        for (int q = 0; q < 4; ++q) {
            for (int ch = 0; ch < 3; ++ch) {
                QVERIFY2(std::abs(gotColour[q][ch] - wantColour[q][ch]) <= 12,
                         qPrintable(QStringLiteral("quadrant %1 channel %2: %3, expected %4").arg(q).arg(ch).arg(gotColour[q][ch]).arg(wantColour[q][ch])));
            }
            QVERIFY2(std::abs(gotGray[q][0] - wantGray[q][0]) <= 6, qPrintable(QStringLiteral("grey %1: %2 vs %3").arg(q).arg(gotGray[q][0]).arg(wantGray[q][0])));
            QVERIFY(std::abs(gotDetect[q][0] - wantGray[q][0]) <= 6);
        }
    }

    void fourByteOrderMatchesQtsOwnConversion_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("BGRA8888") << int(QVideoFrameFormat::Format_BGRA8888);
        QTest::newRow("RGBA8888") << int(QVideoFrameFormat::Format_RGBA8888);
        QTest::newRow("ARGB8888") << int(QVideoFrameFormat::Format_ARGB8888);
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
    }

    void fourByteOrderMatchesQtsOwnConversion()
    {
        QFETCH(int, format);
        FrameInput input;
        input.frame = frameOf(QVideoFrameFormat::PixelFormat(format));
        const QImage qt = input.frame.toImage().convertToFormat(QImage::Format_BGR888);
        QVERIFY(!qt.isNull());
        const cv::Mat qtBgr(qt.height(), qt.width(), CV_8UC3, const_cast<uchar*>(qt.constBits()), size_t(qt.bytesPerLine()));
        const cv::Mat ours = frameToBgr(input, kW);
        QCOMPARE(ours.cols, qt.width());
        const QList<cv::Scalar> a = quadrantMeans(ours);
        const QList<cv::Scalar> b = quadrantMeans(qtBgr);
        for (int q = 0; q < 4; ++q) {
            for (int ch = 0; ch < 3; ++ch)
                QVERIFY2(std::abs(a[q][ch] - b[q][ch]) <= 12, qPrintable(QStringLiteral("quadrant %1 channel %2: ours %3, Qt %4").arg(q).arg(ch).arg(a[q][ch]).arg(b[q][ch])));
        }
    }

    void otherFormatsGoThroughQtsConversion()
    {
        // 16-bit grey is not read from the planes: the fallback must still give the right picture.
        QVideoFrame frame(QVideoFrameFormat(QSize(kW, kH), QVideoFrameFormat::Format_Y16));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        cv::Mat refGray;
        cv::cvtColor(reference(), refGray, cv::COLOR_BGR2GRAY);
        for (int r = 0; r < kH; ++r) {
            auto* out = reinterpret_cast<quint16*>(frame.bits(0) + r * frame.bytesPerLine(0));
            for (int c = 0; c < kW; ++c)
                out[c] = quint16(refGray.at<uchar>(r, c) * 257);
        }
        frame.unmap();
        FrameInput input;
        input.frame = frame;
        const Result<AnalysisFrame> f = prepareAnalysisFrame(input, AnalysisSizes{});
        QVERIFY2(f, qPrintable(f.errorMessage()));
        QCOMPARE(f.value().bgr.cols, kW); // clamped to the source width
        const QList<cv::Scalar> want = quadrantMeans(refGray);
        const QList<cv::Scalar> got = quadrantMeans(f.value().gray);
        for (int q = 0; q < 4; ++q)
            QVERIFY2(std::abs(got[q][0] - want[q][0]) <= 3, qPrintable(QStringLiteral("%1: %2 vs %3").arg(q).arg(got[q][0]).arg(want[q][0])));
    }

    void matInputAndBadInput()
    {
        FrameInput input;
        input.bgr = reference();
        AnalysisSizes sizes;
        sizes.analysisWidth = 100; // 160×120 → 100×74 (75 rounded down to even)
        Result<AnalysisFrame> f = prepareAnalysisFrame(input, sizes);
        QVERIFY(f);
        QCOMPARE(f.value().bgr.cols, 100);
        QCOMPARE(f.value().bgr.rows, 74);
        QVERIFY(f.value().detectGray.empty()); // not asked for

        FrameInput empty;
        const Result<AnalysisFrame> e = prepareAnalysisFrame(empty, sizes);
        QVERIFY(!e);
        QCOMPARE(e.errorMessage(), QStringLiteral("the frame is empty or not a colour picture"));
        FrameInput grey;
        grey.bgr = cv::Mat(10, 10, CV_8UC1, cv::Scalar(0));
        QVERIFY(!prepareAnalysisFrame(grey, sizes));
    }
};

QTEST_MAIN(TestFrameInput)
#include "tst_frameinput.moc"
