// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Words for the codes the store uses. Callers pass Language.language as the last argument so that
// their bindings are evaluated again when the language changes.
QtObject {
    function categoryName(code: string, language: string): string {
        switch (code) {
        case "field_report": return qsTr("Field report")
        case "dossier": return qsTr("Public-service dossier")
        case "complaint": return qsTr("Complaint")
        case "sos": return qsTr("SOS")
        case "security_incident": return qsTr("Security incident")
        case "soc_alert": return qsTr("Cyber-security alert")
        case "social_post": return qsTr("Social media")
        default: return code
        }
    }

    function statusName(code: string, language: string): string {
        switch (code) {
        case "pending": return qsTr("Pending")
        case "in_progress": return qsTr("In progress")
        case "near_due": return qsTr("Near due")
        case "overdue": return qsTr("Overdue")
        case "resolved": return qsTr("Resolved")
        case "closed": return qsTr("Closed")
        default: return code
        }
    }

    function severityName(code: string, language: string): string {
        switch (code) {
        case "low": return qsTr("Low")
        case "medium": return qsTr("Medium")
        case "high": return qsTr("High")
        case "critical": return qsTr("Critical")
        default: return code
        }
    }

    // The status group a case status is shown with (shape + colour, never colour alone).
    function statusGroup(code: string): string {
        switch (code) {
        case "overdue": return "risk"
        case "near_due": return "watch"
        case "resolved":
        case "closed": return "good"
        default: return "none"
        }
    }

    function roleName(code: string, language: string): string {
        switch (code) {
        case "viewer": return qsTr("Viewer")
        case "operator": return qsTr("Operator")
        case "supervisor": return qsTr("Shift supervisor")
        case "leader": return qsTr("Leader")
        case "admin": return qsTr("Administrator")
        default: return code
        }
    }

    function assetKindName(code: string, language: string): string {
        switch (code) {
        case "camera": return qsTr("Camera")
        case "rain_gauge": return qsTr("Rain gauge")
        case "water_station": return qsTr("Water station")
        case "flood_tower": return qsTr("Flood tower")
        case "patrol_unit": return qsTr("Patrol unit")
        case "facility": return qsTr("Facility")
        case "ward": return qsTr("Ward")
        case "province": return qsTr("Province")
        default: return code
        }
    }

    function domainName(code: string, language: string): string {
        switch (code) {
        case "kinh_te": return qsTr("Economy")
        case "tai_chinh": return qsTr("Budget")
        case "cong_thuong": return qsTr("Industry and trade")
        case "dau_tu": return qsTr("Investment")
        case "doanh_nghiep": return qsTr("Businesses")
        case "xa_hoi": return qsTr("Social")
        case "thuong_mai": return qsTr("Commerce")
        case "thuy_san": return qsTr("Fisheries")
        case "du_lich": return qsTr("Tourism")
        case "gia_ca": return qsTr("Prices")
        case "hanh_chinh": return qsTr("Administration")
        case "y_te": return qsTr("Health")
        case "dich_vu_cong": return qsTr("Public services")
        case "phan_anh": return qsTr("Field reports")
        case "moi_truong": return qsTr("Environment")
        case "an_ninh_mang": return qsTr("Cyber security")
        default: return code
        }
    }
}
