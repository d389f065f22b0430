// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redaction.h"

#include <QRegularExpression>

namespace ioc {

QString redactCredentials(const QString& text)
{
    // Cheap pre-check: most log lines carry nothing to redact.
    static const QRegularExpression hint(
        QStringLiteral("@|pass|pwd|token|secret|api_?key|bearer"), QRegularExpression::CaseInsensitiveOption);
    if (!hint.match(text).hasMatch())
        return text;

    static const QRegularExpression userInfo(QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]*):[^@\s/]*@)"));
    static const QRegularExpression keyValue(
        QStringLiteral(R"(\b(password|passwd|pwd|token|secret|api_?key|access_token)(["']?\s*[=:]\s*["']?)[^\s&"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1:***@"));
    out.replace(keyValue, QStringLiteral("\\1\\2***"));
    out.replace(bearer, QStringLiteral("\\1 ***"));
    return out;
}

} // namespace ioc
