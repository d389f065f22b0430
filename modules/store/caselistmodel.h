// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordlistmodel.h"
#include "store/repositories.h"

namespace ioc {

// Cases (field reports, dossiers, SOS, SOC alerts, social posts) for a list view.
// Filters are codes as stored ("field_report", "overdue"); empty means any.
class CaseListModel : public ioc::RecordListModel { // qualified: QML tooling matches base classes by their full name
    Q_OBJECT
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterUpdated)
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY filterUpdated)
    Q_PROPERTY(QString areaCode READ areaCode WRITE setAreaCode NOTIFY filterUpdated)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterUpdated)
    Q_PROPERTY(Order order READ order WRITE setOrder NOTIFY filterUpdated)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY filterUpdated)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY refreshed)

public:
    enum class Order { NewestFirst, OldestFirst, DueFirst, MostSevereFirst };
    Q_ENUM(Order)

    CaseListModel(Database* database, ChangeFeed* feed, QObject* parent = nullptr);

    QString category() const { return m_category; }
    QStringList statuses() const { return m_statuses; }
    QString areaCode() const { return m_query.areaCode; }
    QString text() const { return m_query.text; }
    Order order() const { return static_cast<Order>(m_query.order); }
    int limit() const { return m_query.limit; }
    int totalCount() const { return m_totalCount; }

    void setCategory(const QString& category);
    void setStatuses(const QStringList& statuses);
    void setAreaCode(const QString& areaCode);
    void setText(const QString& text);
    void setOrder(Order order);
    void setLimit(int limit);
    // The signed-in person's areas of responsibility (empty: all). Set by C++ from the session, not
    // a QML property, so that no view can widen it.
    void setScope(const QStringList& areas);

Q_SIGNALS:
    void filterUpdated();

protected:
    Result<QList<QVariantList>> fetch(Database& database) override;

private:
    CaseQuery m_query;
    QString m_category;
    QStringList m_statuses;
    int m_totalCount = 0;
};

} // namespace ioc
