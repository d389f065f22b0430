// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/shellstatus.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace ioc {

ShellStatus::ShellStatus(const Clock& clock, bool demoMode, QObject* parent)
    : QObject(parent), m_clock(clock), m_now(clock.now()), m_demoMode(demoMode)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ShellStatus::refresh);
    m_timer.start();
}

QString ShellStatus::clockText() const { return m_now.time().toString(QStringLiteral("HH:mm:ss")); }

QString ShellStatus::dateText() const
{
    // Day name in the interface language (QLocale default follows LanguageController), numeric date
    // in the Vietnamese order that both languages use on the console.
    const QLocale locale;
    return locale.dayName(m_now.date().dayOfWeek(), QLocale::LongFormat) + QStringLiteral(", ")
        + m_now.date().toString(QStringLiteral("dd/MM/yyyy"));
}

QString ShellStatus::dataHealthText() const
{
    switch (m_dataHealth) {
    case DataHealth::None:
        return tr("No data source yet");
    case DataHealth::Ok:
        return tr("%n data source(s) up to date", nullptr, m_dataSourceCount);
    case DataHealth::Stale:
        return tr("Stale data from some sources");
    case DataHealth::Down:
        return tr("A data source is failing");
    }
    return {};
}

QStringList ShellStatus::notices() const
{
    QStringList out;
    for (const Notice& notice : m_notices) {
        QString text = QCoreApplication::translate("ioc::ShellStatus", notice.sourceText);
        if (!notice.argument.isEmpty())
            text = text.arg(notice.argument);
        out.append(text);
    }
    return out;
}

QString ShellStatus::noticesText() const { return notices().join(QStringLiteral("  ·  ")); }

QString ShellStatus::scopeText() const
{
    if (m_provinceName.isEmpty())
        return {};
    return tr("%1 · %n ward(s)", nullptr, m_wardCount).arg(m_provinceName);
}

void ShellStatus::setScope(const QString& provinceName, int wardCount)
{
    m_provinceName = provinceName;
    m_wardCount = wardCount;
    Q_EMIT scopeChanged();
}

void ShellStatus::setUserName(const QString& name)
{
    if (name == m_userName)
        return;
    m_userName = name;
    Q_EMIT userNameChanged();
}

void ShellStatus::setDensity(const QString& density)
{
    if (density == m_density)
        return;
    m_density = density;
    Q_EMIT densityChanged();
}

void ShellStatus::setDataHealth(DataHealth health, int sourceCount)
{
    if (health == m_dataHealth && sourceCount == m_dataSourceCount)
        return;
    m_dataHealth = health;
    m_dataSourceCount = sourceCount;
    Q_EMIT dataHealthChanged();
}

void ShellStatus::addNotice(const char* sourceText, const QString& argument)
{
    m_notices.append(Notice{sourceText, argument});
    Q_EMIT noticesChanged();
}

void ShellStatus::refresh()
{
    const QDateTime now = m_clock.now();
    if (now.toSecsSinceEpoch() == m_now.toSecsSinceEpoch())
        return;
    m_now = now;
    Q_EMIT nowChanged();
}

void ShellStatus::retranslate()
{
    Q_EMIT nowChanged();
    Q_EMIT dataHealthChanged();
    Q_EMIT noticesChanged();
    Q_EMIT scopeChanged();
}

} // namespace ioc
