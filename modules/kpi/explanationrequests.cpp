// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi/explanationrequests.h"

#include "auth/authservice.h"
#include "core/clock.h"
#include "store/journal.h"

#include <QCoreApplication>

namespace ioc {

class ExplanationText {
    Q_DECLARE_TR_FUNCTIONS(ioc::ExplanationText)
};

namespace {
const QString kRequested = QStringLiteral("kpi.explanation.requested");
const QString kAnswered = QStringLiteral("kpi.explanation.answered");
} // namespace

ExplanationRequests::ExplanationRequests(Journal& journal, AuthService& auth, const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), m_journal(journal), m_auth(auth), m_clock(clock)
{
    refresh();
}

void ExplanationRequests::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

Result<QString> ExplanationRequests::request(const Session& session, const QString& indicator, const QString& area,
                                             const QString& period, const QString& question, const QString& unit,
                                             const QDateTime& deadline)
{
    const QString subject = QStringLiteral("kpi:%1/%2/%3").arg(indicator, area, period);
    if (auto allowed = m_auth.authorize(session, Capability::RequestExplanation, subject, area); !allowed)
        return allowed.error();
    if (indicator.isEmpty() || period.isEmpty())
        return fail(ExplanationText::tr("A request names the indicator and the period."));
    if (question.trimmed().isEmpty() || question.size() > 2000)
        return fail(ExplanationText::tr("Write the question (at most 2,000 characters)."));
    if (unit.trimmed().isEmpty())
        return fail(ExplanationText::tr("Name the unit that must answer."));
    if (!deadline.isValid() || deadline <= m_clock.now())
        return fail(ExplanationText::tr("The deadline must be in the future."));
    const Result<JournalEntry> entry =
        m_journal.append(session.login, kRequested, subject,
                         {{QStringLiteral("indicator"), indicator},
                          {QStringLiteral("area"), area},
                          {QStringLiteral("period"), period},
                          {QStringLiteral("question"), question.trimmed()},
                          {QStringLiteral("unit"), unit.trimmed()},
                          {QStringLiteral("deadline"), deadline.toUTC().toString(Qt::ISODate)}});
    if (!entry)
        return entry.error();
    refresh();
    return QStringLiteral("expl/%1").arg(entry.value().sequence);
}

Result<void> ExplanationRequests::answer(const Session& session, const QString& id, const QString& text)
{
    const auto it = std::find_if(m_requests.cbegin(), m_requests.cend(), [&](const Request& r) { return r.id == id; });
    if (it == m_requests.cend())
        return fail(ExplanationText::tr("There is no request %1.").arg(id));
    if (!it->answeredBy.isEmpty())
        return fail(ExplanationText::tr("This request was answered already."));
    if (!session.isValid() || session.role == ioc::Role::Viewer)
        return fail(ExplanationText::tr("Sign in to answer."));
    if (session.unit != it->unit && session.role != ioc::Role::Admin)
        return fail(ExplanationText::tr("Only %1 answers this request.").arg(it->unit));
    if (text.trimmed().isEmpty() || text.size() > 4000)
        return fail(ExplanationText::tr("Write the answer (at most 4,000 characters)."));
    const QString subject = QStringLiteral("kpi:%1/%2/%3").arg(it->indicator, it->area, it->period);
    if (auto appended = m_journal.append(session.login, kAnswered, subject,
                                         {{QStringLiteral("request"), id}, {QStringLiteral("answer"), text.trimmed()}});
        !appended)
        return appended.error();
    refresh();
    return {};
}

void ExplanationRequests::refresh()
{
    JournalQuery query;
    query.kinds = {kRequested, kAnswered};
    query.limit = 5000;
    const Result<QList<JournalEntry>> entries = m_journal.find(query);
    if (!entries) {
        setLastError(entries.errorMessage()); // keep what is shown
        return;
    }
    QList<Request> requests;
    QHash<QString, JournalEntry> answers;
    // Newest first: answers are met before their requests.
    for (const JournalEntry& e : entries.value()) {
        if (e.kind == kAnswered) {
            answers.insert(e.payload.value(QStringLiteral("request")).toString(), e);
            continue;
        }
        Request r;
        r.id = QStringLiteral("expl/%1").arg(e.sequence);
        r.indicator = e.payload.value(QStringLiteral("indicator")).toString();
        r.area = e.payload.value(QStringLiteral("area")).toString();
        r.period = e.payload.value(QStringLiteral("period")).toString();
        r.question = e.payload.value(QStringLiteral("question")).toString();
        r.unit = e.payload.value(QStringLiteral("unit")).toString();
        r.requestedBy = e.actor;
        r.requestedAt = e.time;
        r.deadline = QDateTime::fromString(e.payload.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
        if (const auto a = answers.constFind(r.id); a != answers.cend()) {
            r.answer = a->payload.value(QStringLiteral("answer")).toString();
            r.answeredBy = a->actor;
            r.answeredAt = a->time;
        }
        requests.append(r);
    }
    beginResetModel();
    m_requests = requests;
    endResetModel();
    Q_EMIT changed();
}

int ExplanationRequests::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ExplanationRequests::openCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [](const Request& r) { return r.answeredBy.isEmpty(); }));
}

QVariant ExplanationRequests::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Request& r = m_requests.at(index.row());
    switch (role) {
    case IdRole: return r.id;
    case IndicatorRole: return r.indicator;
    case AreaRole: return r.area;
    case PeriodRole: return r.period;
    case QuestionRole: return r.question;
    case UnitRole: return r.unit;
    case RequestedByRole: return r.requestedBy;
    case RequestedAtRole: return r.requestedAt.toLocalTime();
    case DeadlineRole: return r.deadline.toLocalTime();
    case AnswerRole: return r.answer;
    case AnsweredByRole: return r.answeredBy;
    case AnsweredAtRole: return r.answeredAt.toLocalTime();
    case OverdueRole: return r.answeredBy.isEmpty() && r.deadline.isValid() && r.deadline < m_clock.now();
    default: return {};
    }
}

QHash<int, QByteArray> ExplanationRequests::roleNames() const
{
    return {{IdRole, "requestId"},     {IndicatorRole, "indicator"},     {AreaRole, "area"},
            {PeriodRole, "period"},    {QuestionRole, "question"},       {UnitRole, "unit"},
            {RequestedByRole, "requestedBy"}, {RequestedAtRole, "requestedAt"}, {DeadlineRole, "deadline"},
            {AnswerRole, "answer"},    {AnsweredByRole, "answeredBy"},   {AnsweredAtRole, "answeredAt"},
            {OverdueRole, "overdue"}};
}

bool ExplanationRequests::submitRequest(const QString& indicator, const QString& area, const QString& period,
                                        const QString& question, const QString& unit, int daysToAnswer)
{
    const Result<QString> made = request(m_auth.session(), indicator, area, period, question, unit,
                                         m_clock.now().addDays(std::max(1, daysToAnswer)));
    setLastError(made ? QString() : made.errorMessage());
    return made.ok();
}

bool ExplanationRequests::submitAnswer(const QString& id, const QString& text)
{
    const Result<void> done = answer(m_auth.session(), id, text);
    setLastError(done ? QString() : done.errorMessage());
    return done.ok();
}

} // namespace ioc
