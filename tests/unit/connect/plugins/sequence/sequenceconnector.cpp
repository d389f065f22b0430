// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only connector: `records` numbered observations of asset "seq-1" in pages of `pageSize`, the
// cursor being the next number. failPages: each listed page number fails once per listing (a page listed
// twice fails twice); failAlways: every poll fails; quarantineEvery N: every N-th record is quarantined
// instead (its payload {"i": n}), and remap() then maps it when remapSucceeds; slowMs: each poll sleeps.

#include "connect/connector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QThread>
#include <QTimeZone>

namespace ioc {

namespace {

Observation observation(const QString& source, int i)
{
    Observation o;
    o.asset = {source, QStringLiteral("seq-1")};
    o.metric = QStringLiteral("count");
    o.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60LL * i);
    o.value = i;
    return o;
}

class SequenceConnector final : public Connector {
public:
    explicit SequenceConnector(ConnectorContext& context) : m_context(context)
    {
        const QJsonObject config = context.configuration();
        m_records = config.value(QStringLiteral("records")).toInt();
        m_pageSize = config.value(QStringLiteral("pageSize")).toInt();
        for (const QJsonValue& page : config.value(QStringLiteral("failPages")).toArray())
            m_failPages.append(page.toInt());
        m_failAlways = config.value(QStringLiteral("failAlways")).toBool();
        m_quarantineEvery = config.value(QStringLiteral("quarantineEvery")).toInt();
        m_remapSucceeds = config.value(QStringLiteral("remapSucceeds")).toBool();
        m_slowMs = config.value(QStringLiteral("slowMs")).toInt();
        m_pollsAhead = config.value(QStringLiteral("pollsAhead")).toBool();
    }

    Mode mode() const override { return Mode::Poll; }
    // failPages is state poll() changes: polling ahead would consume a scripted failure of a page that is
    // then dropped. Configurable so that the host's prefetch is tested both ways.
    bool pollsAhead() const override { return m_pollsAhead; }

    Result<ConnectorBatch> poll(const QByteArray& checkpoint) override
    {
        if (m_slowMs > 0)
            QThread::msleep(m_slowMs);
        const int next = checkpoint.isEmpty() ? 0 : checkpoint.toInt();
        const int page = next / m_pageSize;
        if (m_failAlways)
            return fail(QStringLiteral("sequence: the source is down (scripted) token=s3cr3t"));
        if (m_failPages.removeOne(page))
            return fail(QStringLiteral("sequence: page %1 failed (scripted)").arg(page));
        ConnectorBatch batch;
        if (next >= m_records)
            return batch; // nothing new: an empty batch, the checkpoint unchanged
        Asset asset;
        asset.key = {m_context.connectorId(), QStringLiteral("seq-1")};
        asset.kind = AssetKind::RainGauge;
        asset.name = QStringLiteral("Trạm đếm thử");
        batch.records.assets.append(asset);
        const int end = std::min(m_records, next + m_pageSize);
        for (int i = next; i < end; ++i) {
            if (m_quarantineEvery > 0 && (i + 1) % m_quarantineEvery == 0) {
                QJsonObject raw{{QStringLiteral("i"), i}};
                batch.quarantined.append({QStringLiteral("observation"), QJsonDocument(raw).toJson(QJsonDocument::Compact),
                                          QStringLiteral("record %1: scripted bad value").arg(i)});
                continue;
            }
            batch.records.observations.append(observation(m_context.connectorId(), i));
            batch.dataTime = batch.records.observations.constLast().time;
        }
        batch.checkpoint = QByteArray::number(end);
        batch.more = end < m_records;
        return batch;
    }

    Result<RecordBatch> remap(const QuarantinedRecord& record) override
    {
        if (!m_remapSucceeds)
            return fail(QStringLiteral("still bad (scripted)"));
        const QJsonObject raw = QJsonDocument::fromJson(record.payload).object();
        RecordBatch batch;
        batch.observations.append(observation(m_context.connectorId(), raw.value(QStringLiteral("i")).toInt()));
        return batch;
    }

private:
    ConnectorContext& m_context;
    int m_records = 0;
    int m_pageSize = 1;
    QList<int> m_failPages;
    bool m_failAlways = false;
    int m_quarantineEvery = 0;
    bool m_remapSucceeds = true;
    int m_slowMs = 0;
    bool m_pollsAhead = false;
};

} // namespace

class SequenceConnectorFactory : public QObject, public ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IOC_CONNECTOR_IID FILE "sequence.json")
    Q_INTERFACES(ioc::ConnectorFactory)

public:
    Result<std::unique_ptr<Connector>> create(ConnectorContext& context) override
    {
        if (context.configuration().value(QStringLiteral("refuseConfig")).toBool())
            return fail(QStringLiteral("sequence: this configuration is refused (scripted)"));
        return std::unique_ptr<Connector>(std::make_unique<SequenceConnector>(context));
    }
};

} // namespace ioc

#include "sequenceconnector.moc"
