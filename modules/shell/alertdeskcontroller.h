// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertviewmodel.h"
#include "geo/markerlist.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

namespace ioc {

class AlertService;
class AuthService;
class ChangeFeed;
class Database;
class Journal;
class SopService;

// The alerts screen's controller (STYLE.md 4): the filtered alert list (AlertViewModel), the selected
// alert's view (AlertViewModel::detail plus its SOP run), the markers of its small map (the alert, the
// nearest patrol units and cameras) and the actions, which act on the selected alert for the signed-in
// session. Permissions and transitions are checked by AlertService (AuthService::authorize); a refusal
// is told in lastError. `actions` only says what the alert's state allows, for the buttons.
// The alert and SOP services may be null: this console does not run the rules (a headless node of the
// centre does): the list still reads the store, the view and the actions say they are not available.
// GUI thread; everything passed in outlives it.
class AlertDeskController : public QObject {
    Q_OBJECT
    Q_PROPERTY(ioc::AlertViewModel* model READ model CONSTANT)
    // The alert service runs in this process (views and actions possible).
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString selectedKey READ selectedKey NOTIFY selectedChanged)
    // AlertViewModel::detail() of the selected alert, plus `sop` when it has a run: {runId, title {vi, en},
    // currentStep, stepTitle {vi, en}, deadline, secondsLeft (absent without a limit), closed,
    // awaitingApproval, stepsDone, stepCount}. Empty when nothing is selected.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    // What the selected alert's state allows: "acknowledge", "snooze", "assign", "resolve", "close", "dispatch".
    Q_PROPERTY(QStringList actions READ actions NOTIFY selectedChanged)
    // The selected alert's map: marker 0 the alert, 1… the units (in `selected.units` order), 101… the cameras.
    Q_PROPERTY(ioc::MarkerSource* markers READ markers CONSTANT)
    // The domains the rules know, for the filter chips (sorted codes).
    Q_PROPERTY(QStringList domainChoices READ domainChoices CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    static constexpr quint64 kUnitMarkerBase = 1;
    static constexpr quint64 kCameraMarkerBase = 101;

    AlertDeskController(Database* database, ChangeFeed* feed, AlertService* alerts, SopService* sop,
                        AuthService& auth, Journal* journal, QObject* parent = nullptr);

    AlertViewModel* model() { return &m_model; }
    bool available() const { return m_alerts != nullptr; }
    QString selectedKey() const { return m_selectedKey; }
    QVariantMap selected() const { return m_selected; }
    QStringList actions() const { return m_actions; }
    MarkerSource* markers() { return &m_markers; }
    QStringList domainChoices() const { return m_domainChoices; }
    // The last action's refusal or error, or why the selected alert cannot be read; cleared by select().
    QString lastError() const { return m_lastError; }

    // Selects an alert (empty: none) and reads its view.
    Q_INVOKABLE void select(const QString& key);
    // The first open alert of the list as filtered (most severe, then newest); false when there is none.
    Q_INVOKABLE bool selectMostSevereOpen();
    // Reads the selected alert's view again.
    Q_INVOKABLE void reload();

    // On the selected alert, for the signed-in session; each returns whether it was done.
    Q_INVOKABLE bool acknowledge(const QString& comment);
    Q_INVOKABLE bool snooze(int minutes, const QString& reason);
    Q_INVOKABLE bool assign(const QString& unit);
    Q_INVOKABLE bool resolve(const QString& reason);
    Q_INVOKABLE bool close();
    Q_INVOKABLE bool dispatch(const QString& unitKey); // "source/id", from selected.units

    // The actions a state allows (AlertService's transitions).
    static QStringList actionsFor(const QString& stateCode);

Q_SIGNALS:
    void selectedChanged();
    void lastErrorChanged();

private:
    bool acted(bool done);
    void setLastError(const QString& error);
    QVariantMap sopOf(const QString& alertKey, const QString& runId) const;
    void updateMarkers();

    AlertViewModel m_model;
    AlertService* m_alerts;
    SopService* m_sop;
    MarkerList m_markers;
    QStringList m_domainChoices;
    QString m_selectedKey;
    QVariantMap m_selected;
    QStringList m_actions;
    QString m_lastError;
    QTimer m_tick; // time left of the SOP step: read again every 30 s while an alert is selected
};

} // namespace ioc
