// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/recordmapper.h"

#include "connect/internal/statuswords.h"
#include "connect/internal/timeparsing.h"
#include "connect/jsonpointer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVariant>

#include <array>
#include <cmath>
#include <string_view>
#include <variant>

namespace ioc {

namespace {
struct RecordMapperText {
    Q_DECLARE_TR_FUNCTIONS(RecordMapperText)
};
} // namespace

namespace internal {

enum class Kind { Id, Text, Number, Time, Bool, Category, Status, Severity, Sentiment, AssetKind, Object };

struct FieldInfo {
    const char* name;
    Kind kind;
    bool required;
};

using Value = std::variant<std::monostate, QString, double, QDateTime, bool, QJsonObject>;

struct FieldSpec {
    QString name;
    Kind kind = Kind::Text;
    bool required = false;
    int slot = 0;            // index of the field in its target's table (kCaseFields…): where its value goes
    QString path;            // JSON Pointer; empty when the field is a constant
    bool direct = false;     // path is one object key ("/id"): read as item[directKey], without the pointer walk
    QString directKey;       // that key, unescaped
    bool constant = false;
    Value constantValue;     // converted when read
    bool hasDefault = false;
    Value defaultValue;      // converted when read
    QHash<QString, QJsonValue> map;       // exact source text → target value
    QHash<QString, QJsonValue> foldedMap; // foldWords(source text) → target value
    QList<TimeFormat> formats{TimeFormat::Iso};
    double scale = 1;
    bool decimalComma = false;
};

struct MappingSpec {
    RecordMapper::Target target = RecordMapper::Target::Case;
    QString recordType;
    QString source;
    QTimeZone zone;
    QList<FieldSpec> fields;
};

} // namespace internal

namespace {

// The converted values of one record, by slot (FieldSpec::slot): no allocation per record.
constexpr std::size_t kMostFields = 16;
using Values = std::array<internal::Value, kMostFields>;

using internal::FieldInfo;
using internal::FieldSpec;
using internal::Kind;
using internal::MappingSpec;
using internal::TimeFormat;
using internal::Value;

constexpr FieldInfo kCaseFields[] = {
    {"externalId", Kind::Id, true},     {"category", Kind::Category, false}, {"domain", Kind::Text, false},
    {"title", Kind::Text, true},        {"channel", Kind::Text, false},      {"latitude", Kind::Number, false},
    {"longitude", Kind::Number, false}, {"areaCode", Kind::Id, false},       {"status", Kind::Status, false},
    {"severity", Kind::Severity, false}, {"opened", Kind::Time, true},       {"due", Kind::Time, false},
    {"closed", Kind::Time, false},      {"assigneeUnit", Kind::Text, false}, {"satisfied", Kind::Bool, false},
    {"sentiment", Kind::Sentiment, false},
};
constexpr FieldInfo kObservationFields[] = {
    {"assetId", Kind::Id, true}, {"metric", Kind::Text, true}, {"time", Kind::Time, true}, {"value", Kind::Number, true},
};
constexpr FieldInfo kAssetFields[] = {
    {"externalId", Kind::Id, true},     {"kind", Kind::AssetKind, true}, {"name", Kind::Text, true},
    {"latitude", Kind::Number, false},  {"longitude", Kind::Number, false}, {"areaCode", Kind::Id, false},
    {"properties", Kind::Object, false},
};
constexpr FieldInfo kPositionFields[] = {
    {"unitId", Kind::Id, true},          {"time", Kind::Time, true}, {"latitude", Kind::Number, true},
    {"longitude", Kind::Number, true},   {"speedKmh", Kind::Number, false},
};
constexpr FieldInfo kIndicatorValueFields[] = {
    {"indicatorCode", Kind::Id, true}, {"areaCode", Kind::Id, true}, {"period", Kind::Text, true},
    {"plan", Kind::Number, false},     {"actual", Kind::Number, false}, {"updated", Kind::Time, false},
};

struct TargetInfo {
    RecordMapper::Target target;
    const char* name;
    const FieldInfo* fields;
    qsizetype count;
};

const TargetInfo kTargets[] = {
    {RecordMapper::Target::Case, "case", kCaseFields, std::size(kCaseFields)},
    {RecordMapper::Target::Observation, "observation", kObservationFields, std::size(kObservationFields)},
    {RecordMapper::Target::Asset, "asset", kAssetFields, std::size(kAssetFields)},
    {RecordMapper::Target::Position, "position", kPositionFields, std::size(kPositionFields)},
    {RecordMapper::Target::IndicatorValue, "indicatorValue", kIndicatorValueFields, std::size(kIndicatorValueFields)},
};

static_assert(std::size(kCaseFields) <= kMostFields && std::size(kObservationFields) <= kMostFields
              && std::size(kAssetFields) <= kMostFields && std::size(kPositionFields) <= kMostFields
              && std::size(kIndicatorValueFields) <= kMostFields);

// The slot of a target field, found while compiling (a name not in the table does not compile).
template<std::size_t N>
consteval std::size_t slotOf(const FieldInfo (&fields)[N], std::string_view name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (std::string_view(fields[i].name) == name)
            return i;
    throw "not a field of this target";
}

const TargetInfo& targetInfo(RecordMapper::Target target)
{
    for (const TargetInfo& info : kTargets)
        if (info.target == target)
            return info;
    return kTargets[0];
}

constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53

QString numberText(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < kExactIntegerLimit)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

// A source value as a reason shows it: text in quotes, cut after 80 characters.
QString shown(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 80)
            text = text.left(77) + QStringLiteral("...");
        return u'\'' + text + u'\'';
    }
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return RecordMapperText::tr("an array");
    case QJsonValue::Object:
        return RecordMapperText::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

template<typename Enum>
QStringList codesOf(int count)
{
    QStringList codes;
    for (int i = 0; i < count; ++i)
        codes << toCode(static_cast<Enum>(i));
    return codes;
}

// Made once: a status or category is checked against these for every record.
const QStringList& codesOf(Kind kind)
{
    static const QStringList categories = codesOf<CaseCategory>(int(CaseCategory::SocialPost) + 1);
    static const QStringList statuses = codesOf<CaseStatus>(int(CaseStatus::Closed) + 1);
    static const QStringList severities = codesOf<Severity>(int(Severity::Critical) + 1);
    static const QStringList sentiments = codesOf<Sentiment>(int(Sentiment::Negative) + 1);
    static const QStringList assetKinds = codesOf<AssetKind>(int(AssetKind::Facility) + 1);
    static const QStringList none;
    switch (kind) {
    case Kind::Category: return categories;
    case Kind::Status: return statuses;
    case Kind::Severity: return severities;
    case Kind::Sentiment: return sentiments;
    case Kind::AssetKind: return assetKinds;
    default: break;
    }
    return none;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Category: return RecordMapperText::tr("case category");
    case Kind::Status: return RecordMapperText::tr("case status");
    case Kind::Severity: return RecordMapperText::tr("severity");
    case Kind::Sentiment: return RecordMapperText::tr("sentiment");
    case Kind::AssetKind: return RecordMapperText::tr("asset kind");
    default: break;
    }
    return {};
}

