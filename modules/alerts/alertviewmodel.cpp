// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertviewmodel.h"

#include "alerts/alertservice.h"
#include "alerts/internal/alertrows.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ioc {

struct AlertViewText {
    Q_DECLARE_TR_FUNCTIONS(AlertViewText)
};

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariant timeOrNull(const QDateTime& t) { return t.isValid() ? QVariant(t) : QVariant(); }

QString stateName(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return AlertViewText::tr("New");
    case AlertState::Acknowledged:
        return AlertViewText::tr("Acknowledged");
    case AlertState::InSop:
        return AlertViewText::tr("In SOP");
    case AlertState::Resolved:
        return AlertViewText::tr("Resolved");
    case AlertState::Closed:
        return AlertViewText::tr("Closed");
    }
    return QString();
}

} // namespace

AlertViewModel::AlertViewModel(Database* database, ChangeFeed* feed, AlertService* service, AuthService* auth,
                               Journal* journal, QObject* parent)
    : RecordListModel(database, feed,
                      {QStringLiteral("key"), QStringLiteral("rule"), QStringLiteral("title"), QStringLiteral("severity"),
                       QStringLiteral("state"), QStringLiteral("domain"), QStringLiteral("area"), QStringLiteral("subject"),
                       QStringLiteral("raised"), QStringLiteral("groupCount"), QStringLiteral("parentKey"),
                       QStringLiteral("snoozedUntil"), QStringLiteral("snoozed"), QStringLiteral("assigneeUnit"),
                       QStringLiteral("latitude"), QStringLiteral("longitude")},
                      QStringLiteral("alert"), parent)
    , m_db(database)
    , m_service(service)
    , m_auth(auth)
    , m_journal(journal)
{
    if (m_service && !feed) {
        // Without a change feed the service's signals refresh the list (every write of the service goes through
        // Ingest, which tells the feed when there is one).
        connect(m_service, &AlertService::alertChanged, this, [this] { refresh(); });
    }
}

#define IOC_ALERT_FILTER_SETTER(Name, member, Type)                                                                    \
    void AlertViewModel::Name(Type value)                                                                              \
    {                                                                                                                  \
        if (member == value)                                                                                           \
            return;                                                                                                    \
        member = value;                                                                                                \
        Q_EMIT filterUpdated();                                                                                        \
        filterChanged();                                                                                               \
    }
IOC_ALERT_FILTER_SETTER(setDomains, m_domains, const QStringList&)
IOC_ALERT_FILTER_SETTER(setSeverities, m_severities, const QStringList&)
IOC_ALERT_FILTER_SETTER(setStates, m_states, const QStringList&)
IOC_ALERT_FILTER_SETTER(setAreaCode, m_areaCode, const QString&)
IOC_ALERT_FILTER_SETTER(setTopLevelOnly, m_topLevelOnly, bool)
#undef IOC_ALERT_FILTER_SETTER

Result<QList<QVariantList>> AlertViewModel::fetch(Database& database)
{
    QString sql = internal::alertRecordSelect();
    QVariantList binds{QString::fromLatin1(AlertService::kSource)};
    const auto in = [&](const QString& column, const QStringList& values) {
        if (values.isEmpty())
            return;
        sql += QStringLiteral(" AND %1 IN (%2)").arg(column, placeholders(values.size()));
        for (const QString& v : values)
            binds.append(v);
    };
    in(QStringLiteral("d.domain"), m_domains);
    in(QStringLiteral("a.severity"), m_severities);
    in(QStringLiteral("a.state"), m_states);
    if (!m_areaCode.isEmpty()) {
        sql += QStringLiteral(" AND d.area_code = ?");
        binds.append(m_areaCode);
    }
    if (m_topLevelOnly)
        sql += QStringLiteral(" AND (d.parent_key IS NULL OR d.parent_key = '')");
    sql += QStringLiteral(" ORDER BY CASE a.severity WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END DESC, "
                          "a.raised_at DESC, a.external_id LIMIT 500");
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(database.describeError(AlertViewText::tr("cannot read the alerts"), q.lastError()));
    const QDateTime now = m_service ? m_service->now() : QDateTime::currentDateTimeUtc();
    QList<QVariantList> rows;
    while (q.next()) {
        const AlertRecord r = internal::readAlertRecord(q);
        const Alert& a = r.alert;
        rows.append({r.key(), a.rule, a.title, toCode(a.severity), toCode(a.state), r.details.domain, r.details.areaCode,
                     a.subject, a.raised, r.details.groupCount, r.details.parentKey, timeOrNull(r.details.snoozedUntil),
                     r.details.snoozedUntil.isValid() && r.details.snoozedUntil > now,
                     r.details.assigneeUnit, a.position.isValid() ? QVariant(a.position.latitude()) : QVariant(),
                     a.position.isValid() ? QVariant(a.position.longitude()) : QVariant()});
    }
    return rows;
}

