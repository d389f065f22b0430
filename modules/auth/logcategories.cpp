// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/logcategories.h"

Q_LOGGING_CATEGORY(lcAuth, "ioc.auth", QtWarningMsg)
