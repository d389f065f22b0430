// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connect/connector.h"

#include <QObject>

namespace ioc {

// The positions plugin's exported object: reads the configuration and makes a PositionsConnector.
class PositionsConnectorFactory final : public QObject, public ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IOC_CONNECTOR_IID FILE "positions.json")
    Q_INTERFACES(ioc::ConnectorFactory)

public:
    Result<std::unique_ptr<Connector>> create(ConnectorContext& context) override;
};

} // namespace ioc
