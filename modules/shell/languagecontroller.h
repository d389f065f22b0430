// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace ioc {

// The language of the user interface: Vietnamese by default, English on request, switched at run time
// without a restart (the QML engine retranslates every qsTr binding). Lives on the GUI thread.
class LanguageController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)

public:
    explicit LanguageController(QObject* parent = nullptr);
    ~LanguageController() override;

    static QStringList supportedLanguages(); // "vi" first: the default
    static QString defaultLanguage() { return QStringLiteral("vi"); }

    QString language() const { return m_language; }
    QStringList languages() const { return supportedLanguages(); }

    // The engine to retranslate when the language changes; may be set before or after select().
    void setEngine(QQmlEngine* engine);

    // Installs the translation for a supported code; on failure the current language stays.
    Result<void> select(const QString& code);

    // For QML: returns false (and logs why) when the code is not supported.
    Q_INVOKABLE bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged();

private:
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
    QString m_language;
};

} // namespace ioc