// True when foldWords(text) is text itself: lower-case ASCII letters and digits only (most source codes,
// "pending"), so the Unicode normalisation can be skipped.
bool isFolded(QStringView text)
{
    for (const QChar c : text)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

Result<double> toNumber(const FieldSpec& field, const QJsonValue& value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        QString text = value.toString().trimmed();
        if (field.decimalComma)
            text.remove(u'.').replace(u',', u'.');
        static const QRegularExpression numeric(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
        if (!numeric.match(text).hasMatch())
            return fail(RecordMapperText::tr("%1 is not a number").arg(shown(value)));
        number = text.toDouble();
    } else {
        return fail(RecordMapperText::tr("expected a number, got %1").arg(shown(value)));
    }
    if (!std::isfinite(number))
        return fail(RecordMapperText::tr("%1 is not a finite number").arg(shown(value)));
    number *= field.scale;
    if (!std::isfinite(number))
        return fail(RecordMapperText::tr("%1 scaled by %2 is too large").arg(shown(value), numberText(field.scale)));
    return number;
}

Result<Value> convert(const FieldSpec& field, const QJsonValue& given, const QTimeZone& zone)
{
    QJsonValue value = given;
    if (!field.map.isEmpty() && (value.isString() || value.isDouble())) {
        const QString key = value.isString() ? value.toString() : shown(value);
        if (auto it = field.map.constFind(key); it != field.map.constEnd())
            value = *it;
        else if (auto folded = field.foldedMap.constFind(isFolded(key) ? key : internal::foldWords(key));
                 folded != field.foldedMap.constEnd())
            value = *folded;
    }

    switch (field.kind) {
    case Kind::Id:
        if (value.isString())
            return Value(value.toString());
        if (value.isDouble()) {
            // Qt keeps a JSON integer that fits 64 bits exactly; anything read as a double is exact only
            // below 2^53 and without a fraction.
            if (value.toVariant().typeId() == QMetaType::LongLong)
                return Value(QString::number(value.toInteger()));
            const double d = value.toDouble();
            if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < kExactIntegerLimit)
                return Value(QString::number(qint64(d)));
            return fail(RecordMapperText::tr("%1 cannot be used as an identifier exactly (a number with a fraction "
                                             "or beyond 2^53); the source should send it as text")
                            .arg(shown(value)));
        }
        return fail(RecordMapperText::tr("expected text or a whole number, got %1").arg(shown(value)));
    case Kind::Text:
        if (value.isString())
            return Value(value.toString());
        if (value.isDouble() && std::isfinite(value.toDouble()))
            return Value(shown(value));
        return fail(RecordMapperText::tr("expected text, got %1").arg(shown(value)));
    case Kind::Number: {
        Result<double> number = toNumber(field, value);
        if (!number)
            return number.error();
        return Value(number.value());
    }
    case Kind::Time: {
        for (TimeFormat format : field.formats)
            if (std::optional<QDateTime> time = internal::parseTime(value, format, zone))
                return Value(*time);
        QStringList names;
        for (TimeFormat format : field.formats)
            names << internal::timeFormatName(format);
        if (names.size() == 1)
            return fail(RecordMapperText::tr("%1 is not a time in %2").arg(shown(value), names.first()));
        return fail(RecordMapperText::tr("%1 is not a time in any of: %2").arg(shown(value), names.join(QStringLiteral("; "))));
    }
    case Kind::Bool: {
        if (value.isBool())
            return Value(value.toBool());
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return Value(value.toDouble() == 1);
        if (value.isString()) {
            const QString word = internal::foldWords(value.toString());
            static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
                                         QStringLiteral("co"), QStringLiteral("dung")};
            static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
                                        QStringLiteral("khong"), QStringLiteral("sai")};
            if (yes.contains(word))
                return Value(true);
            if (no.contains(word))
                return Value(false);
        }
        return fail(RecordMapperText::tr("%1 is not yes or no").arg(shown(value)));
    }
    case Kind::Object:
        if (value.isObject())
            return Value(value.toObject());
        return fail(RecordMapperText::tr("expected an object, got %1").arg(shown(value)));
    case Kind::Category:
    case Kind::Status:
    case Kind::Severity:
    case Kind::Sentiment:
    case Kind::AssetKind:
        break;
    }

    // Codes.
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        const QStringList& codes = codesOf(field.kind);
        if (codes.contains(text))
            return Value(text);
        if (field.kind == Kind::Status)
            if (std::optional<CaseStatus> status = internal::caseStatusFromWords(text))
                return Value(toCode(*status));
        const QString folded = internal::foldWords(text).replace(u' ', u'_');
        if (codes.contains(folded))
            return Value(folded);
    }
    return fail(RecordMapperText::tr("%1 is not a %2 (%3)")
                    .arg(shown(value), kindName(field.kind), codesOf(field.kind).join(QStringLiteral(", "))));
}

