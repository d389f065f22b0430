// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/credentialrules.h"

#include <QCoreApplication>

namespace ioc {

class CredentialText {
    Q_DECLARE_TR_FUNCTIONS(ioc::CredentialText)
};

Result<QString> CredentialRules::normaliseLogin(const QString& login)
{
    if (login.isEmpty())
        return fail(CredentialText::tr("Enter a login."));
    if (login.size() > kMaxLoginLength)
        return fail(CredentialText::tr("A login has at most %1 characters.").arg(kMaxLoginLength));
    QString normalised;
    normalised.reserve(login.size());
    for (const QChar c : login) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            normalised.append(QChar(u + (u'a' - u'A')));
        } else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-') {
            normalised.append(c);
        } else {
            return fail(CredentialText::tr("A login may contain only the letters a–z, digits, '.', '_' and '-' "
                                           "(found U+%1).")
                            .arg(QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
        }
    }
    if (!normalised.front().isLetterOrNumber())
        return fail(CredentialText::tr("A login starts with a letter or a digit."));
    return normalised;
}

Result<void> CredentialRules::checkPassword(const QString& password, const QString& login, int minLength)
{
    if (password.size() < minLength)
        return fail(CredentialText::tr("A password has at least %1 characters.").arg(minLength));
    if (password.size() > kMaxPasswordLength)
        return fail(CredentialText::tr("A password has at most %1 characters.").arg(kMaxPasswordLength));
    bool lower = false, upper = false, digit = false, other = false;
    bool allSame = true;
    for (const QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        allSame &= c == password.front();
    }
    if (allSame)
        return fail(CredentialText::tr("A password is not one character repeated."));
    if (password.size() < 16 && int(lower) + int(upper) + int(digit) + int(other) < 3)
        return fail(CredentialText::tr("A password shorter than 16 characters mixes three of: lower case, "
                                       "upper case, digits, other characters."));
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return fail(CredentialText::tr("A password does not contain the login."));
    return {};
}

QString CredentialRules::sanitisedForRecord(const QString& text)
{
    QString out;
    for (const QChar c : text.left(80)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')));
        else
            out += c;
    }
    if (text.size() > 80)
        out += QStringLiteral("…");
    return out;
}

} // namespace ioc
