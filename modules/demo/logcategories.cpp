// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/logcategories.h"

Q_LOGGING_CATEGORY(lcDemo, "ioc.demo", QtWarningMsg)