QString str(const Values& values, std::size_t slot)
{
    const Value& value = values[slot];
    return std::holds_alternative<QString>(value) ? std::get<QString>(value) : QString();
}
std::optional<double> num(const Values& values, std::size_t slot)
{
    const Value& value = values[slot];
    if (std::holds_alternative<double>(value))
        return std::get<double>(value);
    return std::nullopt;
}
QDateTime time(const Values& values, std::size_t slot)
{
    const Value& value = values[slot];
    return std::holds_alternative<QDateTime>(value) ? std::get<QDateTime>(value) : QDateTime();
}

// record() names the record in the error; it is only called when there is one (a translated text per
// record costs more than the rest of its mapping).
template<typename Describe>
Result<QGeoCoordinate> position(const Values& values, std::size_t latitudeSlot, std::size_t longitudeSlot, Describe record)
{
    const double latitude = num(values, latitudeSlot).value_or(std::nan(""));
    const double longitude = num(values, longitudeSlot).value_or(std::nan(""));
    if (Result<QGeoCoordinate> where = positionFromDegrees(latitude, longitude, QString()))
        return where;
    return positionFromDegrees(latitude, longitude, record());
}

QByteArray compactJson(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString keyAt(const QString& where, const QString& key) { return where + u'/' + key; }

Result<FieldSpec> readField(const FieldInfo& info, int slot, const QJsonValue& json, const QString& where,
                            const QTimeZone& zone)
{
    FieldSpec field;
    field.slot = slot;
    field.name = QString::fromLatin1(info.name);
    field.kind = info.kind;
    field.required = info.required;
    if (!json.isObject())
        return fail(RecordMapperText::tr("%1: must be an object with \"path\" or \"value\"").arg(where));
    const QJsonObject object = json.toObject();
    static const QStringList known{QStringLiteral("path"), QStringLiteral("value"), QStringLiteral("default"),
                                   QStringLiteral("required"), QStringLiteral("map"), QStringLiteral("time"),
                                   QStringLiteral("number")};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return fail(RecordMapperText::tr("%1: unknown key (known: %2)").arg(keyAt(where, it.key()), known.join(QStringLiteral(", "))));
    if (object.contains(QLatin1String("path")) == object.contains(QLatin1String("value")))
        return fail(RecordMapperText::tr("%1: needs exactly one of \"path\" and \"value\"").arg(where));

    if (object.contains(QLatin1String("required"))) {
        if (!object.value(QLatin1String("required")).isBool())
            return fail(RecordMapperText::tr("%1: must be true or false").arg(keyAt(where, QStringLiteral("required"))));
        field.required = object.value(QLatin1String("required")).toBool();
    }
    if (object.contains(QLatin1String("time"))) {
        if (field.kind != Kind::Time)
            return fail(RecordMapperText::tr("%1: %2 is not a time field").arg(keyAt(where, QStringLiteral("time")), field.name));
        const QJsonValue formats = object.value(QLatin1String("time"));
        const QJsonArray list = formats.isArray() ? formats.toArray() : QJsonArray{formats};
        field.formats.clear();
        for (const QJsonValue& name : list) {
            const std::optional<TimeFormat> format = internal::timeFormatFromName(name.toString());
            if (!format)
                return fail(RecordMapperText::tr("%1: %2 is not a time format (%3)")
                                .arg(keyAt(where, QStringLiteral("time")), shown(name),
                                     internal::timeFormatNames().join(QStringLiteral("; "))));
            field.formats << *format;
        }
        if (field.formats.isEmpty())
            return fail(RecordMapperText::tr("%1: names no time format").arg(keyAt(where, QStringLiteral("time"))));
    }
    if (object.contains(QLatin1String("number"))) {
        const QString at = keyAt(where, QStringLiteral("number"));
        if (field.kind != Kind::Number)
            return fail(RecordMapperText::tr("%1: %2 is not a number field").arg(at, field.name));
        const QJsonObject number = object.value(QLatin1String("number")).toObject();
        for (auto it = number.begin(); it != number.end(); ++it)
            if (it.key() != QLatin1String("scale") && it.key() != QLatin1String("decimalComma"))
                return fail(RecordMapperText::tr("%1: unknown key (known: scale, decimalComma)").arg(keyAt(at, it.key())));
        if (number.contains(QLatin1String("scale"))) {
            const QJsonValue scale = number.value(QLatin1String("scale"));
            if (!scale.isDouble() || !std::isfinite(scale.toDouble()) || scale.toDouble() == 0)
                return fail(RecordMapperText::tr("%1: must be a number other than 0").arg(keyAt(at, QStringLiteral("scale"))));
            field.scale = scale.toDouble();
        }
        field.decimalComma = number.value(QLatin1String("decimalComma")).toBool();
    }
    if (object.contains(QLatin1String("map"))) {
        const QString at = keyAt(where, QStringLiteral("map"));
        if (field.kind == Kind::Number || field.kind == Kind::Time || field.kind == Kind::Object)
            return fail(RecordMapperText::tr("%1: %2 takes no value map").arg(at, field.name));
        if (!object.value(QLatin1String("map")).isObject())
            return fail(RecordMapperText::tr("%1: must be an object of source text to value").arg(at));
        const QJsonObject map = object.value(QLatin1String("map")).toObject();
        FieldSpec plain = field; // checks the map's values without the map
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (Result<Value> checked = convert(plain, it.value(), zone); !checked)
                return fail(RecordMapperText::tr("%1: %2").arg(keyAt(at, it.key()), checked.errorMessage()));
            field.map.insert(it.key(), it.value());
            field.foldedMap.insert(internal::foldWords(it.key()), it.value());
        }
    }
    if (object.contains(QLatin1String("path"))) {
        const QJsonValue path = object.value(QLatin1String("path"));
        if (!path.isString() || !isValidJsonPointer(path.toString()))
            return fail(RecordMapperText::tr("%1: %2 is not a JSON Pointer (\"/a/0/b\")").arg(keyAt(where, QStringLiteral("path")), shown(path)));
        field.path = path.toString();
        // One key ("/id", "/a~1b"): what resolveJsonPointer would find in an object, looked up directly.
        if (field.path.size() > 1 && field.path.indexOf(u'/', 1) < 0) {
            field.direct = true;
            field.directKey = field.path.mid(1).replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        }
    } else {
        field.constant = true;
        const QJsonValue value = object.value(QLatin1String("value"));
        if (isAbsent(value)) {
            if (field.required)
                return fail(RecordMapperText::tr("%1: %2 is required and cannot be empty").arg(keyAt(where, QStringLiteral("value")), field.name));
        } else {
            Result<Value> converted = convert(field, value, zone);
            if (!converted)
                return fail(RecordMapperText::tr("%1: %2").arg(keyAt(where, QStringLiteral("value")), converted.errorMessage()));
            field.constantValue = converted.value();
        }
    }
    if (object.contains(QLatin1String("default")) && !isAbsent(object.value(QLatin1String("default")))) {
        Result<Value> converted = convert(field, object.value(QLatin1String("default")), zone);
        if (!converted)
            return fail(RecordMapperText::tr("%1: %2").arg(keyAt(where, QStringLiteral("default")), converted.errorMessage()));
        field.hasDefault = true;
        field.defaultValue = converted.value();
    }
    return field;
}

