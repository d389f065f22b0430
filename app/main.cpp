// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root (STYLE.md 2): parse the command line, build every service once in dependency
// order, wire them, hand the same instances to QML, load the shell. No business logic here.

#include "app/commandline.h"
#include "app/connectorrun.h"
#include "app/incidentrun.h"
#include "app/visionrun.h"
#include "connect/connectorstatusmodel.h"
#include "connect/quarantinemodel.h"
#include "app/storesetup.h"
#include "auth/accountlistmodel.h"
#include "auth/approvalservice.h"
#include "auth/auditlogmodel.h"
#include "auth/authservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/settings.h"
#include "core/version.h"
#include "demo/demoaccounts.h"
#include "demo/demoprovince.h"
#include "demo/demorehearsal.h"
#include "iocqmlplugins.h"
#include "shell/languagecontroller.h"
#include "shell/activitymonitor.h"
#include "shell/connectorscontroller.h"
#include "shell/sopcontroller.h"
#include "shell/wallcontroller.h"
#include "shell/qmlsingletons.h"
#include "shell/screentour.h"
#include "shell/shellstatus.h"
#include "store/alertlistmodel.h"
#include "store/assetlistmodel.h"
#include "store/caselistmodel.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/journal.h"
#include "video/wallscreens.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "ioc.app", QtWarningMsg)

namespace {

using namespace ioc;
using namespace ioc::app;

// One line on standard error, in UTF-8 whatever the locale, so Vietnamese messages stay readable.
void printError(const QString& message)
{
    std::fprintf(stderr, "iocdesk: %s\n", message.simplified().toUtf8().constData());
}

void printOut(const QString& text) { std::fprintf(stdout, "%s\n", text.toUtf8().constData()); }

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Context for this file's translated texts.
struct Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

// One pass of the tour over the screens the window lists now (less those in `skip`); the self-test
// repeats it in the other language, because retranslation must not break them.
Result<QStringList> tourPass(ScreenTour& tour, QQuickWindow& window, LanguageController& language, const Options& options,
                             const QStringList& skip = {})
{
    ScreenTour::Options tourOptions;
    tourOptions.screenshotDirectory = options.screenshotDirectory;
    tourOptions.skipScreens = skip;
    Result<QStringList> visited = tour.run(window, tourOptions);
    if (visited && options.selfTest) {
        const QString first = language.language();
        const QString other = first == u"vi" ? QStringLiteral("en") : QStringLiteral("vi");
        if (auto switched = language.select(other); !switched)
            visited = switched.error();
        else
            visited = tour.run(window, tourOptions);
        (void)language.select(first);
    }
    return visited;
}

// The tour first shows what a console shows before anyone signs in; in demo mode it then signs the
// demo shift supervisor in, through the same service as the sign-in screen, and visits every screen,
// then the administrator, for the screens only an administrator has (accounts, connectors).
int runScreenTour(ScreenTour& tour, QQuickWindow& window, LanguageController& language, AuthService& auth,
                  const Options& options)
{
    Result<QStringList> visited = tourPass(tour, window, language, options);
    if (visited && options.demo) {
        for (const QString& login : {DemoAccounts::supervisorLogin(), DemoAccounts::administratorLogin()}) {
            const QStringList seen = window.property("screenNames").toStringList();
            if (Result<Session> signedIn = auth.signIn(login, DemoAccounts::passwordOf(login)); !signedIn) {
                visited = signedIn.error();
                break;
            }
            const QStringList before = visited.value();
            visited = tourPass(tour, window, language, options, login == DemoAccounts::supervisorLogin() ? QStringList() : seen);
            if (!visited)
                break;
            visited = before + visited.value();
        }
    }
    if (!visited) {
        printError(options.selfTest ? Startup::tr("self-test failed: %1").arg(visited.errorMessage())
                                    : Startup::tr("screenshots failed: %1").arg(visited.errorMessage()));
        return ExitFailure;
    }
    if (options.selfTest)
        printOut(Startup::tr("self-test passed: %1").arg(visited.value().join(QStringLiteral(", "))));
    else
        printOut(Startup::tr("screenshots written: %1").arg(visited.value().join(QStringLiteral(" "))));
    return ExitOk;
}

// --demo: starts the demo connector and waits (at most a minute) until its seed is in the store, so that
// the first screen shows the province rather than an empty map. Returns why it could not, or nothing.
QString startDemo(ConnectorRun& connectors, const Options& options)
{
    QEventLoop loop;
    bool seeded = false;
    QString error = Startup::tr("the demo connector did not deliver the province within a minute");
    QObject::connect(&connectors.host(), &ConnectorHost::healthChanged, &loop, [&](const ConnectorHealth& health) {
        if (health.connectorId != u"demo")
            return;
        seeded = health.lastSuccess.isValid();
        if (!seeded && !health.lastError.isEmpty())
            error = health.lastError;
        if (seeded || health.state == u"failed" || health.state == u"backing_off")
            loop.quit();
    });
    const QString drop = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo/drop");
    const bool dropReady = ConnectorRun::prepareDemoDrop(drop);
    if (!dropReady)
        qCWarning(lcApp).noquote() << "the demo's CSV drop folder could not be prepared:" << drop;
    connectors.start(ConnectorRun::demoSetup(options.demoSeed, options.demoSpeed, dropReady ? drop : QString()));
    if (connectors.started() == 0)
        return connectors.problems().join(QStringLiteral("; "));
    QTimer::singleShot(std::chrono::minutes(1), &loop, &QEventLoop::quit);
    loop.exec();
    return seeded ? QString() : error;
}

} // namespace

