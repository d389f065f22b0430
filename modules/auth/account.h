// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/capability.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ioc {

struct Account {
    QString login;        // normalised (CredentialRules::normaliseLogin)
    QString displayName;  // "Trần Thị Mai"
    Role role = Role::Viewer;
    QString unit;         // "Trung tâm IOC tỉnh Cà Mau"
    QStringList areas;    // area codes of responsibility; empty: the whole province
    bool disabled = false;
    QByteArray passwordHash; // Argon2id string; never logged, never shown
    int failedSignIns = 0;
    QDateTime lockedUntil;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// SHA-256 (hex) over the fields that only IOC Desk may change (login, name, role, unit, areas,
// disabled, password hash). Every account change writes it to the journal; sign-in compares the row
// with the last journaled digest, so an account row edited behind IOC Desk's back is refused.
QByteArray accountDigest(const Account& account);

// An area code is covered when the areas are empty (whole province), list it, or list its parent.
bool coversArea(const QStringList& areas, const QString& areaCode, const QString& parentCode);

} // namespace ioc
