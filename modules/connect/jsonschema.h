// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ioc {

// A JSON Schema (the subset of draft 2020-12 that plugin metadata and connector configurations use):
// type (one or a list), enum, const, required, properties, additionalProperties (bool or schema), items,
// minItems, maxItems, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern,
// oneOf, anyOf, $ref to "#/$defs/…", default, title, description. A keyword outside the subset is an error
// when the schema is read, so a schema never silently checks less than it says.
// Also accepted (refinement): uniqueItems (the metadata's "produces" must not repeat), $defs (what $ref
// points at), and the annotations $schema, $id, $comment, examples, which check nothing. Boolean schemas
// (true, false) are accepted wherever a schema is. Keyword values are checked when read too (a pattern
// that is not a regular expression, a $ref that leads nowhere, a type name that does not exist).
// "pattern" matches anywhere in the string unless anchored, as in JSON Schema; "integer" is a number
// with no fraction. String lengths count code points.
class JsonSchema {
public:
    // The error names the schema's file (origin) and the JSON Pointer of the bad keyword.
    static Result<JsonSchema> fromJson(const QJsonObject& schema, const QString& origin);
    static Result<JsonSchema> fromFile(const QString& path);

    // Every problem, each as "<JSON Pointer into value>: <what is wrong>" ("/interval: -1 is below the
    // minimum 1"); empty when the value is valid. The whole value (pointer "") is written "/"; a missing
    // required property is named by its own pointer ("/name/vi: is required but missing"). When a value
    // has the wrong type, its other keywords are not checked (they would repeat the complaint).
    QStringList problems(const QJsonValue& value) const;
    Result<void> validate(const QJsonValue& value, const QString& what) const; // "what: first problem (and N more)"

    // The value with the schema's defaults filled in where properties are absent (objects, recursively).
    QJsonValue withDefaults(const QJsonValue& value) const;

    QJsonObject json() const { return m_schema; }

private:
    QJsonObject m_schema;
    QString m_origin;
};

} // namespace ioc
