// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/activitymonitor.h"

#include <QEvent>

namespace ioc {

bool ActivityMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ioc
