// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <spdlog/logger.h>
#include <spdlog/sinks/dist_sink.h>

#include <memory>

namespace ioc::logging::internal {

// Owns the "iocdesk" spdlog logger and the Qt message handler that feeds it. A process-wide
// singleton because qInstallMessageHandler is process-wide. The dist sink makes adding and removing
// sinks safe while other threads log.
class QtMessageRouter {
public:
    static QtMessageRouter& instance();

    void installHandler();
    void addSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
    void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
    void flush();

    // Writes one Qt message to the logger: level from the Qt type, "[category]" prefix, credentials
    // redacted. Public so that the handler (a plain function) can call it.
    void write(QtMsgType type, const QMessageLogContext& context, const QString& message);

private:
    QtMessageRouter();

    std::shared_ptr<spdlog::sinks::dist_sink_mt> m_sinks;
    std::shared_ptr<spdlog::logger> m_logger;
};

spdlog::level::level_enum levelFor(QtMsgType type);

} // namespace ioc::logging::internal
