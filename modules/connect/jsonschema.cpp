// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/jsonschema.h"

#include "connect/jsonpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ioc {

namespace {

struct JsonSchemaText {
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaText)
};

// Deepest nesting of schemas followed while checking one value: a guard against $ref loops that do not
// descend into the value ("a": {"$ref": "#/$defs/a"}).
constexpr int maxDepth = 128;

const QSet<QString>& knownKeywords()
{
    static const QSet<QString> keywords{
        QStringLiteral("type"), QStringLiteral("enum"), QStringLiteral("const"), QStringLiteral("required"),
        QStringLiteral("properties"), QStringLiteral("additionalProperties"), QStringLiteral("items"),
        QStringLiteral("minItems"), QStringLiteral("maxItems"), QStringLiteral("uniqueItems"),
        QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("exclusiveMinimum"),
        QStringLiteral("exclusiveMaximum"), QStringLiteral("minLength"), QStringLiteral("maxLength"),
        QStringLiteral("pattern"), QStringLiteral("oneOf"), QStringLiteral("anyOf"), QStringLiteral("$ref"),
        QStringLiteral("$defs"), QStringLiteral("default"), QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("$schema"), QStringLiteral("$id"),
        QStringLiteral("$comment"), QStringLiteral("examples")};
    return keywords;
}

const QStringList& typeNames()
{
    static const QStringList names{QStringLiteral("null"),   QStringLiteral("boolean"), QStringLiteral("object"),
                                   QStringLiteral("array"),  QStringLiteral("number"),  QStringLiteral("integer"),
                                   QStringLiteral("string")};
    return names;
}

QString appendToken(const QString& pointer, const QString& token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

QString shown(const QString& pointer) { return pointer.isEmpty() ? QStringLiteral("/") : pointer; }

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::trunc(d) == d;
}

QString numberText(double d)
{
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 17);
}

// A value as a message shows it: short, strings in quotes.
QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return u'\'' + text + u'\'';
    }
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return JsonSchemaText::tr("an array");
    case QJsonValue::Object:
        return JsonSchemaText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonSchemaText::tr("nothing");
}

QString typeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return isInteger(value) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("integer"))
        return isInteger(value);
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    return value.isNull();
}

// ---- reading: every keyword known and well-formed -------------------------------------------------------

class SchemaReader {
public:
    explicit SchemaReader(const QJsonObject& root) : m_root(root) {}

    // The first problem found, as "<pointer into the schema>: <problem>"; empty when the schema is fine.
    QString check(const QJsonValue& schema, const QString& at) const
    {
        if (schema.isBool())
            return {};
        if (!schema.isObject())
            return JsonSchemaText::tr("%1: a schema must be an object or a boolean").arg(shown(at));
        const QJsonObject object = schema.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString here = appendToken(at, key);
            if (!knownKeywords().contains(key))
                return JsonSchemaText::tr("%1: the keyword '%2' is not supported (outside the subset this "
                                          "program checks)").arg(here, key);
            if (QString problem = checkKeyword(key, it.value(), here); !problem.isEmpty())
                return problem;
        }
        return {};
    }