QDateTime timeOf(const Case& item, QStringView field)
{
    if (field == QLatin1String("opened"))
        return item.opened;
    if (field == QLatin1String("due"))
        return item.due;
    if (field == QLatin1String("closed"))
        return item.closed;
    return {};
}

template<typename List, typename Get>
QDateTime newest(const List& list, Get get)
{
    QDateTime best;
    for (const auto& item : list) {
        const QDateTime t = get(item);
        if (t.isValid() && (!best.isValid() || t > best))
            best = t;
    }
    return best;
}

} // namespace

Result<RecordMapper> RecordMapper::fromJson(const QJsonObject& mapping, const QString& defaultSource, const QString& where)
{
    auto spec = QSharedPointer<MappingSpec>::create();
    static const QStringList known{QStringLiteral("target"), QStringLiteral("source"), QStringLiteral("timeZone"),
                                   QStringLiteral("fields")};
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (!known.contains(it.key()))
            return fail(RecordMapperText::tr("%1: unknown key (known: %2)").arg(keyAt(where, it.key()), known.join(QStringLiteral(", "))));

    const QString targetName = mapping.value(QLatin1String("target")).toString();
    const TargetInfo* info = nullptr;
    QStringList targetNames;
    for (const TargetInfo& candidate : kTargets) {
        targetNames << QString::fromLatin1(candidate.name);
        if (targetName == QLatin1String(candidate.name))
            info = &candidate;
    }
    if (!info)
        return fail(RecordMapperText::tr("%1: %2 is not a target (%3)")
                        .arg(keyAt(where, QStringLiteral("target")), shown(mapping.value(QLatin1String("target"))),
                             targetNames.join(QStringLiteral(", "))));
    spec->target = info->target;
    spec->recordType = QString::fromLatin1(info->name);

    const QJsonValue source = mapping.value(QLatin1String("source"));
    if (!source.isUndefined() && (!source.isString() || source.toString().isEmpty()))
        return fail(RecordMapperText::tr("%1: must be a non-empty text").arg(keyAt(where, QStringLiteral("source"))));
    spec->source = source.isString() ? source.toString() : defaultSource;

    const QString zoneName = mapping.value(QLatin1String("timeZone")).toString(QStringLiteral("Asia/Ho_Chi_Minh"));
    spec->zone = QTimeZone(zoneName.toUtf8());
    if (!spec->zone.isValid())
        return fail(RecordMapperText::tr("%1: '%2' is not a known time zone").arg(keyAt(where, QStringLiteral("timeZone")), zoneName));

    const QJsonValue fieldsJson = mapping.value(QLatin1String("fields"));
    if (!fieldsJson.isObject())
        return fail(RecordMapperText::tr("%1: must be an object of target field to how to get it").arg(keyAt(where, QStringLiteral("fields"))));
    const QJsonObject fields = fieldsJson.toObject();
    const QString fieldsAt = keyAt(where, QStringLiteral("fields"));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool found = false;
        for (qsizetype i = 0; i < info->count; ++i)
            found = found || it.key() == QLatin1String(info->fields[i].name);
        if (!found) {
            QStringList names;
            for (qsizetype i = 0; i < info->count; ++i)
                names << QString::fromLatin1(info->fields[i].name);
            return fail(RecordMapperText::tr("%1: not a field of %2 (%3)")
                            .arg(keyAt(fieldsAt, it.key()), spec->recordType, names.join(QStringLiteral(", "))));
        }
    }
    for (qsizetype i = 0; i < info->count; ++i) {
        const FieldInfo& fieldInfo = info->fields[i];
        const QString name = QString::fromLatin1(fieldInfo.name);
        if (!fields.contains(name)) {
            if (fieldInfo.required)
                return fail(RecordMapperText::tr("%1: required for a %2, but not mapped").arg(keyAt(fieldsAt, name), spec->recordType));
            continue;
        }
        Result<FieldSpec> field = readField(fieldInfo, int(i), fields.value(name), keyAt(fieldsAt, name), spec->zone);
        if (!field)
            return field.error();
        spec->fields << field.value();
    }
    RecordMapper mapper;
    mapper.m_spec = spec;
    return mapper;
}

