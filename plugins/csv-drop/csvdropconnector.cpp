// SPDX-License-Identifier: GPL-3.0-or-later
// The csv-drop connector: CSV files dropped into a folder, one file per poll, each row mapped by
// configuration (README.md).
//
// Never a file twice. The checkpoint (JSON, opaque to the host) names the last file whose batch the host
// committed: {"v": 1, "file": {"name", "size", "sha256", "outcome": "done" | "failed"}}. A poll first
// finishes that file: if it still lies in the folder with the same size and SHA-256, it is moved to
// done/ (or failed/). Only then is the next file read. The move happens on the poll AFTER the commit, so
// - a crash before the commit: the checkpoint still names the previous file, this one is read again and
//   its batch committed once;
// - a crash after the commit, before the move: the next poll finds the file named in the checkpoint and
//   moves it without reading it;
// - a failed move (permissions…) fails the poll and is tried again; the file is never read again meanwhile.
// A file identical to the committed one (same name, size and content) dropped again before any other
// file is therefore taken as the same file and moved, not read: its records would be the same anyway.
//
// Remote drops (ftp://, ftps://, sftp://) are listed and downloaded through the transport; they cannot be
// moved there, so the checkpoint also keeps the identities (name + SHA-256) of the files already read
// ("read", the newest 2000) and a file is read when its identity is not among them.

#include "csvreader.h"

#include "connect/connector.h"
#include "connect/recordmapper.h"
#include "connect/transport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QObject>
#include <QRegularExpression>

namespace ioc {

namespace {

struct CsvDropText {
    Q_DECLARE_TR_FUNCTIONS(CsvDropText)
};

constexpr int kRemoteMemory = 2000; // identities of remote files already read, kept in the checkpoint

struct Settings {
    QString folder;          // local drop folder
    QUrl url;                // or a remote folder (ends with '/')
    TransportOptions transport;
    QStringList patterns{QStringLiteral("*.csv")};
    char delimiter = ',';
    QString doneFolder;      // absolute
    QString failedFolder;    // absolute
    qint64 maxBytes = 64LL * 1024 * 1024;
    int settleSeconds = 2;   // a local file modified more recently may still be being written: wait
};

struct FileIdentity {
    QString name;
    qint64 size = -1;
    QByteArray sha256; // hex

    bool operator==(const FileIdentity&) const = default;
    QJsonObject toJson() const
    {
        return {{QStringLiteral("name"), name}, {QStringLiteral("size"), size},
                {QStringLiteral("sha256"), QString::fromLatin1(sha256)}};
    }
    static FileIdentity fromJson(const QJsonObject& o)
    {
        return {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("size")).toInteger(-1),
                o.value(QLatin1String("sha256")).toString().toLatin1()};
    }
};

struct Checkpoint {
    std::optional<FileIdentity> file; // committed, maybe not moved yet
    bool failed = false;              // the file as a whole could not be read: it goes to failed/
    QJsonArray read;                  // remote: identities already read

