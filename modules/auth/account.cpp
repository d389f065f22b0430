// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/account.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ioc {

QByteArray accountDigest(const Account& account)
{
    QStringList areas = account.areas;
    areas.sort();
    const QJsonArray fields{account.login,
                            account.displayName,
                            toCode(account.role),
                            account.unit,
                            QJsonArray::fromStringList(areas),
                            account.disabled,
                            QString::fromLatin1(account.passwordHash)};
    return QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

bool coversArea(const QStringList& areas, const QString& areaCode, const QString& parentCode)
{
    if (areas.isEmpty())
        return true;
    if (areaCode.isEmpty())
        return false;
    return areas.contains(areaCode) || (!parentCode.isEmpty() && areas.contains(parentCode));
}

} // namespace ioc
