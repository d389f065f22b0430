// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/capability.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ioc {

// Who is signed in on this console (or who just confirmed with their credentials). A plain value:
// services that act take the Session they act for and check it themselves.
struct Session {
    QString login;
    QString displayName;
    Role role = Role::Viewer;
    QString unit;
    QStringList areas; // empty: the whole province
    QDateTime startedAt;

    bool isValid() const { return !login.isEmpty(); }
    bool has(Capability capability) const { return isValid() && roleHas(role, capability); }
};

} // namespace ioc
