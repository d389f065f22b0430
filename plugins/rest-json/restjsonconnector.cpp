// SPDX-License-Identifier: GPL-3.0-or-later
// The rest-json connector: one page of a REST/JSON source per poll, mapped by configuration (README.md).
//
// Checkpoint (opaque to the host; JSON): {"v": 1, "next": {...}, "since": T, "seen": T}
//   next:  the page still to fetch in the running round — {"page": N} | {"offset": N} | {"cursor": C} |
//          {"url": U} (link pagination) — absent when no round is running (the next poll starts one);
//   since: the watermark the running round queries with (ISO 8601 UTC), or the one the next round will
//          use when no round is running; absent before the first record time is known;
//   seen:  the newest mapped time seen so far in the running round.
// A round queries every page with the same "since" (so page N stays page N); when its last page is
// committed, "seen" becomes the next round's "since". The host commits the checkpoint with the batch,
// so after a crash it re-polls the page that was not committed; records are idempotent on
// (source, externalId), so a page read twice stores nothing twice.

#include "connect/connector.h"
#include "connect/internal/timeparsing.h"
#include "connect/jsonpointer.h"
#include "connect/recordmapper.h"
#include "connect/transport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace ioc {

namespace {

struct RestJsonText {
    Q_DECLARE_TR_FUNCTIONS(RestJsonText)
};

enum class Paging { None, Page, Offset, Cursor, Link };

struct Settings {
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    TransportOptions transport;
    QString recordsPointer; // where the array is in the response; "" = the response is the array
    Paging paging = Paging::None;
    QString pageParameter = QStringLiteral("page");
    QString sizeParameter = QStringLiteral("size");
    QString offsetParameter = QStringLiteral("offset");
    QString limitParameter = QStringLiteral("limit");
    QString cursorParameter = QStringLiteral("cursor");
    QString cursorPointer = QStringLiteral("/nextCursor");
    QString pagesPointer;   // optional: the number of pages in the response (page paging)
    bool sendEmptyCursor = true;
    int pageSize = 100;
    int startPage = 1;
    bool sendPageSize = true;
    bool pageSizeGiven = false;
    // Incremental.
    QString sinceParameter; // empty: not incremental
    QString sinceField;
    internal::TimeFormat sinceFormat = internal::TimeFormat::Iso;
    QDateTime sinceStart;
    int overlapSeconds = 0; // the query asks from this much before the watermark (sources with ">=" gaps)
    QTimeZone zone;
};

struct Checkpoint {
    QJsonObject next; // empty: no round running
    QDateTime since;
    QDateTime seen;

    static Result<Checkpoint> read(const QByteArray& bytes)
    {
        Checkpoint checkpoint;
        if (bytes.isEmpty())
            return checkpoint;
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (!document.isObject() || document.object().value(QLatin1String("v")).toInt() != 1)
            return fail(RestJsonText::tr("the checkpoint is not one this connector wrote"));
        const QJsonObject object = document.object();
        checkpoint.next = object.value(QLatin1String("next")).toObject();
        checkpoint.since = QDateTime::fromString(object.value(QLatin1String("since")).toString(), Qt::ISODateWithMs);
        checkpoint.seen = QDateTime::fromString(object.value(QLatin1String("seen")).toString(), Qt::ISODateWithMs);
        return checkpoint;
    }

