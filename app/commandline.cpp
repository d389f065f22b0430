// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "shell/languagecontroller.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstring>

namespace ioc::app {

namespace {

// QCommandLineParser's own texts, marked here so that lupdate puts them in our translations.
[[maybe_unused]] constexpr const char* kParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

bool isOption(const char* arg, const char* name) { return std::strcmp(arg, name) == 0; }

} // namespace

EarlyChoices scanEarly(int argc, char** argv)
{
    EarlyChoices choices;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (isOption(arg, "--lang") && i + 1 < argc)
            choices.language = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(arg, "--lang=", 7) == 0)
            choices.language = QString::fromLocal8Bit(arg + 7);
        else if (isOption(arg, "-h") || isOption(arg, "--help") || isOption(arg, "-v") || isOption(arg, "--version")
                 || isOption(arg, "--headless") || isOption(arg, "--verify-journal"))
            choices.needsGui = false;
        else if (isOption(arg, "--self-test") || isOption(arg, "--screenshot") || std::strncmp(arg, "--screenshot=", 13) == 0)
            choices.capturesOnly = true;
    }
    return choices;
}

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("IOC Desk: the control-room client of a provincial Intelligent Operations Center."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("demo"), tr("Run on the embedded demo province, fully offline.")},
        {QStringLiteral("config"), tr("Read the settings from <file> (JSON)."), tr("file")},
        {QStringLiteral("db"), tr("The data store: a SQLite file path or postgresql://user@host:port/db."), tr("url")},
        {QStringLiteral("lang"), tr("Language of the interface: vi (default) or en."), tr("language")},
        {QStringLiteral("wall"), tr("Run as the video wall described by <profile>."), tr("profile")},
        {QStringLiteral("screen"), tr("Open the main window on screen number <n> (0 is the first)."), tr("n")},
        {QStringLiteral("headless"), tr("Run connectors, rules and timers without a user interface.")},
        {QStringLiteral("connectors"), tr("Run the connectors described in <file> (JSON)."), tr("file")},
        {QStringLiteral("self-test"), tr("Load the whole interface, show every screen once, exit 0 if all loaded.")},
        {QStringLiteral("screenshot"), tr("Write one PNG per main screen into <dir>, then exit."), tr("dir")},
        {QStringLiteral("verify-journal"), tr("Check the journal's hash chain in the data store, name the first broken entry, exit.")},
        {QStringLiteral("demo-speed"), tr("With --demo: how fast simulated time runs (60 = one minute per second)."), tr("factor")},
        {QStringLiteral("demo-seed"), tr("With --demo: the seed of the demo province and its simulator."), tr("seed")},
    });
}

Result<Options> CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (!m_parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(m_parser.positionalArguments().constFirst()));

    Options options;
    options.help = m_parser.isSet(QStringLiteral("help"));
    options.version = m_parser.isSet(QStringLiteral("version"));
    options.demo = m_parser.isSet(QStringLiteral("demo"));
    options.headless = m_parser.isSet(QStringLiteral("headless"));
    options.selfTest = m_parser.isSet(QStringLiteral("self-test"));
    options.configFile = m_parser.value(QStringLiteral("config"));
    options.wallProfile = m_parser.value(QStringLiteral("wall"));
    options.screenshotDirectory = m_parser.value(QStringLiteral("screenshot"));
    options.connectorsFile = m_parser.value(QStringLiteral("connectors"));
    if (m_parser.isSet(QStringLiteral("connectors")) && options.connectorsFile.isEmpty())
        return fail(tr("--connectors: the file name is empty"));

    if (m_parser.isSet(QStringLiteral("lang"))) {
        options.language = m_parser.value(QStringLiteral("lang"));
        if (!LanguageController::supportedLanguages().contains(options.language))
            return fail(tr("--lang: unknown language '%1' (available: %2)")
                            .arg(options.language, LanguageController::supportedLanguages().join(QStringLiteral(", "))));
    }
    if (m_parser.isSet(QStringLiteral("db"))) {
        options.database = m_parser.value(QStringLiteral("db"));
        if (auto checked = checkDatabase(options.database); !checked)
            return checked.error();
    }
    if (m_parser.isSet(QStringLiteral("screen"))) {
        bool ok = false;
        const int screen = m_parser.value(QStringLiteral("screen")).toInt(&ok);
        if (!ok || screen < 0)
            return fail(tr("--screen: '%1' is not a screen number").arg(m_parser.value(QStringLiteral("screen"))));
        options.screen = screen;
    }
    options.verifyJournal = m_parser.isSet(QStringLiteral("verify-journal"));
    if (m_parser.isSet(QStringLiteral("demo-speed"))) {
        bool ok = false;
        options.demoSpeed = m_parser.value(QStringLiteral("demo-speed")).toDouble(&ok);
        if (!ok || options.demoSpeed < 0.1 || options.demoSpeed > 3600)
            return fail(tr("--demo-speed: '%1' is not a factor between 0.1 and 3600").arg(m_parser.value(QStringLiteral("demo-speed"))));
    }
    if (m_parser.isSet(QStringLiteral("demo-seed"))) {
        bool ok = false;
        options.demoSeed = m_parser.value(QStringLiteral("demo-seed")).toULongLong(&ok);
        if (!ok)
            return fail(tr("--demo-seed: '%1' is not a whole number").arg(m_parser.value(QStringLiteral("demo-seed"))));
    }
    if ((m_parser.isSet(QStringLiteral("demo-speed")) || m_parser.isSet(QStringLiteral("demo-seed"))) && !options.demo)
        return fail(tr("--demo-speed and --demo-seed go with --demo"));
    if (m_parser.isSet(QStringLiteral("wall")) && options.wallProfile.isEmpty())
        return fail(tr("--wall: the profile name is empty"));
    if (m_parser.isSet(QStringLiteral("screenshot")) && options.screenshotDirectory.isEmpty())
        return fail(tr("--screenshot: the folder is empty"));
    if (options.selfTest && !options.screenshotDirectory.isEmpty())
        return fail(tr("--self-test and --screenshot cannot be combined"));
    if (options.headless && (options.selfTest || !options.screenshotDirectory.isEmpty()))
        return fail(tr("--headless has no user interface to test or capture"));
    return options;
}

Result<void> CommandLine::checkDatabase(const QString& value)
{
    if (value.isEmpty())
        return fail(tr("--db: the database is empty"));
    if (value.contains(QStringLiteral("://"))) {
        const QUrl url(value, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (scheme != u"postgresql" && scheme != u"postgres")
            return fail(tr("--db: unsupported database '%1' (use a SQLite file path or postgresql://user@host:port/db)")
                            .arg(url.scheme()));
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(tr("--db: '%1' is not of the form postgresql://user@host:port/db")
                            .arg(url.toDisplayString(QUrl::RemovePassword)));
    }
    return {};
}

} // namespace ioc::app
