// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// App-owned singletons for QML (STYLE.md 3): main() builds each service once and sets the instance
// here before loading QML; the engine gets the same object, with C++ ownership. The service classes
// themselves carry no QML macros.

#include "shell/languagecontroller.h"
#include "shell/shellstatus.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace ioc {

template<typename T>
struct AppSingleton {
    static inline T* instance = nullptr;

    static T* create(QQmlEngine*, QJSEngine*)
    {
        Q_ASSERT_X(instance, "AppSingleton", "main() must set the instance before QML is loaded");
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

struct LanguageForeign : AppSingleton<LanguageController> {
    Q_GADGET
    QML_FOREIGN(ioc::LanguageController)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
};

struct ShellStatusForeign : AppSingleton<ShellStatus> {
    Q_GADGET
    QML_FOREIGN(ioc::ShellStatus)
    QML_NAMED_ELEMENT(ShellStatus)
    QML_SINGLETON
};

} // namespace ioc
