// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// App-owned singletons for QML (STYLE.md 3): main() builds each service once and sets the instance
// here before loading QML; the engine gets the same object, with C++ ownership. The service classes
// themselves carry no QML macros.

#include "auth/accountlistmodel.h"
#include "auth/approvalservice.h"
#include "auth/auditlogmodel.h"
#include "auth/authservice.h"
#include "kpi/explanationrequests.h"
#include "kpi/kpidashboard.h"
#include "shell/alertdeskcontroller.h"
#include "shell/connectorscontroller.h"
#include "shell/languagecontroller.h"
#include "shell/mapcontroller.h"
#include "shell/shellstatus.h"
#include "shell/sopcontroller.h"
#include "shell/visioncontroller.h"
#include "shell/wallcontroller.h"
#include "store/alertlistmodel.h"
#include "store/assetlistmodel.h"
#include "store/caselistmodel.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace ioc {

template<typename T>
struct AppSingleton {
    static inline T* instance = nullptr;

    static T* create(QQmlEngine*, QJSEngine*)
    {
        Q_ASSERT_X(instance, "AppSingleton", "main() must set the instance before QML is loaded");
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

struct LanguageForeign : AppSingleton<LanguageController> {
    Q_GADGET
    QML_FOREIGN(ioc::LanguageController)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
};

struct ShellStatusForeign : AppSingleton<ShellStatus> {
    Q_GADGET
    QML_FOREIGN(ioc::ShellStatus)
    QML_NAMED_ELEMENT(ShellStatus)
    QML_SINGLETON
};

// The base of the list models, known to QML tools by its properties (count, error, available).
struct RecordListModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::RecordListModel)
    QML_ANONYMOUS
};

struct CasesForeign : AppSingleton<CaseListModel> {
    Q_GADGET
    QML_FOREIGN(ioc::CaseListModel)
    QML_NAMED_ELEMENT(Cases)
    QML_SINGLETON
};

struct AssetsForeign : AppSingleton<AssetListModel> {
    Q_GADGET
    QML_FOREIGN(ioc::AssetListModel)
    QML_NAMED_ELEMENT(Assets)
    QML_SINGLETON
};

struct AlertsForeign : AppSingleton<AlertListModel> {
    Q_GADGET
    QML_FOREIGN(ioc::AlertListModel)
    QML_NAMED_ELEMENT(Alerts)
    QML_SINGLETON
};

struct AuthForeign : AppSingleton<AuthService> {
    Q_GADGET
    QML_FOREIGN(ioc::AuthService)
    QML_NAMED_ELEMENT(Auth)
    QML_SINGLETON
};

struct ApprovalsForeign : AppSingleton<ApprovalService> {
    Q_GADGET
    QML_FOREIGN(ioc::ApprovalService)
    QML_NAMED_ELEMENT(Approvals)
    QML_SINGLETON
};

struct AuditLogForeign : AppSingleton<AuditLogModel> {
    Q_GADGET
    QML_FOREIGN(ioc::AuditLogModel)
    QML_NAMED_ELEMENT(AuditLog)
    QML_SINGLETON
};

struct MapDataForeign : AppSingleton<MapController> {
    Q_GADGET
    QML_FOREIGN(ioc::MapController)
    QML_NAMED_ELEMENT(MapData)
    QML_SINGLETON
};

struct KpiForeign : AppSingleton<KpiDashboard> {
    Q_GADGET
    QML_FOREIGN(ioc::KpiDashboard)
    QML_NAMED_ELEMENT(Kpi)
    QML_SINGLETON
};

struct KpiTileModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::KpiTileModel)
    QML_ANONYMOUS
};

struct ExplanationsForeign : AppSingleton<ExplanationRequests> {
    Q_GADGET
    QML_FOREIGN(ioc::ExplanationRequests)
    QML_NAMED_ELEMENT(Explanations)
    QML_SINGLETON
};

struct AccountsForeign : AppSingleton<AccountListModel> {
    Q_GADGET
    QML_FOREIGN(ioc::AccountListModel)
    QML_NAMED_ELEMENT(Accounts)
    QML_SINGLETON
};

struct ConnectorsForeign : AppSingleton<ConnectorsController> {
    Q_GADGET
    QML_FOREIGN(ioc::ConnectorsController)
    QML_NAMED_ELEMENT(Connectors)
    QML_SINGLETON
};

// The connector screen's models, reached through Connectors (statusModel, quarantineModel).
struct ConnectorStatusModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::ConnectorStatusModel)
    QML_ANONYMOUS
};

struct QuarantineModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::QuarantineModel)
    QML_ANONYMOUS
};

struct SopForeign : AppSingleton<SopController> {
    Q_GADGET
    QML_FOREIGN(ioc::SopController)
    QML_NAMED_ELEMENT(Sop)
    QML_SINGLETON
};

// The SOP screen's models, reached through Sop (runs, steps, timeline).
struct SopRunListModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::SopRunListModel)
    QML_ANONYMOUS
};

// The base of the step and timeline models, known to QML tools by its properties (runId, language, count).
struct SopRunRowsModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::SopRunRowsModel)
    QML_ANONYMOUS
};

struct SopStepListModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::SopStepListModel)
    QML_ANONYMOUS
};

struct SopTimelineModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::SopTimelineModel)
    QML_ANONYMOUS
};

struct AlertDeskForeign : AppSingleton<AlertDeskController> {
    Q_GADGET
    QML_FOREIGN(ioc::AlertDeskController)
    QML_NAMED_ELEMENT(AlertDesk)
    QML_SINGLETON
};

// The alerts screen's list, reached through AlertDesk.model.
struct AlertViewModelForeign {
    Q_GADGET
    QML_FOREIGN(ioc::AlertViewModel)
    QML_ANONYMOUS
};

// The camera wall (layouts, tiles, tours, profiles).
struct WallForeign : AppSingleton<WallController> {
    Q_GADGET
    QML_FOREIGN(ioc::WallController)
    QML_NAMED_ELEMENT(Wall)
    QML_SINGLETON
};

// Camera analytics on the wall: detections for the overlays, the analytics editor, false alarms.
struct VisionForeign : AppSingleton<VisionController> {
    Q_GADGET
    QML_FOREIGN(ioc::VisionController)
    QML_NAMED_ELEMENT(Vision)
    QML_SINGLETON
};

} // namespace ioc
