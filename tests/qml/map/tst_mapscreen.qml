// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ioc.Ui
import Ioc.Shell

// The map screen as an operator uses it: a handful of items whatever the data (the layers draw in the
// scene graph, not as items), search that ignores diacritics, the layer switches, the details card.
// (The runner's store: wards 32002 Tân Thành and 31825 Bạc Liêu.)
TestCase {
    id: testCase
    name: "MapScreen"
    when: windowShown
    visible: true
    width: 1600
    height: 900

    Component {
        id: screenComponent
        MapScreen { width: 1600; height: 900 }
    }

    function countItems(item: Item): int {
        let n = 1
        for (let i = 0; i < item.children.length; ++i)
            n += countItems(item.children[i])
        return n
    }

    function test_fewItemsWhateverTheData() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const map = findChild(screen, "mapView")
        verify(map)
        // Basemap, six vector layers, heat and six marker layers: each one item.
        verify(countItems(map) < 30, "items under the map: " + countItems(map))
        // The rest are the panels' controls (search, layer switches, legend, card): none per record.
        verify(countItems(screen) < 200, "items on the screen: " + countItems(screen))
    }

    function test_searchWithoutDiacriticsOpensTheDetailsCard() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const field = findChild(screen, "mapSearch")
        field.text = "bac lieu"
        const result = findChild(screen, "searchResult_0")
        verify(result, "a result for 'bac lieu'")
        tryVerify(() => result.width > 0 && result.height > 0)
        mouseClick(result)
        compare(field.text, "", "the search is cleared after choosing")
        const card = findChild(screen, "detailsCard")
        tryCompare(card, "visible", true)
        compare(findChild(screen, "detailsTitle").text, "Phường Bạc Liêu")
    }

    function test_layerSwitchesHideAndShowLayers() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const wards = findChild(screen, "wardsLayer")
        const heat = findChild(screen, "heatLayer")
        verify(wards.visible)
        verify(!heat.visible)
        mouseClick(findChild(screen, "layer_wards"))
        verify(!wards.visible)
        mouseClick(findChild(screen, "layer_heat"))
        verify(heat.visible)
    }

    function test_basemapAndShapesLoadOffline() {
        const screen = createTemporaryObject(screenComponent, testCase)
        tryVerify(() => !screen.busy, 10000)
        compare(findChild(screen, "basemapLayer").error, "")
        tryCompare(findChild(screen, "wardsLayer"), "featureCount", 64, 10000)
        tryCompare(findChild(screen, "provincesLayer"), "featureCount", 34, 10000)
        compare(findChild(screen, "mapError").text, "")
    }

    // The ward tap handler on the map must not take the drag away from the map.
    function test_dragPansTheMapAndATapPicksAWard() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const map = findChild(screen, "mapView")
        tryCompare(findChild(screen, "wardsLayer"), "featureCount", 64, 10000)
        // A number, not map.center itself: a value type read from a property follows the property.
        const before = map.center.longitude
        mouseDrag(map, 800, 450, 200, 0)
        verify(Math.abs(map.center.longitude - before) > 0.1, "the drag moved the map")
        // Tap the middle of a ward: its card opens.
        const bounds = findChild(screen, "wardsLayer").boundsOf("31825")
        verify(bounds.isValid)
        map.fitRegion(bounds, 200)
        mouseClick(map, map.width / 2, map.height / 2)
        tryCompare(findChild(screen, "detailsCard"), "visible", true)
        compare(findChild(screen, "detailsTitle").text, "Phường Bạc Liêu")
    }

    // Another screen asks the map to look at a place (an alert's "View on the map"): a map screen opened
    // afterwards starts there, one already open moves there.
    function test_zzFocusRequestsCentreTheMap() {
        verify(MapData.focusOn(9.2944, 105.7244, 13))
        const screen = createTemporaryObject(screenComponent, testCase)
        const map = findChild(screen, "mapView")
        compare(map.zoom, 13)
        fuzzyCompare(map.center.latitude, 9.2944, 1e-6)
        fuzzyCompare(map.center.longitude, 105.7244, 1e-6)
        verify(MapData.focusOn(9.1769, 105.1524, 12))
        compare(map.zoom, 12)
        fuzzyCompare(map.center.latitude, 9.1769, 1e-6)
        fuzzyCompare(map.center.longitude, 105.1524, 1e-6)
    }
}
