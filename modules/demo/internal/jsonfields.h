// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace ioc {
namespace internal {

// Reads the fields of one JSON data file of the demo and keeps the first problem, which names the file
// and the field ("vocabulary.json: fieldReportDomains[2].titles must be a non-empty list of texts").
// After a problem every read returns an empty value, so callers check ok() once at the end.
class JsonFields {
public:
    // The file's top-level object, or an error naming the file.
    static Result<QJsonObject> readObject(const QString& fileName);

    explicit JsonFields(QString fileName);

    QString text(const QJsonObject& object, const QString& key, const QString& path);
    double number(const QJsonObject& object, const QString& key, const QString& path);
    std::optional<double> optionalNumber(const QJsonObject& object, const QString& key, const QString& path);
    bool flag(const QJsonObject& object, const QString& key, const QString& path); // absent: false
    QStringList texts(const QJsonObject& object, const QString& key, const QString& path);   // non-empty
    QJsonArray objects(const QJsonObject& object, const QString& key, const QString& path);  // non-empty
    // [low, high] with low <= high.
    std::pair<double, double> range(const QJsonObject& object, const QString& key, const QString& path);
    QString oneOf(const QJsonObject& object, const QString& key, const QString& path, const QStringList& allowed);

    bool ok() const { return !m_error; }
    Error error() const { return m_error.value_or(Error{}); }

private:
    QString place(const QString& path, const QString& key) const;
    void fail(QString message);

    QString m_fileName;
    std::optional<Error> m_error;
};

} // namespace internal
} // namespace ioc
