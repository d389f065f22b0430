// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ioc {

// The translation context of the video module's user-visible words (states, reasons, URL errors).
struct VideoText {
    Q_DECLARE_TR_FUNCTIONS(VideoText)
};

} // namespace ioc
