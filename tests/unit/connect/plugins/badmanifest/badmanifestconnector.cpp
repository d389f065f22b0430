// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only: a plugin whose metadata breaks plugins/connector.schema.json; the catalogue must reject it
// without loading its code.
#include "connect/connector.h"

#include <QObject>

namespace ioc {

class BadManifestFactory : public QObject, public ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IOC_CONNECTOR_IID FILE "badmanifest.json")
    Q_INTERFACES(ioc::ConnectorFactory)

public:
    Result<std::unique_ptr<Connector>> create(ConnectorContext&) override
    {
        qFatal("badmanifest: the host loaded a plugin whose metadata it should have rejected");
    }
};

} // namespace ioc

#include "badmanifestconnector.moc"
