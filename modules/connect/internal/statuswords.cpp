// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/internal/statuswords.h"

#include <QHash>

namespace ioc::internal {

QString foldWords(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accents, after decomposition
        QChar plain = c;
        if (c == QChar(0x0110) || c == QChar(0x0111)) // Đ đ do not decompose
            plain = u'd';
        if (plain.isSpace() || plain == u'_' || plain == u'-') {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(QString(plain).toCaseFolded());
    }
    return out;
}

std::optional<CaseStatus> caseStatusFromWords(QStringView text)
{
    static const QHash<QString, CaseStatus> words{
        {QStringLiteral("cho xu ly"), CaseStatus::Pending},
        {QStringLiteral("chua xu ly"), CaseStatus::Pending},
        {QStringLiteral("moi tiep nhan"), CaseStatus::Pending},
        {QStringLiteral("pending"), CaseStatus::Pending},
        {QStringLiteral("dang xu ly"), CaseStatus::InProgress},
        {QStringLiteral("in progress"), CaseStatus::InProgress},
        {QStringLiteral("sap het han"), CaseStatus::NearDue},
        {QStringLiteral("sap qua han"), CaseStatus::NearDue},
        {QStringLiteral("near due"), CaseStatus::NearDue},
        {QStringLiteral("qua han"), CaseStatus::Overdue},
        {QStringLiteral("tre han"), CaseStatus::Overdue},
        {QStringLiteral("overdue"), CaseStatus::Overdue},
        {QStringLiteral("da xu ly"), CaseStatus::Resolved},
        {QStringLiteral("hoan thanh"), CaseStatus::Resolved},
        {QStringLiteral("da giai quyet"), CaseStatus::Resolved},
        {QStringLiteral("resolved"), CaseStatus::Resolved},
        {QStringLiteral("da dong"), CaseStatus::Closed},
        {QStringLiteral("closed"), CaseStatus::Closed},
    };
    const auto it = words.constFind(foldWords(text));
    if (it == words.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace ioc::internal
