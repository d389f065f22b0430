// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/sopcontacts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ioc {

struct SopContactText {
    Q_DECLARE_TR_FUNCTIONS(ioc::SopContactText)
};

Result<SopContactDirectory> SopContactDirectory::fromJson(const QJsonObject& json, const QString& origin)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+[0-9]{8,15}$"));
    SopContactDirectory directory;
    const QJsonObject contacts = json.value(QStringLiteral("contacts")).toObject();
    for (auto it = contacts.begin(); it != contacts.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Contact c{it.key(), o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("email")).toString(),
                  o.value(QStringLiteral("phone")).toString()};
        if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
            return fail(SopContactText::tr("%1: /contacts/%2/email: '%3' is not an e-mail address").arg(origin, c.login, c.email));
        if (!c.phone.isEmpty() && !phone.match(c.phone).hasMatch())
            return fail(SopContactText::tr("%1: /contacts/%2/phone: '%3' is not a phone number in +84… form").arg(origin, c.login, c.phone));
        directory.m_contacts.insert(c.login, c);
    }
    const QJsonObject officers = json.value(QStringLiteral("areaOfficers")).toObject();
    for (auto it = officers.begin(); it != officers.end(); ++it) {
        QStringList logins;
        for (const QJsonValue& v : it.value().toArray()) {
            if (!directory.m_contacts.contains(v.toString()))
                return fail(SopContactText::tr("%1: /areaOfficers/%2: '%3' is not in the contacts").arg(origin, it.key(), v.toString()));
            logins.append(v.toString());
        }
        directory.m_areaOfficers.insert(it.key(), logins);
    }
    return directory;
}

Result<SopContactDirectory> SopContactDirectory::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(SopContactText::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(SopContactText::tr("%1: not a JSON object (%2)").arg(path, error.errorString()));
    return fromJson(document.object(), path);
}

std::optional<SopContactDirectory::Contact> SopContactDirectory::contact(const QString& login) const
{
    const auto it = m_contacts.constFind(login);
    if (it == m_contacts.cend())
        return std::nullopt;
    return *it;
}

QStringList SopContactDirectory::areaOfficers(const QString& areaCode) const
{
    return m_areaOfficers.value(areaCode);
}

QString SopContactDirectory::address(const QString& login, const QString& channel) const
{
    const auto it = m_contacts.constFind(login);
    if (it == m_contacts.cend())
        return {};
    return channel == QLatin1String("sms") ? it->phone : it->email;
}

} // namespace ioc
