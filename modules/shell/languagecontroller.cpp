// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/languagecontroller.h"

#include "shell/logcategories.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

namespace ioc {

LanguageController::LanguageController(QObject* parent) : QObject(parent) {}

LanguageController::~LanguageController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList LanguageController::supportedLanguages() { return {QStringLiteral("vi"), QStringLiteral("en")}; }

void LanguageController::setEngine(QQmlEngine* engine)
{
    m_engine = engine;
    if (m_engine)
        m_engine->retranslate();
}

Result<void> LanguageController::select(const QString& code)
{
    if (!supportedLanguages().contains(code))
        return fail(tr("unknown language '%1' (available: %2)")
                        .arg(code, supportedLanguages().join(QStringLiteral(", "))));
    if (code == m_language)
        return {};

    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/iocdesk_%1.qm").arg(code);
    if (!translator->load(file))
        return fail(tr("the translation %1 is missing from this build").arg(file));

    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(code == u"vi" ? QStringLiteral("vi_VN") : QStringLiteral("en_GB")));
    m_language = code;
    if (m_engine)
        m_engine->retranslate();
    qCInfo(lcShell) << "language" << code;
    Q_EMIT languageChanged();
    return {};
}

bool LanguageController::setLanguage(const QString& code)
{
    const Result<void> result = select(code);
    if (!result)
        qCWarning(lcShell).noquote() << result.errorMessage();
    return result.ok();
}

} // namespace ioc
