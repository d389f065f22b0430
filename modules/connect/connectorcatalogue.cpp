// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/connectorcatalogue.h"

#include "connect/jsonschema.h"
#include "connect/logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>

namespace ioc {

struct CatalogueText {
    Q_DECLARE_TR_FUNCTIONS(CatalogueText)
};

namespace {

const JsonSchema& metadataSchema()
{
    static const JsonSchema schema = [] {
        Result<JsonSchema> loaded = JsonSchema::fromFile(QStringLiteral(":/connect/connector.schema.json"));
        if (!loaded)
            qFatal("the shipped connector metadata schema is broken: %s", qPrintable(loaded.errorMessage()));
        return std::move(loaded).value();
    }();
    return schema;
}

} // namespace

ConnectorCatalogue::ConnectorCatalogue() = default;

ConnectorCatalogue::~ConnectorCatalogue()
{
    // Plugins stay loaded until the process ends: a connector made from one may still be unwinding on
    // a worker thread, and unloading code under it would crash. QPluginLoader's destructor does not unload.
}

QStringList ConnectorCatalogue::defaultDirectories()
{
    QStringList directories;
    const QString fromEnvironment = qEnvironmentVariable("IOC_CONNECTOR_PATH");
    for (const QString& directory : fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        directories.append(directory);
    const QString buildTree = QStringLiteral(IOC_CONNECTOR_BUILD_DIR);
    const QString binaryDir = QStringLiteral(IOC_BUILD_BINARY_DIR);
    if (QCoreApplication::applicationDirPath().startsWith(binaryDir + QLatin1Char('/')))
        directories.append(buildTree);
    directories.append(QStringLiteral(IOC_CONNECTOR_INSTALL_DIR));
    return directories;
}

void ConnectorCatalogue::scan(const QStringList& directories)
{
    for (const QString& directory : directories) {
        const QDir dir(directory);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& file : files) {
            if (QLibrary::isLibrary(file.fileName()))
                inspect(file.absoluteFilePath());
        }
    }
}

void ConnectorCatalogue::inspect(const QString& file)
{
    const auto reject = [&](const QString& reason) {
        qCWarning(lcConnect).noquote() << "connector plugin rejected:" << file << "-" << reason;
        m_problems.append({file, reason});
    };

    QPluginLoader loader(file);
    const QJsonObject meta = loader.metaData();
    if (meta.isEmpty()) {
        reject(CatalogueText::tr("not a Qt plugin, or its metadata cannot be read: %1").arg(loader.errorString()));
        return;
    }
    const QString iid = meta.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(IOC_CONNECTOR_IID)) {
        reject(CatalogueText::tr("it implements the interface \"%1\", not \"%2\" that this IOC Desk loads")
                   .arg(iid, QStringLiteral(IOC_CONNECTOR_IID)));
        return;
    }
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    const QStringList problems = metadataSchema().problems(data);
    if (!problems.isEmpty()) {
        reject(CatalogueText::tr("its metadata does not follow plugins/connector.schema.json: %1")
                   .arg(problems.join(QStringLiteral("; "))));
        return;
    }
    Result<JsonSchema> configSchema = JsonSchema::fromJson(data.value(QStringLiteral("configSchema")).toObject(),
                                                           QFileInfo(file).fileName() + QStringLiteral(" configSchema"));
    if (!configSchema) {
        reject(configSchema.errorMessage());
        return;
    }
    ConnectorPluginInfo info;
    info.id = data.value(QStringLiteral("id")).toString();
    if (find(info.id)) {
        reject(CatalogueText::tr("another plugin with the id \"%1\" was found first: %2").arg(info.id, find(info.id)->fileName));
        return;
    }
    info.version = data.value(QStringLiteral("version")).toString();
    info.mode = data.value(QStringLiteral("mode")).toString();
    for (const QJsonValue& value : data.value(QStringLiteral("produces")).toArray())
        info.produces.append(value.toString());
    const QJsonObject name = data.value(QStringLiteral("name")).toObject();
    const QJsonObject description = data.value(QStringLiteral("description")).toObject();
    info.nameEn = name.value(QStringLiteral("en")).toString();
    info.nameVi = name.value(QStringLiteral("vi")).toString();
    info.descriptionEn = description.value(QStringLiteral("en")).toString();
    info.descriptionVi = description.value(QStringLiteral("vi")).toString();
    info.configSchema = data.value(QStringLiteral("configSchema")).toObject();
    info.fileName = file;
    qCInfo(lcConnect).noquote() << "connector plugin found:" << info.id << info.version << file;
    m_plugins.append(info);
}

const ConnectorPluginInfo* ConnectorCatalogue::find(const QString& id) const
{
    for (const ConnectorPluginInfo& info : m_plugins) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

Result<ConnectorFactory*> ConnectorCatalogue::factory(const QString& id)
{
    const ConnectorPluginInfo* info = find(id);
    if (!info)
        return fail(CatalogueText::tr("no connector plugin \"%1\" was found").arg(id));
    std::shared_ptr<QPluginLoader>& loader = m_loaders[id];
    if (!loader)
        loader = std::make_shared<QPluginLoader>(info->fileName);
    QObject* instance = loader->instance();
    if (!instance) {
        const QString reason = CatalogueText::tr("cannot be loaded: %1").arg(loader->errorString());
        qCWarning(lcConnect).noquote() << "connector plugin" << id << reason;
        m_problems.append({info->fileName, reason});
        return fail(QStringLiteral("%1: %2").arg(id, reason));
    }
    auto* factory = qobject_cast<ConnectorFactory*>(instance);
    if (!factory) {
        const QString reason = CatalogueText::tr("its exported object is not a connector factory");
        m_problems.append({info->fileName, reason});
        return fail(QStringLiteral("%1: %2").arg(id, reason));
    }
    return factory;
}

Result<QJsonObject> ConnectorCatalogue::checkConfiguration(const QString& pluginId, const QString& connectorId,
                                                           const QJsonObject& config) const
{
    const ConnectorPluginInfo* info = find(pluginId);
    if (!info)
        return fail(CatalogueText::tr("connector %1: no connector plugin \"%2\" was found").arg(connectorId, pluginId));
    Result<JsonSchema> schema = JsonSchema::fromJson(info->configSchema, pluginId);
    if (!schema)
        return schema.error();
    const QStringList problems = schema.value().problems(config);
    if (!problems.isEmpty())
        return fail(CatalogueText::tr("connector %1: its config does not fit the plugin %2: %3")
                        .arg(connectorId, pluginId, problems.join(QStringLiteral("; "))));
    return schema.value().withDefaults(config).toObject();
}

} // namespace ioc
