// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/markersource.h"

namespace ioc {

MarkerSource::MarkerSource(QObject* parent)
    : QObject(parent)
{
}

MarkerSource::~MarkerSource() = default;

} // namespace ioc
