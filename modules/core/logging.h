// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <spdlog/sinks/sink.h>

#include <memory>

// Logging for the whole program: spdlog is the sink, Qt's messages (qDebug, qCWarning…) are routed
// into it, each line carries its category (ioc.<module>). Credentials are redacted from every line.
// All functions are thread-safe.
namespace ioc::logging {

struct FileOptions {
    QString directory;                       // created if missing
    qint64 maxFileBytes = 10 * 1024 * 1024;  // per file before rotation
    int maxFiles = 5;                        // rotated files kept
};

// The platform's app-data folder + "/logs" (QStandardPaths::AppDataLocation).
QString defaultLogDirectory();

// Installs the Qt message handler and the logger; with toStderr, lines also go to standard error.
// Safe to call more than once: later calls only change toStderr.
void install(bool toStderr);

// Adds a rotating file "iocdesk.log" in the folder. Fails, naming the folder and the reason, when the
// folder cannot be created or written; logging to the other sinks goes on.
Result<QString> openLogFile(const FileOptions& options);

// Extra sinks (tests, an in-app log panel).
void addSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink);

// Category levels, in QLoggingCategory rule syntax ("ioc.store.debug=true"). QT_LOGGING_RULES in the
// environment still takes precedence, as Qt documents.
void setFilterRules(const QString& rules);

void flush();

} // namespace ioc::logging
