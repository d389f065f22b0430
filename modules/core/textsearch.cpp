// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textsearch.h"

namespace ioc {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out.simplified();
}

} // namespace ioc
