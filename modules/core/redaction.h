// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUrl;

namespace ioc {

// Replaces secrets in free text with "***": the password in scheme://user:password@host, and the
// values of password=, passwd=, pwd=, token=, secret=, api_key=/apikey= and "Authorization: Bearer".
// Applied to every log line; call it on anything shown on screen that may carry a URL.
QString redactCredentials(const QString& text);

// A URL as it may appear in a log or a message: user, password and the values of query parameters
// named like secrets (token, key, password, secret, signature…) replaced by "***".
QString redactedUrl(const QUrl& url);

} // namespace ioc
