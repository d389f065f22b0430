// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/visionrun.h"

#include "store/repositories.h"

#include <QLoggingCategory>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace ioc::app {

QString VisionRun::defaultConfigFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/vision");
}

QString VisionRun::defaultSnapshotFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vision/snapshots");
}

VisionRun::VisionRun(Database* database, Journal& journal, AuthService& auth, AlertService* alerts, bool demo, Folders folders)
    : m_database(database)
{
    const QString configFolder = folders.config.isEmpty() ? defaultConfigFolder() : folders.config;
    const QString snapshots = folders.snapshots.isEmpty() ? defaultSnapshotFolder() : folders.snapshots;
    m_fallback = !folders.fallback.isEmpty() ? folders.fallback : demo ? QStringLiteral(":/vision/demo") : QString();
    m_pipeline = std::make_unique<VisionPipeline>(alerts, &journal, snapshots);
    m_controller = std::make_unique<VisionController>(m_pipeline.get(), auth, configFolder);
    if (database) {
        if (Result<QList<Asset>> cameras = AssetRepository(*database).find(AssetKind::Camera); cameras)
            m_controller->setCameras(cameras.value());
        else
            m_problems.append(cameras.errorMessage());
    }
    m_problems.append(m_controller->loadConfigs(m_fallback));
    for (const QString& problem : std::as_const(m_problems))
        qCWarning(lcApp).noquote() << problem;
}

QStringList VisionRun::refreshCameras()
{
    if (!m_database)
        return {};
    Result<QList<Asset>> cameras = AssetRepository(*m_database).find(AssetKind::Camera);
    if (!cameras) {
        qCWarning(lcApp).noquote() << cameras.errorMessage();
        return {cameras.errorMessage()};
    }
    m_controller->setCameras(cameras.value());
    const QStringList problems = m_controller->loadConfigs(m_fallback, true);
    m_problems.append(problems);
    return problems;
}

VisionRun::~VisionRun()
{
    m_controller.reset(); // unsubscribes from the tap before the pipeline goes
    m_pipeline.reset();
}

} // namespace ioc::app
