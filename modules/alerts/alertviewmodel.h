// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recordlistmodel.h"

#include <QStringList>
#include <QVariantMap>

namespace ioc {

class AlertService;
class AuthService;
class Journal;

// The alert list (roles: key, rule, title, severity, state, domain, area, subject, raised, groupCount,
// parentKey, snoozedUntil, snoozed, assigneeUnit, latitude, longitude) with filters on domain, severity,
// state and area (empty lists / strings: any), most severe first, then newest. By default only top-level
// alerts (a group shows once, with its count). Read again on every alert change in the change feed.
// The actions act for the AuthService's current session and say why they fail in lastError.
// GUI thread.
class AlertViewModel : public ioc::RecordListModel { // qualified: QML tooling matches base classes by their full name
    Q_OBJECT
    Q_PROPERTY(QStringList domains READ domains WRITE setDomains NOTIFY filterUpdated)
    Q_PROPERTY(QStringList severities READ severities WRITE setSeverities NOTIFY filterUpdated)
    Q_PROPERTY(QStringList states READ states WRITE setStates NOTIFY filterUpdated)
    Q_PROPERTY(QString areaCode READ areaCode WRITE setAreaCode NOTIFY filterUpdated)
    Q_PROPERTY(bool topLevelOnly READ topLevelOnly WRITE setTopLevelOnly NOTIFY filterUpdated)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    AlertViewModel(Database* database, ChangeFeed* feed, AlertService* service, AuthService* auth, Journal* journal,
                   QObject* parent = nullptr);

    QStringList domains() const { return m_domains; }
    void setDomains(const QStringList& value);
    QStringList severities() const { return m_severities; }
    void setSeverities(const QStringList& value);
    QStringList states() const { return m_states; }
    void setStates(const QStringList& value);
    QString areaCode() const { return m_areaCode; }
    void setAreaCode(const QString& value);
    bool topLevelOnly() const { return m_topLevelOnly; }
    void setTopLevelOnly(bool value);
    QString lastError() const { return m_lastError; }

    // The alert view: {key, rule, title, severity, state, stateName, subject, domain, area, raised,
    // acknowledgedBy, acknowledged, comment, snoozedUntil, snoozeReason, assigneeUnit, sopRun, dispatchedUnit,
    // dispatchedAt, arrivedAt, resolvedBy, resolveReason, groupCount, parentKey, latitude, longitude, facts,
    // children: [{key, title, state, raised}], timeline: [{time, actor, kind, text}] (oldest first, in words),
    // units: [{key, name, callSign, distanceMetres, etaMinutes, moving, latitude, longitude}] (nearest 5),
    // cameras: [{key, name, distanceMetres, latitude, longitude}] (nearest 4, for the live tiles),
    // relatedCase: {key, title, category, status, domain, opened, due, assigneeUnit} or absent}.
    // Empty map (and lastError) when the alert cannot be read.
    Q_INVOKABLE QVariantMap detail(const QString& key);

    Q_INVOKABLE bool acknowledge(const QString& key, const QString& comment);
    Q_INVOKABLE bool snooze(const QString& key, int minutes, const QString& reason);
    Q_INVOKABLE bool assign(const QString& key, const QString& unit);
    Q_INVOKABLE bool resolve(const QString& key, const QString& reason);
    Q_INVOKABLE bool close(const QString& key);
    Q_INVOKABLE bool dispatch(const QString& key, const QString& unitKey); // unitKey "source/id"

    // A journal entry in words ("acknowledged by vanhanh: checked on camera").
    static QString describeEntry(const QString& kind, const QString& actor, const QJsonObject& payload);

Q_SIGNALS:
    void filterUpdated();
    void lastErrorChanged();

protected:
    Result<QList<QVariantList>> fetch(Database& database) override;

private:
    bool done(const Result<void>& result);

    Database* m_db;
    AlertService* m_service;
    AuthService* m_auth;
    Journal* m_journal;
    QStringList m_domains;
    QStringList m_severities;
    QStringList m_states;
    QString m_areaCode;
    bool m_topLevelOnly = true;
    QString m_lastError;
};

} // namespace ioc
