// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/logcategories.h"

Q_LOGGING_CATEGORY(lcStore, "ioc.store", QtWarningMsg)
