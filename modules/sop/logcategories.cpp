// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/logcategories.h"

Q_LOGGING_CATEGORY(lcSop, "ioc.sop", QtWarningMsg)
