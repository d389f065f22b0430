// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertservice.h"

#include "alerts/internal/alertrows.h"
#include "alerts/logcategories.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/journal.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ioc {

struct AlertText {
    Q_DECLARE_TR_FUNCTIONS(AlertText)
};

namespace {

const QString kSystem = QStringLiteral("system");

QString openKey(const QString& rule, const QString& subject) { return rule + QLatin1Char('\n') + subject; }
QString subjectOf(const QString& key) { return QStringLiteral("alert:") + key; }

QString stateWords(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return AlertText::tr("new");
    case AlertState::Acknowledged:
        return AlertText::tr("acknowledged");
    case AlertState::InSop:
        return AlertText::tr("in SOP");
    case AlertState::Resolved:
        return AlertText::tr("resolved");
    case AlertState::Closed:
        return AlertText::tr("closed");
    }
    return QString();
}

Error refused(const QString& key, AlertState state, const QString& action)
{
    //: A refused alert transition: "alert rain/… is closed: it cannot be acknowledged"
    return fail(AlertText::tr("alert %1 is %2: it cannot be %3").arg(key, stateWords(state), action));
}

bool isOpenState(AlertState s) { return s == AlertState::New || s == AlertState::Acknowledged || s == AlertState::InSop; }

struct JournalLine {
    QString actor;
    QString kind;
    QString subject;
    QJsonObject payload;
};

} // namespace

