// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordlistmodel.h"

#include "store/changefeed.h"
#include "store/logcategories.h"

namespace ioc {

RecordListModel::RecordListModel(Database* database, ChangeFeed* feed, QStringList roles, QString recordType,
                                 QObject* parent)
    : QAbstractListModel(parent), m_database(database), m_roles(std::move(roles)), m_recordType(std::move(recordType))
{
    if (feed)
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeSet& changes, bool) { onChanged(changes); });
    if (!m_database)
        m_error = tr("the data store is not available");
}

int RecordListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - Qt::UserRole - 1;
    if (role == Qt::DisplayRole)
        return m_rows.at(index.row()).value(0);
    if (column < 0 || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(column);
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i).toUtf8());
    return names;
}

QVariant RecordListModel::get(int row, const QString& roleName) const
{
    const int column = int(m_roles.indexOf(roleName));
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).value(column);
}

void RecordListModel::refresh()
{
    if (!m_database)
        return;
    Result<QList<QVariantList>> rows = fetch(*m_database);
    if (!rows) {
        qCWarning(lcStore).noquote() << rows.errorMessage();
        setError(rows.errorMessage());
        return;
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows).value();
    endResetModel();
    setError(QString());
    if (count() != before)
        Q_EMIT countChanged();
    Q_EMIT refreshed();
}

void RecordListModel::onChanged(const ChangeSet& changes)
{
    if (changes.touches(m_recordType))
        refresh();
}

void RecordListModel::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace ioc
