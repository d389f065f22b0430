// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/quarantinemodel.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringDecoder>

namespace ioc {

struct QuarantineText {
    Q_DECLARE_TR_FUNCTIONS(QuarantineText)
};

QuarantineModel::QuarantineModel(Database* database, ChangeFeed* feed, QObject* parent)
    : RecordListModel(database, feed,
                      {QStringLiteral("quarantineId"), QStringLiteral("connectorId"), QStringLiteral("recordType"),
                       QStringLiteral("reason"), QStringLiteral("payloadPreview"), QStringLiteral("payloadInvalid"),
                       QStringLiteral("payloadBytes"), QStringLiteral("receivedAt"), QStringLiteral("attempts")},
                      QStringLiteral("quarantine"), parent)
{
}

void QuarantineModel::setConnectorId(const QString& connectorId)
{
    if (connectorId == m_connectorId)
        return;
    m_connectorId = connectorId;
    Q_EMIT filterUpdated();
    filterChanged();
}

void QuarantineModel::setLimit(int limit)
{
    if (limit == m_limit || limit <= 0)
        return;
    m_limit = limit;
    Q_EMIT filterUpdated();
    filterChanged();
}

QuarantineModel::Preview QuarantineModel::preview(const QByteArray& bytes, bool complete)
{
    // A complete payload is decoded stateless: a sequence cut at its end is an error. The beginning of a
    // longer one is decoded stateful: the decoder keeps a cut sequence at the end as its state.
    QStringDecoder decoder(QStringDecoder::Utf8, complete ? QStringDecoder::Flag::Stateless : QStringDecoder::Flag::Default);
    QString text = decoder.decode(bytes);
    Preview result;
    result.invalid = decoder.hasError();
    bool cut = !complete;
    if (text.size() > kPreviewCharacters) {
        qsizetype end = kPreviewCharacters;
        if (text.at(end - 1).isHighSurrogate())
            --end; // never split a character outside the basic plane
        text.truncate(end);
        cut = true;
    }
    result.text = cut ? text + QChar(0x2026) : text;
    return result;
}

Result<QList<QVariantList>> QuarantineModel::fetch(Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // Only the beginning of each payload is read: a preview needs no more, and payloads may be large.
    // The filter clause is one of two fixed texts; the values are bound.
    query.prepare(QStringLiteral("SELECT id, connector_id, record_type, reason, substr(payload, 1, ?), length(payload), "
                                 "received_at, attempts FROM quarantine WHERE state = 'held'%1 ORDER BY id DESC LIMIT ?")
                      .arg(m_connectorId.isEmpty() ? QString() : QStringLiteral(" AND connector_id = ?")));
    query.addBindValue(kPreviewBytes);
    if (!m_connectorId.isEmpty())
        query.addBindValue(m_connectorId);
    query.addBindValue(m_limit);
    if (!query.exec())
        return fail(database.describeError(QuarantineText::tr("cannot read the quarantined records"), query.lastError()));
    QList<QVariantList> rows;
    while (query.next()) {
        const QByteArray head = query.value(4).toByteArray();
        const qint64 size = query.value(5).toLongLong();
        const Preview shown = preview(head, head.size() >= size);
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), shown.text, shown.invalid, size, fromStoredTime(query.value(6)),
                     query.value(7).toInt()});
    }
    return rows;
}

} // namespace ioc
