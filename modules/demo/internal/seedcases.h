// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QList>

namespace ioc::internal {

struct ProvinceData;

// The cases the demo province already holds at `now`: several hundred field reports over the last two
// months, a few thousand dossiers over the last three, social posts over the last two weeks and SOC
// alerts in Đắk Lắk's proportions. Each family is numbered in the order it was opened; its status,
// deadline and closing time are consistent with `now`, and nothing lies after `now`.
QList<Case> generateSeedCases(const ProvinceData& data, quint64 seed, const QDateTime& now);

} // namespace ioc::internal
