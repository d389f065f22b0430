// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/dnndetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <opencv2/dnn.hpp>

#include <map>

namespace ioc {

struct VisionDnnText {
    Q_DECLARE_TR_FUNCTIONS(VisionDnnText)
};

struct DnnDetector::Net {
    cv::dnn::Net net;
};

DnnDetector::DnnDetector() : m_net(std::make_unique<Net>()) {}
DnnDetector::~DnnDetector() = default;
DnnDetector::DnnDetector(DnnDetector&&) noexcept = default;
DnnDetector& DnnDetector::operator=(DnnDetector&&) noexcept = default;

Result<DnnDetector> DnnDetector::load(const DnnSettings& settings)
{
    const QString modelName = QFileInfo(settings.model).fileName();
    if (settings.model.isEmpty() || !QFileInfo(settings.model).isFile())
        return fail(VisionDnnText::tr("the detection model %1 does not exist").arg(settings.model));
    QFile classFile(settings.classes);
    if (!classFile.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(VisionDnnText::tr("the class list %1 cannot be read").arg(settings.classes));
    DnnDetector d;
    d.m_settings = settings;
    for (const QByteArray& line : classFile.readAll().split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (!name.isEmpty())
            d.m_classes.append(name);
    }
    if (d.m_classes.isEmpty())
        return fail(VisionDnnText::tr("the class list %1 is empty").arg(settings.classes));
    try {
        d.m_net->net = cv::dnn::readNetFromONNX(settings.model.toStdString());
    } catch (const cv::Exception& e) {
        return fail(VisionDnnText::tr("the detection model %1 cannot be read: %2").arg(modelName, QString::fromStdString(e.msg).trimmed()));
    }
    if (d.m_net->net.empty())
        return fail(VisionDnnText::tr("the detection model %1 has no layers").arg(modelName));
    d.m_net->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    d.m_net->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    return d;
}

Result<std::vector<DnnDetector::Object>> DnnDetector::detect(const cv::Mat& bgr)
{
    const cv::Size input(m_settings.inputWidth, m_settings.inputHeight);
    cv::Mat output;
    try {
        const cv::Mat blob = cv::dnn::blobFromImage(bgr, 1.0 / 255.0, input, cv::Scalar(), true, false);
        m_net->net.setInput(blob);
        output = m_net->net.forward();
    } catch (const cv::Exception& e) {
        return fail(VisionDnnText::tr("the detection model failed: %1").arg(QString::fromStdString(e.msg).trimmed()));
    }
    const int width = 5 + int(m_classes.size());
    QString shape;
    for (int i = 0; i < output.dims; ++i)
        shape += (i ? QStringLiteral(", ") : QString()) + QString::number(output.size[i]);
    if (output.dims != 3 || output.size[0] != 1 || (output.size[2] != width && output.size[1] != width))
        return fail(VisionDnnText::tr("the detection model's output is [%1]; [1, N, %2] or [1, %2, N] was expected (%3 classes)")
                        .arg(shape).arg(width).arg(m_classes.size()));
    cv::Mat rows(output.size[1], output.size[2], CV_32F, output.ptr<float>());
    if (output.size[2] != width)
        rows = rows.t(); // [1, 5+C, N]: one column per box
    return decode(rows, m_classes, input, bgr.size(), m_settings.confidence, m_settings.nmsOverlap);
}

Result<std::vector<DnnDetector::Object>> DnnDetector::decode(const cv::Mat& output, const QStringList& classes, cv::Size input,
                                                             cv::Size picture, double confidence, double nmsOverlap)
{
    const int width = 5 + int(classes.size());
    if (output.type() != CV_32F || output.cols != width)
        return fail(VisionDnnText::tr("the detection model's rows have %1 values; %2 were expected").arg(output.cols).arg(width));
    const double sx = double(picture.width) / input.width;
    const double sy = double(picture.height) / input.height;
    std::map<int, std::pair<std::vector<cv::Rect>, std::vector<float>>> byClass;
    for (int i = 0; i < output.rows; ++i) {
        const float* row = output.ptr<float>(i);
        int best = 0;
        for (int c = 1; c < int(classes.size()); ++c) {
            if (row[5 + c] > row[5 + best])
                best = c;
        }
        const double conf = double(row[4]) * double(row[5 + best]);
        if (conf < confidence)
            continue;
        const double w = row[2] * sx;
        const double h = row[3] * sy;
        const cv::Rect box(int(std::lround(row[0] * sx - w / 2)), int(std::lround(row[1] * sy - h / 2)), int(std::lround(w)), int(std::lround(h)));
        byClass[best].first.push_back(box & cv::Rect(0, 0, picture.width, picture.height));
        byClass[best].second.push_back(float(conf));
    }
    std::vector<Object> out;
    for (const auto& [classId, found] : byClass) {
        std::vector<int> keep;
        cv::dnn::NMSBoxes(found.first, found.second, float(confidence), float(nmsOverlap), keep);
        for (int k : keep)
            out.push_back({found.first[size_t(k)], classId, classes.at(classId), double(found.second[size_t(k)])});
    }
    return out;
}

} // namespace ioc
