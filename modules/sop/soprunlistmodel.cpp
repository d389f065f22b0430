// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/soprunlistmodel.h"

#include "auth/account.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "sop/sopservice.h"

#include <algorithm>
#include <limits>

namespace ioc {

SopRunListModel::SopRunListModel(SopService& service, AuthService& auth, QObject* parent)
    : QAbstractListModel(parent), m_service(service), m_auth(auth)
{
    connect(&m_service, &SopService::runChanged, this, &SopRunListModel::refresh);
    connect(&m_auth, &AuthService::sessionChanged, this, &SopRunListModel::refresh);
    refresh();
}

void SopRunListModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    refresh();
}

void SopRunListModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    if (!m_runIds.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_runIds.size()) - 1));
}

bool SopRunListModel::accepts(const SopRun& run) const
{
    if (m_filter == QLatin1String("all"))
        return true;
    if (run.closed)
        return false;
    const SopStepRun* current = run.current();
    if (m_filter == QLatin1String("mine")) {
        const SopStep* step = current ? run.sopTemplate.step(current->stepId) : nullptr;
        const Session& session = m_auth.session();
        return step && session.has(capabilityForStep(step->role))
               && (run.areaCode.isEmpty() || coversArea(session.areas, run.areaCode, QString()));
    }
    if (m_filter == QLatin1String("approval"))
        return run.awaitingApproval();
    if (m_filter == QLatin1String("attention"))
        return run.awaitingApproval() || (current && current->escalated)
               || std::any_of(run.steps.cbegin(), run.steps.cend(),
                              [](const SopStepRun& s) { return s.state == SopStepState::Skipped; });
    return true; // "running"
}

void SopRunListModel::refresh()
{
    const QDateTime now = m_service.clock().now();
    QList<const SopRun*> runs;
    for (const SopRun* run : m_service.runs())
        if (accepts(*run))
            runs.append(run);
    if (m_filter != QLatin1String("all"))
        std::stable_sort(runs.begin(), runs.end(), [&](const SopRun* a, const SopRun* b) {
            const qint64 left = a->secondsLeft(now).value_or(std::numeric_limits<qint64>::max());
            const qint64 right = b->secondsLeft(now).value_or(std::numeric_limits<qint64>::max());
            return left < right;
        });
    QStringList ids;
    for (const SopRun* run : runs)
        ids.append(run->id);
    beginResetModel();
    const bool countChanges = ids.size() != m_runIds.size();
    m_runIds = ids;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int SopRunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runIds.size());
}

QVariant SopRunListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopRun* run = m_service.run(m_runIds.at(index.row()));
    if (!run)
        return {};
    const SopStepRun* current = run->current();
    const SopStep* step = current ? run->sopTemplate.step(current->stepId) : nullptr;
    const QDateTime now = m_service.clock().now();
    switch (role) {
    case RunIdRole: return run->id;
    case TemplateIdRole: return run->sopTemplate.id;
    case TitleRole: return run->sopTemplate.title.in(m_language);
    case AlertKeyRole: return run->alertKey;
    case AlertTitleRole: return run->alertTitle;
    case AreaRole: return run->areaName.isEmpty() ? run->areaCode : run->areaName;
    case StartedAtRole: return run->startedAt.toLocalTime();
    case StartedByRole: return run->startedBy;
    case CurrentStepRole: return run->currentStep;
    case CurrentStepTitleRole: return step ? step->title.in(m_language) : QString();
    case CurrentRoleRole: return step ? toCode(step->role) : QString();
    case DeadlineRole: return current && current->deadline.isValid() ? QVariant(current->deadline.toLocalTime()) : QVariant();
    case SecondsLeftRole: {
        const std::optional<qint64> left = run->secondsLeft(now);
        return left ? QVariant(*left) : QVariant();
    }
    case OverdueRole: return run->secondsLeft(now).value_or(1) < 0;
    case EscalatedRole: return current && current->escalated;
    case AwaitingApprovalRole: return run->awaitingApproval();
    case SkippedCountRole:
        return int(std::count_if(run->steps.cbegin(), run->steps.cend(),
                                 [](const SopStepRun& s) { return s.state == SopStepState::Skipped; }));
    case DoneCountRole:
        return int(std::count_if(run->steps.cbegin(), run->steps.cend(), [](const SopStepRun& s) {
            return s.state == SopStepState::Done || s.state == SopStepState::Approved || s.state == SopStepState::Skipped;
        }));
    case StepCountRole: return int(run->steps.size());
    case ClosedRole: return run->closed;
    case ClosedReasonRole: return run->closedReason;
    default: return {};
    }
}

QHash<int, QByteArray> SopRunListModel::roleNames() const
{
    return {{RunIdRole, "runId"}, {TemplateIdRole, "templateId"}, {TitleRole, "title"}, {AlertKeyRole, "alertKey"},
            {AlertTitleRole, "alertTitle"}, {AreaRole, "area"}, {StartedAtRole, "startedAt"}, {StartedByRole, "startedBy"},
            {CurrentStepRole, "currentStep"}, {CurrentStepTitleRole, "currentStepTitle"}, {CurrentRoleRole, "currentRole"},
            {DeadlineRole, "deadline"}, {SecondsLeftRole, "secondsLeft"}, {OverdueRole, "overdue"},
            {EscalatedRole, "escalated"}, {AwaitingApprovalRole, "awaitingApproval"}, {SkippedCountRole, "skippedCount"},
            {DoneCountRole, "doneCount"}, {StepCountRole, "stepCount"}, {ClosedRole, "closed"},
            {ClosedReasonRole, "closedReason"}};
}

QVariant SopRunListModel::get(int row, const QString& roleName) const
{
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        if (QLatin1String(it.value()) == roleName)
            return data(index(row), it.key());
    return {};
}

} // namespace ioc
