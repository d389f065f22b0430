// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/internal/qtmessagesink.h"

#include "core/redaction.h"

#include <QString>

namespace ioc::logging::internal {

namespace {

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QtMessageRouter::instance().write(type, context, message);
}

} // namespace

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

QtMessageRouter& QtMessageRouter::instance()
{
    static QtMessageRouter router;
    return router;
}

QtMessageRouter::QtMessageRouter()
    : m_sinks(std::make_shared<spdlog::sinks::dist_sink_mt>())
    , m_logger(std::make_shared<spdlog::logger>("iocdesk", m_sinks))
{
    // Qt's categories decide what is emitted; everything that reaches us is written.
    m_logger->set_level(spdlog::level::trace);
    m_logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l %v");
    m_logger->flush_on(spdlog::level::warn);
}

void QtMessageRouter::installHandler() { qInstallMessageHandler(routeQtMessage); }

void QtMessageRouter::addSink(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %l %v");
    m_sinks->add_sink(sink);
}

void QtMessageRouter::removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    m_sinks->remove_sink(sink);
}

void QtMessageRouter::flush() { m_logger->flush(); }

void QtMessageRouter::write(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category ? context.category : "default";
    const QString text = redactCredentials(message);
    m_logger->log(levelFor(type), "[{}] {}", category, text.toStdString());
    if (type == QtFatalMsg)
        m_logger->flush();
}

} // namespace ioc::logging::internal
