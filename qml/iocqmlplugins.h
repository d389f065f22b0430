// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every executable that loads our QML (the program, the Quick Test runner) includes this once: the
// QML modules are static libraries, so their plugins must be imported by hand (QT64.md).
// Link the target ioc_qml_plugins.

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Ioc_StylePlugin)
Q_IMPORT_QML_PLUGIN(Ioc_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_UiPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_GeoPlugin)
Q_IMPORT_QML_PLUGIN(Ioc_VideoPlugin)
