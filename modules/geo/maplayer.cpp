// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/maplayer.h"

#include "geo/logcategories.h"
#include "geo/mapview.h"


namespace ioc {

MapLayer::MapLayer(QQuickItem* parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    attachTo(parent);
}

MapViewport MapLayer::viewport() const
{
    return m_map ? m_map->viewport() : MapViewport();
}

void MapLayer::viewportChanged()
{
    update();
}

void MapLayer::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcGeo).noquote() << objectName() << metaObject()->className() << "in error:" << error;
    Q_EMIT errorChanged();
}

void MapLayer::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged();
}

void MapLayer::itemChange(ItemChange change, const ItemChangeData& data)
{
    QQuickItem::itemChange(change, data);
    if (change == ItemParentHasChanged)
        attachTo(data.item);
}

void MapLayer::attachTo(QQuickItem* parent)
{
    auto* map = qobject_cast<MapView*>(parent);
    if (map == m_map)
        return;
    QObject::disconnect(m_viewportConnection);
    m_map = map;
    if (!m_map)
        return;
    m_viewportConnection = connect(m_map, &MapView::viewportChanged, this, [this] {
        setSize(m_map->size());
        viewportChanged();
    });
    setPosition(QPointF(0, 0));
    setSize(m_map->size());
    viewportChanged();
}

} // namespace ioc
