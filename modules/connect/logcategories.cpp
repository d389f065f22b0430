// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/logcategories.h"

Q_LOGGING_CATEGORY(lcConnect, "ioc.connect", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransport, "ioc.connect.transport", QtWarningMsg)
