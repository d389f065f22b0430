// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/internal/jsonfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace ioc {

// Context of the messages about the demo's data files.
class DemoDataText {
    Q_DECLARE_TR_FUNCTIONS(ioc::DemoDataText)
};

namespace internal {

Result<QJsonObject> JsonFields::readObject(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return ioc::fail(DemoDataText::tr("cannot read %1: %2").arg(fileName, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ioc::fail(DemoDataText::tr("%1 is not valid JSON: %2 at offset %3")
                             .arg(fileName, parseError.errorString())
                             .arg(parseError.offset));
    if (!document.isObject())
        return ioc::fail(DemoDataText::tr("%1: the top level must be a JSON object").arg(fileName));
    return document.object();
}

JsonFields::JsonFields(QString fileName) : m_fileName(QFileInfo(fileName).fileName()) {}

QString JsonFields::place(const QString& path, const QString& key) const
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void JsonFields::fail(QString message)
{
    if (!m_error)
        m_error = Error{m_fileName + QStringLiteral(": ") + message};
}

QString JsonFields::text(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        fail(DemoDataText::tr("%1 must be a non-empty text").arg(place(path, key)));
        return {};
    }
    return ok() ? value.toString() : QString();
}

double JsonFields::number(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        fail(DemoDataText::tr("%1 must be a number").arg(place(path, key)));
        return 0;
    }
    return ok() ? value.toDouble() : 0;
}

std::optional<double> JsonFields::optionalNumber(const QJsonObject& object, const QString& key, const QString& path)
{
    if (!object.contains(key))
        return std::nullopt;
    const double value = number(object, key, path);
    return ok() ? std::optional<double>(value) : std::nullopt;
}

bool JsonFields::flag(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        fail(DemoDataText::tr("%1 must be true or false").arg(place(path, key)));
        return false;
    }
    return value.toBool();
}

QStringList JsonFields::texts(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonArray array = object.value(key).toArray();
    QStringList result;
    for (const QJsonValue& value : array) {
        if (!value.isString() || value.toString().isEmpty())
            break;
        result.append(value.toString());
    }
    if (result.isEmpty() || result.size() != array.size()) {
        fail(DemoDataText::tr("%1 must be a non-empty list of texts").arg(place(path, key)));
        return {};
    }
    return ok() ? result : QStringList();
}

QJsonArray JsonFields::objects(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonArray array = object.value(key).toArray();
    const bool allObjects = std::all_of(array.begin(), array.end(), [](const QJsonValue& v) { return v.isObject(); });
    if (array.isEmpty() || !allObjects) {
        fail(DemoDataText::tr("%1 must be a non-empty list of objects").arg(place(path, key)));
        return {};
    }
    return ok() ? array : QJsonArray();
}

std::pair<double, double> JsonFields::range(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonArray array = object.value(key).toArray();
    if (array.size() != 2 || !array.at(0).isDouble() || !array.at(1).isDouble()
        || array.at(0).toDouble() > array.at(1).toDouble()) {
        fail(DemoDataText::tr("%1 must be a list of two numbers, the smaller first").arg(place(path, key)));
        return {};
    }
    return ok() ? std::pair(array.at(0).toDouble(), array.at(1).toDouble()) : std::pair(0.0, 0.0);
}

QString JsonFields::oneOf(const QJsonObject& object, const QString& key, const QString& path,
                          const QStringList& allowed)
{
    const QString value = object.value(key).toString();
    if (!allowed.contains(value)) {
        fail(DemoDataText::tr("%1 must be one of %2").arg(place(path, key), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return ok() ? value : QString();
}

} // namespace internal
} // namespace ioc