RecordMapper::Target RecordMapper::target() const { return m_spec->target; }
QString RecordMapper::recordType() const { return m_spec->recordType; }
QString RecordMapper::source() const { return m_spec->source; }

Result<void> RecordMapper::mapInto(const QJsonObject& item, RecordBatch& batch) const
{
    Values values;
    const QJsonValue document(item);
    for (const FieldSpec& field : m_spec->fields) {
        Value& slot = values[std::size_t(field.slot)];
        if (field.constant) {
            slot = field.constantValue;
            continue;
        }
        std::optional<QJsonValue> found;
        if (field.direct) {
            if (const auto it = item.constFind(field.directKey); it != item.constEnd())
                found = it.value();
        } else {
            found = resolveJsonPointer(document, field.path);
        }
        if (!found || isAbsent(*found)) {
            if (field.hasDefault)
                slot = field.defaultValue;
            else if (field.required)
                return fail(RecordMapperText::tr("%1: is missing (%2 is required)").arg(field.path, field.name));
            continue;
        }
        Result<Value> converted = convert(field, *found, m_spec->zone);
        if (!converted)
            return fail(RecordMapperText::tr("%1: %2").arg(field.path, converted.errorMessage()));
        slot = std::move(converted).value();
    }

    const QString& source = m_spec->source;
    switch (m_spec->target) {
    case Target::Case: {
        constexpr auto& f = kCaseFields;
        Case item;
        item.key = {source, str(values, slotOf(f, "externalId"))};
        if (const QString code = str(values, slotOf(f, "category")); !code.isEmpty())
            item.category = *fromCode<CaseCategory>(code);
        item.domain = str(values, slotOf(f, "domain"));
        item.title = str(values, slotOf(f, "title"));
        item.channel = str(values, slotOf(f, "channel"));
        Result<QGeoCoordinate> where = position(values, slotOf(f, "latitude"), slotOf(f, "longitude"),
                                                [&] { return RecordMapperText::tr("case %1").arg(describe(item.key)); });
        if (!where)
            return where.error();
        item.position = where.value();
        item.areaCode = str(values, slotOf(f, "areaCode"));
        if (const QString code = str(values, slotOf(f, "status")); !code.isEmpty())
            item.status = *fromCode<CaseStatus>(code);
        if (const QString code = str(values, slotOf(f, "severity")); !code.isEmpty())
            item.severity = *fromCode<Severity>(code);
        item.opened = time(values, slotOf(f, "opened"));
        item.due = time(values, slotOf(f, "due"));
        item.closed = time(values, slotOf(f, "closed"));
        item.assigneeUnit = str(values, slotOf(f, "assigneeUnit"));
        if (const Value& satisfied = values[slotOf(f, "satisfied")]; std::holds_alternative<bool>(satisfied))
            item.satisfied = std::get<bool>(satisfied);
        if (const QString code = str(values, slotOf(f, "sentiment")); !code.isEmpty())
            item.sentiment = *fromCode<Sentiment>(code);
        if (Result<void> valid = validate(item); !valid)
            return valid;
        batch.cases.append(std::move(item));
        break;
    }
    case Target::Observation: {
        constexpr auto& f = kObservationFields;
        Observation item;
        item.asset = {source, str(values, slotOf(f, "assetId"))};
        item.metric = str(values, slotOf(f, "metric"));
        item.time = time(values, slotOf(f, "time"));
        item.value = num(values, slotOf(f, "value")).value_or(std::nan(""));
        if (Result<void> valid = validate(item); !valid)
            return valid;
        batch.observations.append(std::move(item));
        break;
    }
    case Target::Asset: {
        constexpr auto& f = kAssetFields;
        Asset item;
        item.key = {source, str(values, slotOf(f, "externalId"))};
        item.kind = *fromCode<AssetKind>(str(values, slotOf(f, "kind")));
        item.name = str(values, slotOf(f, "name"));
        Result<QGeoCoordinate> where = position(values, slotOf(f, "latitude"), slotOf(f, "longitude"),
                                                [&] { return RecordMapperText::tr("asset %1").arg(describe(item.key)); });
        if (!where)
            return where.error();
        item.position = where.value();
        item.areaCode = str(values, slotOf(f, "areaCode"));
        if (const Value& properties = values[slotOf(f, "properties")]; std::holds_alternative<QJsonObject>(properties))
            item.properties = std::get<QJsonObject>(properties);
        if (Result<void> valid = validate(item); !valid)
            return valid;
        batch.assets.append(std::move(item));
        break;
    }
    case Target::Position: {
        constexpr auto& f = kPositionFields;
        UnitPosition item;
        item.unit = {source, str(values, slotOf(f, "unitId"))};
        item.time = time(values, slotOf(f, "time"));
        Result<QGeoCoordinate> where = position(values, slotOf(f, "latitude"), slotOf(f, "longitude"),
                                                [&] { return RecordMapperText::tr("position of %1").arg(describe(item.unit)); });
        if (!where)
            return where.error();
        item.position = where.value();
        item.speedKmh = num(values, slotOf(f, "speedKmh")).value_or(0);
        if (Result<void> valid = validate(item); !valid)
            return valid;
        batch.positions.append(std::move(item));
        break;
    }
    case Target::IndicatorValue: {
        constexpr auto& f = kIndicatorValueFields;
        IndicatorValue item;
        item.indicatorCode = str(values, slotOf(f, "indicatorCode"));
        item.areaCode = str(values, slotOf(f, "areaCode"));
        item.period = str(values, slotOf(f, "period"));
        item.plan = num(values, slotOf(f, "plan"));
        item.actual = num(values, slotOf(f, "actual"));
        item.updated = time(values, slotOf(f, "updated"));
        if (Result<void> valid = validate(item); !valid)
            return valid;
        batch.indicatorValues.append(std::move(item));
        break;
    }
    }
    return {};
}

