// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttplugin.h"

#include "mqttconfig.h"
#include "mqttconnector.h"

namespace ioc {

Result<std::unique_ptr<Connector>> MqttConnectorFactory::create(ConnectorContext& context)
{
    auto config = MqttConfig::fromJson(context.configuration(), context.connectorId());
    if (!config)
        return config.error();
    return std::unique_ptr<Connector>(std::make_unique<MqttConnector>(context, std::move(config).value()));
}

} // namespace ioc