private:
    QString checkKeyword(const QString& key, const QJsonValue& value, const QString& here) const
    {
        const auto expected = [&here](const QString& what) {
            return JsonSchemaText::tr("%1: must be %2").arg(here, what);
        };
        if (key == QLatin1String("type")) {
            const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
            if (list.isEmpty())
                return expected(JsonSchemaText::tr("a type name or a non-empty list of them"));
            for (const QJsonValue& type : list)
                if (!typeNames().contains(type.toString()))
                    return JsonSchemaText::tr("%1: %2 is not a type (%3)")
                        .arg(here, valueText(type), typeNames().join(QStringLiteral(", ")));
        } else if (key == QLatin1String("enum")) {
            if (!value.isArray() || value.toArray().isEmpty())
                return expected(JsonSchemaText::tr("a non-empty array"));
        } else if (key == QLatin1String("required")) {
            if (!value.isArray())
                return expected(JsonSchemaText::tr("an array of property names"));
            for (const QJsonValue& name : value.toArray())
                if (!name.isString())
                    return expected(JsonSchemaText::tr("an array of property names"));
        } else if (key == QLatin1String("properties") || key == QLatin1String("$defs")) {
            if (!value.isObject())
                return expected(JsonSchemaText::tr("an object of schemas"));
            const QJsonObject schemas = value.toObject();
            for (auto it = schemas.begin(); it != schemas.end(); ++it)
                if (QString problem = check(it.value(), appendToken(here, it.key())); !problem.isEmpty())
                    return problem;
        } else if (key == QLatin1String("additionalProperties") || key == QLatin1String("items")) {
            return check(value, here);
        } else if (key == QLatin1String("oneOf") || key == QLatin1String("anyOf")) {
            if (!value.isArray() || value.toArray().isEmpty())
                return expected(JsonSchemaText::tr("a non-empty array of schemas"));
            const QJsonArray schemas = value.toArray();
            for (qsizetype i = 0; i < schemas.size(); ++i)
                if (QString problem = check(schemas.at(i), appendToken(here, QString::number(i)));
                    !problem.isEmpty())
                    return problem;
        } else if (key == QLatin1String("minItems") || key == QLatin1String("maxItems")
                   || key == QLatin1String("minLength") || key == QLatin1String("maxLength")) {
            if (!isInteger(value) || value.toDouble() < 0)
                return expected(JsonSchemaText::tr("a whole number, 0 or more"));
        } else if (key == QLatin1String("minimum") || key == QLatin1String("maximum")
                   || key == QLatin1String("exclusiveMinimum") || key == QLatin1String("exclusiveMaximum")) {
            if (!value.isDouble())
                return expected(JsonSchemaText::tr("a number"));
        } else if (key == QLatin1String("uniqueItems")) {
            if (!value.isBool())
                return expected(JsonSchemaText::tr("true or false"));
        } else if (key == QLatin1String("pattern")) {
            if (!value.isString())
                return expected(JsonSchemaText::tr("a regular expression"));
            const QRegularExpression regex(value.toString());
            if (!regex.isValid())
                return JsonSchemaText::tr("%1: %2 is not a valid regular expression (%3)")
                    .arg(here, valueText(value), regex.errorString());
        } else if (key == QLatin1String("$ref")) {
            const QString ref = value.toString();
            if (!ref.startsWith(QLatin1String("#/$defs/")))
                return JsonSchemaText::tr("%1: only references to \"#/$defs/...\" are supported, not %2")
                    .arg(here, valueText(value));
            const std::optional<QJsonValue> target = resolveJsonPointer(m_root, QStringView(ref).mid(1));
            if (!isValidJsonPointer(QStringView(ref).mid(1)) || !target)
                return JsonSchemaText::tr("%1: %2 refers to nothing in this schema").arg(here, valueText(value));
        } else if (key == QLatin1String("title") || key == QLatin1String("description")
                   || key == QLatin1String("$schema") || key == QLatin1String("$id")
                   || key == QLatin1String("$comment")) {
            if (!value.isString())
                return expected(JsonSchemaText::tr("a string"));
        }
        // const, default, examples: any value.
        return {};
    }

    const QJsonObject& m_root;
};

// ---- checking a value ----------------------------------------------------------------------------------

class Checker {
public:
    explicit Checker(const QJsonObject& root) : m_root(root) {}

