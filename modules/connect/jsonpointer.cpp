// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ioc {

namespace {

std::optional<QString> unescapeToken(QStringView token)
{
    QString out;
    out.reserve(token.size());
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token[i] != u'~') {
            out.append(token[i]);
            continue;
        }
        if (i + 1 >= token.size())
            return std::nullopt;
        const QChar next = token[++i];
        if (next == u'0')
            out.append(u'~');
        else if (next == u'1')
            out.append(u'/');
        else
            return std::nullopt;
    }
    return out;
}

// An array index per RFC 6901: "0" or digits without a leading zero.
std::optional<qsizetype> arrayIndex(const QString& token)
{
    if (token.isEmpty() || (token.size() > 1 && token.front() == u'0'))
        return std::nullopt;
    bool ok = false;
    const qlonglong index = token.toLongLong(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return qsizetype(index);
}

} // namespace

bool isValidJsonPointer(QStringView pointer)
{
    if (pointer.isEmpty())
        return true;
    if (pointer.front() != u'/')
        return false;
    for (QStringView token : pointer.mid(1).split(u'/')) {
        if (!unescapeToken(token))
            return false;
    }
    return true;
}

std::optional<QJsonValue> resolveJsonPointer(const QJsonValue& document, QStringView pointer)
{
    if (pointer.isEmpty())
        return document;
    if (pointer.front() != u'/')
        return std::nullopt;
    QJsonValue current = document;
    for (QStringView raw : pointer.mid(1).split(u'/')) {
        const std::optional<QString> token = unescapeToken(raw);
        if (!token)
            return std::nullopt;
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(*token);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const std::optional<qsizetype> index = arrayIndex(*token);
            if (!index || *index >= array.size())
                return std::nullopt;
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

} // namespace ioc