AlertService::AlertService(Database& database, Journal& journal, AuthService& auth, const Clock& clock, AlertRuleSet rules,
                           AlertServiceConfig config, ChangeFeed* feed, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_journal(journal)
    , m_auth(auth)
    , m_clock(clock)
    , m_config(config)
    , m_feed(feed)
    , m_engine(std::move(rules))
{
}

AlertService::~AlertService() = default;

QDateTime AlertService::now() const { return m_clock.now(); }

// Writes records and journal lines in one transaction (Ingest: the alerts rows and the change feed; then the
// details rows and the entries). Nothing is written when any part fails.
static Result<void> commitAll(Database& database, Journal& journal, ChangeFeed* feed, const Clock& clock,
                              const QList<AlertRecord>& records, const QList<JournalLine>& lines)
{
    IngestBatch batch;
    batch.source = QString::fromLatin1(AlertService::kSource);
    for (const AlertRecord& r : records)
        batch.alerts.append(r.alert);
    const QDateTime now = clock.now();
    const Result<IngestReport> written = Ingest(database, feed).write(batch, [&](const IngestReport& report, ChangeSet&) -> Result<void> {
        if (!report.rejected.isEmpty())
            return fail(report.rejected.first().reason);
        for (const AlertRecord& r : records) {
            if (auto ok = internal::upsertAlertDetails(database, r, now); !ok)
                return ok;
        }
        for (const JournalLine& line : lines) {
            if (auto entry = journal.append(line.actor, line.kind, line.subject, line.payload); !entry)
                return entry.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return {};
}

Result<void> AlertService::start()
{
    if (auto ok = reloadAssets(); !ok)
        return ok;
    m_open.clear();
    m_openByKey.clear();
    m_groups.clear();
    m_dispatches.clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(internal::alertRecordSelect() + QStringLiteral(" AND a.state IN (?, ?, ?) ORDER BY a.raised_at"));
    q.addBindValue(QString::fromLatin1(kSource));
    q.addBindValue(toCode(AlertState::New));
    q.addBindValue(toCode(AlertState::Acknowledged));
    q.addBindValue(toCode(AlertState::InSop));
    if (!q.exec())
        return fail(m_database.describeError(AlertText::tr("cannot read the open alerts"), q.lastError()));
    while (q.next()) {
        const AlertRecord r = internal::readAlertRecord(q);
        const QString ok = openKey(r.alert.rule, r.alert.subject);
        m_open.insert(ok, {r.key(), r.details.groupKey, r.details.parentKey, r.alert.state});
        m_openByKey.insert(r.key(), ok);
        if (!r.details.groupKey.isEmpty()) {
            GroupHead& head = m_groups[r.details.groupKey];
            if (r.details.parentKey.isEmpty())
                head.key = r.key();
            head.lastMs = std::max(head.lastMs, r.alert.raised.toMSecsSinceEpoch());
        }
        if (!r.details.dispatchedUnit.isEmpty() && !r.details.arrivedAt.isValid() && r.alert.position.isValid())
            m_dispatches.append({r.key(), r.details.dispatchedUnit, r.alert.position});
    }
    // A group whose parent is no longer open starts afresh.
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (it->key.isEmpty())
            it = m_groups.erase(it);
        else
            ++it;
    }
    qCInfo(lcAlerts) << "alerts: " << m_open.size() << "open," << m_dispatches.size() << "units on their way";
    return {};
}

Result<void> AlertService::reloadAssets()
{
    const Result<QList<Asset>> assets = AssetRepository(m_database).find();
    if (!assets)
        return assets.error();
    m_engine.setAssets(assets.value());
    return {};
}

Result<QList<RaiseOutcome>> AlertService::onObservations(const QList<Observation>& observations)
{
    return process(m_engine.evaluate(observations));
}

Result<QList<RaiseOutcome>> AlertService::onCases(const QList<Case>& cases)
{
    return process(m_engine.evaluateCases(cases, m_clock.now()));
}

Result<QList<RaiseOutcome>> AlertService::scan()
{
    const Result<RuleEngine::ScanResult> scanned = m_engine.scan(m_database, m_clock.now());
    if (!scanned)
        return scanned.error();
    Result<QList<RaiseOutcome>> raised = process(scanned.value().firing);
    if (!raised)
        return raised;
    QList<RaiseOutcome> outcomes = raised.value();
    // autoResolve rules that were looked at: their open alerts whose subject no longer fires are resolved.
    QSet<QString> firing;
    for (const AlertCandidate& c : scanned.value().firing)
        firing.insert(openKey(c.rule, c.subject));
    QStringList toResolve;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        const QString rule = it.key().section(QLatin1Char('\n'), 0, 0);
        const AlertRule* r = m_engine.rules().find(rule);
        if (r && r->autoResolve && scanned.value().scannedRules.contains(rule) && !firing.contains(it.key()))
            toResolve.append(it->key);
    }
    for (const QString& key : toResolve) {
        if (!m_openByKey.contains(key))
            continue; // resolved with its group already
        if (auto ok = resolve(key, kSystem, AlertText::tr("the condition no longer holds")); !ok)
            return ok.error();
        outcomes.append({RaiseOutcome::What::Resolved, key, QString()});
    }
    return outcomes;
}

Result<QList<RaiseOutcome>> AlertService::process(const QList<AlertCandidate>& candidates)
{
    QList<RaiseOutcome> out;
    out.reserve(candidates.size());
    for (const AlertCandidate& c : candidates) {
        Result<RaiseOutcome> one = raise(c);
        if (!one)
            return one.error();
        out.append(one.value());
    }
    return out;
}

Result<RaiseOutcome> AlertService::raise(const AlertCandidate& c)
{
    const QString ok = openKey(c.rule, c.subject);
    const auto open = m_open.constFind(ok);
    if (c.action == AlertCandidate::Action::Clear) {
        if (open == m_open.constEnd())
            return RaiseOutcome{RaiseOutcome::What::Ignored, QString(), QString()};
        const QString key = open->key;
        if (auto done = resolve(key, kSystem, AlertText::tr("back in range")); !done)
            return done.error();
        return RaiseOutcome{RaiseOutcome::What::Resolved, key, QString()};
    }
    if (open != m_open.constEnd())
        return RaiseOutcome{RaiseOutcome::What::Duplicate, open->key, open->parentKey};
    // A key raised before (a case rule fires again for a case whose alert was resolved): not again.
    const Result<std::optional<Alert>> existing = AlertRepository(m_database).get({QString::fromLatin1(kSource), c.episodeKey});
    if (!existing)
        return existing.error();
    if (existing.value())
        return RaiseOutcome{RaiseOutcome::What::Duplicate, c.episodeKey, QString()};

    const QDateTime now = m_clock.now();
    AlertRecord record;
    Alert& a = record.alert;
    a.key = {QString::fromLatin1(kSource), c.episodeKey};
    a.rule = c.rule;
    a.severity = c.severity;
    a.state = AlertState::New;
    a.subject = c.subject;
    a.title = c.title;
    a.position = c.position;
    a.raised = now;
    AlertDetails& d = record.details;
    d.ruleKind = c.kind;
    d.domain = c.domain;
    d.areaCode = c.areaCode;
    d.groupKey = c.groupWindowMinutes > 0 ? c.groupKey : QString();
    d.facts = c.facts;

    QList<AlertRecord> records;
    QList<JournalLine> lines;
    QJsonObject payload{{QStringLiteral("rule"), c.rule}, {QStringLiteral("severity"), toCode(c.severity)},
                        {QStringLiteral("subject"), c.subject}, {QStringLiteral("title"), c.title},
                        {QStringLiteral("area"), c.areaCode}, {QStringLiteral("facts"), c.facts}};
    std::optional<AlertRecord> parent;
    if (!d.groupKey.isEmpty()) {
        const auto head = m_groups.constFind(d.groupKey);
        if (head != m_groups.constEnd() && now.toMSecsSinceEpoch() - head->lastMs <= qint64(c.groupWindowMinutes) * 60000) {
            Result<AlertRecord> p = require(head->key);
            if (!p)
                return p.error();
            parent = p.value();
        }
    }
    if (parent) {
        d.parentKey = parent->key();
        parent->details.groupCount += 1;
        payload.insert(QStringLiteral("parent"), parent->key());
        records = {record, *parent};
        lines = {{kSystem, QStringLiteral("alert.raised"), subjectOf(a.key.externalId), payload},
                 {kSystem, QStringLiteral("alert.grouped"), subjectOf(parent->key()),
                  QJsonObject{{QStringLiteral("child"), a.key.externalId}, {QStringLiteral("count"), parent->details.groupCount}}}};
    } else {
        records = {record};
        lines = {{kSystem, QStringLiteral("alert.raised"), subjectOf(a.key.externalId), payload}};
    }
    if (auto written = commitAll(m_database, m_journal, m_feed, m_clock, records, lines); !written)
        return written.error();

    m_open.insert(ok, {a.key.externalId, d.groupKey, d.parentKey, AlertState::New});
    m_openByKey.insert(a.key.externalId, ok);
    if (!d.groupKey.isEmpty()) {
        GroupHead& head = m_groups[d.groupKey];
        if (!parent)
            head.key = a.key.externalId;
        head.lastMs = now.toMSecsSinceEpoch();
    }
    if (parent) {
        qCInfo(lcAlerts) << "alert" << a.key.externalId << "grouped under" << parent->key();
        Q_EMIT alertGrouped(a.key.externalId, parent->key());
        Q_EMIT alertChanged(parent->key());
        return RaiseOutcome{RaiseOutcome::What::Grouped, a.key.externalId, parent->key()};
    }
    qCInfo(lcAlerts) << "alert raised" << a.key.externalId;
    Q_EMIT alertRaised(a.key.externalId, a.rule, toCode(a.severity), a.subject, d.areaCode);
    return RaiseOutcome{RaiseOutcome::What::Raised, a.key.externalId, QString()};
}

Result<std::optional<AlertRecord>> AlertService::get(const QString& key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(internal::alertRecordSelect() + QStringLiteral(" AND a.external_id = ?"));
    q.addBindValue(QString::fromLatin1(kSource));
    q.addBindValue(key);
    if (!q.exec())
        return fail(m_database.describeError(AlertText::tr("cannot read alert %1").arg(key), q.lastError()));
    if (!q.next())
        return std::optional<AlertRecord>();
    return std::optional<AlertRecord>(internal::readAlertRecord(q));
}

Result<QList<AlertRecord>> AlertService::children(const QString& parentKey)
{
    QSqlQuery q(m_database.connection());
    q.prepare(internal::alertRecordSelect() + QStringLiteral(" AND d.parent_key = ? ORDER BY a.raised_at"));
    q.addBindValue(QString::fromLatin1(kSource));
    q.addBindValue(parentKey);
    if (!q.exec())
        return fail(m_database.describeError(AlertText::tr("cannot read the alerts grouped under %1").arg(parentKey), q.lastError()));
    QList<AlertRecord> out;
    while (q.next())
        out.append(internal::readAlertRecord(q));
    return out;
}

Result<AlertRecord> AlertService::require(const QString& key)
{
    Result<std::optional<AlertRecord>> found = get(key);
    if (!found)
        return found.error();
    if (!found.value())
        return fail(AlertText::tr("there is no alert %1").arg(key));
    return *found.value();
}

Result<void> AlertService::authorize(const Session& session, const AlertRecord& record)
{
    return m_auth.authorize(session, Capability::AcknowledgeAlerts, subjectOf(record.key()), record.details.areaCode);
}

Result<AlertRecord> AlertService::requireFor(const QString& key, const Session& session)
{
    Result<AlertRecord> found = require(key);
    if (!found)
        return found;
    if (auto allowed = authorize(session, found.value()); !allowed)
        return allowed.error();
    return found;
}

Result<void> AlertService::commitChange(const AlertRecord& record, const QString& actor, const QString& kind,
                                        const QJsonObject& payload)
{
    const QString key = record.key();
    if (auto ok = commitAll(m_database, m_journal, m_feed, m_clock, {record}, {{actor, kind, subjectOf(key), payload}}); !ok)
        return ok;
    if (auto it = m_open.find(m_openByKey.value(key)); it != m_open.end())
        it->state = record.alert.state;
    Q_EMIT alertChanged(key);
    return {};
}

void AlertService::forget(const QString& key)
{
    const QString ok = m_openByKey.take(key);
    if (!ok.isEmpty())
        m_open.remove(ok);
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (it->key == key)
            it = m_groups.erase(it);
        else
            ++it;
    }
    m_dispatches.removeIf([&](const Dispatch& d) { return d.alertKey == key; });
}

Result<void> AlertService::acknowledge(const QString& key, const QString& comment, const Session& session)
{
    Result<AlertRecord> found = requireFor(key, session);
    if (!found)
        return found.error();
    AlertRecord r = found.value();
    if (r.alert.state != AlertState::New)
        return refused(key, r.alert.state, AlertText::tr("acknowledged"));
    const QDateTime now = m_clock.now();
    r.alert.state = AlertState::Acknowledged;
    r.alert.acknowledged = now;
    r.alert.acknowledgedBy = session.login;
    r.details.comment = comment;
    return commitChange(r, session.login, QStringLiteral("alert.acknowledged"), {{QStringLiteral("comment"), comment}});
}

Result<void> AlertService::snooze(const QString& key, const QDateTime& until, const QString& reason, const Session& session)
{
    Result<AlertRecord> found = requireFor(key, session);
    if (!found)
        return found.error();
    AlertRecord r = found.value();
    if (r.alert.state != AlertState::New && r.alert.state != AlertState::Acknowledged)
        return refused(key, r.alert.state, AlertText::tr("snoozed"));
    if (reason.trimmed().isEmpty())
        return fail(AlertText::tr("a snooze needs a reason"));
    if (!until.isValid() || until <= m_clock.now())
        return fail(AlertText::tr("a snooze must end in the future"));
    r.details.snoozedUntil = until;
    r.details.snoozeReason = reason;
    return commitChange(r, session.login, QStringLiteral("alert.snoozed"),
                        {{QStringLiteral("until"), until.toUTC().toString(Qt::ISODate)}, {QStringLiteral("reason"), reason}});
}

Result<void> AlertService::assign(const QString& key, const QString& unit, const Session& session)
{
    Result<AlertRecord> found = requireFor(key, session);
    if (!found)
        return found.error();
    AlertRecord r = found.value();
    if (!isOpenState(r.alert.state))
        return refused(key, r.alert.state, AlertText::tr("assigned"));
    if (unit.trimmed().isEmpty())
        return fail(AlertText::tr("name the unit to assign the alert to"));
    r.details.assigneeUnit = unit;
    return commitChange(r, session.login, QStringLiteral("alert.assigned"), {{QStringLiteral("unit"), unit}});
}

Result<void> AlertService::markInSop(const QString& key, const QString& runId, const QString& actor)
{
    Result<AlertRecord> found = require(key);
    if (!found)
        return found.error();
    AlertRecord r = found.value();
    if (r.alert.state != AlertState::New && r.alert.state != AlertState::Acknowledged)
        return refused(key, r.alert.state, AlertText::tr("put in an SOP"));
    r.alert.state = AlertState::InSop;
    r.details.sopRun = runId;
    return commitChange(r, actor, QStringLiteral("alert.in_sop"), {{QStringLiteral("run"), runId}});
}

Result<void> AlertService::resolve(const QString& key, const QString& by, const QString& reason)
{
    Result<AlertRecord> found = require(key);
    if (!found)
        return found.error();
    AlertRecord r = found.value();
    if (!isOpenState(r.alert.state))
        return refused(key, r.alert.state, AlertText::tr("resolved"));
    const QDateTime now = m_clock.now();
    QList<AlertRecord> records;
    QList<JournalLine> lines;
    const auto resolveOne = [&](AlertRecord& one, const QString& why) {
        one.alert.state = AlertState::Resolved;
        one.details.resolvedAt = now;
        one.details.resolvedBy = by;
        one.details.resolveReason = why;
        records.append(one);
        lines.append({by, QStringLiteral("alert.resolved"), subjectOf(one.key()), QJsonObject{{QStringLiteral("reason"), why}}});
    };
    resolveOne(r, reason);
    // A parent takes its open children with it.
    Result<QList<AlertRecord>> kids = r.details.parentKey.isEmpty() ? children(key) : Result<QList<AlertRecord>>(QList<AlertRecord>());
    if (!kids)
        return kids.error();
    for (AlertRecord kid : kids.value()) {
        if (isOpenState(kid.alert.state))
            resolveOne(kid, AlertText::tr("resolved with its group (%1)").arg(key));
    }
    if (auto ok = commitAll(m_database, m_journal, m_feed, m_clock, records, lines); !ok)
        return ok;
    for (const AlertRecord& one : records) {
        forget(one.key());
        Q_EMIT alertResolved(one.key());
        Q_EMIT alertChanged(one.key());
    }
    return {};
}

Result<void> AlertService::resolveAs(const QString& key, const QString& reason, const Session& session)
{
    Result<AlertRecord> found = requireFor(key, session);
    if (!found)
        return found.error();
    if (reason.trimmed().isEmpty())
        return fail(AlertText::tr("say why the alert is resolved"));
    return resolve(key, session.login, reason);
}

Result<void> AlertService::close(const QString& key, const Session& session)
{
    Result<AlertRecord> found = requireFor(key, session);
    if (!found)
        return found.error();
    return closeBy(found.value(), session.login, QJsonObject());
}

Result<void> AlertService::closeAfterSop(const QString& key, const QString& runId)
{
    Result<AlertRecord> found = require(key);
    if (!found)
        return found.error();
    return closeBy(found.value(), QStringLiteral("sop"), QJsonObject{{QStringLiteral("sopRun"), runId}});
}

Result<void> AlertService::closeBy(AlertRecord r, const QString& actor, const QJsonObject& payload)
{
    const QString key = r.key();
    if (r.alert.state != AlertState::Resolved)
        return refused(key, r.alert.state, AlertText::tr("closed before it is resolved"));
    const QDateTime now = m_clock.now();
    QList<AlertRecord> records;
    QList<JournalLine> lines;
    const auto closeOne = [&](AlertRecord& one) {
        one.alert.state = AlertState::Closed;
        one.alert.closed = now;
        one.alert.closedBy = actor;
        records.append(one);
        lines.append({actor, QStringLiteral("alert.closed"), subjectOf(one.key()), payload});
    };
    closeOne(r);
    Result<QList<AlertRecord>> kids = children(key);
    if (!kids)
        return kids.error();
    for (AlertRecord kid : kids.value()) {
        if (kid.alert.state == AlertState::Resolved)
            closeOne(kid);
    }
    if (auto ok = commitAll(m_database, m_journal, m_feed, m_clock, records, lines); !ok)
        return ok;
    for (const AlertRecord& one : records)
        Q_EMIT alertChanged(one.key());
    return {};
}

Result<QList<NearbyUnit>> AlertService::nearestUnits(const QString& alertKey, int n)
{
    Result<AlertRecord> found = require(alertKey);
    if (!found)
        return found.error();
    if (!found.value().alert.position.isValid())
        return fail(AlertText::tr("alert %1 has no position").arg(alertKey));
    return nearestUnits(found.value().alert.position, n);
}

Result<QList<NearbyUnit>> AlertService::nearestUnits(const QGeoCoordinate& position, int n)
{
    const Result<QList<Asset>> units = AssetRepository(m_database).find(AssetKind::PatrolUnit);
    if (!units)
        return units.error();
    // The latest recent position (and speed) of each unit, in one query.
    struct Latest {
        QDateTime time;
        QGeoCoordinate position;
        double speed = 0;
    };
    QHash<QString, Latest> latest;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.source, a.external_id, p.time, p.lat, p.lon, p.speed_kmh FROM unit_positions p "
                             "JOIN assets a ON a.id = p.asset_id WHERE a.kind = ? AND p.time >= ? ORDER BY p.time"));
    q.addBindValue(toCode(AssetKind::PatrolUnit));
    q.addBindValue(m_clock.now().addSecs(-m_config.positionMaxAgeSeconds).toMSecsSinceEpoch());
    if (!q.exec())
        return fail(m_database.describeError(AlertText::tr("cannot read the units' positions"), q.lastError()));
    while (q.next())
        latest.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                      {QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                       QGeoCoordinate(q.value(3).toDouble(), q.value(4).toDouble()), q.value(5).toDouble()});
    QList<NearbyUnit> out;
    for (const Asset& unit : units.value()) {
        NearbyUnit u;
        u.unit = unit.key;
        u.name = unit.name;
        u.callSign = unit.properties.value(u"callSign").toString();
        u.position = unit.position;
        if (const auto it = latest.constFind(describe(unit.key)); it != latest.constEnd()) {
            u.position = it->position;
            u.positionTime = it->time;
            u.moving = it->speed > m_config.movingKmh;
            if (u.moving)
                u.speedKmh = it->speed;
        }
        if (!u.position.isValid())
            continue;
        if (!u.moving)
            u.speedKmh = m_config.defaultSpeedKmh;
        u.distanceMetres = haversineMetres(position, u.position);
        u.etaSeconds = u.speedKmh > 0 ? u.distanceMetres / (u.speedKmh / 3.6) : 0;
        out.append(u);
    }
    std::sort(out.begin(), out.end(), [](const NearbyUnit& a, const NearbyUnit& b) { return a.distanceMetres < b.distanceMetres; });
    if (n >= 0 && out.size() > n)
        out.resize(n);
    return out;
}

