// SPDX-License-Identifier: GPL-3.0-or-later
// The ONNX detector on tiny models the test builds itself (make_yolo_onnx.py, python3-onnx): both YOLO
// output layouts decode to the same boxes (scaled to the picture, NMS applied, weak rows dropped); a
// missing file, a file that is not a model and a model with another output shape are clear errors; in a
// camera, a failing model is switched off and the other detectors go on.
#include "visiontesthelper.h"
#include "vision/cameraanalyzer.h"
#include "vision/dnndetector.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <opencv2/imgproc.hpp>

using namespace ioc;

namespace {

QString makeModel(const QTemporaryDir& dir, const QString& layout)
{
    const QString path = dir.filePath(layout + QStringLiteral(".onnx"));
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(IOC_VISION_TEST_SCRIPTS "/make_yolo_onnx.py"), path, layout});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("make_yolo_onnx.py failed (python3-onnx installed?): %s", p.readAllStandardError().constData());
    return path;
}

DnnSettings settings(const QString& model, const QString& classes)
{
    DnnSettings s;
    s.enabled = true;
    s.model = model;
    s.classes = classes;
    s.inputWidth = 64;
    s.inputHeight = 64;
    s.confidence = 0.5;
    s.nmsOverlap = 0.45;
    return s;
}

} // namespace

class TestDnnDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_classes = m_dir.filePath(QStringLiteral("classes.txt"));
        QFile f(m_classes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("person\ncar\n");
    }

    void bothLayoutsDecodeToTheSameBoxes_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("[1, N, 5+C]") << QStringLiteral("rows");
        QTest::newRow("[1, 5+C, N]") << QStringLiteral("cols");
    }

    void bothLayoutsDecodeToTheSameBoxes()
    {
        QFETCH(QString, layout);
        Result<DnnDetector> d = DnnDetector::load(settings(makeModel(m_dir, layout), m_classes));
        QVERIFY2(d, qPrintable(d.errorMessage()));
        DnnDetector detector = std::move(d).value();
        QCOMPARE(detector.classes(), (QStringList{QStringLiteral("person"), QStringLiteral("car")}));
        const cv::Mat picture(480, 640, CV_8UC3, cv::Scalar(90, 120, 140));
        const Result<std::vector<DnnDetector::Object>> found = detector.detect(picture);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QCOMPARE(found.value().size(), size_t(2)); // the shifted duplicate is suppressed, the weak row dropped
        const DnnDetector::Object* person = nullptr;
        const DnnDetector::Object* car = nullptr;
        for (const DnnDetector::Object& o : found.value())
            (o.label == u"person" ? person : car) = &o;
        QVERIFY(person && car);
        // Input pixels × (640/64, 480/64).
        QCOMPARE(person->box, cv::Rect(80, 30, 160, 180));
        QVERIFY(std::abs(person->confidence - 0.81) < 1e-4);
        QCOMPARE(car->classId, 1);
        QCOMPARE(car->box, cv::Rect(420, 255, 120, 90));
        QVERIFY(std::abs(car->confidence - 0.72) < 1e-4);
    }

    void missingAndMalformedFilesAreClearErrors()
    {
        const Result<DnnDetector> missing = DnnDetector::load(settings(m_dir.filePath(QStringLiteral("nope.onnx")), m_classes));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().startsWith(QStringLiteral("the detection model ")) && missing.errorMessage().endsWith(QStringLiteral("nope.onnx does not exist")),
                 qPrintable(missing.errorMessage()));

        const QString junk = m_dir.filePath(QStringLiteral("junk.onnx"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a protobuf, just some text pretending to be a model");
        f.close();
        const Result<DnnDetector> malformed = DnnDetector::load(settings(junk, m_classes));
        QVERIFY(!malformed);
        QVERIFY2(malformed.errorMessage().startsWith(QStringLiteral("the detection model junk.onnx cannot be read")), qPrintable(malformed.errorMessage()));

        const Result<DnnDetector> noClasses = DnnDetector::load(settings(makeModel(m_dir, QStringLiteral("rows")), m_dir.filePath(QStringLiteral("none.txt"))));
        QVERIFY(!noClasses);
        QVERIFY(noClasses.errorMessage().startsWith(QStringLiteral("the class list ")));
    }

    void anotherOutputShapeIsAClearError()
    {
        Result<DnnDetector> d = DnnDetector::load(settings(makeModel(m_dir, QStringLiteral("bad")), m_classes));
        QVERIFY2(d, qPrintable(d.errorMessage())); // it loads: only its output is wrong
        DnnDetector detector = std::move(d).value();
        const Result<std::vector<DnnDetector::Object>> found = detector.detect(cv::Mat(120, 160, CV_8UC3, cv::Scalar(0)));
        QVERIFY(!found);
        QCOMPARE(found.errorMessage(), QStringLiteral("the detection model's output is [1, 4, 4]; [1, N, 7] or [1, 7, N] was expected (2 classes)"));
    }

    void inACameraAFailingModelIsSwitchedOffAndTheRestGoesOn()
    {
        CameraAnalyticsConfig c;
        c.dnn = settings(makeModel(m_dir, QStringLiteral("bad")), m_classes);
        c.fire.enabled = true;
        c.fire.seconds = 0;
        c.motion.minArea = 0;
        CameraAnalyzer analyzer(QStringLiteral("test/cam"), c);
        cv::Mat picture(240, 320, CV_8UC3, cv::Scalar(60, 60, 60));
        const QDateTime t0 = test::clipStart();
        Result<CameraAnalyzer::Outcome> first = analyzer.analyse({QStringLiteral("test/cam"), {}, picture, t0});
        QVERIFY(first);
        QVERIFY(first.value().dnnError.contains(QStringLiteral("[1, 4, 4]")));
        QVERIFY(analyzer.dnnError().contains(QStringLiteral("[1, 4, 4]")));
        // Later frames: no DNN error again, the fire detector still runs (a flickering flame fires).
        bool fire = false;
        for (int i = 1; i <= 6; ++i) {
            cv::Mat f = picture.clone();
            cv::circle(f, cv::Point(160, 120), i % 2 ? 30 : 18, cv::Scalar(30, 140, 250), cv::FILLED);
            Result<CameraAnalyzer::Outcome> out = analyzer.analyse({QStringLiteral("test/cam"), {}, f, t0.addMSecs(200 * i)});
            QVERIFY(out);
            QVERIFY(out.value().dnnError.isEmpty());
            for (const VisionFinding& finding : out.value().findings)
                fire = fire || finding.detection == u"fire_smoke";
        }
        QVERIFY(fire);

        // A model that works: an "object" finding with the boxes in the frame's pixels.
        CameraAnalyticsConfig ok;
        ok.dnn = settings(makeModel(m_dir, QStringLiteral("rows")), m_classes);
        ok.dnn.alertClasses = {QStringLiteral("person")};
        CameraAnalyzer good(QStringLiteral("test/cam2"), ok);
        Result<CameraAnalyzer::Outcome> out = good.analyse({QStringLiteral("test/cam2"), {}, cv::Mat(480, 640, CV_8UC3, cv::Scalar(1, 2, 3)), t0});
        QVERIFY(out);
        QCOMPARE(out.value().findings.size(), 1);
        const VisionFinding& f = out.value().findings.first();
        QCOMPARE(f.detection, QStringLiteral("object"));
        QCOMPARE(f.count, 1); // only "person" alerts
        QCOMPARE(f.boxes.first().label, QStringLiteral("person"));
        QVERIFY2(std::abs(f.boxes.first().rect.x() - 80) <= 2 && std::abs(f.boxes.first().rect.width() - 160) <= 2,
                 qPrintable(QStringLiteral("%1 %2").arg(f.boxes.first().rect.x()).arg(f.boxes.first().rect.width())));
    }

private:
    QTemporaryDir m_dir;
    QString m_classes;
};

QTEST_GUILESS_MAIN(TestDnnDetector)
#include "tst_dnndetector.moc"
