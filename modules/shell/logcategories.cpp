// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/logcategories.h"

Q_LOGGING_CATEGORY(lcShell, "ioc.shell", QtWarningMsg)