QString AlertViewModel::describeEntry(const QString& kind, const QString& actor, const QJsonObject& p)
{
    const QString who = actor == u"system" ? AlertViewText::tr("the system") : actor;
    if (kind == u"alert.raised")
        return p.contains(u"parent") ? AlertViewText::tr("raised by rule %1, grouped under %2").arg(p.value(u"rule").toString(), p.value(u"parent").toString())
                                     : AlertViewText::tr("raised by rule %1").arg(p.value(u"rule").toString());
    if (kind == u"alert.grouped")
        return AlertViewText::tr("alert %1 joined the group (%2 in all)").arg(p.value(u"child").toString()).arg(p.value(u"count").toInt());
    if (kind == u"alert.acknowledged")
        return AlertViewText::tr("acknowledged by %1: %2").arg(who, p.value(u"comment").toString());
    if (kind == u"alert.snoozed")
        return AlertViewText::tr("snoozed by %1 until %2: %3").arg(who, p.value(u"until").toString(), p.value(u"reason").toString());
    if (kind == u"alert.assigned")
        return AlertViewText::tr("assigned by %1 to %2").arg(who, p.value(u"unit").toString());
    if (kind == u"alert.in_sop")
        return AlertViewText::tr("SOP run %1 started").arg(p.value(u"run").toString());
    if (kind == u"alert.resolved")
        return AlertViewText::tr("resolved by %1: %2").arg(who, p.value(u"reason").toString());
    if (kind == u"alert.closed")
        return AlertViewText::tr("closed by %1").arg(who);
    if (kind == u"alert.dispatched")
        return AlertViewText::tr("%1 dispatched %2 (%3 m away)").arg(who, p.value(u"name").toString()).arg(p.value(u"distanceMetres").toInt());
    if (kind == u"alert.unit_arrived")
        return AlertViewText::tr("%1 arrived").arg(p.value(u"unit").toString());
    return AlertViewText::tr("%1 by %2").arg(kind, who);
}

