// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fresh, empty store for each test: a new SQLite file, or the test PostgreSQL database with its
// schema dropped and recreated. IOC_TEST_DATABASE says which ("sqlite" or a postgresql:// URL).

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

namespace ioc::test {

inline QString backendUnderTest()
{
    const QString value = qEnvironmentVariable("IOC_TEST_DATABASE");
    return value.isEmpty() ? QStringLiteral("sqlite") : value;
}

inline bool onPostgres() { return backendUnderTest().startsWith(u"postgresql://"); }

// A new, empty PostgreSQL database for this test binary ("ioc_<binary>"), so that test binaries running
// in parallel on the same server never touch each other's data. Returns its URL.
inline QString recreatePostgresDatabase(const QString& serverUrl)
{
    const QUrl server(serverUrl);
    const QString database = QStringLiteral("ioc_") + QCoreApplication::applicationName().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString name = QStringLiteral("ioc-test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(server.host());
        admin.setPort(server.port(5432));
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(server.userName());
        if (!admin.open())
            qFatal("cannot open the test PostgreSQL %s: %s", qPrintable(serverUrl), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        // Identifiers cannot be bound parameters; this one is built from the test binary's name only.
        if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database))
            || !query.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
            qFatal("cannot recreate the test database %s: %s", qPrintable(database), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    QUrl url = server;
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

class FreshStore {
public:
    FreshStore()
    {
        if (onPostgres()) {
            m_url = recreatePostgresDatabase(backendUnderTest());
        } else {
            m_url = m_dir.filePath(QStringLiteral("store.sqlite"));
        }
    }

    QString url() const { return m_url; }

    std::unique_ptr<Database> open() const
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_url);
        if (!opened)
            qFatal("cannot open the test store: %s", qPrintable(opened.errorMessage()));
        return std::move(opened).value();
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
};

} // namespace ioc::test

#include "core/domain.h"

namespace ioc::test {

inline const QDateTime kBaseTime = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

inline Asset rainGauge(int n)
{
    Asset asset;
    asset.key = {QStringLiteral("test"), QStringLiteral("RG-%1").arg(n, 2, 10, QLatin1Char('0'))};
    asset.kind = AssetKind::RainGauge;
    asset.name = QStringLiteral("Trạm đo mưa Tân Thành %1").arg(n);
    asset.position = QGeoCoordinate(9.17 + n * 0.01, 105.15 + n * 0.01);
    asset.areaCode = QStringLiteral("32002");
    asset.properties = {{QStringLiteral("thresholdMmPerHour"), 50}};
    return asset;
}

inline Case fieldReport(int n, CaseStatus status = CaseStatus::Pending)
{
    Case item;
    item.key = {QStringLiteral("paht"), QStringLiteral("PAHT.20261122.%1").arg(n, 4, 10, QLatin1Char('0'))};
    item.category = CaseCategory::FieldReport;
    item.domain = QStringLiteral("giao_thong");
    item.title = QStringLiteral("Ổ gà trên đường Lý Thường Kiệt số %1").arg(n);
    item.channel = QStringLiteral("app");
    item.position = QGeoCoordinate(9.18, 105.15);
    item.areaCode = QStringLiteral("32002");
    item.status = status;
    item.severity = n % 2 ? Severity::High : Severity::Low;
    item.opened = kBaseTime.addSecs(60 * n);
    item.due = item.opened.addDays(3);
    item.assigneeUnit = QStringLiteral("UBND phường Tân Thành");
    return item;
}

inline Observation rain(int gauge, int minute, double millimetres)
{
    return Observation{rainGauge(gauge).key, QStringLiteral("rain_mm_h"), kBaseTime.addSecs(60 * minute), millimetres};
}

} // namespace ioc::test
