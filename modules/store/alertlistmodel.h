// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordlistmodel.h"
#include "store/repositories.h"

namespace ioc {

// Alerts for a list view, most severe first, then newest. `states` are codes ("new", "acknowledged"…);
// empty means any.
class AlertListModel : public ioc::RecordListModel { // qualified: QML tooling matches base classes by their full name
    Q_OBJECT
    Q_PROPERTY(QStringList states READ states WRITE setStates NOTIFY filterUpdated)

public:
    AlertListModel(Database* database, ChangeFeed* feed, QObject* parent = nullptr);

    QStringList states() const { return m_states; }
    void setStates(const QStringList& states);

Q_SIGNALS:
    void filterUpdated();

protected:
    Result<QList<QVariantList>> fetch(Database& database) override;

private:
    QStringList m_states;
    AlertQuery m_query;
};

} // namespace ioc
