// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ioc {

// Watches the application's input (keys, mouse buttons and wheel, touch) and reports it, so that the
// session's inactivity timeout restarts. Install on the application object; GUI thread.
class ActivityMonitor : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ioc
