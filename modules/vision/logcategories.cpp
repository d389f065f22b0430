// SPDX-License-Identifier: GPL-3.0-or-later
#include "vision/logcategories.h"

Q_LOGGING_CATEGORY(lcVision, "ioc.vision", QtWarningMsg)
