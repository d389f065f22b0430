// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/vocabulary.h"

#include "demo/internal/jsonfields.h"

namespace ioc::internal {

namespace {

QString at(const QString& list, qsizetype index) { return QStringLiteral("%1[%2]").arg(list).arg(index); }

QList<WeightedCode> weightedCodes(JsonFields& fields, const QJsonObject& root, const QString& key)
{
    QList<WeightedCode> result;
    const QJsonArray items = fields.objects(root, key, {});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        result.append({fields.text(item, QStringLiteral("code"), at(key, i)),
                       fields.number(item, QStringLiteral("weight"), at(key, i))});
    }
    return result;
}

QList<PostText> posts(JsonFields& fields, const QJsonObject& posts, const QString& key)
{
    QList<PostText> result;
    const QString path = QStringLiteral("socialPosts.") + key;
    const QJsonArray items = fields.objects(posts, key, QStringLiteral("socialPosts"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        result.append({fields.text(item, QStringLiteral("topic"), at(path, i)),
                       fields.text(item, QStringLiteral("text"), at(path, i))});
    }
    return result;
}

int count(JsonFields& fields, const QJsonObject& object, const QString& key, const QString& path)
{
    return static_cast<int>(fields.number(object, key, path));
}

} // namespace

QList<double> weightsOf(const QList<WeightedCode>& items)
{
    QList<double> weights;
    for (const WeightedCode& item : items)
        weights.append(item.weight);
    return weights;
}

Result<Vocabulary> Vocabulary::read(const QString& fileName)
{
    const Result<QJsonObject> document = JsonFields::readObject(fileName);
    if (!document)
        return document.error();
    const QJsonObject& root = document.value();
    JsonFields fields(fileName);
    Vocabulary v;

    const QJsonArray centres = fields.objects(root, QStringLiteral("urbanCentres"), {});
    for (qsizetype i = 0; i < centres.size(); ++i) {
        const QJsonObject item = centres.at(i).toObject();
        const QString path = at(QStringLiteral("urbanCentres"), i);
        v.urbanCentres.append({fields.text(item, QStringLiteral("name"), path),
                               fields.texts(item, QStringLiteral("wards"), path),
                               count(fields, item, QStringLiteral("cameras"), path),
                               fields.texts(item, QStringLiteral("streets"), path)});
    }
    v.ruralCameras = count(fields, root, QStringLiteral("ruralCameras"), {});
    v.rainGauges = count(fields, root, QStringLiteral("rainGauges"), {});
    v.floodTowers = count(fields, root, QStringLiteral("floodTowers"), {});
    v.waterStations = count(fields, root, QStringLiteral("waterStations"), {});
    v.ruralRoads = fields.texts(root, QStringLiteral("ruralRoads"), {});
    v.waterBodies = fields.texts(root, QStringLiteral("waterBodies"), {});

    const QJsonArray facilities = fields.objects(root, QStringLiteral("facilities"), {});
    for (qsizetype i = 0; i < facilities.size(); ++i) {
        const QJsonObject item = facilities.at(i).toObject();
        const QString path = at(QStringLiteral("facilities"), i);
        v.facilities.append({fields.text(item, QStringLiteral("name"), path),
                             fields.text(item, QStringLiteral("ward"), path),
                             fields.text(item, QStringLiteral("type"), path)});
    }

    const QJsonArray forces = fields.objects(root, QStringLiteral("patrolForces"), {});
    for (qsizetype i = 0; i < forces.size(); ++i) {
        const QJsonObject item = forces.at(i).toObject();
        const QString path = at(QStringLiteral("patrolForces"), i);
        const auto [minSpeed, maxSpeed] = fields.range(item, QStringLiteral("speedKmh"), path);
        const PatrolForce force{fields.text(item, QStringLiteral("prefix"), path),
                                fields.text(item, QStringLiteral("force"), path),
                                count(fields, item, QStringLiteral("units"), path), minSpeed, maxSpeed};
        v.patrolForces.append(force);
    }

    v.channels = weightedCodes(fields, root, QStringLiteral("channels"));
    const QJsonArray domains = fields.objects(root, QStringLiteral("fieldReportDomains"), {});
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QJsonObject item = domains.at(i).toObject();
        const QString path = at(QStringLiteral("fieldReportDomains"), i);
        v.fieldReportDomains.append({fields.text(item, QStringLiteral("code"), path),
                                     fields.number(item, QStringLiteral("weight"), path),
                                     count(fields, item, QStringLiteral("slaDays"), path),
                                     fields.text(item, QStringLiteral("unit"), path),
                                     fields.texts(item, QStringLiteral("titles"), path)});
    }

    const QJsonArray agencies = fields.objects(root, QStringLiteral("dossierAgencies"), {});
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const QJsonObject item = agencies.at(i).toObject();
        const QString path = at(QStringLiteral("dossierAgencies"), i);
        v.dossierAgencies.append({fields.text(item, QStringLiteral("code"), path),
                                  fields.text(item, QStringLiteral("name"), path)});
    }
    const QJsonArray procedures = fields.objects(root, QStringLiteral("dossierProcedures"), {});
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const QJsonObject item = procedures.at(i).toObject();
        const QString path = at(QStringLiteral("dossierProcedures"), i);
        v.dossierProcedures.append({fields.text(item, QStringLiteral("title"), path),
                                    fields.text(item, QStringLiteral("domain"), path),
                                    count(fields, item, QStringLiteral("days"), path),
                                    fields.text(item, QStringLiteral("agency"), path),
                                    fields.number(item, QStringLiteral("weight"), path)});
    }
    v.dossierChannels = weightedCodes(fields, root, QStringLiteral("dossierChannels"));

    v.familyNames = fields.texts(root, QStringLiteral("familyNames"), {});
    v.middleNames = fields.texts(root, QStringLiteral("middleNames"), {});
    v.givenNames = fields.texts(root, QStringLiteral("givenNames"), {});
    v.socialPlatforms = fields.texts(root, QStringLiteral("socialPlatforms"), {});
    const QJsonObject socialPosts = root.value(u"socialPosts").toObject();
    v.positivePosts = posts(fields, socialPosts, QStringLiteral("positive"));
    v.neutralPosts = posts(fields, socialPosts, QStringLiteral("neutral"));
    v.negativePosts = posts(fields, socialPosts, QStringLiteral("negative"));
    v.stormPosts = posts(fields, socialPosts, QStringLiteral("storm"));

    v.socSystems = fields.texts(root, QStringLiteral("socSystems"), {});
    const QJsonArray kinds = fields.objects(root, QStringLiteral("socAlertKinds"), {});
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QJsonObject item = kinds.at(i).toObject();
        const QString path = at(QStringLiteral("socAlertKinds"), i);
        SocAlertKind kind{fields.text(item, QStringLiteral("code"), path),
                          count(fields, item, QStringLiteral("reported"), path), Severity::Medium,
                          fields.texts(item, QStringLiteral("titles"), path)};
        const QString severity = fields.oneOf(item, QStringLiteral("severity"), path,
                                              {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                               QStringLiteral("critical")});
        kind.severity = fromCode<Severity>(severity).value_or(Severity::Medium);
        v.socAlertKinds.append(kind);
    }
    v.socAlertTotal = count(fields, root, QStringLiteral("socAlertTotal"), {});
    v.sosTitles = fields.texts(root, QStringLiteral("sosTitles"), {});
    v.sosUnit = fields.text(root, QStringLiteral("sosUnit"), {});

    if (!fields.ok())
        return fields.error();
    return v;
}

} // namespace ioc::internal
