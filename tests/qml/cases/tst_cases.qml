// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Shell
import Ioc.Ui

// The cases screen lists what the store holds, and its filters reach the C++ model.
TestCase {
    id: testCase
    name: "Cases"
    when: windowShown
    width: 1600
    height: 900
    visible: true // TestCase is invisible by default; the screen must be shown to take clicks

    Component {
        id: screenComponent
        CasesScreen { width: 1600; height: 900 }
    }

    function cleanup() {
        Cases.category = ""
        Cases.statuses = []
        Cases.text = ""
        Language.setLanguage("vi")
    }

    function test_listsTheStoreNewestFirst() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const list = findChild(screen, "caseList")
        verify(list)
        compare(list.count, 4)
        compare(Cases.get(0, "code"), "SOS-0001")
        compare(findChild(screen, "caseCount").text, "Hiển thị 4 trên 4")
        verify(!findChild(screen, "casesEmpty").visible)
    }

    function test_categoryChipFiltersInTheModel() {
        const screen = createTemporaryObject(screenComponent, testCase)
        mouseClick(findChild(screen, "category_field_report"))
        compare(Cases.category, "field_report")
        compare(Cases.count, 2)
        mouseClick(findChild(screen, "category_all"))
        compare(Cases.count, 4)
    }

    function test_searchIgnoresDiacritics() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const search = findChild(screen, "caseSearch")
        search.text = "nha bi ngap"
        compare(Cases.count, 1)
        compare(Cases.get(0, "title"), "Nhà bị ngập sâu, cần sơ tán người già")
        search.text = "không có gì như thế này"
        compare(Cases.count, 0)
        verify(findChild(screen, "casesEmpty").visible)
    }

    function test_wardNamesAndWordsFollowTheLanguage() {
        const screen = createTemporaryObject(screenComponent, testCase)
        compare(Cases.get(0, "areaName"), "Bạc Liêu")
        compare(Labels.statusName("overdue", Language.language), "Quá hạn")
        verify(Language.setLanguage("en"))
        compare(Labels.statusName("overdue", Language.language), "Overdue")
        compare(findChild(screen, "screenTitle").text, "Cases")
    }
}