int main(int argc, char** argv)
{
    // Decision 3 of ARCHITECTURE.md: the FFmpeg backend unless the user chose another.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");

    const EarlyChoices early = scanEarly(argc, argv);
    if (early.needsGui && !hasDisplay()) {
        if (!early.capturesOnly) {
            printError(QStringLiteral("no display: DISPLAY is not set. Run under a desktop session or Xvfb, "
                                      "or use --screenshot DIR / --self-test, which render offscreen."));
            return ExitFailure;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
    }

    // Qt Charts needs a QApplication; help, version and headless need no GUI at all.
    std::unique_ptr<QCoreApplication> application = early.needsGui
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setOrganizationName(QStringLiteral("iocdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    logging::install(true);

    // The help and the errors already speak the language asked for (Vietnamese by default).
    LanguageController language;
    const bool earlyLanguageKnown = LanguageController::supportedLanguages().contains(early.language);
    if (auto selected = language.select(earlyLanguageKnown ? early.language : LanguageController::defaultLanguage());
        !selected) {
        printError(selected.errorMessage());
        return ExitFailure;
    }

    CommandLine commandLine;
    const Result<Options> parsed = commandLine.parse(QCoreApplication::arguments());
    if (!parsed) {
        printError(parsed.errorMessage() + QLatin1Char(' ') + Startup::tr("(see iocdesk --help)"));
        return ExitUsage;
    }
    const Options& options = parsed.value();
    if (options.help) {
        printOut(commandLine.helpText());
        return ExitOk;
    }
    if (options.version) {
        printOut(QStringLiteral("iocdesk %1").arg(QString::fromLatin1(kVersion)));
        return ExitOk;
    }

    Result<SettingsSchema> schema = SettingsSchema::load(QStringLiteral(":/settings/iocdesk.settings.json"));
    if (!schema) {
        printError(schema.errorMessage());
        return ExitFailure;
    }
    Settings settings(std::move(schema).value());
    if (!options.configFile.isEmpty()) {
        if (auto loaded = settings.loadFile(options.configFile); !loaded) {
            printError(loaded.errorMessage());
            return ExitUsage;
        }
    }

    const QString languageCode =
        options.language.isEmpty() ? settings.value(QStringLiteral("general.language")).toString() : options.language;
    if (auto selected = language.select(languageCode); !selected) {
        printError(selected.errorMessage());
        return ExitUsage;
    }

    logging::install(settings.value(QStringLiteral("logging.stderr")).toBool());
    logging::setFilterRules(settings.value(QStringLiteral("logging.rules")).toString());
    logging::FileOptions logOptions;
    logOptions.directory = settings.value(QStringLiteral("logging.directory")).toString();
    if (logOptions.directory.isEmpty())
        logOptions.directory = logging::defaultLogDirectory();
    logOptions.maxFileBytes = settings.value(QStringLiteral("logging.maxFileMegabytes")).toLongLong() * 1024 * 1024;
    logOptions.maxFiles = settings.value(QStringLiteral("logging.maxFiles")).toInt();
    const Result<QString> logFile = logging::openLogFile(logOptions);
    if (!logFile) {
        printError(Startup::tr("cannot log: %1").arg(logFile.errorMessage()));
        return ExitUsage;
    }
    qCInfo(lcApp) << "IOC Desk" << kVersion << "logging to" << logFile.value();

    const QString storeUrl = options.database.isEmpty() ? defaultStoreUrl(options.demo) : options.database;
    if (options.verifyJournal)
        return verifyJournal(storeUrl);

    const QString connectorsFile = options.connectorsFile.isEmpty()
        ? settings.value(QStringLiteral("connectors.file")).toString()
        : options.connectorsFile;
    if (options.headless) {
        SystemClock headlessClock;
        return runHeadless(storeUrl, connectorsFile, headlessClock, settings);
    }

    const QList<QScreen*> screens = QGuiApplication::screens();
    if (options.screen && *options.screen >= screens.size()) {
        printError(Startup::tr("--screen %1: this machine has %n screen(s)", nullptr, int(screens.size())).arg(*options.screen));
        return ExitUsage;
    }

    SystemClock clock;
    ShellStatus status(clock, options.demo);
    status.setDensity(settings.value(QStringLiteral("ui.density")).toString());
    QObject::connect(&language, &LanguageController::languageChanged, &status, &ShellStatus::retranslate);

    // The store. A store that cannot be opened does not stop the console: it says why and runs on
    // what it has (nothing stored is touched).
    if (options.demo && options.database.isEmpty())
        removeDemoStore(storeUrl);
    std::unique_ptr<Database> database;
    if (Result<std::unique_ptr<Database>> opened = Database::open(storeUrl); opened) {
        database = std::move(opened).value();
    } else {
        qCCritical(lcApp).noquote() << opened.errorMessage();
        status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "The data store could not be opened: %1"),
                         opened.errorMessage());
        status.setDataHealth(ShellStatus::DataHealth::Down, 0);
    }
    ChangeFeed feed;
    if (database) {
        if (auto listening = feed.listen(*database); !listening) {
            qCWarning(lcApp).noquote() << listening.errorMessage();
            status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Changes from other consoles will not appear: %1"),
                             listening.errorMessage());
        }
    }
    // The connectors: each on its own thread and store connection. --demo runs the demo province's
    // simulator as the connector "demo", through the same host and ingest path as any real source.
    std::unique_ptr<ConnectorRun> connectorRun;
    if (database) {
        connectorRun = std::make_unique<ConnectorRun>(storeUrl, &feed, clock);
        if (options.demo) {
            if (const QString failed = startDemo(*connectorRun, options); !failed.isEmpty()) {
                qCCritical(lcApp).noquote() << failed;
                status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "The demo province could not be loaded: %1"), failed);
            }
            if (Result<DemoProvince> province = DemoProvince::load(); province)
                status.setScope(province.value().province().fullName, int(province.value().wards().size()));
        }
        if (!connectorsFile.isEmpty() && settings.value(QStringLiteral("connectors.run")).toBool())
            connectorRun->startFile(connectorsFile);
        for (const QString& problem : connectorRun->problems())
            status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Connectors: %1"), problem);
    }
    // Accounts and sessions live in the store; without it, a throw-away in-memory store keeps the
    // console usable (sign-in needs a first administrator there, and nothing is kept).
    std::unique_ptr<Database> accountStore;
    if (!database) {
        accountStore = Database::open(QStringLiteral("sqlite::memory:")).value();
    }
    Database& accountDatabase = database ? *database : *accountStore;
    Journal journal(accountDatabase, clock);
    AuthPolicy authPolicy;
    authPolicy.maxFailedSignIns = settings.value(QStringLiteral("auth.maxFailedSignIns")).toInt();
    authPolicy.lockout = std::chrono::seconds(settings.value(QStringLiteral("auth.lockoutSeconds")).toInt());
    authPolicy.sessionTimeout = std::chrono::minutes(
        options.wallProfile.isEmpty() ? settings.value(QStringLiteral("auth.sessionTimeoutMinutes")).toInt() : 0);
    authPolicy.passwordMinLength = settings.value(QStringLiteral("auth.passwordMinLength")).toInt();
    AuthService auth(accountDatabase, journal, clock, authPolicy);
    if (options.demo && database) {
        if (auto provisioned = auth.provision(DemoAccounts::accounts(), QStringLiteral("demo")); !provisioned)
            qCCritical(lcApp).noquote() << provisioned.errorMessage();
        auth.setDemoAccounts(DemoAccounts::forSignInScreen());
    }
    ApprovalService approvals(auth, journal);
    AuditLogModel auditLog(journal, auth);
    AccountListModel accounts(auth, accountDatabase, clock);
    QObject::connect(&auth, &AuthService::sessionChanged, &status, [&status, &auth] {
        status.setUserName(auth.isSignedIn() ? QStringLiteral("%1 · %2").arg(auth.displayName(), auth.roleName()) : QString());
    });
    QObject::connect(&language, &LanguageController::languageChanged, &auth, &AuthService::retranslate);
    ActivityMonitor activity;
    application->installEventFilter(&activity);
    QObject::connect(&activity, &ActivityMonitor::activity, &auth, &AuthService::noteActivity);

    // The alerts and the procedures run where the connectors run (this console, unless a headless node of
    // the centre runs them): the rules see every committed batch.
    std::unique_ptr<IncidentRun> incidents;
    if (database && connectorRun && (options.demo || settings.value(QStringLiteral("connectors.run")).toBool())) {
        incidents = std::make_unique<IncidentRun>(*database, journal, auth, clock, &feed, settings);
        incidents->start(&connectorRun->host());
        for (const QString& problem : incidents->problems())
            status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Alerts and procedures: %1"), problem);
    }
    // The demo: one field report's procedure already worked by the operator, waiting in the approval queue.
    std::unique_ptr<DemoRehearsal> rehearsal;
    if (options.demo && incidents && incidents->sop()) {
        rehearsal = std::make_unique<DemoRehearsal>(*incidents->sop(), auth);
        rehearsal->start();
    }

    // The SOP screen: the procedures this node runs, or (a console without them) the runs read from the
    // shared journal; its timers stay off there, the node that runs the procedures escalates.
    SopTemplateLibrary sopTemplates;
    std::unique_ptr<SopService> sopReader;
    SopService* sopService = incidents ? incidents->sop() : nullptr;
    if (!sopService) {
        if (auto loaded = sopTemplates.loadFolder(QStringLiteral(":/sop/templates")); !loaded)
            status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Alerts and procedures: %1"), loaded.errorMessage());
        sopReader = std::make_unique<SopService>(accountDatabase, journal, auth, sopTemplates, clock);
        sopService = sopReader.get();
    }
    SopController sopController(*sopService, auth);

    MapController mapData(database.get(), &feed, clock);
    mapData.setOnlineTiles(settings.value(QStringLiteral("map.onlineTiles")).toString());
    mapData.refresh();
    // What operators and administrators see of the connectors (the health of every node's, from the store).
    ConnectorStatusModel connectorStatus(database.get(), &feed, clock);
    QuarantineModel quarantine(database.get(), &feed);
    ConnectorsController connectors(auth, connectorStatus, quarantine);
    if (connectorRun) {
        connectorStatus.setDisplayNames(connectorRun->displayNames());
        ConnectorHost& host = connectorRun->host();
        connectors.setCommands({
            [&host](const QString& id) { return host.pollNow(id); },
            [&host](const QString& id, qint64 record, const QString& actor) { return host.retryQuarantined(id, record, actor); },
            [&host](const QString& id, qint64 record, const QString& actor) { return host.discardQuarantined(id, record, actor); }});
        QObject::connect(&host, &ConnectorHost::quarantineHandled, &connectors, &ConnectorsController::onQuarantineHandled);
        connectors.setPluginProblems(connectorRun->problems());
        QObject::connect(&host, &ConnectorHost::problemsChanged, &connectors,
                         [&connectors, run = connectorRun.get()] { connectors.setPluginProblems(run->problems()); });
    }
    connectorStatus.refresh();
    quarantine.refresh();
    QObject::connect(&language, &LanguageController::languageChanged, &connectorStatus, &ConnectorStatusModel::refresh);
    if (database) // without a store the header keeps saying the store is down
        linkDataHealth(connectorStatus, status);
    linkStaleSources(connectors, mapData);

    // The KPI wall: the shipped catalogue judged against what the store holds.
    Catalogue kpiCatalogue;
    if (Result<Catalogue> loaded = Catalogue::load(Catalogue::embeddedPath()); loaded) {
        kpiCatalogue = std::move(loaded).value();
    } else {
        qCCritical(lcApp).noquote() << loaded.errorMessage();
        status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "The indicator catalogue could not be read: %1"),
                         loaded.errorMessage());
    }
    KpiDashboard kpi(database.get(), &feed, clock, std::move(kpiCatalogue));
    kpi.refresh();
    QObject::connect(&language, &LanguageController::languageChanged, &kpi, &KpiDashboard::refresh);
    ExplanationRequests explanations(journal, auth, clock);

    CaseListModel cases(database.get(), &feed);
    AssetListModel assets(database.get(), &feed);
    AlertListModel alerts(database.get(), &feed);
    // What the lists show follows who is signed in: their areas of responsibility (C++ sets it; QML cannot).
    QObject::connect(&auth, &AuthService::sessionChanged, &cases, [&cases, &mapData, &auth] {
        cases.setScope(auth.session().areas);
        mapData.setScope(auth.session().areas);
    });
    cases.refresh();
    assets.refresh();
    alerts.refresh();
    // The alerts screen: the list from the store; the alert view and its actions where this process runs the rules.
    AlertDeskController alertDesk(database.get(), &feed, incidents ? incidents->alerts() : nullptr,
                                  incidents ? incidents->sop() : nullptr, auth, &journal);
    alertDesk.model()->refresh();
    // The camera wall: the cameras from the store; --wall PROFILE shows that profile (its windows are
    // opened below, once QML is loaded).
    WallController wall(database.get(), &feed);
    wall.refresh();
    if (!options.wallProfile.isEmpty()) {
        wall.loadProfile(options.wallProfile);
        if (!wall.error().isEmpty())
            status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Camera wall: %1"), wall.error());
    }
    // Camera analytics: the pipeline on the wall's frames, raising alerts where this console runs them.
    VisionRun vision(database.get(), journal, auth, incidents ? incidents->alerts() : nullptr, options.demo);
    for (const QString& problem : vision.problems())
        status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Camera analytics: %1"), problem);
    QObject::connect(&wall, &WallController::camerasChanged, &status, [&vision, &status] {
        for (const QString& problem : vision.refreshCameras())
            status.addNotice(QT_TRANSLATE_NOOP("ioc::ShellStatus", "Camera analytics: %1"), problem);
    });
    for (const QString& notice : status.notices())
        qCWarning(lcApp).noquote() << notice;

    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Regular.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Bold.ttf"));
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));

    LanguageForeign::instance = &language;
    ShellStatusForeign::instance = &status;
    CasesForeign::instance = &cases;
    AssetsForeign::instance = &assets;
    AlertsForeign::instance = &alerts;
    AuthForeign::instance = &auth;
    MapDataForeign::instance = &mapData;
    KpiForeign::instance = &kpi;
    ExplanationsForeign::instance = &explanations;
    ApprovalsForeign::instance = &approvals;
    AuditLogForeign::instance = &auditLog;
    AccountsForeign::instance = &accounts;
    ConnectorsForeign::instance = &connectors;
    SopForeign::instance = &sopController;
    AlertDeskForeign::instance = &alertDesk;
    WallForeign::instance = &wall;
    VisionForeign::instance = vision.controller();
    // One known style, so that the themed controls look the same on every desktop.
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    language.setEngine(&engine);
    std::unique_ptr<ScreenTour> tour;
    if (options.selfTest || !options.screenshotDirectory.isEmpty())
        tour = std::make_unique<ScreenTour>(engine);

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Ioc/Ui/Main.qml")));
#else
    engine.loadFromModule("Ioc.Ui", "Main");