    QByteArray write() const
    {
        QJsonObject object{{QStringLiteral("v"), 1}};
        if (!next.isEmpty())
            object.insert(QStringLiteral("next"), next);
        if (since.isValid())
            object.insert(QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs));
        if (seen.isValid())
            object.insert(QStringLiteral("seen"), seen.toUTC().toString(Qt::ISODateWithMs));
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

QDateTime later(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

// The URL of rel="next" in a Link header (RFC 8288), or empty.
QString nextLink(const QByteArray& header)
{
    static const QRegularExpression link(QStringLiteral("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)"));
    static const QRegularExpression relNext(QStringLiteral("rel\\s*=\\s*\"?([^\";]*)\"?"));
    auto it = link.globalMatch(QString::fromUtf8(header));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch rel = relNext.match(m.captured(2));
        if (rel.hasMatch() && rel.captured(1).split(u' ', Qt::SkipEmptyParts).contains(QLatin1String("next")))
            return m.captured(1);
    }
    return {};
}

QString stringSetting(const QJsonObject& object, const char* key, const QString& fallback)
{
    return object.value(QLatin1String(key)).toString(fallback);
}

Result<Settings> readSettings(const QJsonObject& config, const RecordMapper& mapper)
{
    Settings s;
    s.url = QUrl(config.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    if (!s.url.isValid() || (s.url.scheme() != QLatin1String("http") && s.url.scheme() != QLatin1String("https")))
        return fail(RestJsonText::tr("url: not an http or https URL"));
    Result<TransportOptions> transport = TransportOptions::fromJson(config.value(QLatin1String("transport")).toObject());
    if (!transport)
        return transport.error();
    s.transport = transport.value();
    const QJsonObject headers = config.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        s.headers.append(qMakePair(it.key().toUtf8(), it.value().toString().toUtf8()));
    if (!headers.contains(QLatin1String("Accept")))
        s.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    s.recordsPointer = config.value(QLatin1String("records")).toString();
    if (!isValidJsonPointer(s.recordsPointer))
        return fail(RestJsonText::tr("records: '%1' is not a JSON Pointer").arg(s.recordsPointer));

    const QJsonObject paging = config.value(QLatin1String("pagination")).toObject();
    const QString kind = stringSetting(paging, "kind", QStringLiteral("none"));
    static const QStringList kinds{QStringLiteral("none"), QStringLiteral("page"), QStringLiteral("offset"),
                                   QStringLiteral("cursor"), QStringLiteral("link")};
    if (!kinds.contains(kind))
        return fail(RestJsonText::tr("pagination/kind: '%1' is not one of %2").arg(kind, kinds.join(QStringLiteral(", "))));
    s.paging = static_cast<Paging>(kinds.indexOf(kind));
    s.pageParameter = stringSetting(paging, "pageParameter", s.pageParameter);
    s.sizeParameter = stringSetting(paging, "sizeParameter", s.sizeParameter);
    s.offsetParameter = stringSetting(paging, "offsetParameter", s.offsetParameter);
    s.limitParameter = stringSetting(paging, "limitParameter", s.limitParameter);
    s.cursorParameter = stringSetting(paging, "cursorParameter", s.cursorParameter);
    s.cursorPointer = stringSetting(paging, "cursorPointer", s.cursorPointer);
    s.pagesPointer = stringSetting(paging, "pagesPointer", QString());
    s.sendEmptyCursor = paging.value(QLatin1String("sendEmptyCursor")).toBool(true);
    s.sendPageSize = paging.value(QLatin1String("sendPageSize")).toBool(true);
    s.pageSize = paging.value(QLatin1String("pageSize")).toInt(100);
    s.pageSizeGiven = paging.contains(QLatin1String("pageSize"));
    s.startPage = paging.value(QLatin1String("startPage")).toInt(1);
    if (s.pageSize < 1)
        return fail(RestJsonText::tr("pagination/pageSize: must be 1 or more"));
    if (!isValidJsonPointer(s.cursorPointer))
        return fail(RestJsonText::tr("pagination/cursorPointer: '%1' is not a JSON Pointer").arg(s.cursorPointer));
    if (!isValidJsonPointer(s.pagesPointer))
        return fail(RestJsonText::tr("pagination/pagesPointer: '%1' is not a JSON Pointer").arg(s.pagesPointer));

    const QJsonObject incremental = config.value(QLatin1String("incremental")).toObject();
    if (!incremental.isEmpty()) {
        s.sinceParameter = stringSetting(incremental, "parameter", QStringLiteral("since"));
        s.sinceField = incremental.value(QLatin1String("field")).toString();
        if (!mapper.isTimeField(s.sinceField))
            return fail(RestJsonText::tr("incremental/field: '%1' is not a time field of a %2")
                            .arg(s.sinceField, mapper.recordType()));
        const QString format = stringSetting(incremental, "format", QStringLiteral("iso"));
        const std::optional<internal::TimeFormat> parsed = internal::timeFormatFromName(format);
        if (!parsed)
            return fail(RestJsonText::tr("incremental/format: '%1' is not a time format (%2)")
                            .arg(format, internal::timeFormatNames().join(QStringLiteral("; "))));
        s.sinceFormat = *parsed;
        const QString zone = stringSetting(incremental, "timeZone", QStringLiteral("Asia/Ho_Chi_Minh"));
        s.zone = QTimeZone(zone.toUtf8());
        if (!s.zone.isValid())
            return fail(RestJsonText::tr("incremental/timeZone: '%1' is not a known time zone").arg(zone));
        s.overlapSeconds = incremental.value(QLatin1String("overlapSeconds")).toInt(0);
        if (s.overlapSeconds < 0)
            return fail(RestJsonText::tr("incremental/overlapSeconds: must be 0 or more"));
        if (incremental.contains(QLatin1String("start"))) {
            const std::optional<QDateTime> start = internal::parseTime(incremental.value(QLatin1String("start")),
                                                                       internal::TimeFormat::Iso, s.zone);
            if (!start)
                return fail(RestJsonText::tr("incremental/start: not an ISO 8601 time"));
            s.sinceStart = *start;
        }
    }
    return s;
}

class RestJsonConnector final : public Connector {
public:
    RestJsonConnector(ConnectorContext& context, Settings settings, RecordMapper mapper)
        : m_context(context), m_settings(std::move(settings)), m_mapper(std::move(mapper))
    {
    }

    Mode mode() const override { return Mode::Poll; }
    // poll() reads the page its checkpoint names and keeps no state of its own: the host may fetch the next
    // page while the last one commits.
    bool pollsAhead() const override { return true; }

    Result<ConnectorBatch> poll(const QByteArray& checkpointBytes) override
    {
        Result<Checkpoint> read = Checkpoint::read(checkpointBytes);
        if (!read)
            return read.error();
        Checkpoint checkpoint = read.value();
        if (checkpoint.next.isEmpty() && !checkpoint.since.isValid())
            checkpoint.since = m_settings.sinceStart;
        const QDateTime queriedSince = checkpoint.since;

        TransportRequest request;
        request.url = pageUrl(checkpoint);
        request.headers = m_settings.headers;
        request.options = m_settings.transport;
        const QString shownUrl = redactedUrl(request.url);
        qCDebug(m_context.logCategory()) << "fetching" << shownUrl;
        Result<TransportResponse> fetched = m_context.transport().fetch(request);
        if (!fetched)
            return fetched.error();
        const TransportResponse& response = fetched.value();
        if (!response.isSuccess())
            return fail(RestJsonText::tr("%1: the server answered HTTP %2").arg(shownUrl).arg(response.status));

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(RestJsonText::tr("%1: the response is not JSON (at byte %2: %3)")
                            .arg(shownUrl).arg(parseError.offset).arg(parseError.errorString()));
        const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const std::optional<QJsonValue> records = resolveJsonPointer(root, m_settings.recordsPointer);
        if (!records || !records->isArray())
            return fail(RestJsonText::tr("%1: the response has no array at '%2'").arg(shownUrl, m_settings.recordsPointer));
        const QJsonArray items = records->toArray();

        ConnectorBatch batch;
        batch.records.source = m_mapper.source();
        m_mapper.mapAll(items, batch, firstIndex(checkpoint));

        // Where the round goes on, if it does.
        Result<QJsonObject> next = nextPage(checkpoint, response, root, items.size());
        if (!next)
            return next.error();
        if (!m_settings.sinceParameter.isEmpty())
            checkpoint.seen = later(checkpoint.seen, m_mapper.latest(batch.records, m_settings.sinceField));
        if (!next.value().isEmpty()) {
            checkpoint.next = next.value();
            batch.more = true;
        } else {
            // The round is over: what it saw is the next round's watermark.
            checkpoint.next = {};
            checkpoint.since = later(checkpoint.since, checkpoint.seen);
            checkpoint.seen = {};
            // Without pagination, an incremental source that filled the page has more after the new
            // watermark: poll again at once (only while the watermark moves, so never in a loop).
            batch.more = m_settings.paging == Paging::None && !m_settings.sinceParameter.isEmpty()
                && m_settings.pageSizeGiven && items.size() >= m_settings.pageSize
                && checkpoint.since.isValid() && (!queriedSince.isValid() || checkpoint.since > queriedSince);
        }
        batch.checkpoint = checkpoint.write();
        qCDebug(m_context.logCategory()) << shownUrl << items.size() << "items," << batch.quarantined.size()
                                         << "quarantined, more:" << batch.more;
        return batch;
    }

    Result<RecordBatch> remap(const QuarantinedRecord& record) override
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(record.payload, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(RestJsonText::tr("the quarantined payload is not a JSON object"));
        RecordBatch batch;
        batch.source = m_mapper.source();
        if (Result<void> mapped = m_mapper.mapInto(document.object(), batch); !mapped)
            return mapped.error();
        return batch;
    }

private:
    QUrl pageUrl(const Checkpoint& checkpoint) const
    {
        const Settings& s = m_settings;
        if (s.paging == Paging::Link && checkpoint.next.contains(QLatin1String("url")))
            return QUrl(checkpoint.next.value(QLatin1String("url")).toString());
        QUrl url = s.url;
        QUrlQuery query(url);
        const auto set = [&query](const QString& name, const QString& value) {
            query.removeAllQueryItems(name);
            query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        };
        switch (s.paging) {
        case Paging::None:
            break;
        case Paging::Page:
        case Paging::Link:
            set(s.pageParameter, QString::number(checkpoint.next.value(QLatin1String("page")).toInt(s.startPage)));
            break;
        case Paging::Offset:
            set(s.offsetParameter, QString::number(checkpoint.next.value(QLatin1String("offset")).toInteger()));
            break;
        case Paging::Cursor: {
            const QString cursor = checkpoint.next.value(QLatin1String("cursor")).toString();
            if (!cursor.isEmpty() || s.sendEmptyCursor)
                set(s.cursorParameter, cursor);
            break;
        }
        }
        if (s.sendPageSize && (s.paging != Paging::None || s.pageSizeGiven))
            set(s.paging == Paging::Offset ? s.limitParameter : s.sizeParameter, QString::number(s.pageSize));
        if (!s.sinceParameter.isEmpty() && checkpoint.since.isValid())
            set(s.sinceParameter, internal::formatTime(checkpoint.since.addSecs(-s.overlapSeconds), s.sinceFormat, s.zone));
        url.setQuery(query);
        return url;
    }

    // The number of the first item of this page in its round, for quarantine reasons.
    qsizetype firstIndex(const Checkpoint& checkpoint) const
    {
        switch (m_settings.paging) {
        case Paging::Page:
        case Paging::Link:
            return qsizetype(checkpoint.next.value(QLatin1String("page")).toInt(m_settings.startPage) - m_settings.startPage)
                * m_settings.pageSize;
        case Paging::Offset:
            return checkpoint.next.value(QLatin1String("offset")).toInteger();
        default:
            break;
        }
        return 0;
    }

    // The next page of the running round, or an empty object when this was the last one.
    Result<QJsonObject> nextPage(const Checkpoint& checkpoint, const TransportResponse& response,
                                 const QJsonValue& root, qsizetype count) const
    {
        const Settings& s = m_settings;
        const bool full = count >= s.pageSize;
        switch (s.paging) {
        case Paging::None:
            return QJsonObject();
        case Paging::Page: {
            const int page = checkpoint.next.value(QLatin1String("page")).toInt(s.startPage);
            bool more = full;
            if (!s.pagesPointer.isEmpty())
                if (const std::optional<QJsonValue> pages = resolveJsonPointer(root, s.pagesPointer); pages && pages->isDouble())
                    more = page - s.startPage + 1 < pages->toInt();
            return more && count > 0 ? QJsonObject{{QStringLiteral("page"), page + 1}} : QJsonObject();
        }
        case Paging::Offset: {
            const qint64 offset = checkpoint.next.value(QLatin1String("offset")).toInteger();
            return full ? QJsonObject{{QStringLiteral("offset"), offset + count}} : QJsonObject();
        }
        case Paging::Cursor: {
            const std::optional<QJsonValue> cursor = resolveJsonPointer(root, s.cursorPointer);
            if (!cursor || cursor->isNull() || (cursor->isString() && cursor->toString().isEmpty()))
                return QJsonObject();
            if (!cursor->isString() && !cursor->isDouble())
                return fail(RestJsonText::tr("%1: the next cursor at '%2' is neither text nor a number")
                                .arg(redactedUrl(response.effectiveUrl), s.cursorPointer));
            const QString text = cursor->isString() ? cursor->toString() : QString::number(cursor->toInteger());
            if (text == checkpoint.next.value(QLatin1String("cursor")).toString())
                return fail(RestJsonText::tr("%1: the server gave the same cursor again (a loop)").arg(redactedUrl(response.effectiveUrl)));
            return QJsonObject{{QStringLiteral("cursor"), text}};
        }
        case Paging::Link: {
            const QString link = nextLink(response.header("link"));
            if (link.isEmpty())
                return QJsonObject();
            const QUrl base = response.effectiveUrl.isValid() ? response.effectiveUrl : s.url;
            const QUrl next = base.resolved(QUrl(link));
            // The credentials go wherever the next link points: only ever to the configured server.
            if (next.scheme() != s.url.scheme() || next.host() != s.url.host() || next.port() != s.url.port())
                return fail(RestJsonText::tr("%1: the next page is on another server (%2); refused")
                                .arg(redactedUrl(base), redactedUrl(next)));
            return QJsonObject{{QStringLiteral("url"), next.toString(QUrl::FullyEncoded)},
                               {QStringLiteral("page"), checkpoint.next.value(QLatin1String("page")).toInt(s.startPage) + 1}};
        }
        }
        return QJsonObject();
    }

    ConnectorContext& m_context;
    Settings m_settings;
    RecordMapper m_mapper;
};

} // namespace

class RestJsonConnectorFactory : public QObject, public ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IOC_CONNECTOR_IID FILE "rest-json.json")
    Q_INTERFACES(ioc::ConnectorFactory)

public:
    Result<std::unique_ptr<Connector>> create(ConnectorContext& context) override
    {
        const QJsonObject config = context.configuration();
        Result<RecordMapper> mapper = RecordMapper::fromJson(config.value(QLatin1String("mapping")).toObject(),
                                                             context.connectorId());
        if (!mapper)
            return mapper.error();
        Result<Settings> settings = readSettings(config, mapper.value());
        if (!settings)
            return settings.error();
        return std::unique_ptr<Connector>(
            std::make_unique<RestJsonConnector>(context, std::move(settings).value(), std::move(mapper).value()));
    }
};

} // namespace ioc

#include "restjsonconnector.moc"
