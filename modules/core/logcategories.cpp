// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logcategories.h"

Q_LOGGING_CATEGORY(lcCore, "ioc.core", QtWarningMsg)
