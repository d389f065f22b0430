// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/connector.h"

#include <QCoreApplication>

namespace ioc {

namespace {
struct ConnectorText {
    Q_DECLARE_TR_FUNCTIONS(ConnectorText)
};
} // namespace

Result<ConnectorBatch> Connector::poll(const QByteArray&)
{
    return fail(ConnectorText::tr("this connector does not poll; it subscribes"));
}

Result<void> Connector::subscribe(const QByteArray&)
{
    return fail(ConnectorText::tr("this connector does not subscribe; it polls"));
}

Result<RecordBatch> Connector::remap(const QuarantinedRecord&)
{
    return fail(ConnectorText::tr("this connector cannot read a quarantined record again"));
}

} // namespace ioc
