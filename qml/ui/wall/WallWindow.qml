// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Ioc.Style
import Ioc.Shell

// One window of the video wall (--wall PROFILE): the tiles of profile screen `screenIndex`, full screen;
// WallScreens (C++) puts it on its monitor and moves it when monitors come and go.
Window {
    id: root

    required property int screenIndex

    title: qsTr("IOC Desk — camera wall %1").arg(root.screenIndex + 1)
    color: Theme.background

    // Cameras are shown to a signed-in console only (the operator signs in on the console window).
    WallGrid {
        id: grid
        objectName: "wallGrid"
        anchors.fill: parent
        visible: Auth.signedIn
        tiles: Auth.signedIn && Wall.revision >= 0 ? Wall.screenTiles(root.screenIndex) : []
    }
    Text {
        anchors.centerIn: parent
        visible: !Auth.signedIn
        text: qsTr("Sign in on the console to show the cameras.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
    }
}