namespace {

// mapOne, with the raw form and the label made only for a record that goes to quarantine (serialising
// every item again and formatting its label cost a fifth of mapping a page).
template<typename Raw, typename Label>
void mapRecord(const RecordMapper& mapper, const QJsonObject& item, Raw raw, Label label, ConnectorBatch& out)
{
    if (out.records.source.isEmpty())
        out.records.source = mapper.source();
    if (Result<void> mapped = mapper.mapInto(item, out.records); !mapped) {
        out.quarantined.append({mapper.recordType(), raw(), RecordMapperText::tr("%1, %2").arg(label(), mapped.errorMessage())});
        return;
    }
    QDateTime time;
    switch (mapper.target()) {
    case RecordMapper::Target::Case: time = out.records.cases.constLast().opened; break;
    case RecordMapper::Target::Observation: time = out.records.observations.constLast().time; break;
    case RecordMapper::Target::Position: time = out.records.positions.constLast().time; break;
    case RecordMapper::Target::IndicatorValue: time = out.records.indicatorValues.constLast().updated; break;
    case RecordMapper::Target::Asset: break;
    }
    if (time.isValid() && (!out.dataTime.isValid() || time > out.dataTime))
        out.dataTime = time;
}

} // namespace

void RecordMapper::mapAll(const QJsonArray& items, ConnectorBatch& out, qsizetype indexOffset, const QString& label) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const auto name = [&] { return QStringLiteral("%1 %2").arg(label).arg(indexOffset + i); };
        if (!item.isObject()) {
            out.quarantined.append({recordType(), compactJson(item),
                                    RecordMapperText::tr("%1: expected an object, got %2").arg(name(), shown(item))});
            continue;
        }
        mapRecord(*this, item.toObject(), [&] { return compactJson(item); }, name, out);
    }
}

