// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"

#include "store/database.h"
#include "store/logcategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

namespace ioc {

QByteArray ChangeSet::toPayload(const QUuid& origin) const
{
    QJsonObject countsObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsObject.insert(it.key(), it.value());
    QJsonObject object{
        {QStringLiteral("o"), origin.toString(QUuid::WithoutBraces)},
        {QStringLiteral("n"), countsObject},
    };
    if (!caseKeys.isEmpty())
        object.insert(QStringLiteral("c"), QJsonArray::fromStringList(caseKeys));
    if (!alertKeys.isEmpty())
        object.insert(QStringLiteral("a"), QJsonArray::fromStringList(alertKeys));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<std::pair<QUuid, ChangeSet>> ChangeSet::fromPayload(const QByteArray& payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    const QUuid origin = QUuid::fromString(object.value(u"o").toString());
    if (origin.isNull() || !object.value(u"n").isObject())
        return std::nullopt;
    ChangeSet changes;
    const QJsonObject countsObject = object.value(u"n").toObject();
    for (auto it = countsObject.begin(); it != countsObject.end(); ++it)
        changes.counts.insert(it.key(), it.value().toInt());
    for (const QJsonValue& key : object.value(u"c").toArray())
        changes.caseKeys.append(key.toString());
    for (const QJsonValue& key : object.value(u"a").toArray())
        changes.alertKeys.append(key.toString());
    return std::make_pair(origin, changes);
}

ChangeFeed::ChangeFeed(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ioc::ChangeSet>();
}

void ChangeFeed::publishLocal(const ChangeSet& changes) { Q_EMIT changed(changes, true); }

Result<void> ChangeFeed::listen(Database& database)
{
    if (!database.isPostgres())
        return {};
    QSqlDriver* driver = database.connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
        return fail(database.describeError(tr("cannot listen for other consoles' changes"), driver->lastError()));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                onNotification(name, payload);
            });
    return {};
}

void ChangeFeed::onNotification(const QString& name, const QVariant& payload)
{
    if (name != QLatin1String(kChannel))
        return;
    const auto decoded = ChangeSet::fromPayload(payload.toString().toUtf8());
    if (!decoded) {
        qCWarning(lcStore) << "ignored a malformed change notification:" << payload.toString().left(200);
        return;
    }
    if (decoded->first == m_origin)
        return; // our own batch: already published locally
    Q_EMIT changed(decoded->second, false);
}

} // namespace ioc
