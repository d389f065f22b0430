// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace ioc {

// Argon2id through libsodium (crypto_pwhash_str): the stored string carries its own salt and cost,
// so a hash made with one cost still verifies after the cost changes. Thread-safe; each call takes
// the configured memory (64 MiB at the interactive cost) for a fraction of a second.
class PasswordHasher {
public:
    struct Cost {
        unsigned long long operations;
        std::size_t memoryBytes;
        static Cost interactive(); // libsodium's INTERACTIVE limits: what a console uses
        static Cost minimum();     // libsodium's MIN limits: tests only
    };

    explicit PasswordHasher(Cost cost = Cost::interactive());

    Result<QByteArray> hash(const QString& password) const;
    // False for a wrong password and for a string that is not an Argon2id hash.
    bool verify(const QByteArray& hash, const QString& password) const;
    // A hash made with another cost (or another algorithm) should be replaced at the next sign-in.
    bool needsRehash(const QByteArray& hash) const;

    Cost cost() const { return m_cost; }

private:
    Cost m_cost;
};

} // namespace ioc
