// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QStringView>

#include <optional>

namespace ioc {

// RFC 6901: "" is the whole document, "/a/0/b~1c" walks object keys and array indexes ("~1" is "/",
// "~0" is "~"). nullopt when the path does not lead anywhere (a missing key, an index out of range, a
// step into a scalar); a present JSON null is returned as a null QJsonValue.
std::optional<QJsonValue> resolveJsonPointer(const QJsonValue& document, QStringView pointer);

// True when pointer is "" or a sequence of "/token" with only valid escapes.
bool isValidJsonPointer(QStringView pointer);

} // namespace ioc
