// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/maplayer.h"
#include "geo/vectordata.h"

#include <QColor>
#include <QGeoRectangle>
#include <QVariantMap>

#include <memory>

namespace ioc {

namespace internal {
struct VectorMesh;
struct LabelAtlas;
} // namespace internal

// A GeoJSON layer of the map: polygon fills, outlines and lines of constant screen width, point
// features as small squares, and labels. Reading, triangulation and the label atlas are prepared on
// worker threads (QtConcurrent); the layer draws with a few large scene-graph nodes: one fill geometry
// with a colour per vertex and one stroke geometry under a transform node (panning changes only its
// matrix; the strokes are rebuilt when the zoom or the width changes), and one node of textured quads
// for the labels that fit.
//
// Fill colour of a feature, first that applies: featureColors[feature's keyProperty value] (set at
// run time, e.g. by a controller; no re-reading), colorMap[feature's colorProperty value] (a
// choropleth by value or status word), fillColor. Colour values may be colours or colour strings.
//
// A source that cannot be read or is not GeoJSON sets `error` and keeps what the layer showed before;
// features with problems are left out, the others shown, and `error` lists the problems. GUI thread.
// The base is named with its namespace: Qt 6.4's type registrar does not resolve it otherwise.
class VectorLayer : public ioc::MapLayer {
    Q_OBJECT
    QML_ELEMENT
    // A file path, a "file:" URL, or a resource as ":/path" or "qrc:/path".
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QColor fillColor READ fillColor WRITE setFillColor NOTIFY styleChanged)
    Q_PROPERTY(QColor strokeColor READ strokeColor WRITE setStrokeColor NOTIFY styleChanged)
    // Logical (screen) pixels, whatever the zoom. 0 draws no outline.
    Q_PROPERTY(double strokeWidth READ strokeWidth WRITE setStrokeWidth NOTIFY styleChanged)
    // Name of the property to label features with; empty: no labels.
    Q_PROPERTY(QString labelProperty READ labelProperty WRITE setLabelProperty NOTIFY labelsChanged)
    Q_PROPERTY(QColor labelColor READ labelColor WRITE setLabelColor NOTIFY labelsChanged)
    // Labels show from this zoom on.
    Q_PROPERTY(double minimumLabelZoom READ minimumLabelZoom WRITE setMinimumLabelZoom NOTIFY labelsChanged)
    Q_PROPERTY(QString colorProperty READ colorProperty WRITE setColorProperty NOTIFY styleChanged)
    Q_PROPERTY(QVariantMap colorMap READ colorMap WRITE setColorMap NOTIFY styleChanged)
    // The property that identifies a feature for featureColors and boundsOf(); empty: the feature's id.
    Q_PROPERTY(QString keyProperty READ keyProperty WRITE setKeyProperty NOTIFY styleChanged)
    Q_PROPERTY(QVariantMap featureColors READ featureColors WRITE setFeatureColors NOTIFY featureColorsChanged)
    Q_PROPERTY(int featureCount READ featureCount NOTIFY dataChanged)
    Q_PROPERTY(QGeoRectangle bounds READ bounds NOTIFY dataChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    explicit VectorLayer(QQuickItem* parent = nullptr);
    ~VectorLayer() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    QColor fillColor() const { return m_fillColor; }
    void setFillColor(const QColor& color);
    QColor strokeColor() const { return m_strokeColor; }
    void setStrokeColor(const QColor& color);
    double strokeWidth() const { return m_strokeWidth; }
    void setStrokeWidth(double width);
    QString labelProperty() const { return m_labelProperty; }
    void setLabelProperty(const QString& name);
    QColor labelColor() const { return m_labelColor; }
    void setLabelColor(const QColor& color);
    double minimumLabelZoom() const { return m_minimumLabelZoom; }
    void setMinimumLabelZoom(double zoom);
    QString colorProperty() const { return m_colorProperty; }
    void setColorProperty(const QString& name);
    QVariantMap colorMap() const { return m_colorMap; }
    void setColorMap(const QVariantMap& map);
    QString keyProperty() const { return m_keyProperty; }
    void setKeyProperty(const QString& name);
    QVariantMap featureColors() const { return m_featureColors; }
    void setFeatureColors(const QVariantMap& colors);
    int featureCount() const;
    QGeoRectangle bounds() const;
    bool isLoading() const { return m_loading; }

    // The properties of the feature under the screen point (item coordinates): a point or line within
    // a few pixels (the nearest), else the topmost polygon that contains it (holes excluded); an empty
    // map when there is none.
    Q_INVOKABLE QVariantMap featureAt(QPointF screenPoint) const;
    // The bounds of the features whose keyProperty value (or id) is `key`; invalid when none.
    Q_INVOKABLE QGeoRectangle boundsOf(const QString& key) const;

    // For tests and controllers in C++: the data shown, and a feature's current fill colour.
    const VectorData& data() const;
    QColor featureFillColor(int index) const;
    // How many times a source was read (featureColors and styles never read it again).
    int loadCount() const { return m_loadCount; }

Q_SIGNALS:
    void sourceChanged();
    void styleChanged();
    void labelsChanged();
    void featureColorsChanged();
    void dataChanged();
    void loadingChanged();

protected:
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void itemChange(ItemChange change, const ItemChangeData& data) override;

private:
    struct Loaded;
    void load();
    void applyLoaded(const std::shared_ptr<Loaded>& loaded, quint64 generation);
    void recomputeColors();
    void renderLabels();
    QColor colorFor(const VectorFeature& feature) const;
    QString keyOf(const VectorFeature& feature) const;

    QString m_source;
    QColor m_fillColor{0x33, 0x66, 0x99, 0x80};
    QColor m_strokeColor{0x22, 0x33, 0x44};
    double m_strokeWidth = 1.0;
    QString m_labelProperty;
    QColor m_labelColor{0x20, 0x20, 0x20};
    double m_minimumLabelZoom = 0.0;
    QString m_colorProperty;
    QVariantMap m_colorMap;
    QString m_keyProperty;
    QVariantMap m_featureColors;
    bool m_loading = false;
    int m_loadCount = 0;

    std::shared_ptr<const VectorData> m_data;
    std::shared_ptr<const internal::VectorMesh> m_mesh;
    std::shared_ptr<const internal::LabelAtlas> m_labels;
    QList<QColor> m_colors; // per feature
    quint64 m_loadGeneration = 0;
    quint64 m_labelGeneration = 0;
    // What the render side must refresh at the next updatePaintNode.
    bool m_meshDirty = false;
    bool m_colorsDirty = false;
    bool m_strokeDirty = false;
    bool m_labelsDirty = false;
};

} // namespace ioc
