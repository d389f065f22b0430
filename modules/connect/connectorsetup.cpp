// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/connectorsetup.h"

#include "connect/jsonschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace ioc {

struct ConnectorSetupText {
    Q_DECLARE_TR_FUNCTIONS(ConnectorSetupText)
};

namespace {

std::chrono::milliseconds seconds(const QJsonValue& value, std::chrono::milliseconds fallback)
{
    if (!value.isDouble())
        return fallback;
    return std::chrono::milliseconds(qint64(std::llround(value.toDouble() * 1000.0)));
}

const JsonSchema& setupSchema()
{
    static const JsonSchema schema = [] {
        Result<JsonSchema> loaded = JsonSchema::fromFile(QStringLiteral(":/connect/connectors.schema.json"));
        if (!loaded)
            qFatal("the shipped connectors schema is broken: %s", qPrintable(loaded.errorMessage()));
        return std::move(loaded).value();
    }();
    return schema;
}

} // namespace

Result<ConnectorSetup> readConnectorSetup(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ConnectorSetupText::tr("%1: cannot read the connectors file: %2").arg(path, file.errorString()));
    return parseConnectorSetup(file.readAll(), QFileInfo(path).fileName());
}

Result<ConnectorSetup> parseConnectorSetup(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ConnectorSetupText::tr("%1: not valid JSON at byte %2: %3")
                        .arg(origin)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject() || !document.object().value(QStringLiteral("connectors")).isArray())
        return fail(ConnectorSetupText::tr("%1: expected an object with a \"connectors\" list").arg(origin));

    // The top level is checked apart from the connectors, so that one bad connector leaves the others running.
    ConnectorSetup setup;
    QJsonObject top = document.object();
    const QJsonArray items = top.take(QStringLiteral("connectors")).toArray();
    top.insert(QStringLiteral("connectors"), QJsonArray());
    for (const QString& problem : setupSchema().problems(top))
        setup.problems.append(QStringLiteral("%1: %2").arg(origin, problem));

    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject wrapper;
        wrapper.insert(QStringLiteral("connectors"), QJsonArray{items.at(i)});
        const QStringList problems = setupSchema().problems(wrapper);
        if (!problems.isEmpty()) {
            for (QString problem : problems) {
                // "/connectors/0/…" is the item's own pointer: give the real index.
                problem.replace(QStringLiteral("/connectors/0"), QStringLiteral("/connectors/%1").arg(i));
                setup.problems.append(QStringLiteral("%1: %2").arg(origin, problem));
            }
            continue;
        }
        const QJsonObject item = setupSchema().withDefaults(wrapper).toObject()
                                     .value(QStringLiteral("connectors")).toArray().at(0).toObject();
        ConnectorInstanceSettings settings;
        settings.id = item.value(QStringLiteral("id")).toString();
        if (seen.contains(settings.id)) {
            setup.problems.append(ConnectorSetupText::tr("%1: /connectors/%2/id: \"%3\" is already used by an earlier connector")
                                      .arg(origin).arg(i).arg(settings.id));
            continue;
        }
        seen.insert(settings.id);
        settings.plugin = item.value(QStringLiteral("plugin")).toString();
        settings.name = item.value(QStringLiteral("name")).toString();
        settings.enabled = item.value(QStringLiteral("enabled")).toBool(true);
        settings.interval = seconds(item.value(QStringLiteral("intervalSeconds")), settings.interval);
        settings.staleAfter = seconds(item.value(QStringLiteral("staleAfterSeconds")), 3 * settings.interval);
        const QJsonObject retry = item.value(QStringLiteral("retry")).toObject();
        settings.retryInitial = seconds(retry.value(QStringLiteral("initialSeconds")), settings.retryInitial);
        settings.retryMaximum = seconds(retry.value(QStringLiteral("maximumSeconds")), settings.retryMaximum);
        const QJsonObject breaker = item.value(QStringLiteral("breaker")).toObject();
        settings.breakerFailures = breaker.value(QStringLiteral("failures")).toInt(settings.breakerFailures);
        settings.breakerOpen = seconds(breaker.value(QStringLiteral("openSeconds")), settings.breakerOpen);
        settings.config = item.value(QStringLiteral("config")).toObject();
        setup.connectors.append(settings);
    }
    return setup;
}

} // namespace ioc
