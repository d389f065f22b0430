// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordlistmodel.h"

namespace ioc {

// The records connectors could not map or validate and still hold (quarantine, state "held"), newest
// first, at most `limit`, of one connector or of all (connectorId empty). Read again when the change
// feed reports "quarantine".
//
// Roles: quarantineId (the row's id; QML cannot name a property "id"), connectorId, recordType, reason,
// payloadPreview (the first kPreviewCharacters characters of the payload as UTF-8, invalid bytes shown
// as U+FFFD, "…" when cut), payloadInvalid (the bytes read for the preview — the first kPreviewBytes —
// are not valid UTF-8), payloadBytes (the payload's size), receivedAt, attempts.
//
// GUI thread; the Database is the GUI thread's and outlives the model.
class QuarantineModel : public ioc::RecordListModel { // qualified: QML tooling matches base classes by their full name
    Q_OBJECT
    Q_PROPERTY(QString connectorId READ connectorId WRITE setConnectorId NOTIFY filterUpdated)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY filterUpdated)

public:
    static constexpr int kPreviewCharacters = 300;
    static constexpr int kPreviewBytes = 4096;

    QuarantineModel(Database* database, ChangeFeed* feed, QObject* parent = nullptr);

    QString connectorId() const { return m_connectorId; }
    int limit() const { return m_limit; }
    void setConnectorId(const QString& connectorId);
    void setLimit(int limit);

    struct Preview {
        QString text;
        bool invalid = false;
    };
    // The preview of a payload's first bytes; `complete` is false when `bytes` is only its beginning
    // (a character cut at the end is then not an error).
    static Preview preview(const QByteArray& bytes, bool complete);

Q_SIGNALS:
    void filterUpdated();

protected:
    Result<QList<QVariantList>> fetch(Database& database) override;

private:
    QString m_connectorId;
    int m_limit = 500;
};

} // namespace ioc
