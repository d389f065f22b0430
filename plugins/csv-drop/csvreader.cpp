// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

namespace ioc::csv {

QList<Row> readRows(const QByteArray& data, char delimiter)
{
    QList<Row> rows;
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype size = data.size();
    int line = 1;
    while (i < size) {
        Row row;
        row.line = line;
        const qsizetype start = i;
        QByteArray field;
        bool quoted = false;    // inside quotes now
        bool endOfRecord = false;
        qsizetype end = size;   // where the record's bytes end (before its line break)
        while (i < size && !endOfRecord) {
            const char c = data.at(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < size && data.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n')
                        ++line;
                    field.append(c);
                }
                ++i;
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                row.fields.append(field);
                field.clear();
            } else if (c == '\n' || (c == '\r' && (i + 1 >= size || data.at(i + 1) == '\n'))) {
                end = i;
                endOfRecord = true;
                i += c == '\r' && i + 1 < size ? 2 : 1;
                ++line;
                continue;
            } else {
                field.append(c);
            }
            ++i;
        }
        if (!endOfRecord)
            end = size;
        row.unclosed = quoted;
        row.fields.append(field);
        row.raw = data.mid(start, end - start);
        if (row.raw.isEmpty())
            continue; // a blank line
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace ioc::csv
