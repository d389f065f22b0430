// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ioc::internal {

// Text folded for comparing words as people type them: case folded, Vietnamese accents removed ("Đ" and
// "đ" become "d"), '_' and '-' read as spaces, runs of white space made one space, trimmed.
// "  Đang_XỬ  lý " → "dang xu ly".
QString foldWords(QStringView text);

// A case status from the words the provincial systems use, accent- and case-insensitive:
// "Chờ xử lý" / "Chưa xử lý" / "Mới tiếp nhận" → pending, "Đang xử lý" → in_progress,
// "Sắp hết hạn" / "Sắp quá hạn" → near_due, "Quá hạn" / "Trễ hạn" → overdue,
// "Đã xử lý" / "Hoàn thành" / "Đã giải quyết" → resolved, "Đã đóng" → closed; also the English codes
// ("in_progress", "in progress"). nullopt for anything else.
std::optional<CaseStatus> caseStatusFromWords(QStringView text);

} // namespace ioc::internal
