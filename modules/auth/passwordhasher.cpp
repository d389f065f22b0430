// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/passwordhasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace ioc {

class PasswordHasherText {
    Q_DECLARE_TR_FUNCTIONS(ioc::PasswordHasherText)
};

PasswordHasher::Cost PasswordHasher::Cost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::Cost::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost)
{
    // Idempotent and thread-safe; it fails only without a source of randomness.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

Result<QByteArray> PasswordHasher::hash(const QString& password) const
{
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                         m_cost.operations, m_cost.memoryBytes, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return fail(PasswordHasherText::tr("the password could not be hashed (out of memory)"));
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& hash, const QString& password) const
{
    if (!hash.startsWith("$argon2id$"))
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    const bool ok = crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size()))
        == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QByteArray& hash) const
{
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_needs_rehash(terminated.constData(), m_cost.operations, m_cost.memoryBytes) != 0;
}

} // namespace ioc
