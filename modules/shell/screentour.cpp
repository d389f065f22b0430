// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/screentour.h"

#include "core/logging.h"
#include "shell/logcategories.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QTimer>

#include <spdlog/sinks/ringbuffer_sink.h>

namespace ioc {

namespace {

// Loader.Status values (QQuickLoader): Null, Ready, Loading, Error.
constexpr int kLoaderReady = 1;
constexpr int kLoaderError = 3;

} // namespace

ScreenTour::ScreenTour(QQmlEngine& engine, QObject* parent) : QObject(parent)
{
    connect(&engine, &QQmlEngine::warnings, this, &ScreenTour::collect);
}

void ScreenTour::collect(const QList<QQmlError>& warnings)
{
    for (const QQmlError& warning : warnings)
        m_warnings.append(warning.toString());
}

Result<QStringList> ScreenTour::run(QQuickWindow& window, const Options& options)
{
    if (!m_warnings.isEmpty())
        return fail(tr("the user interface loaded with warnings: %1").arg(m_warnings.join(QStringLiteral("; "))));

    const QStringList names = window.property("screenNames").toStringList();
    if (names.isEmpty())
        return fail(tr("the main window lists no screens"));

    if (!options.screenshotDirectory.isEmpty() && !QDir().mkpath(options.screenshotDirectory))
        return fail(tr("cannot create the screenshot folder %1").arg(options.screenshotDirectory));

    QStringList visited;
    for (const QString& name : names) {
        if (options.skipScreens.contains(name))
            continue;
        // Every warning logged while the screen is shown counts, not only the engine's: some QML
        // problems (a delegate that cannot be created) reach the log only.
        auto logged = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(20);
        logged->set_level(spdlog::level::warn);
        logging::addSink(logged);
        const auto stopListening = qScopeGuard([&] { logging::removeSink(logged); });
        bool shown = false;
        QMetaObject::invokeMethod(&window, "showScreen", Q_RETURN_ARG(bool, shown), Q_ARG(QString, name));
        if (!shown)
            return fail(tr("the screen '%1' could not be shown").arg(name));
        if (auto loaded = waitForScreen(window, name, options.perScreenTimeout); !loaded)
            return loaded.error();
        if (!m_warnings.isEmpty())
            return fail(tr("the screen '%1' raised QML warnings: %2").arg(name, m_warnings.join(QStringLiteral("; "))));
        if (const std::vector<std::string> lines = logged->last_formatted(); !lines.empty())
            return fail(tr("the screen '%1' logged warnings: %2").arg(name, QString::fromStdString(lines.front()).trimmed()));

        if (options.screenshotDirectory.isEmpty()) {
            visited.append(name);
            continue;
        }
        const QImage image = window.grabWindow();
        const QString path = QDir(options.screenshotDirectory).filePath(name + QStringLiteral(".png"));
        if (image.isNull() || !image.save(path))
            return fail(tr("cannot write the screenshot %1").arg(path));
        qCInfo(lcShell) << "screenshot" << path;
        visited.append(path);

        // A screen may offer more views worth a picture (a detail opened over it): `tourStates` names
        // them, `showTourState(name)` shows one and `showTourState("")` returns to the screen.
        QObject* item = window.property("screenItem").value<QObject*>();
        const QStringList states = item ? item->property("tourStates").toStringList() : QStringList();
        for (const QString& state : states) {
            bool ok = false;
            QMetaObject::invokeMethod(item, "showTourState", Q_RETURN_ARG(bool, ok), Q_ARG(QString, state));
            if (!ok)
                return fail(tr("the screen '%1' could not show '%2'").arg(name, state));
            if (auto settled = waitForScreen(window, name, options.perScreenTimeout); !settled)
                return settled.error();
            const QImage stateImage = window.grabWindow();
            const QString statePath = QDir(options.screenshotDirectory).filePath(name + QLatin1Char('-') + state + QStringLiteral(".png"));
            if (stateImage.isNull() || !stateImage.save(statePath))
                return fail(tr("cannot write the screenshot %1").arg(statePath));
            visited.append(statePath);
            QMetaObject::invokeMethod(item, "showTourState", Q_RETURN_ARG(bool, ok), Q_ARG(QString, QString()));
        }
    }
    return visited;
}

Result<void> ScreenTour::waitForScreen(QQuickWindow& window, const QString& name, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    int status = window.property("screenStatus").toInt();
    while (status != kLoaderReady && status != kLoaderError && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
        status = window.property("screenStatus").toInt();
    }
    if (status == kLoaderError)
        return fail(tr("the screen '%1' failed to load").arg(name));
    if (status != kLoaderReady)
        return fail(tr("the screen '%1' did not load within %2 ms").arg(name).arg(timeout.count()));

    // A screen that fills itself asynchronously (the map: tiles, shapes, marker indexes) says so with a
    // `busy` property; wait for it, within the same deadline.
    if (const auto* item = window.property("screenItem").value<QObject*>(); item && item->property("busy").isValid()) {
        while (item->property("busy").toBool() && !deadline.hasExpired()) {
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (item->property("busy").toBool())
            return fail(tr("the screen '%1' was still loading after %2 ms").arg(name).arg(timeout.count()));
    }

    // One turn of the event loop with a rendered frame, so that bindings settle and errors surface.
    QEventLoop loop;
    connect(&window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::min<qint64>(timeout.count(), 2000), &loop, &QEventLoop::quit);
    window.requestUpdate();
    loop.exec();
    return {};
}

} // namespace ioc
