// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/soptimelinemodel.h"

#include "auth/capability.h"
#include "sop/sopservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ioc {

struct SopTimelineText {
    Q_DECLARE_TR_FUNCTIONS(ioc::SopTimelineText)
};

SopTimelineModel::SopTimelineModel(SopService& service, QObject* parent) : SopRunRowsModel(service, parent) {}

int SopTimelineModel::rowsOf(const SopRun& run) const
{
    return int(run.entries.size());
}

QString SopTimelineModel::describe(const SopRun& run, const JournalEntry& e, const QString& language)
{
    const QString stepId = e.payload.value(QStringLiteral("step")).toString();
    const SopStep* step = run.sopTemplate.step(stepId);
    const QString title = step ? step->title.in(language) : stepId;
    const auto field = [&](const char* key) { return e.payload.value(QLatin1String(key)).toString(); };
    // A role code in words ("operator" → the role's name in the interface's language).
    const auto role = [&]() {
        const std::optional<Role> r = roleFromCode(field("role"));
        return r ? roleDisplayName(*r) : field("role");
    };
    // An answer in words: yes/no of a check, reached/not reached of a call; a value class as it is.
    const auto answer = [&]() -> QString {
        const QString code = field("answer");
        if (code == u"yes")
            return SopTimelineText::tr("yes");
        if (code == u"no")
            return SopTimelineText::tr("no");
        if (code == u"reached")
            return SopTimelineText::tr("reached");
        if (code == u"not_reached")
            return SopTimelineText::tr("not reached");
        return code;
    };
    if (e.kind == SopEvent::Started)
        return SopTimelineText::tr("%1 started \"%2\" for the alert \"%3\".").arg(e.actor, run.sopTemplate.title.in(language), run.alertTitle);
    if (e.kind == SopEvent::StepAssigned) {
        const int limit = e.payload.value(QStringLiteral("timeLimitMinutes")).toInt();
        return limit > 0 ? SopTimelineText::tr("\"%1\" is for the %2, within %n minute(s).", nullptr, limit).arg(title, role())
                         : SopTimelineText::tr("\"%1\" is for the %2.").arg(title, role());
    }
    if (e.kind == SopEvent::StepDone) {
        if (e.payload.contains(QStringLiteral("condition")))
            return SopTimelineText::tr("\"%1\" is over: the alert was resolved.").arg(title);
        if (e.payload.contains(QStringLiteral("handedOver")))
            return SopTimelineText::tr("\"%1\": %n message(s) handed over for delivery.", nullptr,
                         int(e.payload.value(QStringLiteral("handedOver")).toArray().size()))
                .arg(title);
        QString what;
        if (e.payload.contains(QStringLiteral("value")))
            what = QStringLiteral("%1 %2").arg(e.payload.value(QStringLiteral("value")).toDouble()).arg(field("unit"));
        else if (e.payload.contains(QStringLiteral("evidence")))
            what = e.payload.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("reference")).toString();
        else
            what = answer();
        if (!field("note").isEmpty())
            what = what.isEmpty() ? field("note") : what + QStringLiteral(" — ") + field("note");
        return what.isEmpty() ? SopTimelineText::tr("%1 did \"%2\".").arg(e.actor, title) : SopTimelineText::tr("%1 did \"%2\": %3").arg(e.actor, title, what);
    }
    if (e.kind == SopEvent::StepSkipped)
        return SopTimelineText::tr("%1 skipped \"%2\": %3").arg(e.actor, title, field("justification"));
    if (e.kind == SopEvent::ApprovalRequested)
        return SopTimelineText::tr("\"%1\" waits for a supervisor's approval.").arg(title);
    if (e.kind == SopEvent::ApprovalGranted)
        return SopTimelineText::tr("%1 approved \"%2\".").arg(e.actor, title);
    if (e.kind == SopEvent::ApprovalRejected)
        return SopTimelineText::tr("%1 rejected \"%2\": %3").arg(e.actor, title, field("comment"));
    if (e.kind == SopEvent::StepEscalated)
        return SopTimelineText::tr("\"%1\" is overdue: escalated to the supervisor.").arg(title);
    if (e.kind == SopEvent::NotificationSent)
        return SopTimelineText::tr("Message delivered to %1 (%2).").arg(field("recipient"), field("channel"));
    if (e.kind == SopEvent::NotificationFailed)
        return field("recipient").isEmpty() ? SopTimelineText::tr("No message could be sent (%1): %2").arg(field("channel"), field("detail"))
                                            : SopTimelineText::tr("Message to %1 (%2) failed: %3").arg(field("recipient"), field("channel"), field("detail"));
    if (e.kind == SopEvent::ConditionMet)
        return SopTimelineText::tr("The alert was resolved.");
    if (e.kind == SopEvent::Closed)
        return field("reason") == QLatin1String("condition") ? SopTimelineText::tr("The SOP closed itself: the alert was resolved.")
                                                             : SopTimelineText::tr("The SOP is closed.");
    return e.kind;
}

QVariant SopTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopRun* run = shownRun();
    if (!run || index.row() >= run->entries.size())
        return {};
    const JournalEntry& e = run->entries.at(index.row());
    switch (role) {
    case SequenceRole: return e.sequence;
    case TimeRole: return e.time.toLocalTime();
    case ActorRole: return e.actor;
    case KindRole: return e.kind;
    case TextRole: return describe(*run, e, m_language);
    default: return {};
    }
}

QHash<int, QByteArray> SopTimelineModel::roleNames() const
{
    return {{SequenceRole, "sequence"}, {TimeRole, "time"}, {ActorRole, "actor"}, {KindRole, "kind"}, {TextRole, "text"}};
}

} // namespace ioc
