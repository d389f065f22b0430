// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// The KPI wall as a leader uses it: tiles judged in C++ with a status word, the detail opened by a
// tap with its explanation and chart, domains chosen by a chip.
TestCase {
    id: testCase
    name: "Dashboards"
    when: windowShown
    visible: true
    width: 1600
    height: 900

    Component {
        id: screenComponent
        DashboardsScreen { width: 1600; height: 900 }
    }

    function test_tilesShowTheirStatusInWords() {
        const screen = createTemporaryObject(screenComponent, testCase)
        verify(Kpi.tiles.count > 0)
        const code = Kpi.tiles.codeAt(0)
        const tile = findChild(screen, "kpiTile_" + code)
        verify(tile, "a tile for " + code)
        const badge = findChild(tile, "tileStatus")
        verify(badge.text.length > 0)
        verify(["risk", "watch", "good", "none"].indexOf(badge.status) >= 0)
    }

    function test_aTapOpensTheDetailWithItsExplanation() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const code = Kpi.tiles.codeAt(0)
        const tile = findChild(screen, "kpiTile_" + code)
        tryVerify(() => tile.width > 0)
        mouseClick(tile)
        const detail = findChild(screen, "indicatorDetail")
        tryCompare(detail, "opened", true)
        compare(detail.code, code)
        verify(findChild(detail.contentItem, "detailExplanation").text.length > 3)
        verify(findChild(detail.contentItem, "detailChart"))
        mouseClick(findChild(detail.contentItem, "closeDetail"))
        tryCompare(detail, "opened", false)
    }

    function test_aDomainChipFilters() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const all = Kpi.tiles.count
        const chip = findChild(screen, "domain_dich_vu_cong")
        verify(chip)
        mouseClick(chip)
        tryCompare(Kpi, "domain", "dich_vu_cong")
        verify(Kpi.tiles.count > 0 && Kpi.tiles.count < all)
        mouseClick(findChild(screen, "domain_all"))
        tryCompare(Kpi, "domain", "")
        compare(Kpi.tiles.count, all)
    }
}
