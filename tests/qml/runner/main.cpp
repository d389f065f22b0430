// SPDX-License-Identifier: GPL-3.0-or-later
// Quick Test runner: the same app-owned singletons as the program, with a clock fixed at
// 2026-11-22 09:30:00 so that tests can read the header, and a small SQLite store holding two wards
// and four cases (tests/qml/cases/tst_cases.qml relies on them), and three accounts: "vanhanh"
// (operator), "truongca" (shift supervisor) and "quantri" (administrator), all with the password
// "Ca-Mau-2026!". The supervisor is signed in when a test starts; tests of the sign-in sign out first.
// Connectors: "rain" (healthy) and "traffic" (failing, two records held in quarantine); the commands
// succeed without a host; one plugin problem is listed.
// SOP: the shipped templates; one run of "intrusion" started by the rules ("system") for the alert
// "rules/intrusion-cam1" in Tân Thành, its first step ("Look at the camera", a yes/no check) active.
// Alerts (AlertDesk): a real AlertService with the shipped rules raised a critical rain alert at 09:00 and a
// medium one at 09:10 near patrol unit "CA-TT-01" (about 400 m) and camera "CAM-TT-01"; no SOP service.
// Vision: a real VisionPipeline on that AlertService over the wall's cameras, no analytics configured
// (tests save their own through Vision.saveConfig; configs and snapshots in the temporary folder).

#include "auth/accountlistmodel.h"
#include "auth/approvalservice.h"
#include "auth/auditlogmodel.h"
#include "alerts/alertservice.h"
#include "auth/authservice.h"
#include "connect/internal/connectorstate.h"
#include "core/clock.h"
#include "iocqmlplugins.h"
#include "shell/languagecontroller.h"
#include "shell/qmlsingletons.h"
#include "shell/shellstatus.h"
#include "shell/sopcontroller.h"
#include "shell/visioncontroller.h"
#include "shell/wallcontroller.h"
#include "sop/sopservice.h"
#include "sop/soptemplate.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/ingest.h"
#include "store/journal.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonObject>
#include <QApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

class Setup : public QObject {
    Q_OBJECT

public:
    Setup() : m_clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30))) {}

