// SPDX-License-Identifier: GPL-3.0-or-later
#include "sop/soprunrowsmodel.h"

#include "sop/sopservice.h"

namespace ioc {

SopRunRowsModel::SopRunRowsModel(SopService& service, QObject* parent) : QAbstractListModel(parent), m_service(service)
{
    connect(&m_service, &SopService::runChanged, this, [this](const QString& runId) {
        if (runId == m_runId)
            refresh();
    });
}

void SopRunRowsModel::setRunId(const QString& runId)
{
    if (runId == m_runId)
        return;
    m_runId = runId;
    Q_EMIT runIdChanged();
    refresh();
}

void SopRunRowsModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    refresh();
}

const SopRun* SopRunRowsModel::shownRun() const
{
    return m_service.run(m_runId);
}

void SopRunRowsModel::refresh()
{
    const SopRun* shown = shownRun();
    const int rows = shown ? rowsOf(*shown) : 0;
    beginResetModel();
    const bool countChanges = rows != m_rows;
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int SopRunRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant SopRunRowsModel::get(int row, const QString& roleName) const
{
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        if (QLatin1String(it.value()) == roleName)
            return data(index(row), it.key());
    return {};
}

} // namespace ioc
