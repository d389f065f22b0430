// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/analyticsconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace ioc {

struct VisionConfigText {
    Q_DECLARE_TR_FUNCTIONS(VisionConfigText)
};

namespace {

QString timeText(const QTime& t) { return t.toString(QStringLiteral("HH:mm")); }

// Reads a number field when present; a present non-number is an error.
bool readNumber(const QJsonObject& o, const char* key, double& out, const QString& path, QString& error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble()) {
        error = VisionConfigText::tr("%1.%2: a number is expected").arg(path, QLatin1String(key));
        return false;
    }
    out = v.toDouble();
    return true;
}

bool readInt(const QJsonObject& o, const char* key, int& out, const QString& path, QString& error)
{
    double d = out;
    if (!readNumber(o, key, d, path, error))
        return false;
    out = int(d);
    return true;
}

bool readBool(const QJsonObject& o, const char* key, bool& out, const QString& path, QString& error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool()) {
        error = VisionConfigText::tr("%1.%2: true or false is expected").arg(path, QLatin1String(key));
        return false;
    }
    out = v.toBool();
    return true;
}

QString readString(const QJsonObject& o, const char* key, const QString& fallback = {})
{
    return o.value(QLatin1String(key)).toString(fallback);
}

QString kindCode(AnalyticsZone::Kind k) { return k == AnalyticsZone::Kind::Crowd ? QStringLiteral("crowd") : QStringLiteral("intrusion"); }

} // namespace

bool AnalyticsZone::activeAt(const QDateTime& localTime) const
{
    if (schedule.isEmpty())
        return true;
    const QTime t = localTime.time();
    const int day = localTime.date().dayOfWeek();
    for (const ScheduleWindow& w : schedule) {
        if (w.from <= w.to) {
            if (w.days.contains(day) && t >= w.from && t <= w.to)
                return true;
        } else {
            // Spans midnight: the evening part belongs to `day`, the morning part to the day before.
            const int previous = day == 1 ? 7 : day - 1;
            if ((w.days.contains(day) && t >= w.from) || (w.days.contains(previous) && t <= w.to))
                return true;
        }
    }
    return false;
}

bool CameraAnalyticsConfig::anyDetector() const
{
    if (!enabled)
        return false;
    const bool intrusion = std::any_of(zones.begin(), zones.end(), [](const AnalyticsZone& z) { return z.kind == AnalyticsZone::Kind::Intrusion; });
    return people.enabled || crowd.enabled || fire.enabled || dnn.enabled || intrusion;
}

