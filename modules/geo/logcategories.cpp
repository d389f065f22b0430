// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/logcategories.h"

Q_LOGGING_CATEGORY(lcGeo, "ioc.geo", QtWarningMsg)
