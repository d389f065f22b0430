// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sop/soprunrowsmodel.h"

namespace ioc {

class SopService;

// The steps of one run (`runId`) in template order with their state, who did them and when, the
// active step's deadline and time left, and the answer, value or evidence given. GUI thread.
class SopStepListModel : public SopRunRowsModel {
    Q_OBJECT

public:
    enum Roles {
        StepIdRole = Qt::UserRole + 1, TitleRole, InstructionsRole, StepRoleRole, KindRole, StateRole, CurrentRole,
        ByRole, AtRole, ActivatedAtRole, DeadlineRole, SecondsLeftRole, OverdueRole, EscalatedRole, AnswerRole,
        ValueRole, UnitRole, EvidenceKindRole, EvidenceReferenceRole, NoteRole, JustificationRole, CommentRole,
        PerformerRole, NotificationsSentRole, NotificationsFailedRole, TimeLimitMinutesRole
    };

    explicit SopStepListModel(SopService& service, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int rowsOf(const SopRun& run) const override;
};

} // namespace ioc