QJsonObject CameraAnalyticsConfig::toJson() const
{
    QJsonArray zoneArray;
    for (const AnalyticsZone& z : zones) {
        QJsonArray pts;
        for (const QPointF& p : z.points)
            pts.append(QJsonArray{p.x(), p.y()});
        QJsonArray windows;
        for (const ScheduleWindow& w : z.schedule) {
            QJsonArray days;
            for (int d : w.days)
                days.append(d);
            windows.append(QJsonObject{{QStringLiteral("days"), days}, {QStringLiteral("from"), timeText(w.from)},
                                       {QStringLiteral("to"), timeText(w.to)}});
        }
        zoneArray.append(QJsonObject{{QStringLiteral("id"), z.id}, {QStringLiteral("kind"), kindCode(z.kind)},
                                     {QStringLiteral("points"), pts}, {QStringLiteral("schedule"), windows},
                                     {QStringLiteral("minObjectArea"), z.minObjectArea},
                                     {QStringLiteral("dwellSeconds"), z.dwellSeconds}});
    }
    return QJsonObject{
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("maxFps"), maxFps},
        {QStringLiteral("analysisWidth"), analysisWidth},
        {QStringLiteral("quietSeconds"), quietSeconds},
        {QStringLiteral("snapshotWidth"), snapshotWidth},
        {QStringLiteral("motion"), QJsonObject{{QStringLiteral("threshold"), motion.threshold}, {QStringLiteral("minArea"), motion.minArea}}},
        {QStringLiteral("people"), QJsonObject{{QStringLiteral("enabled"), people.enabled}, {QStringLiteral("width"), people.width},
                                               {QStringLiteral("winStride"), people.winStride}, {QStringLiteral("padding"), people.padding},
                                               {QStringLiteral("scale"), people.scale}, {QStringLiteral("hitThreshold"), people.hitThreshold},
                                               {QStringLiteral("nmsOverlap"), people.nmsOverlap}, {QStringLiteral("minScore"), people.minScore},
                                               {QStringLiteral("regions"), people.regions == PeopleSettings::Regions::Frame ? QStringLiteral("frame") : QStringLiteral("motion")}}},
        {QStringLiteral("crowd"), QJsonObject{{QStringLiteral("enabled"), crowd.enabled}, {QStringLiteral("minPeople"), crowd.minPeople},
                                              {QStringLiteral("seconds"), crowd.seconds}}},
        {QStringLiteral("fire"), QJsonObject{{QStringLiteral("enabled"), fire.enabled}, {QStringLiteral("minArea"), fire.minArea},
                                             {QStringLiteral("minFlicker"), fire.minFlicker}, {QStringLiteral("seconds"), fire.seconds}}},
        {QStringLiteral("dnn"), QJsonObject{{QStringLiteral("enabled"), dnn.enabled}, {QStringLiteral("model"), dnn.model},
                                            {QStringLiteral("classes"), dnn.classes}, {QStringLiteral("inputWidth"), dnn.inputWidth},
                                            {QStringLiteral("inputHeight"), dnn.inputHeight}, {QStringLiteral("confidence"), dnn.confidence},
                                            {QStringLiteral("nmsOverlap"), dnn.nmsOverlap},
                                            {QStringLiteral("alertClasses"), QJsonArray::fromStringList(dnn.alertClasses)}}},
        {QStringLiteral("zones"), zoneArray},
    };
}

