// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CSV as RFC 4180 writes it, read from bytes: fields separated by one delimiter byte, records ended by LF
// or CRLF, fields in double quotes may hold the delimiter, quotes ("" for one) and line breaks. A UTF-8
// byte order mark at the start is skipped. Bytes stay bytes: decoding (and refusing invalid UTF-8) is
// the caller's business, per field.

#include <QByteArray>
#include <QList>

namespace ioc::csv {

struct Row {
    QList<QByteArray> fields;
    QByteArray raw;      // the record's bytes as in the file, without its line break
    int line = 0;        // the line it starts on, from 1
    bool unclosed = false; // a quoted field runs to the end of the file
};

// Every record of data in order; blank lines are skipped.
QList<Row> readRows(const QByteArray& data, char delimiter);

} // namespace ioc::csv
