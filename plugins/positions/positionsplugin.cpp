// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionsplugin.h"

#include "positionsconnector.h"

namespace ioc {

Result<std::unique_ptr<Connector>> PositionsConnectorFactory::create(ConnectorContext& context)
{
    auto config = PositionsConfig::fromJson(context.configuration());
    if (!config)
        return config.error();
    return std::unique_ptr<Connector>(std::make_unique<PositionsConnector>(context, std::move(config).value()));
}

} // namespace ioc
