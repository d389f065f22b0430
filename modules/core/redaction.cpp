// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redaction.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

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

namespace {

bool secretLikeName(const QString& name)
{
    static const QStringList parts = {QStringLiteral("token"), QStringLiteral("key"), QStringLiteral("pass"),
                                      QStringLiteral("pwd"), QStringLiteral("secret"), QStringLiteral("signature"),
                                      QStringLiteral("credential"), QStringLiteral("auth"), QStringLiteral("session")};
    const QString lower = name.toLower();
    if (lower == QLatin1String("sig"))
        return true;
    for (const QString& part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

} // namespace

QString redactedUrl(const QUrl& url)
{
    if (url.isEmpty())
        return {};
    QUrl copy = url;
    if (!copy.userName().isEmpty() || !copy.password().isEmpty()) {
        copy.setUserName(QStringLiteral("***"));
        if (!copy.password().isEmpty())
            copy.setPassword(QStringLiteral("***"));
    }
    if (copy.hasQuery()) {
        QStringList items = copy.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
        for (QString& item : items) {
            const qsizetype equals = item.indexOf(QLatin1Char('='));
            if (equals < 0)
                continue;
            const QString name = QUrl::fromPercentEncoding(item.left(equals).toLatin1());
            if (secretLikeName(name))
                item = item.left(equals + 1) + QLatin1String("***");
        }
        copy.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    // The fragment may carry an OAuth token (#access_token=…): redactCredentials handles that form.
    return redactCredentials(copy.toString());
}

} // namespace ioc
