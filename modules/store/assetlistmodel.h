// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordlistmodel.h"

namespace ioc {

// Assets (cameras, gauges, stations, patrol units…) for a list view; `kind` is a code ("camera") or
// empty for all, `text` matches name and id ignoring case and diacritics. Positions follow the feed.
class AssetListModel : public ioc::RecordListModel { // qualified: QML tooling matches base classes by their full name
    Q_OBJECT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterUpdated)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterUpdated)

public:
    AssetListModel(Database* database, ChangeFeed* feed, QObject* parent = nullptr);

    QString kind() const { return m_kind; }
    QString text() const { return m_text; }
    void setKind(const QString& kind);
    void setText(const QString& text);

Q_SIGNALS:
    void filterUpdated();

protected:
    Result<QList<QVariantList>> fetch(Database& database) override;

private:
    QString m_kind;
    QString m_text;
};

} // namespace ioc
