// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// The wall screen on the runner's Wall: cameras CAM-W1..W3 play the shipped clips (local files, looped),
// CAM-W4 points at a closed loopback port. Runs under Xvfb (OpenGL), where VideoOutput draws. Layouts, dragging a camera onto a tile, swapping tiles by
// drag, double click to maximise and restore, search, the tour button, each tile's state and reason (a
// dead camera fails with a reason while the others keep playing), and the 2×2 wall showing moving video:
// two grabs seconds apart differ (acceptance 4).
TestCase {
    id: testCase
    name: "WallScreen"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    Component {
        id: screenComponent
        WallScreen {}
    }

    Component {
        id: windowComponent
        WallWindow { screenIndex: 0 }
    }

    function makeScreen(): Item {
        const screen = createTemporaryObject(screenComponent, testCase, { width: testCase.width, height: testCase.height })
        verify(screen)
        return screen
    }

    function cleanup() {
        Wall.stopTour()
        Wall.restore()
        Wall.clearAll()
        Wall.filter = ""
        Wall.setLayout("2x2")
    }

    function centreOf(item: Item, target: Item): point {
        return item.mapToItem(target, item.width / 2, item.height / 2)
    }

    function test_layoutsChangeTheTiles() {
        const screen = makeScreen()
        const grid = findChild(screen, "wallGrid")
        tryVerify(() => findChild(grid, "tile3") !== null)
        verify(findChild(grid, "tile4") === null)
        verify(Wall.setLayout("1+5"))
        tryVerify(() => findChild(grid, "tile5") !== null)
        const big = findChild(grid, "tile0")
        const small = findChild(grid, "tile1")
        fuzzyCompare(big.width, grid.width * 2 / 3, 1)
        fuzzyCompare(small.width, grid.width / 3, 1)
        compare(findChild(screen, "layoutPicker").displayText, "1+5")
        verify(!Wall.setLayout("3x3:0,0,9,9"))
        verify(findChild(screen, "wallError").visible)
        verify(findChild(screen, "wallError").text.indexOf("không nằm gọn") >= 0, findChild(screen, "wallError").text)
    }

    function test_dragACameraOntoATileAndSwapTiles() {
        const screen = makeScreen()
        const list = findChild(screen, "cameraList")
        tryCompare(list, "count", 4)
        const grid = findChild(screen, "wallGrid")
        tryVerify(() => findChild(grid, "tile3") !== null)
        tryVerify(() => list.itemAtIndex(1) !== null)
        const row = list.itemAtIndex(1) // "Camera 2 bãi xe" (sorted by name)
        const target = centreOf(findChild(grid, "tile3"), row)
        mouseDrag(row, row.width / 2, row.height / 2, target.x - row.width / 2, target.y - row.height / 2)
        tryCompare(Wall.tiles[3], "cameraKey", "CAM-W2")

        // Drag tile 3 onto tile 0: they swap.
        const tile3 = findChild(grid, "tile3")
        const to = centreOf(findChild(grid, "tile0"), tile3)
        mouseDrag(tile3, tile3.width / 2, tile3.height / 2, to.x - tile3.width / 2, to.y - tile3.height / 2)
        tryCompare(Wall.tiles[0], "cameraKey", "CAM-W2")
        compare(Wall.tiles[3].cameraKey, "")
    }

    function test_doubleClickMaximisesAndRestores() {
        const screen = makeScreen()
        verify(Wall.assign(2, "CAM-W1"))
        const grid = findChild(screen, "wallGrid")
        tryVerify(() => findChild(grid, "tile2") !== null)
        const tile = findChild(grid, "tile2")
        mouseDoubleClickSequence(tile)
        tryCompare(Wall, "maximisedTile", 2)
        tryCompare(tile, "width", grid.width)
        verify(!findChild(grid, "tile0").visible) // hidden tiles stop decoding (active follows visible)
        verify(!findChild(grid, "tile0").active)
        mouseDoubleClickSequence(tile)
        tryCompare(Wall, "maximisedTile", -1)
        verify(findChild(grid, "tile0").visible)
    }

    function test_searchFiltersTheList() {
        const screen = makeScreen()
        const list = findChild(screen, "cameraList")
        const search = findChild(screen, "cameraSearch")
        mouseClick(search)
        keyClick("x")
        keyClick("e")
        tryCompare(Wall, "filter", "xe")
        tryCompare(list, "count", 1) // "bãi xe": diacritics ignored
    }

    function test_saveTheWallAsANamedProfile() {
        const screen = makeScreen()
        verify(Wall.setLayout("1+7"))
        const name = findChild(screen, "profileName")
        name.text = "ca-dem"
        mouseClick(findChild(screen, "saveButton"))
        tryCompare(Wall, "profile", "ca-dem")
        verify(Wall.savedProfiles().indexOf("ca-dem") >= 0)
        compare(Wall.error, "")
        name.text = "../bad"
        mouseClick(findChild(screen, "saveButton"))
        verify(findChild(screen, "wallError").visible)
        compare(Wall.profile, "ca-dem")
        Wall.loadProfile("default") // back to the runner's defaults for the other tests
    }

    // The --wall window shows its profile screen's tiles, to a signed-in console only.
    function test_wallWindowShowsItsScreenWhenSignedIn() {
        verify(Wall.assign(1, "CAM-W3"))
        const window = createTemporaryObject(windowComponent, testCase)
        verify(window)
        const grid = findChild(window.contentItem, "wallGrid")
        verify(grid.visible)
        compare(grid.tiles.length, 4)
        compare(grid.tiles[1].cameraKey, "CAM-W3")
        Auth.requestSignOut()
        verify(!grid.visible)
        compare(grid.tiles.length, 0)
        verify(Auth.submitSignIn("truongca", "Ca-Mau-2026!"), Auth.lastError)
        compare(grid.tiles.length, 4)
    }

    function test_tourButton() {
        const screen = makeScreen()
        const button = findChild(screen, "tourButton")
        mouseClick(button)
        tryCompare(Wall, "touring", true)
        compare(Wall.tiles[Wall.tiles.length > 0 ? 0 : 0].cameraKey, "CAM-W1") // the first camera by name
        mouseClick(button)
        tryCompare(Wall, "touring", false)
    }

    function test_deadCameraFailsWithAReasonAndTheRestPlays() {
        const screen = makeScreen()
        const grid = findChild(screen, "wallGrid")
        verify(Wall.assign(0, "CAM-W1"))
        verify(Wall.assign(1, "CAM-W4"))
        tryVerify(() => findChild(grid, "tile1") !== null)
        const dead = findChild(grid, "tile1")
        const live = findChild(grid, "tile0")
        // Nothing listens there: the tile says it is reconnecting (or failed) and why.
        tryVerify(() => dead.streamState === "reconnecting" || dead.streamState === "failed", 30000)
        tryVerify(() => findChild(dead, "reasonText").visible)
        verify(findChild(dead, "reasonText").text.length > 0)
        verify(findChild(dead, "stateText").text.length > 0)
        tryCompare(live, "streamState", "live", 30000)
        compare(findChild(live, "cameraName").text, "Camera 1 sân trường")
        // Changing another tile neither recreates nor restarts this one.
        verify(Wall.assign(2, "CAM-W2"))
        compare(findChild(grid, "tile0"), live)
        compare(live.streamState, "live")
    }

    // Acceptance 4: a 2×2 and a 3×3 wall on the shipped clips show moving video.
    function test_theWallShowsMovingVideo_data() {
        return [{ tag: "2x2", state: "grid2x2" }, { tag: "3x3", state: "grid3x3" }]
    }
    function test_theWallShowsMovingVideo(data) {
        const screen = makeScreen()
        verify(screen.showTourState(data.state))
        compare(Wall.layout, data.tag)
        tryCompare(screen, "busy", false, 20000)
        const grid = findChild(screen, "wallGrid")
        for (let i = 0; i < 3; ++i)
            compare(findChild(grid, "tile" + i).streamState, "live")
        const first = grabImage(grid)
        wait(3000)
        const second = grabImage(grid)
        verify(!first.equals(second), "two grabs 3 s apart are the same picture")
        // The stats overlay shows what the tile delivers.
        mouseClick(findChild(screen, "statsToggle"))
        verify(findChild(findChild(grid, "tile0"), "statsOverlay").visible)
        verify(screen.showTourState(""))
    }
}
