// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

#include "core/internal/qtmessagesink.h"
#include "core/version.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace ioc::logging {

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

void install(bool toStderr)
{
    static std::shared_ptr<spdlog::sinks::sink> stderrSink;
    auto& router = internal::QtMessageRouter::instance();
    if (toStderr && !stderrSink) {
        stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        router.addSink(stderrSink);
    } else if (!toStderr && stderrSink) {
        router.removeSink(stderrSink);
        stderrSink.reset();
    }
    router.installHandler();
}

Result<QString> openLogFile(const FileOptions& options)
{
    const QString folder = QDir::cleanPath(options.directory);
    if (folder.isEmpty())
        return fail(QObject::tr("the log folder is empty"));
    if (!QDir().mkpath(folder))
        return fail(QObject::tr("cannot create the log folder %1").arg(folder));
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isWritable())
        return fail(QObject::tr("the log folder %1 is not writable").arg(folder));

    const QString path = folder + QStringLiteral("/iocdesk.log");
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            path.toStdString(), static_cast<std::size_t>(options.maxFileBytes),
            static_cast<std::size_t>(options.maxFiles));
        internal::QtMessageRouter::instance().addSink(sink);
    } catch (const spdlog::spdlog_ex& e) {
        return fail(QObject::tr("cannot write the log file %1: %2").arg(path, QString::fromUtf8(e.what())));
    }
    return path;
}

void addSink(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    internal::QtMessageRouter::instance().addSink(sink);
}

void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    internal::QtMessageRouter::instance().removeSink(sink);
}

void setFilterRules(const QString& rules)
{
    QString normalised = rules;
    normalised.replace(QLatin1Char(';'), QLatin1Char('\n'));
    QLoggingCategory::setFilterRules(normalised);
}

void flush() { internal::QtMessageRouter::instance().flush(); }

} // namespace ioc::logging