QVariantMap AlertViewModel::detail(const QString& key)
{
    if (!m_service || !m_db) {
        done(fail(AlertViewText::tr("the alerts are not available")));
        return {};
    }
    const Result<std::optional<AlertRecord>> found = m_service->get(key);
    if (!found || !found.value()) {
        done(found ? Result<void>(fail(AlertViewText::tr("there is no alert %1").arg(key))) : Result<void>(found.error()));
        return {};
    }
    const AlertRecord& r = *found.value();
    const Alert& a = r.alert;
    const AlertDetails& d = r.details;
    QVariantMap m{{QStringLiteral("key"), r.key()}, {QStringLiteral("rule"), a.rule}, {QStringLiteral("title"), a.title},
                  {QStringLiteral("severity"), toCode(a.severity)}, {QStringLiteral("state"), toCode(a.state)},
                  {QStringLiteral("stateName"), stateName(a.state)}, {QStringLiteral("subject"), a.subject},
                  {QStringLiteral("domain"), d.domain}, {QStringLiteral("area"), d.areaCode},
                  {QStringLiteral("raised"), a.raised}, {QStringLiteral("acknowledged"), timeOrNull(a.acknowledged)},
                  {QStringLiteral("acknowledgedBy"), a.acknowledgedBy}, {QStringLiteral("comment"), d.comment},
                  {QStringLiteral("snoozedUntil"), timeOrNull(d.snoozedUntil)}, {QStringLiteral("snoozeReason"), d.snoozeReason},
                  {QStringLiteral("assigneeUnit"), d.assigneeUnit}, {QStringLiteral("sopRun"), d.sopRun},
                  {QStringLiteral("dispatchedUnit"), d.dispatchedUnit}, {QStringLiteral("dispatchedAt"), timeOrNull(d.dispatchedAt)},
                  {QStringLiteral("arrivedAt"), timeOrNull(d.arrivedAt)}, {QStringLiteral("resolvedBy"), d.resolvedBy},
                  {QStringLiteral("resolveReason"), d.resolveReason}, {QStringLiteral("groupCount"), d.groupCount},
                  {QStringLiteral("parentKey"), d.parentKey}, {QStringLiteral("facts"), d.facts.toVariantMap()},
                  {QStringLiteral("latitude"), a.position.isValid() ? QVariant(a.position.latitude()) : QVariant()},
                  {QStringLiteral("longitude"), a.position.isValid() ? QVariant(a.position.longitude()) : QVariant()}};
    QVariantList children;
    if (const Result<QList<AlertRecord>> kids = m_service->children(key)) {
        for (const AlertRecord& kid : kids.value())
            children.append(QVariantMap{{QStringLiteral("key"), kid.key()}, {QStringLiteral("title"), kid.alert.title},
                                        {QStringLiteral("state"), toCode(kid.alert.state)}, {QStringLiteral("raised"), kid.alert.raised}});
    }
    m.insert(QStringLiteral("children"), children);
    QVariantList timeline;
    if (m_journal) {
        JournalQuery query;
        query.subject = QStringLiteral("alert:") + key;
        query.kindPrefix = QStringLiteral("alert.");
        if (const Result<QList<JournalEntry>> entries = m_journal->find(query)) {
            for (auto it = entries.value().crbegin(); it != entries.value().crend(); ++it)
                timeline.append(QVariantMap{{QStringLiteral("time"), it->time}, {QStringLiteral("actor"), it->actor},
                                            {QStringLiteral("kind"), it->kind},
                                            {QStringLiteral("text"), describeEntry(it->kind, it->actor, it->payload)}});
        }
    }
    m.insert(QStringLiteral("timeline"), timeline);
    QVariantList units;
    if (a.position.isValid()) {
        if (const Result<QList<NearbyUnit>> nearest = m_service->nearestUnits(a.position, 5)) {
            for (const NearbyUnit& u : nearest.value())
                units.append(QVariantMap{{QStringLiteral("key"), describe(u.unit)}, {QStringLiteral("name"), u.name},
                                         {QStringLiteral("callSign"), u.callSign}, {QStringLiteral("distanceMetres"), u.distanceMetres},
                                         {QStringLiteral("etaMinutes"), u.etaSeconds / 60.0}, {QStringLiteral("moving"), u.moving},
                                         {QStringLiteral("latitude"), u.position.latitude()},
                                         {QStringLiteral("longitude"), u.position.longitude()}});
        }
    }
    m.insert(QStringLiteral("units"), units);
    QVariantList cameras;
    if (a.position.isValid()) {
        if (const Result<QList<Asset>> all = AssetRepository(*m_db).find(AssetKind::Camera)) {
            QList<std::pair<double, const Asset*>> near;
            for (const Asset& camera : all.value()) {
                if (camera.position.isValid())
                    near.append({haversineMetres(a.position, camera.position), &camera});
            }
            std::sort(near.begin(), near.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
            for (qsizetype i = 0; i < near.size() && i < 4; ++i)
                cameras.append(QVariantMap{{QStringLiteral("key"), describe(near.at(i).second->key)},
                                           // the camera wall's key (Wall.camera, the frame tap)
                                           {QStringLiteral("wallKey"), near.at(i).second->key.externalId},
                                           {QStringLiteral("name"), near.at(i).second->name},
                                           {QStringLiteral("distanceMetres"), near.at(i).first},
                                           {QStringLiteral("latitude"), near.at(i).second->position.latitude()},
                                           {QStringLiteral("longitude"), near.at(i).second->position.longitude()}});
        }
    }
    m.insert(QStringLiteral("cameras"), cameras);
    if (a.subject.startsWith(u"case:")) {
        const QString ref = a.subject.mid(5);
        const qsizetype slash = ref.indexOf(QLatin1Char('/'));
        if (const Result<std::optional<Case>> item = CaseRepository(*m_db).get({ref.left(slash), ref.mid(slash + 1)}); item && item.value()) {
            const Case& c = *item.value();
            m.insert(QStringLiteral("relatedCase"),
                     QVariantMap{{QStringLiteral("key"), describe(c.key)}, {QStringLiteral("title"), c.title},
                                 {QStringLiteral("category"), toCode(c.category)}, {QStringLiteral("status"), toCode(c.status)},
                                 {QStringLiteral("domain"), c.domain}, {QStringLiteral("opened"), c.opened},
                                 {QStringLiteral("due"), timeOrNull(c.due)}, {QStringLiteral("assigneeUnit"), c.assigneeUnit}});
        }
    }
    return m;
}

bool AlertViewModel::done(const Result<void>& result)
{
    const QString error = result ? QString() : result.errorMessage();
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
    return result.ok();
}

bool AlertViewModel::acknowledge(const QString& key, const QString& comment)
{
    return done(m_service && m_auth ? m_service->acknowledge(key, comment, m_auth->session()) : fail(AlertViewText::tr("the alerts are not available")));
}

bool AlertViewModel::snooze(const QString& key, int minutes, const QString& reason)
{
    if (!m_service || !m_auth)
        return done(fail(AlertViewText::tr("the alerts are not available")));
    return done(m_service->snooze(key, m_service->now().addSecs(qint64(minutes) * 60), reason, m_auth->session()));
}

bool AlertViewModel::assign(const QString& key, const QString& unit)
{
    return done(m_service && m_auth ? m_service->assign(key, unit, m_auth->session()) : fail(AlertViewText::tr("the alerts are not available")));
}

bool AlertViewModel::resolve(const QString& key, const QString& reason)
{
    return done(m_service && m_auth ? m_service->resolveAs(key, reason, m_auth->session()) : fail(AlertViewText::tr("the alerts are not available")));
}

bool AlertViewModel::close(const QString& key)
{
    return done(m_service && m_auth ? m_service->close(key, m_auth->session()) : fail(AlertViewText::tr("the alerts are not available")));
}

bool AlertViewModel::dispatch(const QString& key, const QString& unitKey)
{
    const qsizetype slash = unitKey.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return done(fail(AlertViewText::tr("\"%1\" is not a unit key (source/id)").arg(unitKey)));
    return done(m_service && m_auth ? m_service->dispatch(key, {unitKey.left(slash), unitKey.mid(slash + 1)}, m_auth->session())
                                    : fail(AlertViewText::tr("the alerts are not available")));
}

} // namespace ioc
