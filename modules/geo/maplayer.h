// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/mapviewport.h"

#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace ioc {

class MapView;

// Base of every map layer: a child item of a MapView that fills it and repaints when the viewport
// changes. A layer in error keeps drawing what it has; `error` says why (for the layer panel) and the
// reason is logged once per distinct message, never once a frame. GUI thread only.
class MapLayer : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapLayer is the base of the map layers")
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)

public:
    explicit MapLayer(QQuickItem* parent = nullptr);

    MapView* map() const { return m_map; }
    // The map's viewport, or an empty one while the layer is not inside a MapView.
    MapViewport viewport() const;

    QString error() const { return m_error; }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void errorChanged();
    void readyChanged();

protected:
    // Called when the viewport changed; the default schedules a repaint.
    virtual void viewportChanged();
    void setError(const QString& error);
    void setReady(bool ready);
    void itemChange(ItemChange change, const ItemChangeData& data) override;

private:
    void attachTo(QQuickItem* parent);

    QPointer<MapView> m_map;
    QMetaObject::Connection m_viewportConnection;
    QString m_error;
    bool m_ready = false;
};

} // namespace ioc