#endif
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window) {
        printError(Startup::tr("the user interface could not be loaded; the log says why"));
        return ExitFailure;
    }
    window->setProperty("currentScreen", settings.value(QStringLiteral("ui.startScreen")));
    if (options.screen) {
        QScreen* screen = screens.at(*options.screen);
        window->setScreen(screen);
        window->setGeometry(screen->availableGeometry());
    }

    // --wall: one window per screen of the profile, kept on its monitor as monitors come and go.
    std::unique_ptr<QQmlComponent> wallWindowComponent;
    std::vector<std::unique_ptr<QObject>> wallWindows;
    std::unique_ptr<WallScreens> wallScreens;
    if (!options.wallProfile.isEmpty() && !tour) {
        wallWindowComponent = std::make_unique<QQmlComponent>(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Ioc/Ui/wall/WallWindow.qml")));
        QList<ScreenIdentity> wanted;
        for (const WallScreenSetup& setup : wall.wallProfile().screens)
            wanted.append(setup.screen);
        wallScreens = std::make_unique<WallScreens>(wanted, [&](int index) -> QWindow* {
            QObject* created = wallWindowComponent->createWithInitialProperties({{QStringLiteral("screenIndex"), index}});
            if (!created) {
                qCCritical(lcApp).noquote() << "wall window:" << wallWindowComponent->errorString();
                return nullptr;
            }
            wallWindows.emplace_back(created);
            return qobject_cast<QWindow*>(created);
        });
        wallScreens->open();
    }

    if (tour) {
        if (!options.screenshotDirectory.isEmpty())
            window->resize(1920, 1080);
        return runScreenTour(*tour, *window, language, auth, options);
    }
    return application->exec();
}
