// SPDX-License-Identifier: GPL-3.0-or-later
// The demo province's cameras play the shipped clips: every camera has a main stream and a 384-wide
// sub-stream, both resolving to files in resources/video, and the clips are handed out in turn.

#include "demo/demoprovince.h"
#include "video/camerastreams.h"

#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace ioc;

class TstDemoCameras : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyDemoCameraPlaysAShippedClip()
    {
        qputenv("IOC_VIDEO_DIR", QByteArray(IOC_VIDEO_SOURCE_DIR));
        Result<DemoProvince> province = DemoProvince::load();
        QVERIFY2(province.ok(), qPrintable(province.errorMessage()));
        const RecordBatch batch = province.value().seed(2026, QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
        int cameras = 0;
        QSet<QString> mainClips;
        for (const Asset& asset : batch.assets) {
            if (asset.kind != AssetKind::Camera)
                continue;
            ++cameras;
            const Result<CameraStreams> streams = cameraStreamsFromAsset(asset);
            QVERIFY2(streams.ok(), qPrintable(asset.key.externalId + u' ' + streams.errorMessage()));
            QCOMPARE(streams.value().variants.size(), 2);
            for (const StreamVariant& variant : streams.value().variants) {
                QVERIFY(variant.url.isLocalFile());
                QVERIFY2(QFileInfo::exists(variant.url.toLocalFile()), qPrintable(variant.url.toLocalFile()));
                QVERIFY(variant.size.isValid());
            }
            QCOMPARE(streams.value().variants.at(1).size.width(), 384);
            // A tile of 320×180 takes the sub-stream; maximised, the main one.
            QCOMPARE(chooseVariant(streams.value(), QSize(320, 180), false), 1);
            QCOMPARE(chooseVariant(streams.value(), QSize(320, 180), true), 0);
            mainClips.insert(streams.value().variants.at(0).url.fileName());
        }
        QVERIFY(cameras >= 20);
        QCOMPARE(mainClips.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TstDemoCameras)
#include "tst_democameras.moc"
