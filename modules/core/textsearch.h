// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ioc {

// The form in which names and titles are searched: lower case, Vietnamese diacritics removed, đ as d,
// white space folded. "Phường Bạc Liêu" → "phuong bac lieu", so "bac lieu" finds it.
QString foldForSearch(const QString& text);

} // namespace ioc
