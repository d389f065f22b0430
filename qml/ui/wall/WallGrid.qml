// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Style
import Ioc.Shell

// The tiles of one wall screen laid out from their unit rectangles (Wall.screenTiles). A maximised tile
// fills the grid and the others stop decoding. With `editable`, cameras dropped from the list are
// assigned, a tile dragged onto another swaps them, and a double click maximises or restores.
Item {
    id: root

    property var tiles: []
    property bool editable: false
    property bool showStats: false
    // Set by the camera list while a camera is dragged (its key), "" otherwise.
    property string draggedCamera: ""
    property int draggedTile: -1
    readonly property int maximisedTile: {
        for (let i = 0; i < tiles.length; ++i) {
            if (tiles[i].maximised)
                return i
        }
        return -1
    }

    // True when every shown tile with a camera is live or failed.
    function allSettled(): bool {
        for (let i = 0; i < repeater.count; ++i) {
            const tile = repeater.itemAt(i) as VideoTile
            if (tile && tile.visible && !tile.settled)
                return false
        }
        return true
    }

    // How many analytics boxes the shown tiles draw now.
    function detectionCount(): int {
        let n = 0
        for (let i = 0; i < repeater.count; ++i) {
            const tile = repeater.itemAt(i) as VideoTile
            if (tile && tile.visible)
                n += tile.detectionCount
        }
        return n
    }

    function tileItem(index: int): VideoTile {
        return repeater.itemAt(index) as VideoTile
    }

    // One delegate per tile index: a change of camera or of the maximised tile updates the delegate's
    // `tile`, it does not recreate the tiles (which would restart every stream).
    Repeater {
        id: repeater
        model: root.tiles.length

        delegate: VideoTile {
            id: tileView
            required property int index
            readonly property var modelData: root.tiles[index] ?? ({ x: 0, y: 0, width: 0, height: 0, cameraKey: "" })
            tile: modelData
            objectName: "tile" + index
            showStats: root.showStats
            visible: root.maximisedTile < 0 || root.maximisedTile === index
            x: root.maximisedTile === index ? 0 : modelData.x * root.width
            y: root.maximisedTile === index ? 0 : modelData.y * root.height
            width: root.maximisedTile === index ? root.width : modelData.width * root.width
            height: root.maximisedTile === index ? root.height : modelData.height * root.height

            DropArea {
                anchors.fill: parent
                enabled: root.editable
                keys: ["ioc/camera", "ioc/tile"]
                onDropped: drop => {
                    if (drop.keys.indexOf("ioc/tile") >= 0) {
                        if (root.draggedTile >= 0)
                            Wall.swap(root.draggedTile, tileView.index)
                    } else if (root.draggedCamera.length > 0) {
                        Wall.assign(tileView.index, root.draggedCamera)
                    }
                    drop.accept()
                }
                Rectangle {
                    anchors.fill: parent
                    visible: parent.containsDrag
                    color: "transparent"
                    border.color: Theme.accent
                    border.width: 3
                }
            }

            // Drag a tile onto another to swap them; double click to maximise or restore.
            Item {
                id: tileProxy
                width: tileView.width
                height: tileView.height
                Drag.active: tileMouse.drag.active
                Drag.keys: ["ioc/tile"]
                Drag.hotSpot.x: width / 2
                Drag.hotSpot.y: height / 2
            }
            MouseArea {
                id: tileMouse
                anchors.fill: parent
                enabled: root.editable
                acceptedButtons: Qt.LeftButton
                drag.target: tileView.modelData.cameraKey !== "" ? tileProxy : null
                onPressed: root.draggedTile = tileView.index
                onReleased: {
                    if (drag.active)
                        tileProxy.Drag.drop()
                    tileProxy.x = 0
                    tileProxy.y = 0
                    root.draggedTile = -1
                }
                onDoubleClicked: {
                    if (root.maximisedTile === tileView.index)
                        Wall.restore()
                    else
                        Wall.maximise(tileView.index)
                }
            }
        }
    }
}