Result<CameraAnalyticsConfig> CameraAnalyticsConfig::fromJson(const QJsonObject& json)
{
    CameraAnalyticsConfig c;
    QString e;
    const QString root = QStringLiteral("analytics");
    if (!readBool(json, "enabled", c.enabled, root, e) || !readNumber(json, "maxFps", c.maxFps, root, e)
        || !readInt(json, "analysisWidth", c.analysisWidth, root, e) || !readNumber(json, "quietSeconds", c.quietSeconds, root, e)
        || !readInt(json, "snapshotWidth", c.snapshotWidth, root, e))
        return fail(e);
    const QJsonObject m = json.value(QStringLiteral("motion")).toObject();
    if (!readInt(m, "threshold", c.motion.threshold, QStringLiteral("motion"), e) || !readNumber(m, "minArea", c.motion.minArea, QStringLiteral("motion"), e))
        return fail(e);
    const QJsonObject p = json.value(QStringLiteral("people")).toObject();
    const QString pp = QStringLiteral("people");
    if (!readBool(p, "enabled", c.people.enabled, pp, e) || !readInt(p, "width", c.people.width, pp, e)
        || !readInt(p, "winStride", c.people.winStride, pp, e) || !readInt(p, "padding", c.people.padding, pp, e)
        || !readNumber(p, "scale", c.people.scale, pp, e) || !readNumber(p, "hitThreshold", c.people.hitThreshold, pp, e)
        || !readNumber(p, "nmsOverlap", c.people.nmsOverlap, pp, e) || !readNumber(p, "minScore", c.people.minScore, pp, e))
        return fail(e);
    if (const QJsonValue regions = p.value(QStringLiteral("regions")); !regions.isUndefined()) {
        if (regions == QStringLiteral("motion"))
            c.people.regions = PeopleSettings::Regions::Motion;
        else if (regions == QStringLiteral("frame"))
            c.people.regions = PeopleSettings::Regions::Frame;
        else
            return fail(VisionConfigText::tr("people.regions: \"motion\" or \"frame\" is expected"));
    }
    const QJsonObject cr = json.value(QStringLiteral("crowd")).toObject();
    const QString cp = QStringLiteral("crowd");
    if (!readBool(cr, "enabled", c.crowd.enabled, cp, e) || !readInt(cr, "minPeople", c.crowd.minPeople, cp, e)
        || !readNumber(cr, "seconds", c.crowd.seconds, cp, e))
        return fail(e);
    const QJsonObject f = json.value(QStringLiteral("fire")).toObject();
    const QString fp = QStringLiteral("fire");
    if (!readBool(f, "enabled", c.fire.enabled, fp, e) || !readNumber(f, "minArea", c.fire.minArea, fp, e)
        || !readNumber(f, "minFlicker", c.fire.minFlicker, fp, e) || !readNumber(f, "seconds", c.fire.seconds, fp, e))
        return fail(e);
    const QJsonObject d = json.value(QStringLiteral("dnn")).toObject();
    const QString dp = QStringLiteral("dnn");
    if (!readBool(d, "enabled", c.dnn.enabled, dp, e) || !readInt(d, "inputWidth", c.dnn.inputWidth, dp, e)
        || !readInt(d, "inputHeight", c.dnn.inputHeight, dp, e) || !readNumber(d, "confidence", c.dnn.confidence, dp, e)
        || !readNumber(d, "nmsOverlap", c.dnn.nmsOverlap, dp, e))
        return fail(e);
    c.dnn.model = readString(d, "model");
    c.dnn.classes = readString(d, "classes");
    for (const QJsonValue& v : d.value(QStringLiteral("alertClasses")).toArray())
        c.dnn.alertClasses.append(v.toString());

    const QJsonArray zones = json.value(QStringLiteral("zones")).toArray();
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString zp = QStringLiteral("zones[%1]").arg(i);
        const QJsonObject zo = zones.at(i).toObject();
        AnalyticsZone z;
        z.id = readString(zo, "id");
        const QString kind = readString(zo, "kind", QStringLiteral("intrusion"));
        if (kind == u"crowd")
            z.kind = AnalyticsZone::Kind::Crowd;
        else if (kind == u"intrusion")
            z.kind = AnalyticsZone::Kind::Intrusion;
        else
            return fail(VisionConfigText::tr("%1.kind: \"%2\" is not a zone kind (intrusion, crowd)").arg(zp, kind));
        for (const QJsonValue& pv : zo.value(QStringLiteral("points")).toArray()) {
            const QJsonArray xy = pv.toArray();
            if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                return fail(VisionConfigText::tr("%1.points: each point is [x, y]").arg(zp));
            z.points.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
        }
        if (!readNumber(zo, "minObjectArea", z.minObjectArea, zp, e) || !readNumber(zo, "dwellSeconds", z.dwellSeconds, zp, e))
            return fail(e);
        for (const QJsonValue& wv : zo.value(QStringLiteral("schedule")).toArray()) {
            const QJsonObject wo = wv.toObject();
            ScheduleWindow w;
            if (wo.contains(QStringLiteral("days"))) {
                w.days.clear();
                for (const QJsonValue& dv : wo.value(QStringLiteral("days")).toArray())
                    w.days.append(dv.toInt());
            }
            w.from = QTime::fromString(readString(wo, "from", QStringLiteral("00:00")), QStringLiteral("HH:mm"));
            w.to = QTime::fromString(readString(wo, "to", QStringLiteral("23:59")), QStringLiteral("HH:mm"));
            if (!w.from.isValid() || !w.to.isValid())
                return fail(VisionConfigText::tr("%1.schedule: times are \"HH:mm\"").arg(zp));
            z.schedule.append(w);
        }
        c.zones.append(z);
    }
    if (Result<void> valid = c.validate(); !valid)
        return valid.error();
    return c;
}

