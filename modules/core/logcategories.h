// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per module, named ioc.<module>, default level warning (ARCHITECTURE.md decision 6).
// Levels are set with QT_LOGGING_RULES or the "logging.rules" setting.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