    static Result<Checkpoint> parse(const QByteArray& bytes)
    {
        Checkpoint checkpoint;
        if (bytes.isEmpty())
            return checkpoint;
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (!document.isObject() || document.object().value(QLatin1String("v")).toInt() != 1)
            return fail(CsvDropText::tr("the checkpoint is not one this connector wrote"));
        const QJsonObject object = document.object();
        if (object.contains(QLatin1String("file"))) {
            const QJsonObject file = object.value(QLatin1String("file")).toObject();
            checkpoint.file = FileIdentity::fromJson(file);
            checkpoint.failed = file.value(QLatin1String("outcome")).toString() == QLatin1String("failed");
        }
        checkpoint.read = object.value(QLatin1String("read")).toArray();
        return checkpoint;
    }
    QByteArray write() const
    {
        QJsonObject object{{QStringLiteral("v"), 1}};
        if (file) {
            QJsonObject json = file->toJson();
            json.insert(QStringLiteral("outcome"), failed ? QStringLiteral("failed") : QStringLiteral("done"));
            object.insert(QStringLiteral("file"), json);
        }
        if (!read.isEmpty())
            object.insert(QStringLiteral("read"), read);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool matchesAny(const QString& name, const QStringList& patterns)
{
    for (const QString& pattern : patterns)
        if (QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern),
                               QRegularExpression::CaseInsensitiveOption).match(name).hasMatch())
            return true;
    return false;
}

Result<Settings> readSettings(const QJsonObject& config)
{
    Settings s;
    const QString folder = config.value(QLatin1String("folder")).toString();
    const QString url = config.value(QLatin1String("url")).toString();
    if (folder.isEmpty() == url.isEmpty())
        return fail(CsvDropText::tr("folder, url: give exactly one of them"));
    if (!url.isEmpty()) {
        s.url = QUrl(url, QUrl::StrictMode);
        static const QStringList schemes{QStringLiteral("ftp"), QStringLiteral("ftps"), QStringLiteral("sftp")};
        if (!s.url.isValid() || !schemes.contains(s.url.scheme()))
            return fail(CsvDropText::tr("url: not an ftp, ftps or sftp URL"));
        if (!s.url.path().endsWith(u'/'))
            s.url.setPath(s.url.path() + u'/');
        Result<TransportOptions> transport = TransportOptions::fromJson(config.value(QLatin1String("transport")).toObject());
        if (!transport)
            return transport.error();
        s.transport = transport.value();
    } else {
        s.folder = QDir(folder).absolutePath();
        if (!QFileInfo(s.folder).isDir())
            return fail(CsvDropText::tr("folder: '%1' is not a folder").arg(folder));
        const QDir base(s.folder);
        s.doneFolder = base.absoluteFilePath(config.value(QLatin1String("doneFolder")).toString(QStringLiteral("done")));
        s.failedFolder = base.absoluteFilePath(config.value(QLatin1String("failedFolder")).toString(QStringLiteral("failed")));
        for (const QString& path : {s.doneFolder, s.failedFolder})
            if (!QDir().mkpath(path))
                return fail(CsvDropText::tr("folder: cannot create '%1'").arg(path));
    }
    const QJsonValue pattern = config.value(QLatin1String("pattern"));
    if (pattern.isString())
        s.patterns = QStringList{pattern.toString()};
    const QString delimiter = config.value(QLatin1String("delimiter")).toString(QStringLiteral(","));
    if (delimiter.size() != 1 || delimiter.at(0).unicode() > 0x7F || delimiter == QLatin1String("\"")
        || delimiter == QLatin1String("\n") || delimiter == QLatin1String("\r"))
        return fail(CsvDropText::tr("delimiter: must be one ASCII character other than a quote or a line break"));
    s.delimiter = char(delimiter.at(0).unicode());
    const QString encoding = config.value(QLatin1String("encoding")).toString(QStringLiteral("utf-8")).toLower();
    if (encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf8"))
        return fail(CsvDropText::tr("encoding: only utf-8 is read (with or without a byte order mark), not '%1'").arg(encoding));
    if (config.contains(QLatin1String("maxFileMegabytes")))
        s.maxBytes = qint64(config.value(QLatin1String("maxFileMegabytes")).toDouble() * 1024 * 1024);
    if (s.maxBytes <= 0)
        return fail(CsvDropText::tr("maxFileMegabytes: must be more than 0"));
    s.settleSeconds = config.value(QLatin1String("settleSeconds")).toInt(s.settleSeconds);
    return s;
}

class CsvDropConnector final : public Connector {
public:
    CsvDropConnector(ConnectorContext& context, Settings settings, RecordMapper mapper)
        : m_context(context), m_settings(std::move(settings)), m_mapper(std::move(mapper))
    {
    }

    Mode mode() const override { return Mode::Poll; }

    Result<ConnectorBatch> poll(const QByteArray& checkpointBytes) override
    {
        Result<Checkpoint> parsed = Checkpoint::parse(checkpointBytes);
        if (!parsed)
            return parsed.error();
        Checkpoint checkpoint = parsed.value();
        return m_settings.url.isValid() ? pollRemote(checkpoint) : pollLocal(checkpoint);
    }

    Result<RecordBatch> remap(const QuarantinedRecord& record) override
    {
        // The payload is the file's header line, a line break, then the row's bytes (see readFile).
        const qsizetype split = record.payload.indexOf('\n');
        if (split < 0)
            return fail(CsvDropText::tr("the quarantined payload has no header line"));
        const QList<csv::Row> header = csv::readRows(record.payload.left(split), m_settings.delimiter);
        const QList<csv::Row> rows = csv::readRows(record.payload.mid(split + 1), m_settings.delimiter);
        if (header.size() != 1 || rows.size() != 1)
            return fail(CsvDropText::tr("the quarantined payload is not a header and one row"));
        QStringList names;
        for (const QByteArray& name : header.first().fields)
            names << QString::fromUtf8(name).trimmed();
        Result<QJsonObject> item = recordFromCsvFields(names, rows.first().fields);
        if (!item)
            return item.error();
        RecordBatch batch;
        batch.source = m_mapper.source();
        if (Result<void> mapped = m_mapper.mapInto(item.value(), batch); !mapped)
            return mapped.error();
        return batch;
    }

private:
    // ---- local folder ----

    QStringList waitingFiles() const
    {
        QDir dir(m_settings.folder);
        QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Readable);
        // Oldest first (the order they arrived), then by name.
        std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
            const QDateTime ta = a.lastModified(), tb = b.lastModified();
            return ta != tb ? ta < tb : a.fileName() < b.fileName();
        });
        const QDateTime settled = m_context.clock().now().addSecs(-m_settings.settleSeconds);
        QStringList names;
        for (const QFileInfo& file : files)
            if (matchesAny(file.fileName(), m_settings.patterns) && (m_settings.settleSeconds <= 0 || file.lastModified() <= settled))
                names << file.fileName();
        return names;
    }

    // Moves a file out of the drop folder, never over another (a name taken gets "-2", "-3"…).
    Result<void> moveOut(const QString& name, const QString& toFolder) const
    {
        const QFileInfo info(name);
        QString target = QDir(toFolder).filePath(name);
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QDir(toFolder).filePath(QStringLiteral("%1-%2%3").arg(info.completeBaseName()).arg(n)
                                                 .arg(info.suffix().isEmpty() ? QString() : u'.' + info.suffix()));
        if (!QFile::rename(QDir(m_settings.folder).filePath(name), target))
            return fail(CsvDropText::tr("%1: cannot move it to %2").arg(name, toFolder));
        qCInfo(m_context.logCategory()) << "moved" << name << "to" << target;
        return {};
    }

    Result<ConnectorBatch> pollLocal(Checkpoint checkpoint)
    {
        QStringList waiting = waitingFiles();
        // Finish the committed file first.
        if (checkpoint.file) {
            const QString path = QDir(m_settings.folder).filePath(checkpoint.file->name);
            if (QFileInfo(path).size() == checkpoint.file->size && waiting.contains(checkpoint.file->name)) {
                // A file too large to read was committed by name and size alone.
                QFile file(path);
                if (checkpoint.file->sha256.isEmpty()
                    || (file.open(QIODevice::ReadOnly) && sha256(file.readAll()) == checkpoint.file->sha256)) {
                    file.close();
                    if (Result<void> moved = moveOut(checkpoint.file->name, checkpoint.failed ? m_settings.failedFolder : m_settings.doneFolder); !moved)
                        return moved.error();
                    waiting.removeOne(checkpoint.file->name);
                }
            }
        }
        ConnectorBatch batch;
        batch.records.source = m_mapper.source();
        if (waiting.isEmpty()) {
            batch.checkpoint = Checkpoint().write(); // nothing pending
            return batch;
        }
        const QString name = waiting.first();
        QFile file(QDir(m_settings.folder).filePath(name));
        if (file.size() > m_settings.maxBytes) {
            // Too large to read: identified by name and size only, and sent to failed/.
            Checkpoint next;
            next.file = FileIdentity{name, file.size(), QByteArray()};
            next.failed = true;
            batch.quarantined.append({QStringLiteral("unknown"), QByteArray(),
                                      CsvDropText::tr("%1: %2 bytes is more than the limit of %3")
                                          .arg(name).arg(file.size()).arg(m_settings.maxBytes)});
            batch.checkpoint = next.write();
            batch.more = waiting.size() > 1;
            return batch;
        }
        if (!file.open(QIODevice::ReadOnly))
            return fail(CsvDropText::tr("%1: cannot be read (%2)").arg(name, file.errorString()));
        const QByteArray data = file.readAll();
        file.close();
        Checkpoint next;
        next.file = FileIdentity{name, data.size(), sha256(data)};
        next.failed = !readFile(name, data, batch);
        batch.checkpoint = next.write();
        batch.more = waiting.size() > 1;
        return batch;
    }

    // ---- remote folder ----

    Result<ConnectorBatch> pollRemote(Checkpoint checkpoint)
    {
        TransportRequest list;
        list.url = m_settings.url;
        list.listDirectory = true;
        list.options = m_settings.transport;
        Result<TransportResponse> listed = m_context.transport().fetch(list);
        if (!listed)
            return listed.error();
        QStringList names;
        for (const QByteArray& line : listed.value().body.split('\n')) {
            const QString name = QString::fromUtf8(line).trimmed();
            if (!name.isEmpty() && !name.contains(u'/') && matchesAny(name, m_settings.patterns))
                names << name;
        }
        names.sort();
        QSet<QString> read;
        for (const QJsonValue& identity : std::as_const(checkpoint.read))
            read.insert(identity.toString());
        ConnectorBatch batch;
        batch.records.source = m_mapper.source();
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString& name = names.at(i);
            TransportRequest download;
            download.url = m_settings.url.resolved(QUrl(QString::fromUtf8(QUrl::toPercentEncoding(name))));
            download.options = m_settings.transport;
            download.options.maxBodyBytes = std::min(download.options.maxBodyBytes, m_settings.maxBytes);
            Result<TransportResponse> fetched = m_context.transport().fetch(download);
            if (!fetched)
                return fetched.error();
            const QByteArray& data = fetched.value().body;
            const QString identity = name + u' ' + QString::fromLatin1(sha256(data));
            if (read.contains(identity))
                continue;
            checkpoint.file = FileIdentity{name, data.size(), sha256(data)};
            checkpoint.failed = !readFile(name, data, batch);
            checkpoint.read.append(identity);
            while (checkpoint.read.size() > kRemoteMemory)
                checkpoint.read.removeFirst();
            batch.checkpoint = checkpoint.write();
            batch.more = i + 1 < names.size();
            return batch;
        }
        batch.checkpoint = checkpoint.write();
        return batch;
    }

    // ---- reading one file ----

    // Maps every row into batch; false when the file as a whole cannot be read (it then goes to failed/,
    // with one quarantined entry saying why).
    bool readFile(const QString& name, const QByteArray& data, ConnectorBatch& batch) const
    {
        const QList<csv::Row> rows = csv::readRows(data, m_settings.delimiter);
        const auto failFile = [&](const QString& reason) {
            batch.quarantined.append({QStringLiteral("unknown"), data.left(64 * 1024), reason});
            qCWarning(m_context.logCategory()) << reason;
            return false;
        };
        if (rows.isEmpty())
            return failFile(CsvDropText::tr("%1: the file is empty (no header line)").arg(name));
        const csv::Row& headerRow = rows.first();
        QStringList header;
        for (qsizetype i = 0; i < headerRow.fields.size(); ++i) {
            const QByteArray& field = headerRow.fields.at(i);
            if (const qsizetype bad = firstInvalidUtf8(field); bad >= 0)
                return failFile(CsvDropText::tr("%1 line 1: column %2 of the header is not valid UTF-8 (byte %3); "
                                                "save the file as UTF-8").arg(name).arg(i + 1).arg(bad));
            const QString column = QString::fromUtf8(field).trimmed();
            if (column.isEmpty())
                return failFile(CsvDropText::tr("%1 line 1: column %2 of the header has no name").arg(name).arg(i + 1));
            if (header.contains(column))
                return failFile(CsvDropText::tr("%1 line 1: the column '%2' appears twice").arg(name, column));
            header << column;
        }
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const csv::Row& row = rows.at(r);
            const QString label = CsvDropText::tr("%1 line %2").arg(name).arg(row.line);
            // The payload keeps the header with the line, so that remap() can read it alone.
            const QByteArray payload = headerRow.raw + '\n' + row.raw;
            if (row.unclosed) {
                batch.quarantined.append({m_mapper.recordType(), payload,
                                          CsvDropText::tr("%1: a quoted field is not closed before the end of the file").arg(label)});
                continue;
            }
            Result<QJsonObject> item = recordFromCsvFields(header, row.fields);
            if (!item) {
                batch.quarantined.append({m_mapper.recordType(), payload,
                                          CsvDropText::tr("%1, %2").arg(label, item.errorMessage())});
                continue;
            }
            m_mapper.mapOne(item.value(), payload, label, batch);
        }
        qCDebug(m_context.logCategory()) << name << rows.size() - 1 << "rows," << batch.quarantined.size() << "quarantined";
        return true;
    }

    ConnectorContext& m_context;
    Settings m_settings;
    RecordMapper m_mapper;
};

} // namespace

class CsvDropConnectorFactory : public QObject, public ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IOC_CONNECTOR_IID FILE "csv-drop.json")
    Q_INTERFACES(ioc::ConnectorFactory)

public:
    Result<std::unique_ptr<Connector>> create(ConnectorContext& context) override
    {
        const QJsonObject config = context.configuration();
        Result<RecordMapper> mapper = RecordMapper::fromJson(config.value(QLatin1String("mapping")).toObject(),
                                                             context.connectorId());
        if (!mapper)
            return mapper.error();
        Result<Settings> settings = readSettings(config);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Connector>(
            std::make_unique<CsvDropConnector>(context, std::move(settings).value(), std::move(mapper).value()));
    }
};

} // namespace ioc

#include "csvdropconnector.moc"
