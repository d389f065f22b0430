// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authservice.h"

#include <QVariantList>

namespace ioc {

// The demo province's people, one per role, with passwords that the sign-in screen shows in demo
// mode only. They satisfy the password policy like any other account.
struct DemoAccounts {
    static QList<NewAccount> accounts();
    // login, displayName, role name, password: for the sign-in screen.
    static QVariantList forSignInScreen();
    // The operator on shift (the demo rehearsal works a procedure as this account).
    static QString operatorLogin();
    // The shift supervisor the screen tour signs in as.
    static QString supervisorLogin();
    static QString administratorLogin();
    static QString passwordOf(const QString& login);
};

} // namespace ioc
