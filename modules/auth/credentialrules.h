// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace ioc {

// What a login and a password must look like. The messages say what is wrong in words an operator
// can act on, and never repeat the password.
class CredentialRules {
public:
    static constexpr int kMaxLoginLength = 64;
    static constexpr int kMaxPasswordLength = 256;

    // A login is 1–64 of a–z, 0–9, '.', '_', '-', starting with a letter or digit; capitals are folded
    // to lower case. Anything else is refused, so that look-alikes ("аdmin" with a Cyrillic а) can
    // never name another account. Returns the normalised login.
    static Result<QString> normaliseLogin(const QString& login);

    // At least minLength characters (default 10), at most 256; three of lower case, upper case, digits,
    // other characters (or 16 characters and more); not containing the login; not one repeated character.
    static Result<void> checkPassword(const QString& password, const QString& login, int minLength = 10);

    // A safe, short rendering of untrusted text for the journal (control characters escaped, at most
    // 80 characters).
    static QString sanitisedForRecord(const QString& text);
};

} // namespace ioc
