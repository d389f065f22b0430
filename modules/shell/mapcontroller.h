// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"
#include "geo/markerlist.h"

#include <QGeoRectangle>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace ioc {

class ChangeFeed;
class Clock;
class Database;

// The map screen's controller (STYLE.md 4): reads the store into one marker source per layer, keeps
// them in step with the change feed (patrol units move, a new SOS appears and pulses), and answers
// the screen's search and details card. The map engine (Ioc.Geo) knows no store; this is the bridge.
// GUI thread; the database is the GUI thread's.
class MapController : public QObject {
    Q_OBJECT
    Q_PROPERTY(ioc::MarkerSource* cameras READ cameras CONSTANT)
    Q_PROPERTY(ioc::MarkerSource* gauges READ gauges CONSTANT)
    Q_PROPERTY(ioc::MarkerSource* waterStations READ waterStations CONSTANT)
    Q_PROPERTY(ioc::MarkerSource* units READ units CONSTANT)
    Q_PROPERTY(ioc::MarkerSource* reports READ reports CONSTANT)
    Q_PROPERTY(ioc::MarkerSource* sos READ sos CONSTANT)
    Q_PROPERTY(ioc::MarkerSource* heat READ heat CONSTANT)
    // Ward code -> "good" / "watch" / "risk" from the ward's open cases past or near their due time.
    Q_PROPERTY(QVariantMap wardStatus READ wardStatus NOTIFY refreshed)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The online XYZ source from the settings ("map.onlineTiles"); empty: offline basemap only.
    Q_PROPERTY(QString onlineTiles READ onlineTiles CONSTANT)
    Q_PROPERTY(QString tileCacheDirectory READ tileCacheDirectory CONSTANT)
    // Layer name ("cameras", "gauges", "waterStations", "units", "reports", "sos", "heat") -> true for
    // the layers that show something from a source whose data is stale or down now (setStaleSources).
    Q_PROPERTY(QVariantMap staleLayerMap READ staleLayerMap NOTIFY staleLayersChanged)
    // The heat layer shows the cases opened in the last heatDays days (open or not).
    Q_PROPERTY(int heatDays READ heatDays WRITE setHeatDays NOTIFY heatDaysChanged)
    // Where another screen asked the map to look (focusOn): {latitude, longitude, zoom, serial}; empty until
    // then. The map screen applies it when it opens and whenever it changes (serial tells a repeat apart).
    Q_PROPERTY(QVariantMap focusRequest READ focusRequest NOTIFY focusRequested)

public:
    // Marker ids: the layer's index above bit 32, the row in its list below (exact as a QML number).
    enum Layer : quint8 { Cameras, Gauges, WaterStations, Units, Reports, Sos, LayerCount };
    Q_ENUM(Layer)

    MapController(Database* database, ChangeFeed* feed, const Clock& clock, QObject* parent = nullptr);

    void setOnlineTiles(const QString& urlTemplate) { m_onlineTiles = urlTemplate; }
    QString onlineTiles() const { return m_onlineTiles; }
    QString tileCacheDirectory() const;
    int heatDays() const { return m_heatDays; }
    // The signed-in person's areas of responsibility: cases elsewhere are not shown (empty: all).
    // Set by C++ from the session, never from QML.
    void setScope(const QStringList& areas);
    void setHeatDays(int days);
    // The record sources (connector ids) whose data cannot be trusted now; main() keeps it in step with
    // ConnectorsController::staleSources.
    void setStaleSources(const QStringList& sources);
    QStringList staleLayers() const { return m_staleLayers; } // the same layers, sorted
    QVariantMap staleLayerMap() const;

    MarkerSource* cameras() { return &m_lists[Cameras]; }
    MarkerSource* gauges() { return &m_lists[Gauges]; }
    MarkerSource* waterStations() { return &m_lists[WaterStations]; }
    MarkerSource* units() { return &m_lists[Units]; }
    MarkerSource* reports() { return &m_lists[Reports]; }
    MarkerSource* sos() { return &m_lists[Sos]; }
    MarkerSource* heat() { return &m_heat; }
    QVariantMap wardStatus() const { return m_wardStatus; }
    QVariantMap counts() const;
    QString error() const { return m_error; }

    // Re-reads everything; on a store error the markers already shown stay and `error` says why.
    Q_INVOKABLE void refresh();
    // Wards, assets and open cases whose name contains the text, ignoring case and diacritics
    // ("ca mau" finds "Cà Mau"): [{kind, title, subtitle, latitude, longitude, code}], wards first.
    Q_INVOKABLE QVariantList search(const QString& text, int limit = 8) const;
    // Asks the map screen to centre on a position at a zoom (an alert's "View on the map"); an invalid
    // position is ignored and returns false.
    Q_INVOKABLE bool focusOn(double latitude, double longitude, double zoom);
    QVariantMap focusRequest() const { return m_focusRequest; }
    // What the details card shows for a marker id given by a MarkerLayer.
    Q_INVOKABLE QVariantMap details(quint64 markerId) const;

    static QString layerName(Layer layer); // "cameras"… as in counts and staleLayers
    static quint64 markerId(Layer layer, int row) { return (quint64(layer) << 32) | quint64(row); }

Q_SIGNALS:
    void refreshed();
    void errorChanged();
    void heatDaysChanged();
    void staleLayersChanged();
    void focusRequested();

private:
    void setError(const QString& error);
    void updateStaleLayers();

    Database* m_database;
    const Clock& m_clock;
    QString m_onlineTiles;
    int m_heatDays = 7;
    QStringList m_scope;
    MarkerList m_lists[LayerCount];
    MarkerList m_heat;
    QList<QVariantMap> m_details[LayerCount];
    QList<Area> m_areas;
    QVariantMap m_wardStatus;
    QHash<QString, QSet<QString>> m_layerSources; // layer name -> sources of what it shows
    QSet<QString> m_staleSources;
    QStringList m_staleLayers;
    QString m_error;
    QVariantMap m_focusRequest;
    int m_focusSerial = 0;
    QTimer m_debounce;
};

} // namespace ioc
