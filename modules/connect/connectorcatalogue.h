// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connect/connector.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace ioc {

// A connector plugin as its metadata describes it, read before any of its code is loaded (STYLE.md 8).
struct ConnectorPluginInfo {
    QString id;          // "rest-json"
    QString version;
    QString mode;        // "poll" or "subscribe"
    QStringList produces;
    QString nameEn, nameVi, descriptionEn, descriptionVi;
    QJsonObject configSchema;
    QString fileName;    // the shared library

    QString name(const QString& language) const { return language == u"en" || nameVi.isEmpty() ? nameEn : nameVi; }
};

// A plugin file that was rejected, and why, in words (shown on the connector screen and logged).
struct PluginProblem {
    QString file;
    QString reason;
};

// Finds connector plugins, checks their metadata against plugins/connector.schema.json and the IID this
// program speaks, and loads a plugin's code only when a configured connector needs it. A rejected file
// is listed with its reason; the others stay usable. Lives on the thread that made it (the GUI thread);
// factories it returns are stateless and may be used from any thread.
class ConnectorCatalogue {
public:
    ConnectorCatalogue();
    ~ConnectorCatalogue();

    // Where plugins are looked for: IOC_CONNECTOR_PATH (folders separated by ':'), then the build tree's
    // plugin folder when the program runs from the build tree, then the installed folder.
    static QStringList defaultDirectories();

    // Reads the metadata of every shared library in the folders (not its code).
    void scan(const QStringList& directories);

    const QList<ConnectorPluginInfo>& plugins() const { return m_plugins; }
    const QList<PluginProblem>& problems() const { return m_problems; }
    const ConnectorPluginInfo* find(const QString& id) const;

    // Loads the plugin (once) and returns its factory. A failure is also added to problems().
    Result<ConnectorFactory*> factory(const QString& id);

    // The instance's "config" checked against the plugin's configSchema, with its defaults filled in.
    // The error names the connector and each problem's JSON Pointer.
    Result<QJsonObject> checkConfiguration(const QString& pluginId, const QString& connectorId,
                                           const QJsonObject& config) const;

private:
    void inspect(const QString& file);

    QList<ConnectorPluginInfo> m_plugins;
    QList<PluginProblem> m_problems;
    QHash<QString, std::shared_ptr<QPluginLoader>> m_loaders; // by plugin id, once loaded
};

} // namespace ioc
