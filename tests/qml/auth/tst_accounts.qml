// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// The administrator's account screen: the administrator (runner account "quantri") creates an account
// through the form and sees it listed; a supervisor sees no list; an operator does not get the
// screen at all. The permission itself is checked in C++ (tst_accountlistmodel).
TestCase {
    id: testCase
    name: "Accounts"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    readonly property string password: "Ca-Mau-2026!"

    Component {
        id: screenComponent
        AccountsScreen {}
    }

    Component {
        id: mainComponent
        Main {}
    }

    function signInAs(login: string) {
        Auth.requestSignOut()
        verify(Auth.submitSignIn(login, testCase.password), Auth.lastError)
    }

    function cleanup() {
        // Whatever a failed test left behind, the operator account is usable again.
        signInAs("quantri")
        Accounts.setDisabled("vanhanh", false)
        signInAs("truongca")
    }

    function delegateOf(list: Item, login: string): Item {
        const children = list.contentItem.children
        for (let i = 0; i < children.length; ++i) {
            if (children[i].objectName === "account_" + login)
                return children[i]
        }
        return null
    }

    function test_anAdministratorCreatesAnAccountThroughTheForm() {
        signInAs("quantri")
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        const list = findChild(screen, "accountList")
        tryCompare(list, "count", 3)
        compare(Accounts.error, "")
        tryVerify(() => delegateOf(list, "vanhanh") !== null)

        findChild(screen, "newLogin").text = "nhanvien"
        findChild(screen, "newDisplayName").text = "Đỗ Thị Hoa"
        const role = findChild(screen, "newRole")
        role.currentIndex = Accounts.roleCodes.indexOf("viewer")
        findChild(screen, "newUnit").text = "Phường Tân Thành"
        findChild(screen, "newAreas").text = "32002"
        findChild(screen, "newPassword").text = "Tan-Thanh-2026!"
        findChild(screen, "newConfirm").text = "Tan-Thanh-2026!"
        const button = findChild(screen, "createAccount")
        verify(button.enabled)
        mouseClick(button)
        compare(Accounts.lastError, "")
        tryCompare(list, "count", 4)
        tryVerify(() => delegateOf(list, "nhanvien") !== null)
        const row = delegateOf(list, "nhanvien")
        compare(row.role, "viewer")
        compare(row.areas.length, 1)
        compare(row.areas[0], "32002")
        compare(findChild(screen, "newPassword").text, "", "the password fields are cleared")
        compare(findChild(screen, "newLogin").text, "")
        verify(findChild(screen, "createResult").visible)

        // A second try with the same login is refused, and the screen says why.
        findChild(screen, "newLogin").text = "nhanvien"
        findChild(screen, "newDisplayName").text = "Đỗ Thị Hoa"
        findChild(screen, "newPassword").text = "Tan-Thanh-2026!"
        findChild(screen, "newConfirm").text = "Tan-Thanh-2026!"
        mouseClick(button)
        verify(Accounts.lastError.length > 0)
        verify(findChild(screen, "accountsLastError").visible)
        compare(list.count, 4)
    }

    function test_disabledIsShownInWordsAndOnesOwnRowCannotBeDisabled() {
        signInAs("quantri")
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        const list = findChild(screen, "accountList")
        tryVerify(() => delegateOf(list, "vanhanh") !== null)
        const row = delegateOf(list, "vanhanh")
        const badge = findChild(row, "disabledBadge")
        verify(!badge.visible)
        mouseClick(findChild(row, "toggleDisabled"))
        compare(Accounts.lastError, "")
        // The row is updated in place (the same delegate), with a shape and a word.
        compare(delegateOf(list, "vanhanh"), row)
        tryCompare(badge, "visible", true)
        verify(badge.text.length > 0)
        verify(Accounts.setDisabled("vanhanh", false))
        tryCompare(badge, "visible", false)
        // One's own row has no disable button to press.
        verify(!findChild(delegateOf(list, "quantri"), "toggleDisabled").enabled)
    }

    function test_aSupervisorSeesNoAccounts() {
        const screen = createTemporaryObject(screenComponent, testCase, { width: 1400, height: 900 })
        compare(Accounts.count, 0)
        verify(findChild(screen, "accountsError").visible)
    }

    function test_onlyAnAdministratorGetsTheScreen() {
        const main = createTemporaryObject(mainComponent, testCase)
        signInAs("vanhanh")
        verify(main.screenNames.indexOf("accounts") < 0)
        verify(!main.showScreen("accounts"))
        signInAs("truongca")
        verify(main.screenNames.indexOf("accounts") < 0)
        signInAs("quantri")
        verify(main.screenNames.indexOf("accounts") >= 0)
        verify(main.showScreen("accounts"))
        tryCompare(main, "screenStatus", Loader.Ready)
        tryVerify(() => Accounts.count >= 3)
    }
}
