// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QVariantList>

#include <optional>

namespace ioc {

// One tile of the KPI wall: an indicator for one area at its latest reported period, judged against
// plan. Filled by KpiDashboard; QML only shows it.
struct KpiTile {
    QString code;
    QString name;
    QString nameEn;
    QString unit;
    QString domain;
    QString period;             // the period judged ("2026-10")
    std::optional<double> value;
    std::optional<double> plan;
    QString colour;             // "red", "orange", "green", "grey"
    bool stale = false;
    QString explanation;
    QVariantList sparkline;     // the last actuals, oldest first (null where missing)
    int severityRank = 0;       // red first: 0 red, 1 orange, 2 green, 3 grey
};

class KpiTileModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, NameEnRole, UnitRole, DomainRole, PeriodRole, ValueRole, PlanRole,
                ColourRole, StaleRole, ExplanationRole, SparklineRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The indicator code of a row ("" outside the model).
    Q_INVOKABLE QString codeAt(int row) const { return row >= 0 && row < m_tiles.size() ? m_tiles.at(row).code : QString(); }

    // Replaces the tiles; rows whose code did not change are updated in place.
    void setTiles(QList<KpiTile> tiles);
    const QList<KpiTile>& tiles() const { return m_tiles; }

Q_SIGNALS:
    void countChanged();

private:
    QList<KpiTile> m_tiles;
};

} // namespace ioc
