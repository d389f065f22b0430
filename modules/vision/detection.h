// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>

namespace ioc {

struct VisionBox {
    QRectF rect;     // pixels of the source frame
    double score = 0;
    QString label;   // "person", a DNN class, "object", "fire"
};

// A condition that holds on one analysed frame of a camera.
struct VisionFinding {
    QString detection;  // "crowd", "intrusion", "fire_smoke", "object" (the alert rule's `detection`)
    QString zone;       // the zone's id; empty: the whole picture
    int count = 0;      // people, objects
    double score = 0;   // the best box's score (fire: the flame fraction)
    QList<VisionBox> boxes;
};

// A finding with its camera, time and episode, as the pipeline reports it (GUI thread).
struct VisionDetection {
    QString cameraKey;
    QDateTime time;            // the frame's
    VisionFinding finding;
    QString episodeKey;        // "<detection>/<camera>/<zone>/<start, yyyyMMddTHHmmsszzz UTC>"
    bool episodeStart = false; // the first finding of its episode (the one that raises the alert)
    QString snapshotPath;      // PNG of the episode's first frame with the boxes drawn; empty if not written
};

} // namespace ioc

Q_DECLARE_METATYPE(ioc::VisionDetection)