    void check(const QJsonValue& schema, const QJsonValue& value, const QString& at, QStringList& out,
               int depth) const
    {
        if (depth > maxDepth) {
            out << JsonSchemaText::tr("%1: the schema nests too deeply to check (a $ref loop?)").arg(shown(at));
            return;
        }
        if (schema.isBool()) {
            if (!schema.toBool())
                out << JsonSchemaText::tr("%1: no value is allowed here").arg(shown(at));
            return;
        }
        const QJsonObject s = schema.toObject();

        if (s.contains(QLatin1String("$ref"))) {
            const QString ref = s.value(QLatin1String("$ref")).toString();
            const std::optional<QJsonValue> target = resolveJsonPointer(m_root, QStringView(ref).mid(1));
            if (target)
                check(*target, value, at, out, depth + 1);
        }

        if (s.contains(QLatin1String("type"))) {
            const QJsonValue type = s.value(QLatin1String("type"));
            const QJsonArray list = type.isArray() ? type.toArray() : QJsonArray{type};
            bool matches = false;
            QStringList names;
            for (const QJsonValue& name : list) {
                names << name.toString();
                matches = matches || hasType(value, name.toString());
            }
            if (!matches) {
                out << JsonSchemaText::tr("%1: expected %2, got %3 %4")
                           .arg(shown(at), names.join(QStringLiteral(" or ")), typeOf(value), valueText(value));
                return; // the other keywords would only repeat the same complaint
            }
        }

        if (s.contains(QLatin1String("enum"))) {
            const QJsonArray allowed = s.value(QLatin1String("enum")).toArray();
            if (!allowed.contains(value)) {
                QStringList texts;
                for (const QJsonValue& v : allowed)
                    texts << valueText(v);
                out << JsonSchemaText::tr("%1: %2 is not one of %3")
                           .arg(shown(at), valueText(value), texts.join(QStringLiteral(", ")));
            }
        }
        if (s.contains(QLatin1String("const")) && s.value(QLatin1String("const")) != value)
            out << JsonSchemaText::tr("%1: must be %2, not %3")
                       .arg(shown(at), valueText(s.value(QLatin1String("const"))), valueText(value));

        if (value.isDouble())
            checkNumber(s, value.toDouble(), at, out);
        if (value.isString())
            checkString(s, value.toString(), at, out);
        if (value.isArray())
            checkArray(s, value.toArray(), at, out, depth);
        if (value.isObject())
            checkObject(s, value.toObject(), at, out, depth);

        if (s.contains(QLatin1String("anyOf"))) {
            const QJsonArray alternatives = s.value(QLatin1String("anyOf")).toArray();
            QStringList first;
            bool any = false;
            for (const QJsonValue& alternative : alternatives) {
                QStringList problems;
                check(alternative, value, at, problems, depth + 1);
                if (problems.isEmpty()) {
                    any = true;
                    break;
                }
                if (first.isEmpty())
                    first = problems;
            }
            if (!any)
                out << JsonSchemaText::tr("%1: matches none of the %2 alternatives (the first says: %3)")
                           .arg(shown(at)).arg(alternatives.size()).arg(first.value(0));
        }
        if (s.contains(QLatin1String("oneOf"))) {
            const QJsonArray alternatives = s.value(QLatin1String("oneOf")).toArray();
            QStringList first;
            int matching = 0;
            for (const QJsonValue& alternative : alternatives) {
                QStringList problems;
                check(alternative, value, at, problems, depth + 1);
                if (problems.isEmpty())
                    ++matching;
                else if (first.isEmpty())
                    first = problems;
            }
            if (matching == 0)
                out << JsonSchemaText::tr("%1: matches none of the %2 alternatives (the first says: %3)")
                           .arg(shown(at)).arg(alternatives.size()).arg(first.value(0));
            else if (matching > 1)
                out << JsonSchemaText::tr("%1: matches %2 of the alternatives, exactly one is allowed")
                           .arg(shown(at)).arg(matching);
        }
    }

private:
    static void checkNumber(const QJsonObject& s, double d, const QString& at, QStringList& out)
    {
        if (s.contains(QLatin1String("minimum")) && d < s.value(QLatin1String("minimum")).toDouble())
            out << JsonSchemaText::tr("%1: %2 is below the minimum %3")
                       .arg(shown(at), numberText(d), numberText(s.value(QLatin1String("minimum")).toDouble()));
        if (s.contains(QLatin1String("maximum")) && d > s.value(QLatin1String("maximum")).toDouble())
            out << JsonSchemaText::tr("%1: %2 is above the maximum %3")
                       .arg(shown(at), numberText(d), numberText(s.value(QLatin1String("maximum")).toDouble()));
        if (s.contains(QLatin1String("exclusiveMinimum"))
            && d <= s.value(QLatin1String("exclusiveMinimum")).toDouble())
            out << JsonSchemaText::tr("%1: %2 must be greater than %3")
                       .arg(shown(at), numberText(d),
                            numberText(s.value(QLatin1String("exclusiveMinimum")).toDouble()));
        if (s.contains(QLatin1String("exclusiveMaximum"))
            && d >= s.value(QLatin1String("exclusiveMaximum")).toDouble())
            out << JsonSchemaText::tr("%1: %2 must be less than %3")
                       .arg(shown(at), numberText(d),
                            numberText(s.value(QLatin1String("exclusiveMaximum")).toDouble()));
    }

    static void checkString(const QJsonObject& s, const QString& text, const QString& at, QStringList& out)
    {
        // Lengths in code points, as JSON Schema counts them.
        const qsizetype length = text.toUcs4().size();
        if (s.contains(QLatin1String("minLength")) && length < s.value(QLatin1String("minLength")).toInteger())
            out << JsonSchemaText::tr("%1: is %2 characters long, at least %3 are required")
                       .arg(shown(at)).arg(length).arg(s.value(QLatin1String("minLength")).toInteger());
        if (s.contains(QLatin1String("maxLength")) && length > s.value(QLatin1String("maxLength")).toInteger())
            out << JsonSchemaText::tr("%1: is %2 characters long, at most %3 are allowed")
                       .arg(shown(at)).arg(length).arg(s.value(QLatin1String("maxLength")).toInteger());
        if (s.contains(QLatin1String("pattern"))) {
            // ECMA-262 semantics as JSON Schema says: the pattern may match anywhere unless anchored.
            const QString pattern = s.value(QLatin1String("pattern")).toString();
            if (!QRegularExpression(pattern).match(text).hasMatch())
                out << JsonSchemaText::tr("%1: %2 does not match the pattern %3")
                           .arg(shown(at), valueText(text), pattern);
        }
    }

