// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_csv.h"

#include "core/textsearch.h"
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <functional>

namespace ioc::bench {

namespace {

// One CSV line at a time into a buffer that is flushed to the file every few megabytes.
class CsvWriter {
public:
    explicit CsvWriter(const QString& path) : m_file(path) {}

    Result<void> open(const char* header)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_buffer.reserve(kFlushAt + 4096);
        m_buffer.append(header).append('\n');
        return {};
    }

    CsvWriter& text(const QString& value)
    {
        separate();
        m_buffer.append('"').append(value.toUtf8().replace('"', "\"\"")).append('"');
        return *this;
    }
    CsvWriter& integer(qint64 value)
    {
        separate();
        m_buffer.append(QByteArray::number(value));
        return *this;
    }
    CsvWriter& real(double value)
    {
        separate();
        m_buffer.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
        return *this;
    }
    CsvWriter& null()
    {
        separate();
        return *this;
    }
    CsvWriter& nullableText(const QString& value) { return value.isEmpty() ? null() : text(value); }
    CsvWriter& time(const QDateTime& value) { return value.isValid() ? integer(value.toMSecsSinceEpoch()) : null(); }
    CsvWriter& latitude(const QGeoCoordinate& position) { return position.isValid() ? real(position.latitude()) : null(); }
    CsvWriter& longitude(const QGeoCoordinate& position) { return position.isValid() ? real(position.longitude()) : null(); }

    Result<void> endLine()
    {
        m_buffer.append('\n');
        m_first = true;
        return m_buffer.size() >= kFlushAt ? flush() : Result<void>();
    }

    Result<void> close()
    {
        if (auto flushed = flush(); !flushed)
            return flushed;
        m_file.close();
        return {};
    }

private:
    static constexpr qsizetype kFlushAt = 4 << 20;

    void separate()
    {
        if (!m_first)
            m_buffer.append(',');
        m_first = false;
    }

    Result<void> flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return fail(QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_buffer.clear();
        return {};
    }

    QFile m_file;
    QByteArray m_buffer;
    bool m_first = true;
};

Result<void> writeRows(const QString& path, const char* header, qint64 count,
                       const std::function<void(CsvWriter&, qint64)>& row)
{
    CsvWriter csv(path);
    if (auto opened = csv.open(header); !opened)
        return opened;
    for (qint64 i = 0; i < count; ++i) {
        row(csv, i);
        if (auto ended = csv.endLine(); !ended)
            return ended;
    }
    return csv.close();
}

} // namespace

Result<void> writeAssetsCsv(const QString& path, const QList<Asset>& assets, const QList<qint64>& ids, qint64 updatedAtMs)
{
    return writeRows(path, "id,source,external_id,kind,name,search_text,lat,lon,area_code,properties,updated_at",
                     assets.size(), [&](CsvWriter& csv, qint64 i) {
                         const Asset& asset = assets.at(i);
                         csv.integer(ids.at(i))
                             .text(asset.key.source)
                             .text(asset.key.externalId)
                             .text(toCode(asset.kind))
                             .text(asset.name)
                             .text(foldForSearch(asset.name + QLatin1Char(' ') + asset.key.externalId))
                             .latitude(asset.position)
                             .longitude(asset.position)
                             .nullableText(asset.areaCode)
                             .text(QString::fromUtf8(QJsonDocument(asset.properties).toJson(QJsonDocument::Compact)))
                             .integer(updatedAtMs);
                     });
}

Result<void> writeObservationsCsv(const QString& path, const QList<Asset>& assets, const QList<qint64>& ids, qint64 count,
                                  ObservationOrder order)
{
    QHash<QString, qint64> idOf; // external id → asset id
    for (qsizetype i = 0; i < assets.size(); ++i)
        idOf.insert(assets.at(i).key.externalId, ids.at(i));
    return writeRows(path, "asset_id,metric,time,value", count, [&](CsvWriter& csv, qint64 i) {
        const Observation observation = makeObservation(assets, i, count, order);
        csv.integer(idOf.value(observation.asset.externalId))
            .text(observation.metric)
            .integer(observation.time.toMSecsSinceEpoch())
            .real(observation.value);
    });
}

Result<void> writeCasesCsv(const QString& path, qint64 count, qint64 updatedAtMs)
{
    return writeRows(path,
                     "source,external_id,category,domain,title,search_text,channel,lat,lon,area_code,status,severity,"
                     "opened_at,due_at,closed_at,assignee_unit,satisfied,sentiment,updated_at",
                     count, [&](CsvWriter& csv, qint64 i) {
                         const Case item = makeCase(i);
                         csv.text(item.key.source)
                             .text(item.key.externalId)
                             .text(toCode(item.category))
                             .text(item.domain)
                             .text(item.title)
                             .text(foldForSearch(item.title + QLatin1Char(' ') + item.key.externalId))
                             .text(item.channel)
                             .latitude(item.position)
                             .longitude(item.position)
                             .nullableText(item.areaCode)
                             .text(toCode(item.status))
                             .text(toCode(item.severity))
                             .integer(item.opened.toMSecsSinceEpoch())
                             .time(item.due)
                             .time(item.closed);
                         csv.text(item.assigneeUnit);
                         if (item.satisfied)
                             csv.integer(*item.satisfied ? 1 : 0);
                         else
                             csv.null();
                         csv.text(toCode(item.sentiment)).integer(updatedAtMs);
                     });
}

} // namespace ioc::bench
