// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>

namespace ioc {

class ChangeFeed;
class Database;
struct ChangeSet;

// A list of records for QML, read from the store by a subclass (filters and order are applied by the
// database), and read again when the change feed reports a change to its record type — from this
// console or another. A failed read keeps the rows it had and says why in `error`.
// Lives on the GUI thread; the Database must be opened on the same thread and outlive the model.
class RecordListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool available READ available CONSTANT)

public:
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString error() const { return m_error; }
    bool available() const { return m_database != nullptr; }

    // The value of a role by name, for tests and for QML details panes.
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

    // Reads the rows again now.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();
    void errorChanged();
    void refreshed();

protected:
    // database may be null (the store could not be opened): the model stays empty and says so.
    RecordListModel(Database* database, ChangeFeed* feed, QStringList roles, QString recordType, QObject* parent);

    // One row per record, one value per role in the order given to the constructor.
    virtual Result<QList<QVariantList>> fetch(Database& database) = 0;

    // Subclasses call this when a filter changes.
    void filterChanged() { refresh(); }

private:
    void onChanged(const ChangeSet& changes);
    void setError(const QString& error);

    Database* m_database;
    QStringList m_roles;
    QString m_recordType;
    QList<QVariantList> m_rows;
    QString m_error;
};

} // namespace ioc
