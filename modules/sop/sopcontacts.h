// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc {

// Where SOP messages go: the e-mail address and phone of each login, and the area officers (cán bộ
// phụ trách địa bàn) of each area. The accounts table has neither, so it is data:
// resources/sop/contacts.json ({"contacts": {"<login>": {"name", "email", "phone"}},
// "areaOfficers": {"<area code>": ["<login>", …]}}).
class SopContactDirectory {
public:
    struct Contact {
        QString login;
        QString name;
        QString email;
        QString phone;
    };

    static Result<SopContactDirectory> fromJson(const QJsonObject& json, const QString& origin);
    static Result<SopContactDirectory> fromFile(const QString& path); // ":/sop/contacts.json" shipped

    std::optional<Contact> contact(const QString& login) const;
    QStringList areaOfficers(const QString& areaCode) const;
    // The address for a channel ("email" | "sms"); empty when there is none.
    QString address(const QString& login, const QString& channel) const;

private:
    QHash<QString, Contact> m_contacts;
    QHash<QString, QStringList> m_areaOfficers;
};

} // namespace ioc