    void checkArray(const QJsonObject& s, const QJsonArray& array, const QString& at, QStringList& out,
                    int depth) const
    {
        if (s.contains(QLatin1String("minItems")) && array.size() < s.value(QLatin1String("minItems")).toInteger())
            out << JsonSchemaText::tr("%1: has %2 items, at least %3 are required")
                       .arg(shown(at)).arg(array.size()).arg(s.value(QLatin1String("minItems")).toInteger());
        if (s.contains(QLatin1String("maxItems")) && array.size() > s.value(QLatin1String("maxItems")).toInteger())
            out << JsonSchemaText::tr("%1: has %2 items, at most %3 are allowed")
                       .arg(shown(at)).arg(array.size()).arg(s.value(QLatin1String("maxItems")).toInteger());
        if (s.value(QLatin1String("uniqueItems")).toBool()) {
            for (qsizetype i = 1; i < array.size(); ++i)
                for (qsizetype j = 0; j < i; ++j)
                    if (array.at(i) == array.at(j)) {
                        out << JsonSchemaText::tr("%1: %2 repeats item %3")
                                   .arg(appendToken(at, QString::number(i)), valueText(array.at(i)))
                                   .arg(j);
                        break;
                    }
        }
        if (s.contains(QLatin1String("items")))
            for (qsizetype i = 0; i < array.size(); ++i)
                check(s.value(QLatin1String("items")), array.at(i), appendToken(at, QString::number(i)), out,
                      depth + 1);
    }

    void checkObject(const QJsonObject& s, const QJsonObject& object, const QString& at, QStringList& out,
                     int depth) const
    {
        for (const QJsonValue& name : s.value(QLatin1String("required")).toArray())
            if (!object.contains(name.toString()))
                out << JsonSchemaText::tr("%1: is required but missing").arg(appendToken(at, name.toString()));
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        const bool hasAdditional = s.contains(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString here = appendToken(at, it.key());
            if (properties.contains(it.key())) {
                check(properties.value(it.key()), it.value(), here, out, depth + 1);
            } else if (hasAdditional) {
                const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
                if (additional.isBool() && !additional.toBool())
                    out << JsonSchemaText::tr("%1: is not an allowed property here").arg(here);
                else
                    check(additional, it.value(), here, out, depth + 1);
            }
        }
    }

    const QJsonObject& m_root;
};

QJsonValue fillDefaults(const QJsonObject& root, const QJsonValue& schema, const QJsonValue& value, int depth)
{
    if (!schema.isObject() || depth > maxDepth)
        return value;
    const QJsonObject s = schema.toObject();
    QJsonValue result = value;
    if (result.isUndefined() && s.contains(QLatin1String("default")))
        result = s.value(QLatin1String("default"));
    if (s.contains(QLatin1String("$ref"))) {
        const QString ref = s.value(QLatin1String("$ref")).toString();
        if (const std::optional<QJsonValue> target = resolveJsonPointer(root, QStringView(ref).mid(1)))
            result = fillDefaults(root, *target, result, depth + 1);
    }
    if (result.isObject() && s.contains(QLatin1String("properties"))) {
        QJsonObject object = result.toObject();
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonValue filled = fillDefaults(root, it.value(), object.value(it.key()), depth + 1);
            if (!filled.isUndefined())
                object.insert(it.key(), filled);
        }
        result = object;
    }
    if (result.isArray() && s.contains(QLatin1String("items"))) {
        QJsonArray array = result.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = fillDefaults(root, s.value(QLatin1String("items")), array.at(i), depth + 1);
        result = array;
    }
    return result;
}

} // namespace

Result<JsonSchema> JsonSchema::fromJson(const QJsonObject& schema, const QString& origin)
{
    const QString problem = SchemaReader(schema).check(schema, QString());
    if (!problem.isEmpty())
        return fail(JsonSchemaText::tr("%1: %2").arg(origin, problem));
    JsonSchema result;
    result.m_schema = schema;
    result.m_origin = origin;
    return result;
}

Result<JsonSchema> JsonSchema::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(JsonSchemaText::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(JsonSchemaText::tr("%1: not valid JSON at byte %2 (%3)")
                        .arg(path).arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return fail(JsonSchemaText::tr("%1: a schema must be a JSON object").arg(path));
    return fromJson(document.object(), path);
}

QStringList JsonSchema::problems(const QJsonValue& value) const
{
    QStringList out;
    Checker(m_schema).check(m_schema, value, QString(), out, 0);
    return out;
}

Result<void> JsonSchema::validate(const QJsonValue& value, const QString& what) const
{
    const QStringList found = problems(value);
    if (found.isEmpty())
        return {};
    if (found.size() == 1)
        return fail(JsonSchemaText::tr("%1: %2").arg(what, found.first()));
    return fail(JsonSchemaText::tr("%1: %2 (and %n more)", nullptr, int(found.size() - 1)).arg(what, found.first()));
}

QJsonValue JsonSchema::withDefaults(const QJsonValue& value) const
{
    return fillDefaults(m_schema, m_schema, value, 0);
}

} // namespace ioc
