// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ioc::app {

// Exit codes of iocdesk, as the README lists them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,      // the program could not do its work (UI failed to load, self-test failed)
    ExitUsage = 2,        // what the user gave is wrong: option, value, config file, log folder
    ExitNotAvailable = 3, // the option is valid but its feature is not in this version yet
};

struct Options {
    bool demo = false;
    QString configFile;
    QString database;      // as given: a SQLite path, sqlite:PATH, or postgresql://user@host:port/db
    QString language;      // empty: from the configuration, else Vietnamese
    QString wallProfile;
    std::optional<int> screen;
    bool headless = false;
    QString connectorsFile; // --connectors: the connectors to run (JSON); empty: the setting connectors.file
    bool selfTest = false;
    QString screenshotDirectory;
    bool verifyJournal = false;
    double demoSpeed = 1.0; // simulated seconds per real second
    quint64 demoSeed = 2026;
    bool help = false;
    bool version = false;
};

// Read from the raw arguments before any Qt application object exists: the language to print help
// and errors in, and whether the run needs a GUI application (help, version and headless do not).
struct EarlyChoices {
    QString language;
    bool needsGui = true;
    bool capturesOnly = false; // --self-test or --screenshot: can render without a display
};
EarlyChoices scanEarly(int argc, char** argv);

// The command line, its texts translated into the language installed when it is built.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine) // the context lupdate gives these texts

public:
    CommandLine();

    // A usage error (unknown option, bad value) comes back as an Error whose message says which.
    Result<Options> parse(const QStringList& arguments);
    QString helpText() const { return m_parser.helpText(); }

private:
    static Result<void> checkDatabase(const QString& value);

    QCommandLineParser m_parser;
};

} // namespace ioc::app
