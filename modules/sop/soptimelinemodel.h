// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sop/soprunrowsmodel.h"

namespace ioc {

class SopService;
struct JournalEntry;
struct SopRun;

// The journal entries of one run (`runId`), oldest first, each in words ("vanhanh did “Check the
// gauge”: yes"). GUI thread.
class SopTimelineModel : public SopRunRowsModel {
    Q_OBJECT

public:
    enum Roles { SequenceRole = Qt::UserRole + 1, TimeRole, ActorRole, KindRole, TextRole };

    explicit SopTimelineModel(SopService& service, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One entry in words (translated English source texts; step titles in `language`).
    static QString describe(const SopRun& run, const JournalEntry& entry, const QString& language);

protected:
    int rowsOf(const SopRun& run) const override;
};

} // namespace ioc
