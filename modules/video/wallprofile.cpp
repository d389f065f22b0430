// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/wallprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcWallProfile, "ioc.video.wall", QtWarningMsg)

namespace ioc {

namespace {

struct WallProfileText {
    Q_DECLARE_TR_FUNCTIONS(WallProfileText)
};

constexpr int kFormatVersion = 1;
constexpr int kMinTourSeconds = 3;

QString fileOf(const QString& folder, const QString& name) { return QDir(folder).filePath(name + QStringLiteral(".json")); }

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

Result<QStringList> stringList(const QJsonValue& value, const QString& what)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return fail(WallProfileText::tr("%1 must be a list of camera keys.").arg(what));
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return fail(WallProfileText::tr("%1 must be a list of camera keys.").arg(what));
        list.append(item.toString());
    }
    return list;
}

} // namespace

WallProfile WallProfile::defaults(const QString& name)
{
    WallProfile profile;
    profile.name = name;
    WallScreenSetup screen;
    screen.screen.order = 0;
    screen.layout = WallLayout::fromSpec(QStringLiteral("2x2")).value();
    screen.cameras = QStringList(screen.layout.tileCount(), QString());
    profile.screens.append(screen);
    return profile;
}

Result<void> WallProfile::validateName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
    if (!allowed.match(name).hasMatch())
        return fail(WallProfileText::tr("'%1' is not a wall profile name: use 1 to 64 letters, digits, '-', '_' or '.', "
                                        "not starting with '.'.")
                        .arg(name));
    return {};
}

QString WallProfile::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/wall");
}

QJsonObject WallProfile::toJson() const
{
    QJsonArray screenArray;
    for (const WallScreenSetup& setup : screens) {
        QJsonObject identity;
        if (!setup.screen.name.isEmpty())
            identity[u"name"] = setup.screen.name;
        if (!setup.screen.serial.isEmpty())
            identity[u"serial"] = setup.screen.serial;
        if (setup.screen.order >= 0)
            identity[u"order"] = setup.screen.order;
        screenArray.append(QJsonObject{
            {QStringLiteral("screen"), identity},
            {QStringLiteral("layout"), setup.layout.spec()},
            {QStringLiteral("cameras"), toArray(setup.cameras)},
            {QStringLiteral("tour"),
             QJsonObject{{QStringLiteral("cameras"), toArray(setup.tour.cameras)},
                         {QStringLiteral("seconds"), setup.tour.seconds},
                         {QStringLiteral("running"), setup.tour.running}}},
        });
    }
    return QJsonObject{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("screens"), screenArray}};
}

Result<WallProfile> WallProfile::fromJson(const QJsonObject& json, const QString& name)
{
    if (json.value(u"version").toInt(-1) != kFormatVersion)
        return fail(WallProfileText::tr("the format version must be %1.").arg(kFormatVersion));
    const QJsonValue screensValue = json.value(u"screens");
    if (!screensValue.isArray() || screensValue.toArray().isEmpty())
        return fail(WallProfileText::tr("'screens' must be a list of at least one screen."));
    WallProfile profile;
    profile.name = name;
    int index = 0;
    for (const QJsonValue& value : screensValue.toArray()) {
        ++index;
        if (!value.isObject())
            return fail(WallProfileText::tr("screen %1 is not an object.").arg(index));
        const QJsonObject object = value.toObject();
        WallScreenSetup setup;
        const QJsonObject identity = object.value(u"screen").toObject();
        setup.screen.name = identity.value(u"name").toString();
        setup.screen.serial = identity.value(u"serial").toString();
        setup.screen.order = identity.value(u"order").toInt(-1);
        if (setup.screen.name.isEmpty() && setup.screen.serial.isEmpty() && setup.screen.order < 0)
            setup.screen.order = index - 1;
        Result<WallLayout> layout = WallLayout::fromSpec(object.value(u"layout").toString());
        if (!layout)
            return fail(WallProfileText::tr("screen %1: %2").arg(index).arg(layout.errorMessage()));
        setup.layout = std::move(layout).value();
        Result<QStringList> cameras = stringList(object.value(u"cameras"), WallProfileText::tr("screen %1: 'cameras'").arg(index));
        if (!cameras)
            return cameras.error();
        setup.cameras = cameras.value();
        if (setup.cameras.size() > setup.layout.tileCount())
            return fail(WallProfileText::tr("screen %1: %2 cameras for %3 tiles.")
                            .arg(index)
                            .arg(setup.cameras.size())
                            .arg(setup.layout.tileCount()));
        while (setup.cameras.size() < setup.layout.tileCount())
            setup.cameras.append(QString());
        const QJsonObject tour = object.value(u"tour").toObject();
        Result<QStringList> tourCameras = stringList(tour.value(u"cameras"), WallProfileText::tr("screen %1: the tour's 'cameras'").arg(index));
        if (!tourCameras)
            return tourCameras.error();
        setup.tour.cameras = tourCameras.value();
        setup.tour.seconds = tour.value(u"seconds").toInt(10);
        if (setup.tour.seconds < kMinTourSeconds)
            return fail(WallProfileText::tr("screen %1: a tour shows each camera at least %2 seconds, not %3.")
                            .arg(index)
                            .arg(kMinTourSeconds)
                            .arg(setup.tour.seconds));
        setup.tour.running = tour.value(u"running").toBool(false);
        profile.screens.append(setup);
    }
    return profile;
}

LoadedWallProfile WallProfile::load(const QString& folder, const QString& name)
{
    LoadedWallProfile loaded{defaults(name), {}, {}};
    if (auto valid = validateName(name); !valid) {
        loaded.error = valid.errorMessage();
        return loaded;
    }
    const QString path = fileOf(folder, name);
    QFile file(path);
    if (!file.exists())
        return loaded;
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable (permissions): not corrupt, so it stays where it is.
        loaded.error = WallProfileText::tr("The wall profile %1 could not be read (%2); the default layout is shown.")
                           .arg(path, file.errorString());
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError)
        error = WallProfileText::tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
    else if (!document.isObject())
        error = WallProfileText::tr("not a JSON object");
    else if (Result<WallProfile> profile = fromJson(document.object(), name); profile)
        loaded.profile = std::move(profile).value();
    else
        error = profile.errorMessage();
    if (error.isEmpty())
        return loaded;

    const QString aside = path + QStringLiteral(".bad-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::remove(aside);
    if (QFile::rename(path, aside)) {
        loaded.setAsidePath = aside;
        loaded.error = WallProfileText::tr("The wall profile %1 is damaged (%2); it was kept as %3 and the default layout is shown.")
                           .arg(path, error, aside);
    } else {
        loaded.error = WallProfileText::tr("The wall profile %1 is damaged (%2); the default layout is shown.").arg(path, error);
    }
    qCWarning(lcWallProfile).noquote() << loaded.error;
    return loaded;
}

Result<void> WallProfile::save(const QString& folder, const WallProfile& profile)
{
    if (auto valid = validateName(profile.name); !valid)
        return valid;
    if (!QDir().mkpath(folder))
        return fail(WallProfileText::tr("The folder %1 could not be created for the wall profiles.").arg(folder));
    QSaveFile file(fileOf(folder, profile.name));
    if (!file.open(QIODevice::WriteOnly))
        return fail(WallProfileText::tr("The wall profile %1 could not be saved: %2").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(WallProfileText::tr("The wall profile %1 could not be saved: %2").arg(file.fileName(), file.errorString()));
    return {};
}

QStringList WallProfile::savedNames(const QString& folder)
{
    QStringList names;
    for (const QFileInfo& info : QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(info.completeBaseName());
    return names;
}

} // namespace ioc
