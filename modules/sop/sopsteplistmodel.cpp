// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/sopsteplistmodel.h"

#include "core/clock.h"
#include "sop/sopservice.h"

#include <algorithm>

namespace ioc {

SopStepListModel::SopStepListModel(SopService& service, QObject* parent) : SopRunRowsModel(service, parent) {}

int SopStepListModel::rowsOf(const SopRun& run) const
{
    return int(run.steps.size());
}

QVariant SopStepListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopRun* run = shownRun();
    if (!run || index.row() >= run->steps.size())
        return {};
    const SopStepRun& s = run->steps.at(index.row());
    const SopStep& d = run->sopTemplate.steps.at(index.row());
    const bool current = run->currentStep == s.stepId;
    const QDateTime now = m_service.clock().now();
    const QJsonObject evidence = s.result.value(QStringLiteral("evidence")).toObject();
    switch (role) {
    case StepIdRole: return s.stepId;
    case TitleRole: return d.title.in(m_language);
    case InstructionsRole: return d.instructions.in(m_language);
    case StepRoleRole: return toCode(d.role);
    case KindRole: return toCode(d.kind);
    case StateRole: return toCode(s.state);
    case CurrentRole: return current;
    case ByRole: return s.by;
    case AtRole: return s.at.isValid() ? QVariant(s.at.toLocalTime()) : QVariant();
    case ActivatedAtRole: return s.activatedAt.isValid() ? QVariant(s.activatedAt.toLocalTime()) : QVariant();
    case DeadlineRole: return s.deadline.isValid() ? QVariant(s.deadline.toLocalTime()) : QVariant();
    case SecondsLeftRole:
        return current && s.deadline.isValid() ? QVariant(now.secsTo(s.deadline)) : QVariant();
    case OverdueRole: return current && s.deadline.isValid() && s.deadline < now;
    case EscalatedRole: return s.escalated;
    case AnswerRole: return s.result.value(QStringLiteral("answer")).toString();
    case ValueRole: return s.result.contains(QStringLiteral("value")) ? QVariant(s.result.value(QStringLiteral("value")).toDouble()) : QVariant();
    case UnitRole: return d.unit;
    case EvidenceKindRole: return evidence.value(QStringLiteral("kind")).toString();
    case EvidenceReferenceRole: return evidence.value(QStringLiteral("reference")).toString();
    case NoteRole: return s.result.value(QStringLiteral("note")).toString();
    case JustificationRole: return s.justification;
    case CommentRole: return s.comment;
    case PerformerRole: return s.performer;
    case NotificationsSentRole:
        return int(std::count_if(s.notifications.cbegin(), s.notifications.cend(), [](const SopNotificationRecord& n) { return n.ok; }));
    case NotificationsFailedRole:
        return int(std::count_if(s.notifications.cbegin(), s.notifications.cend(), [](const SopNotificationRecord& n) { return !n.ok; }));
    case TimeLimitMinutesRole: return d.timeLimitMinutes;
    default: return {};
    }
}

QHash<int, QByteArray> SopStepListModel::roleNames() const
{
    return {{StepIdRole, "stepId"}, {TitleRole, "title"}, {InstructionsRole, "instructions"}, {StepRoleRole, "stepRole"},
            {KindRole, "kind"}, {StateRole, "state"}, {CurrentRole, "current"}, {ByRole, "by"}, {AtRole, "at"},
            {ActivatedAtRole, "activatedAt"}, {DeadlineRole, "deadline"}, {SecondsLeftRole, "secondsLeft"},
            {OverdueRole, "overdue"}, {EscalatedRole, "escalated"}, {AnswerRole, "answer"}, {ValueRole, "value"},
            {UnitRole, "unit"}, {EvidenceKindRole, "evidenceKind"}, {EvidenceReferenceRole, "evidenceReference"},
            {NoteRole, "note"}, {JustificationRole, "justification"}, {CommentRole, "comment"},
            {PerformerRole, "performer"}, {NotificationsSentRole, "notificationsSent"},
            {NotificationsFailedRole, "notificationsFailed"}, {TimeLimitMinutesRole, "timeLimitMinutes"}};
}

} // namespace ioc
