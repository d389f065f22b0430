// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace ioc {

class Clock;

// What the shell's header shows: the time, the signed-in user, the health of the data feeds, the
// run mode and the notices the program wants the operator to read (an option not available yet, a
// setting that could not be applied). Lives on the GUI thread.
class ShellStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
    Q_PROPERTY(QString clockText READ clockText NOTIFY nowChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY nowChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userNameChanged)
    Q_PROPERTY(bool demoMode READ demoMode CONSTANT)
    Q_PROPERTY(QString density READ density NOTIFY densityChanged)
    Q_PROPERTY(DataHealth dataHealth READ dataHealth NOTIFY dataHealthChanged)
    Q_PROPERTY(int dataSourceCount READ dataSourceCount NOTIFY dataHealthChanged)
    Q_PROPERTY(QString dataHealthText READ dataHealthText NOTIFY dataHealthChanged)
    Q_PROPERTY(QString scopeText READ scopeText NOTIFY scopeChanged)
    Q_PROPERTY(QStringList notices READ notices NOTIFY noticesChanged)
    Q_PROPERTY(QString noticesText READ noticesText NOTIFY noticesChanged)

public:
    // None: no data source is configured yet; Stale: some source's data is older than it should be;
    // Down: some source is failing.
    enum class DataHealth { None, Ok, Stale, Down };
    Q_ENUM(DataHealth)

    ShellStatus(const Clock& clock, bool demoMode, QObject* parent = nullptr);

    QDateTime now() const { return m_now; }
    QString clockText() const;
    QString dateText() const;
    QString userName() const { return m_userName; }
    bool demoMode() const { return m_demoMode; }
    QString density() const { return m_density; }
    DataHealth dataHealth() const { return m_dataHealth; }
    int dataSourceCount() const { return m_dataSourceCount; }
    QString dataHealthText() const;
    QStringList notices() const;
    // What this console watches, e.g. "Tỉnh Cà Mau · 64 xã, phường"; empty until a province is loaded.
    QString scopeText() const;
    QString noticesText() const; // the notices on one line, for the header

    void setUserName(const QString& name);
    void setDensity(const QString& density);
    void setDataHealth(DataHealth health, int sourceCount);
    void setScope(const QString& provinceName, int wardCount);

    // A notice shown in the header until the program ends. sourceText is an English string marked with
    // QT_TRANSLATE_NOOP("ioc::ShellStatus", …); it is translated each time it is read, so it follows
    // the language; "%1" in it is replaced by argument.
    void addNotice(const char* sourceText, const QString& argument = QString());

    // Re-reads the clock now (the timer does it every second).
    Q_INVOKABLE void refresh();

    // Called when the language changes: every translated text is read again.
    void retranslate();

Q_SIGNALS:
    void nowChanged();
    void userNameChanged();
    void densityChanged();
    void dataHealthChanged();
    void noticesChanged();
    void scopeChanged();

private:
    struct Notice {
        const char* sourceText;
        QString argument;
    };

    const Clock& m_clock;
    QTimer m_timer;
    QDateTime m_now;
    QString m_userName;
    bool m_demoMode;
    QString m_density = QStringLiteral("console");
    DataHealth m_dataHealth = DataHealth::None;
    int m_dataSourceCount = 0;
    QList<Notice> m_notices;
    QString m_provinceName;
    int m_wardCount = 0;
};

} // namespace ioc
