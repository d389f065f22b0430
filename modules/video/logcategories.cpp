// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/logcategories.h"

Q_LOGGING_CATEGORY(lcVideo, "ioc.video", QtWarningMsg)
