// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConnect)   // the host: loading, scheduling, health
Q_DECLARE_LOGGING_CATEGORY(lcTransport) // libcurl transfers (URLs redacted)
