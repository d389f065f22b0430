// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/logcategories.h"

Q_LOGGING_CATEGORY(lcAlerts, "ioc.alerts", QtWarningMsg)