Result<void> AlertService::dispatch(const QString& key, const RecordKey& unit, const Session& session)
{
    Result<AlertRecord> found = requireFor(key, session);
    if (!found)
        return found.error();
    AlertRecord r = found.value();
    if (!isOpenState(r.alert.state))
        return refused(key, r.alert.state, AlertText::tr("given a unit"));
    if (!r.alert.position.isValid())
        return fail(AlertText::tr("alert %1 has no position to send a unit to").arg(key));
    const Result<std::optional<Asset>> asset = AssetRepository(m_database).get(unit);
    if (!asset)
        return asset.error();
    if (!asset.value() || asset.value()->kind != AssetKind::PatrolUnit)
        return fail(AlertText::tr("%1 is not a patrol unit").arg(describe(unit)));
    const QString unitKey = describe(unit);
    r.details.dispatchedUnit = unitKey;
    r.details.dispatchedAt = m_clock.now();
    r.details.arrivedAt = QDateTime();
    const double distance = haversineMetres(r.alert.position, asset.value()->position);
    if (auto ok = commitChange(r, session.login, QStringLiteral("alert.dispatched"),
                               {{QStringLiteral("unit"), unitKey}, {QStringLiteral("name"), asset.value()->name},
                                {QStringLiteral("distanceMetres"), qRound(distance)}});
        !ok)
        return ok;
    m_dispatches.removeIf([&](const Dispatch& d) { return d.alertKey == key; });
    m_dispatches.append({key, unitKey, r.alert.position});
    return {};
}

Result<void> AlertService::onUnitPositions(const QList<UnitPosition>& positions)
{
    if (m_dispatches.isEmpty())
        return {};
    for (const UnitPosition& p : positions) {
        const QString unit = describe(p.unit);
        for (qsizetype i = 0; i < m_dispatches.size(); ++i) {
            const Dispatch d = m_dispatches.at(i);
            if (d.unit != unit)
                continue;
            const double distance = haversineMetres(d.target, p.position);
            if (distance > m_config.arrivalRadiusMetres)
                continue;
            Result<AlertRecord> found = require(d.alertKey);
            if (!found)
                return found.error();
            AlertRecord r = found.value();
            r.details.arrivedAt = p.time;
            if (auto ok = commitChange(r, kSystem, QStringLiteral("alert.unit_arrived"),
                                       {{QStringLiteral("unit"), unit},
                                        {QStringLiteral("time"), p.time.toUTC().toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("distanceMetres"), qRound(distance)}});
                !ok)
                return ok;
            m_dispatches.removeAt(i);
            --i;
            Q_EMIT unitArrived(d.alertKey, unit);
        }
    }
    return {};
}

} // namespace ioc