public Q_SLOTS:
    void applicationAvailable()
    {
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Regular.ttf"));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_status = std::make_unique<ioc::ShellStatus>(m_clock, false); // its timer needs the application
        auto opened = ioc::Database::open(m_dir.filePath(QStringLiteral("qmltest.sqlite")));
        if (!opened)
            qFatal("%s", qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        const auto written = ioc::Ingest(*m_database, &m_feed).write(sampleData());
        if (!written)
            qFatal("%s", qPrintable(written.errorMessage()));
        m_cases = std::make_unique<ioc::CaseListModel>(m_database.get(), &m_feed);
        m_assets = std::make_unique<ioc::AssetListModel>(m_database.get(), &m_feed);
        m_alerts = std::make_unique<ioc::AlertListModel>(m_database.get(), &m_feed);
        m_cases->refresh();
        m_assets->refresh();
        m_alerts->refresh();
        m_journal = std::make_unique<ioc::Journal>(*m_database, m_clock);
        m_auth = std::make_unique<ioc::AuthService>(*m_database, *m_journal, m_clock, ioc::AuthPolicy(),
                                                    ioc::PasswordHasher(ioc::PasswordHasher::Cost::minimum()));
        const QString password = QStringLiteral("Ca-Mau-2026!");
        const auto provisioned = m_auth->provision(
            {{QStringLiteral("vanhanh"), QStringLiteral("Trần Thị Mai"), ioc::Role::Operator, {}, {}, password, {}},
             {QStringLiteral("truongca"), QStringLiteral("Lê Văn Hùng"), ioc::Role::Supervisor, {}, {}, password, {}},
             {QStringLiteral("quantri"), QStringLiteral("Phạm Quốc Anh"), ioc::Role::Admin, {}, {}, password, {}}},
            QStringLiteral("qmltest"));
        if (!provisioned)
            qFatal("%s", qPrintable(provisioned.errorMessage()));
        if (!m_auth->signIn(QStringLiteral("truongca"), password))
            qFatal("the test supervisor cannot sign in");
        m_approvals = std::make_unique<ioc::ApprovalService>(*m_auth, *m_journal);
        auto catalogue = ioc::Catalogue::load(ioc::Catalogue::embeddedPath());
        if (!catalogue)
            qFatal("%s", qPrintable(catalogue.errorMessage()));
        m_kpi = std::make_unique<ioc::KpiDashboard>(m_database.get(), &m_feed, m_clock, std::move(catalogue).value());
        m_kpi->refresh();
        m_explanations = std::make_unique<ioc::ExplanationRequests>(*m_journal, *m_auth, m_clock);
        m_mapData = std::make_unique<ioc::MapController>(m_database.get(), &m_feed, m_clock);
        m_mapData->refresh();
        m_auditLog = std::make_unique<ioc::AuditLogModel>(*m_journal, *m_auth);
        m_accounts = std::make_unique<ioc::AccountListModel>(*m_auth, *m_database, m_clock);
        writeConnectors();
        m_connectorStatus = std::make_unique<ioc::ConnectorStatusModel>(m_database.get(), &m_feed, m_clock);
        m_connectorStatus->setDisplayNames({{QStringLiteral("rain"), QStringLiteral("Trạm đo mưa")}});
        m_quarantine = std::make_unique<ioc::QuarantineModel>(m_database.get(), &m_feed);
        m_quarantine->refresh();
        m_connectors = std::make_unique<ioc::ConnectorsController>(*m_auth, *m_connectorStatus, *m_quarantine);
        auto accepted = [](const QString&, qint64, const QString&) { return ioc::Result<void>(); };
        m_connectors->setCommands({[](const QString&) { return ioc::Result<void>(); }, accepted, accepted});
        m_connectors->setPluginProblems({QStringLiteral("connector plugin libiocconnector_old.so rejected: sdk 0 is not 1")});
        startSop();
        writeAlerts();
        startWall();
        startVision();
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QObject::connect(&m_language, &ioc::LanguageController::languageChanged, m_status.get(),
                         &ioc::ShellStatus::retranslate);
        (void)m_language.select(ioc::LanguageController::defaultLanguage());
        m_language.setEngine(engine);
        ioc::LanguageForeign::instance = &m_language;
        ioc::ShellStatusForeign::instance = m_status.get();
        ioc::CasesForeign::instance = m_cases.get();
        ioc::AssetsForeign::instance = m_assets.get();
        ioc::AlertsForeign::instance = m_alerts.get();
        ioc::AuthForeign::instance = m_auth.get();
        ioc::MapDataForeign::instance = m_mapData.get();
        ioc::KpiForeign::instance = m_kpi.get();
        ioc::ExplanationsForeign::instance = m_explanations.get();
        ioc::ApprovalsForeign::instance = m_approvals.get();
        ioc::AuditLogForeign::instance = m_auditLog.get();
        ioc::AccountsForeign::instance = m_accounts.get();
        ioc::ConnectorsForeign::instance = m_connectors.get();
        ioc::SopForeign::instance = m_sop.get();
        ioc::AlertDeskForeign::instance = m_alertDesk.get();
        ioc::WallForeign::instance = m_wall.get();
        ioc::VisionForeign::instance = m_vision.get();
    }

private:
    // The wall: its own cameras (not the store's): three playing the shipped clips (demo:), one whose
    // URL points at nothing on the loopback (its tile fails with a reason), profiles in the temporary folder.
    void startWall()
    {
        using namespace ioc;
        m_wall = std::make_unique<WallController>(nullptr, nullptr);
        m_wall->setProfileFolder(m_dir.filePath(QStringLiteral("wall")));
        auto camera = [](const QString& id, const QString& name, const QString& url) {
            Asset asset;
            asset.key = {QStringLiteral("qmltest"), id};
            asset.kind = AssetKind::Camera;
            asset.name = name;
            asset.position = QGeoCoordinate(9.17, 105.15);
            asset.properties = {{QStringLiteral("road"), QStringLiteral("Lý Thường Kiệt")},
                                {QStringLiteral("streams"), QJsonArray{QJsonObject{{QStringLiteral("url"), url}}}}};
            return asset;
        };
        m_wallCameras = {camera(QStringLiteral("CAM-W1"), QStringLiteral("Camera 1 sân trường"), QStringLiteral("demo:vtest_h264.mp4")),
                                 camera(QStringLiteral("CAM-W2"), QStringLiteral("Camera 2 bãi xe"), QStringLiteral("demo:intel_car-detection.mp4")),
                                 camera(QStringLiteral("CAM-W3"), QStringLiteral("Camera 3 hành lang"), QStringLiteral("demo:intel_one-by-one-person-detection.mp4")),
                                 camera(QStringLiteral("CAM-W4"), QStringLiteral("Camera 4 hỏng"), QStringLiteral("rtsp://127.0.0.1:9/none"))};
        m_wall->setCameraAssets(m_wallCameras);
    }

    void startVision()
    {
        m_pipeline = std::make_unique<ioc::VisionPipeline>(m_alertService.get(), m_journal.get(),
                                                           m_dir.filePath(QStringLiteral("vision/snapshots")), 2);
        m_vision = std::make_unique<ioc::VisionController>(m_pipeline.get(), *m_auth, m_dir.filePath(QStringLiteral("vision")));
        m_vision->setCameras(m_wallCameras);
    }

    void startSop()
    {
        const auto refused = m_sopTemplates.loadFolder(QStringLiteral(":/sop/templates"));
        if (!refused || !refused.value().isEmpty())
            qFatal("the shipped SOP templates do not load");
        m_sopService = std::make_unique<ioc::SopService>(*m_database, *m_journal, *m_auth, m_sopTemplates, m_clock);
        const auto started = m_sopService->startAutomatically(
            QStringLiteral("intrusion"),
            {QStringLiteral("alert:rules/intrusion-cam1"), QStringLiteral("rules/intrusion-cam1"),
             QStringLiteral("Xâm nhập khu vực cấm — camera cổng Tân Thành"), QStringLiteral("32002"),
             QStringLiteral("Phường Tân Thành")});
        if (!started)
            qFatal("%s", qPrintable(started.errorMessage()));
        m_sop = std::make_unique<ioc::SopController>(*m_sopService, *m_auth);
    }

    void writeAlerts()
    {
        using namespace ioc;
        const QGeoCoordinate flood(9.1769, 105.1524);
        IngestBatch batch;
        Asset unit;
        unit.key = {QStringLiteral("qmltest"), QStringLiteral("CA-TT-01")};
        unit.kind = AssetKind::PatrolUnit;
        unit.name = QStringLiteral("Tổ tuần tra Tân Thành");
        unit.position = QGeoCoordinate(flood.latitude() + 400 / 111195.0, flood.longitude());
        unit.areaCode = QStringLiteral("32002");
        unit.properties = {{QStringLiteral("callSign"), QStringLiteral("CA-TT-01")}};
        Asset camera = unit;
        camera.key = {QStringLiteral("qmltest"), QStringLiteral("CAM-TT-01")};
        camera.kind = AssetKind::Camera;
        camera.name = QStringLiteral("Camera ngã tư Tân Thành");
        camera.properties = {};
        batch.assets = {unit, camera};
        if (const auto written = Ingest(*m_database, &m_feed).write(batch); !written)
            qFatal("%s", qPrintable(written.errorMessage()));
        auto rules = AlertRuleSet::load(AlertRuleSet::embeddedPath());
        if (!rules)
            qFatal("%s", qPrintable(rules.errorMessage()));
        m_alertService = std::make_unique<AlertService>(*m_database, *m_journal, *m_auth, m_clock, std::move(rules).value(),
                                                        AlertServiceConfig(), &m_feed);
        if (const auto started = m_alertService->start(); !started)
            qFatal("%s", qPrintable(started.errorMessage()));
        const QDateTime start = m_clock.now();
        const struct {
            const char* id;
            Severity severity;
            int minute;
            QGeoCoordinate position;
        } raised[] = {{"RG-TT", Severity::Critical, 0, flood}, {"RG-BL", Severity::Medium, 10, QGeoCoordinate(9.29, 105.72)}};
        for (const auto& r : raised) {
            m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(9, r.minute)));
            AlertCandidate c;
            c.rule = QStringLiteral("rain-over-threshold");
            c.domain = QStringLiteral("thoi_tiet");
            c.severity = r.severity;
            c.subject = QStringLiteral("asset:qmltest/") + QLatin1String(r.id);
            c.title = QStringLiteral("Mưa vượt ngưỡng tại ") + QLatin1String(r.id);
            c.position = r.position;
            c.areaCode = QStringLiteral("32002");
            c.episodeKey = QStringLiteral("rain-over-threshold/qmltest/%1/20261122T0900").arg(QLatin1String(r.id));
            c.facts = {{QStringLiteral("metric"), QStringLiteral("rain_mm_h")}, {QStringLiteral("value"), 72.4}};
            if (const auto done = m_alertService->raise(c); !done)
                qFatal("%s", qPrintable(done.errorMessage()));
        }
        m_clock.set(start);
        m_alertDesk = std::make_unique<AlertDeskController>(m_database.get(), &m_feed, m_alertService.get(), nullptr, *m_auth,
                                                            m_journal.get());
        m_alertDesk->model()->refresh();
    }

    void writeConnectors()
    {
        const QDateTime now = m_clock.now();
        ioc::ConnectorHealth rain;
        rain.connectorId = QStringLiteral("rain");
        rain.plugin = QStringLiteral("rest-json");
        rain.node = QStringLiteral("qmltest:1");
        rain.state = QStringLiteral("idle");
        rain.lastError = QStringLiteral("");
        rain.lastSuccess = now.addSecs(-60);
        rain.dataTime = now.addSecs(-60);
        rain.recordsToday = 120;
        rain.recordsDay = now.date().toString(Qt::ISODate);
        rain.recentAttempts = 10;
        rain.staleAfterMs = 600000;
        rain.updated = now;
        ioc::ConnectorHealth traffic = rain;
        traffic.connectorId = QStringLiteral("traffic");
        traffic.state = QStringLiteral("backing_off");
        traffic.lastError = QStringLiteral("HTTP 503 from https://traffic.example.vn/api");
        traffic.lastErrorAt = now.addSecs(-30);
        traffic.recentFailures = 4;
        traffic.consecutiveFailures = 4;
        const QList<ioc::QuarantinedRecord> held = {
            {QStringLiteral("observation"), QByteArray("{\"speed\": -5}"), QStringLiteral("/speed: below 0")},
            {QStringLiteral("observation"), QByteArray("{\"road\": \"L\xfd Th\xb0\"}"), QStringLiteral("not UTF-8")}};
        for (const auto& written : {ioc::internal::saveHealth(*m_database, rain), ioc::internal::saveHealth(*m_database, traffic),
                                    ioc::internal::insertQuarantined(*m_database, QStringLiteral("traffic"), held, now)}) {
            if (!written)
                qFatal("%s", qPrintable(written.errorMessage()));
        }
    }

    static ioc::IngestBatch sampleData()
    {
        using namespace ioc;
        IngestBatch batch;
        batch.areas = {{QStringLiteral("32002"), QStringLiteral("Tân Thành"), QStringLiteral("Phường Tân Thành"),
                        QStringLiteral("Tan Thanh"), AreaLevel::Ward, QStringLiteral("96"), 25, {}, {}},
                       {QStringLiteral("31825"), QStringLiteral("Bạc Liêu"), QStringLiteral("Phường Bạc Liêu"),
                        QStringLiteral("Bac Lieu"), AreaLevel::Ward, QStringLiteral("96"), 6, {}, {}}};
        const QDateTime base(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
        const struct {
            const char16_t* id;
            CaseCategory category;
            CaseStatus status;
            const char16_t* title;
            const char16_t* area;
        } rows[] = {
            {u"PAHT.20261122.0001", CaseCategory::FieldReport, CaseStatus::Overdue, u"Ổ gà lớn trên đường Trần Hưng Đạo", u"32002"},
            {u"PAHT.20261122.0002", CaseCategory::FieldReport, CaseStatus::Pending, u"Rác thải tập kết sai nơi quy định", u"31825"},
            {u"000.00.32.H12-261122-0001", CaseCategory::Dossier, CaseStatus::NearDue, u"Cấp giấy phép xây dựng", u"32002"},
            {u"SOS-0001", CaseCategory::Sos, CaseStatus::InProgress, u"Nhà bị ngập sâu, cần sơ tán người già", u"31825"},
        };
        int minute = 0;
        for (const auto& row : rows) {
            Case item;
            item.key = {QStringLiteral("qmltest"), QString::fromUtf16(row.id)};
            item.category = row.category;
            item.status = row.status;
            item.title = QString::fromUtf16(row.title);
            item.areaCode = QString::fromUtf16(row.area);
            item.opened = base.addSecs(60 * ++minute);
            batch.cases.append(item);
        }
        return batch;
    }

    QTemporaryDir m_dir;
    ioc::ChangeFeed m_feed;
    std::unique_ptr<ioc::Database> m_database;
    std::unique_ptr<ioc::CaseListModel> m_cases;
    std::unique_ptr<ioc::AssetListModel> m_assets;
    std::unique_ptr<ioc::AlertListModel> m_alerts;
    ioc::ManualClock m_clock;
    std::unique_ptr<ioc::Journal> m_journal;
    std::unique_ptr<ioc::AuthService> m_auth;
    std::unique_ptr<ioc::ApprovalService> m_approvals;
    std::unique_ptr<ioc::AuditLogModel> m_auditLog;
    std::unique_ptr<ioc::MapController> m_mapData;
    std::unique_ptr<ioc::KpiDashboard> m_kpi;
    std::unique_ptr<ioc::ExplanationRequests> m_explanations;
    std::unique_ptr<ioc::AccountListModel> m_accounts;
    std::unique_ptr<ioc::ConnectorStatusModel> m_connectorStatus;
    std::unique_ptr<ioc::QuarantineModel> m_quarantine;
    std::unique_ptr<ioc::ConnectorsController> m_connectors;
    ioc::SopTemplateLibrary m_sopTemplates;
    std::unique_ptr<ioc::SopService> m_sopService;
    std::unique_ptr<ioc::SopController> m_sop;
    std::unique_ptr<ioc::AlertService> m_alertService;
    std::unique_ptr<ioc::AlertDeskController> m_alertDesk;
    std::unique_ptr<ioc::WallController> m_wall;
    QList<ioc::Asset> m_wallCameras;
    std::unique_ptr<ioc::VisionPipeline> m_pipeline;
    std::unique_ptr<ioc::VisionController> m_vision;
    ioc::LanguageController m_language;
    std::unique_ptr<ioc::ShellStatus> m_status;
};

// Qt Charts needs a QApplication (QT64.md); quick_test_main uses the application that exists.
int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "ioc", nullptr, &setup);
}

#include "main.moc"