Result<void> CameraAnalyticsConfig::validate() const
{
    if (maxFps <= 0 || maxFps > 60)
        return fail(VisionConfigText::tr("maxFps: %1 is outside 0 to 60 frames a second").arg(maxFps));
    if (analysisWidth < 64 || analysisWidth > 1920)
        return fail(VisionConfigText::tr("analysisWidth: %1 is outside 64 to 1920 pixels").arg(analysisWidth));
    if (quietSeconds < 0)
        return fail(VisionConfigText::tr("quietSeconds: must not be negative"));
    if (motion.threshold < 1 || motion.threshold > 255 || motion.minArea < 0 || motion.minArea > 1)
        return fail(VisionConfigText::tr("motion: threshold is 1 to 255 and minArea 0 to 1"));
    if (people.winStride < 1 || people.padding < 0 || people.scale <= 1.0 || people.width < 0)
        return fail(VisionConfigText::tr("people: winStride must be at least 1, padding not negative, scale above 1"));
    if (crowd.enabled && (crowd.minPeople < 1 || crowd.seconds < 0))
        return fail(VisionConfigText::tr("crowd: minPeople must be at least 1"));
    if (dnn.enabled && (dnn.inputWidth < 8 || dnn.inputHeight < 8 || dnn.confidence < 0 || dnn.confidence > 1))
        return fail(VisionConfigText::tr("dnn: the input is at least 8×8 pixels and the confidence 0 to 1"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QStringList ids;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const AnalyticsZone& z = zones.at(i);
        const QString zp = QStringLiteral("zones[%1]").arg(i);
        if (!idPattern.match(z.id).hasMatch())
            return fail(VisionConfigText::tr("%1.id: \"%2\" is not a zone id (letters, digits, _ and -)").arg(zp, z.id));
        if (ids.contains(z.id))
            return fail(VisionConfigText::tr("%1.id: the zone \"%2\" is defined twice").arg(zp, z.id));
        ids.append(z.id);
        if (z.points.size() < 3)
            return fail(VisionConfigText::tr("%1.points: a zone needs at least 3 points, it has %2").arg(zp).arg(z.points.size()));
        for (const QPointF& pt : z.points) {
            if (pt.x() < 0 || pt.x() > 1 || pt.y() < 0 || pt.y() > 1)
                return fail(VisionConfigText::tr("%1.points: coordinates are fractions of the picture, 0 to 1").arg(zp));
        }
        if (z.minObjectArea < 0 || z.minObjectArea > 1 || z.dwellSeconds < 0)
            return fail(VisionConfigText::tr("%1: minObjectArea is 0 to 1 and dwellSeconds not negative").arg(zp));
        for (const ScheduleWindow& w : z.schedule) {
            for (int d : w.days) {
                if (d < 1 || d > 7)
                    return fail(VisionConfigText::tr("%1.schedule: days are 1 (Monday) to 7 (Sunday)").arg(zp));
            }
        }
    }
    return {};
}

QString CameraAnalyticsConfig::fileFor(const QString& folder, const QString& cameraKey)
{
    QString name = cameraKey;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(folder).filePath(name + QStringLiteral(".json"));
}

Result<void> CameraAnalyticsConfig::save(const QString& folder, const QString& cameraKey) const
{
    if (Result<void> valid = validate(); !valid)
        return valid;
    if (!QDir().mkpath(folder))
        return fail(VisionConfigText::tr("cannot create the folder %1").arg(folder));
    QSaveFile file(fileFor(folder, cameraKey));
    if (!file.open(QIODevice::WriteOnly))
        return fail(VisionConfigText::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(VisionConfigText::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

Result<CameraAnalyticsConfig> CameraAnalyticsConfig::load(const QString& folder, const QString& cameraKey)
{
    QFile file(fileFor(folder, cameraKey));
    if (!file.open(QIODevice::ReadOnly))
        return fail(VisionConfigText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail(VisionConfigText::tr("%1: not a JSON object (%2)").arg(file.fileName(), error.errorString()));
    Result<CameraAnalyticsConfig> parsed = fromJson(doc.object());
    if (!parsed)
        return fail(QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), parsed.errorMessage()));
    return parsed;
}

} // namespace ioc
