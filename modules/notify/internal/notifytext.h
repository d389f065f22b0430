// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ioc {

// The translation context of the notification messages.
struct NotifyText {
    Q_DECLARE_TR_FUNCTIONS(NotifyText)
};

} // namespace ioc
