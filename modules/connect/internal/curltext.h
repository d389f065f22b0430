// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ioc {

// The translation context of the transport's messages (transport.cpp, internal/curl*.cpp).
struct TransportText {
    Q_DECLARE_TR_FUNCTIONS(TransportText)
};

} // namespace ioc
