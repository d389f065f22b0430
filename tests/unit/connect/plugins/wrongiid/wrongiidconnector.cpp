// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only: valid metadata but an older interface id; the catalogue must reject it with the reason.
#include "connect/connector.h"

#include <QObject>

namespace ioc {

class WrongIidFactory : public QObject, public ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.ioc.Connector/0.9" FILE "wrongiid.json")
    Q_INTERFACES(ioc::ConnectorFactory)

public:
    Result<std::unique_ptr<Connector>> create(ConnectorContext&) override
    {
        qFatal("wrongiid: the host loaded a plugin with the wrong interface id");
    }
};

} // namespace ioc

#include "wrongiidconnector.moc"
