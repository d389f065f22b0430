// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTime>

namespace ioc {

// When a zone is watched: on these days (1 = Monday … 7 = Sunday, ISO) from `from` to `to`, local time of
// the frame. from > to spans midnight ("22:00"-"06:00"). A zone without windows is always watched.
struct ScheduleWindow {
    QList<int> days{1, 2, 3, 4, 5, 6, 7};
    QTime from{0, 0};
    QTime to{23, 59, 59};
};

// A polygon on the picture in normalised coordinates (0..1 of the width and height), so that it keeps its
// place when the stream's size changes.
struct AnalyticsZone {
    enum class Kind { Intrusion, Crowd };
    QString id;                      // unique in the camera; [A-Za-z0-9_-]+
    Kind kind = Kind::Intrusion;
    QList<QPointF> points;           // at least 3
    QList<ScheduleWindow> schedule;  // empty: always
    double minObjectArea = 0.002;    // intrusion: smallest moving object, fraction of the picture's area
    double dwellSeconds = 1.0;       // intrusion: an object present this long (frame time) fires
    bool activeAt(const QDateTime& localTime) const;
};

struct MotionSettings {
    int threshold = 25;           // grey-level difference (0..255) that counts as a changed pixel
    double minArea = 0.002;       // changed fraction of the picture that counts as motion
};

// HOG people detector (OpenCV's default people detector). width: the picture is scaled to this width
// before detection (0: the frame's own width). winStride and padding in pixels of that picture.
// regions (JSON "motion" or "frame"): Motion runs HOG only on the regions where the motion gate saw change
// and where people stood on the last analysed frame (each padded by the HOG window), and on the whole
// picture when those cover most of it; Frame runs HOG on every analysed picture whole.
struct PeopleSettings {
    enum class Regions { Motion, Frame };
    bool enabled = false;
    Regions regions = Regions::Motion;
    int width = 0;
    int winStride = 8;
    int padding = 8;
    double scale = 1.05;
    double hitThreshold = 0;
    double nmsOverlap = 0.4;      // boxes overlapping more than this (IoU) are one person
    double minScore = 0;          // HOG weight below which a box is dropped
};

// Crowd: at least minPeople people (box foot inside a crowd zone, or anywhere when no crowd zone) for
// `seconds` of frame time.
struct CrowdSettings {
    bool enabled = false;
    int minPeople = 5;
    double seconds = 3;
};

// Fire / smoke heuristic (docs/vision.md states its limits).
struct FireSettings {
    bool enabled = false;
    double minArea = 0.001;       // flame-coloured fraction of the picture
    double minFlicker = 0.15;     // changed fraction of the flame pixels between analysed frames (mean)
    double seconds = 2;           // both held this long (frame time)
};

// Optional object detector: an ONNX model with YOLO-style output [1, N, 5+C] or [1, 5+C, N]
// (cx, cy, w, h in input pixels, objectness, C class scores); classes: a text file, one name a line.
struct DnnSettings {
    bool enabled = false;
    QString model;
    QString classes;
    int inputWidth = 640;
    int inputHeight = 640;
    double confidence = 0.5;
    double nmsOverlap = 0.45;
    QStringList alertClasses;     // classes that raise an alert (empty: every class)
};

// One camera's analytics: saved as JSON (one file per camera), validated as a whole.
struct CameraAnalyticsConfig {
    bool enabled = true;
    double maxFps = 5;            // frames analysed per second at most; the others are dropped, never queued
    int analysisWidth = 320;      // width of the small picture of the motion gate, MOG2 and fire
    double quietSeconds = 30;     // an episode ends after this long without the condition
    int snapshotWidth = 640;
    MotionSettings motion;
    PeopleSettings people;
    CrowdSettings crowd;
    FireSettings fire;
    DnnSettings dnn;
    QList<AnalyticsZone> zones;

    bool anyDetector() const;

    QJsonObject toJson() const;
    // Every fault is named with its JSON path ("zones[1].points: a zone needs at least 3 points, it has 2").
    static Result<CameraAnalyticsConfig> fromJson(const QJsonObject& json);
    Result<void> validate() const;

    // One file per camera in `folder`: "<camera key with '/' as '_'>.json".
    static QString fileFor(const QString& folder, const QString& cameraKey);
    Result<void> save(const QString& folder, const QString& cameraKey) const;
    static Result<CameraAnalyticsConfig> load(const QString& folder, const QString& cameraKey);
};

} // namespace ioc
