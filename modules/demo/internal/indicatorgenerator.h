// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QList>

namespace ioc::internal {

struct ProvinceData;

// The indicator catalogue and, for the province (and the urban wards where the catalogue says so), plan
// and actual per period: the last 24 months, 8 quarters or 3 years up to the one `now` falls in. The
// current period has its plan but no actual yet (not evaluated). Each indicator and area keeps its own
// steady performance against plan, so that some are on track and some at risk.
void generateIndicators(const ProvinceData& data, quint64 seed, const QDateTime& now, QList<Indicator>& indicators,
                        QList<IndicatorValue>& values);

} // namespace ioc::internal
