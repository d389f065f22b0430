// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/logcategories.h"

Q_LOGGING_CATEGORY(lcKpi, "ioc.kpi", QtWarningMsg)
