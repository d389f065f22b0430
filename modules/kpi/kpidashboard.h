// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "kpi/catalogue.h"
#include "kpi/kpitilemodel.h"
#include "kpi/statusrule.h"

#include <QObject>
#include <QTimer>
#include <QVariantMap>

namespace ioc {

class ChangeFeed;
class Clock;
class Database;

// The KPI wall's controller (STYLE.md 4): every catalogue indicator for the chosen area, judged against
// plan at its latest reported period (statusrule.h), red first; the detail of one indicator with its
// plan line and forecast band (forecast.h); the colour of every ward for the drill-down map. Stored
// figures (typed in or from connectors) and figures computed from the cases (caseindicators.h) are
// judged alike. Follows the change feed. GUI thread; the database is the GUI thread's.
class KpiDashboard : public QObject {
    Q_OBJECT
    Q_PROPERTY(ioc::KpiTileModel* tiles READ tiles CONSTANT)
    Q_PROPERTY(QStringList domains READ domains NOTIFY refreshed)
    Q_PROPERTY(QString domain READ domain WRITE setDomain NOTIFY filterChanged)
    Q_PROPERTY(QString areaCode READ areaCode WRITE setAreaCode NOTIFY filterChanged)
    Q_PROPERTY(QString areaName READ areaName NOTIFY filterChanged)
    Q_PROPERTY(QString provinceCode READ provinceCode NOTIFY refreshed)
    // Judge as of a month ("2026-09": each indicator at its period containing that month's end); empty:
    // each indicator at its latest reported period.
    Q_PROPERTY(QString asOf READ asOf WRITE setAsOf NOTIFY filterChanged)
    // The months one can judge as of: the last 12, newest first.
    Q_PROPERTY(QStringList months READ months NOTIFY refreshed)
    // How many tiles of each colour ("red", "orange", "green", "grey") and how many are stale.
    Q_PROPERTY(QVariantMap colourCounts READ colourCounts NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    KpiDashboard(Database* database, ChangeFeed* feed, const Clock& clock, Catalogue catalogue, QObject* parent = nullptr);

    KpiTileModel* tiles() { return &m_tiles; }
    QStringList domains() const;
    QString domain() const { return m_domain; }
    void setDomain(const QString& domain);
    QString areaCode() const { return m_areaCode; }
    void setAreaCode(const QString& areaCode);
    QString areaName() const;
    QString provinceCode() const { return m_provinceCode; }
    QString asOf() const { return m_asOf; }
    void setAsOf(const QString& month);
    QStringList months() const;
    QVariantMap colourCounts() const;
    QString error() const { return m_error; }
    const Catalogue& catalogue() const { return m_catalogue; }

    // Re-reads the store and judges again (the figures computed from cases are counted again only when
    // the feed reported changed cases, or each hour); on a store error what is shown stays and `error` says why.
    Q_INVOKABLE void refresh();
    // {code, name, nameEn, unit, period, colour, stale, explanation, periods[], actual[], plan[],
    //  forecastPeriods[], forecast[], lower[], upper[], method, mape, forecastError}
    Q_INVOKABLE QVariantMap detail(const QString& code) const;
    // Ward code -> colour code of the indicator in that ward at its latest reported period.
    Q_INVOKABLE QVariantMap wardColours(const QString& code) const;

Q_SIGNALS:
    void refreshed();
    void filterChanged();
    void errorChanged();

private:
    struct Judged {
        QString period;
        std::optional<double> value;
        std::optional<double> plan;
        QString colour;
        bool stale = false;
        QString explanation;
    };
    // What the status rule judges for an indicator's series in one area at now: the latest period with a
    // figure (or the as-of period), its plan, actual, update time and forecast.
    StatusInput inputOf(const CatalogueEntry& entry, const QList<IndicatorValue>& series, const QDateTime& now) const;
    Judged judge(const CatalogueEntry& entry, const QList<IndicatorValue>& series) const;
    QList<IndicatorValue> seriesOf(const QString& code, const QString& area) const;
    void rebuildTiles();
    void setError(const QString& error);

    Database* m_database;
    const Clock& m_clock;
    Catalogue m_catalogue;
    KpiTileModel m_tiles;
    QString m_domain;
    QString m_areaCode;
    QString m_asOf;
    QString m_provinceCode;
    QHash<QString, QString> m_areaNames;
    QStringList m_wardCodes;
    // indicator code -> area code -> values sorted by period
    QHash<QString, QHash<QString, QList<IndicatorValue>>> m_values;
    QString m_error;
    QTimer m_debounce;
    // The figures computed from the cases, kept until cases change (GUI thread).
    QList<IndicatorValue> m_caseValues;
    bool m_casesDirty = true;
    qint64 m_caseValuesHour = -1;
};

} // namespace ioc
