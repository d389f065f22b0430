// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/logcategories.h"

Q_LOGGING_CATEGORY(lcNotify, "ioc.notify", QtWarningMsg)
