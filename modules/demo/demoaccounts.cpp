// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoaccounts.h"

namespace ioc {

namespace {

struct DemoPerson {
    const char* login;
    const char* name;
    Role role;
    const char* password;
    const char* areas; // comma-separated area codes; empty: the whole province
};

// Everyone in the demo is responsible for the whole province (no areas).
constexpr DemoPerson kPeople[] = {
    {"vanhanh", "Trần Thị Mai", Role::Operator, "Mai@CaMau2026", ""},
    {"truongca", "Lê Văn Hùng", Role::Supervisor, "Hung@CaMau2026", ""},
    {"lanhdao", "Phạm Minh Đức", Role::Leader, "Duc@CaMau2026", ""},
    {"quantri", "Võ Thanh Tâm", Role::Admin, "Tam@CaMau2026", ""},
    {"khach", "Khách tham quan", Role::Viewer, "Xem@CaMau2026", ""},
};

} // namespace

QList<NewAccount> DemoAccounts::accounts()
{
    QList<NewAccount> out;
    for (const DemoPerson& p : kPeople) {
        NewAccount a;
        a.login = QString::fromLatin1(p.login);
        a.displayName = QString::fromUtf8(p.name);
        a.role = p.role;
        a.unit = QStringLiteral("Trung tâm IOC tỉnh Cà Mau");
        a.areas = QString::fromLatin1(p.areas).split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.password = QString::fromLatin1(p.password);
        out.append(a);
    }
    return out;
}

QVariantList DemoAccounts::forSignInScreen()
{
    QVariantList out;
    for (const DemoPerson& p : kPeople)
        out.append(QVariantMap{{QStringLiteral("login"), QString::fromLatin1(p.login)},
                               {QStringLiteral("displayName"), QString::fromUtf8(p.name)},
                               {QStringLiteral("role"), toCode(p.role)},
                               {QStringLiteral("password"), QString::fromLatin1(p.password)}});
    return out;
}

QString DemoAccounts::operatorLogin()
{
    return QStringLiteral("vanhanh");
}

QString DemoAccounts::supervisorLogin()
{
    return QStringLiteral("truongca");
}

QString DemoAccounts::administratorLogin()
{
    return QStringLiteral("quantri");
}

QString DemoAccounts::passwordOf(const QString& login)
{
    for (const DemoPerson& p : kPeople)
        if (login == QLatin1String(p.login))
            return QString::fromLatin1(p.password);
    return {};
}

} // namespace ioc
