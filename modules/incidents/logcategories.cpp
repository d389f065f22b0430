// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/logcategories.h"

Q_LOGGING_CATEGORY(lcIncidents, "ioc.incidents", QtWarningMsg)