void RecordMapper::mapOne(const QJsonObject& item, const QByteArray& raw, const QString& label, ConnectorBatch& out) const
{
    mapRecord(*this, item, [&] { return raw; }, [&] { return label; }, out);
}

QDateTime RecordMapper::latest(const RecordBatch& batch, const QString& timeField) const
{
    switch (m_spec->target) {
    case Target::Case:
        return newest(batch.cases, [&](const Case& c) { return timeOf(c, timeField); });
    case Target::Observation:
        return timeField == QLatin1String("time") ? newest(batch.observations, [](const Observation& o) { return o.time; }) : QDateTime();
    case Target::Position:
        return timeField == QLatin1String("time") ? newest(batch.positions, [](const UnitPosition& p) { return p.time; }) : QDateTime();
    case Target::IndicatorValue:
        return timeField == QLatin1String("updated") ? newest(batch.indicatorValues, [](const IndicatorValue& v) { return v.updated; }) : QDateTime();
    case Target::Asset:
        break;
    }
    return {};
}

bool RecordMapper::isTimeField(const QString& field) const
{
    const TargetInfo& info = targetInfo(m_spec->target);
    for (qsizetype i = 0; i < info.count; ++i)
        if (field == QLatin1String(info.fields[i].name))
            return info.fields[i].kind == Kind::Time;
    return false;
}

qsizetype firstInvalidUtf8(const QByteArray& text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, code = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, code = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, code = lead & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

Result<QJsonObject> recordFromCsvFields(const QStringList& header, const QList<QByteArray>& fields)
{
    if (fields.size() > header.size())
        return fail(RecordMapperText::tr("%1 fields, but the header names %2 columns").arg(fields.size()).arg(header.size()));
    QJsonObject record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (const qsizetype bad = firstInvalidUtf8(fields.at(i)); bad >= 0)
            return fail(RecordMapperText::tr("column '%1' (%2): invalid UTF-8 at byte %3").arg(header.at(i)).arg(i + 1).arg(bad));
        record.insert(header.at(i), QString::fromUtf8(fields.at(i)));
    }
    return record;
}

} // namespace ioc
