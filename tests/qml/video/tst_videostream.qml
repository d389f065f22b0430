// SPDX-License-Identifier: GPL-3.0-or-later
// VideoStream wired as a wall tile wires it: a VideoOutput's sink, the tile's size, active and maximised.
import QtQuick
import QtMultimedia
import QtTest
import Ioc.Video

Item {
    id: root
    width: 400
    height: 300

    VideoOutput {
        id: output
        anchors.fill: parent
    }

    VideoStream {
        id: stream
        camera: ({
            key: "CAM-QML",
            name: "Cổng trường",
            streams: [{ url: "demo:vtest_h264.mp4", width: 768, height: 576 },
                      { url: "demo:vtest_h264_sub.mp4", width: 384, height: 288 }]
        })
        tileSize: Qt.size(output.width / 2, output.height / 2)
        videoSink: output.videoSink
    }

    SignalSpy {
        id: sinkFrames
        target: output.videoSink
        signalName: "videoFrameChanged"
    }

    TestCase {
        name: "VideoStream"
        when: windowShown

        function test_playsIntoTheVideoOutput(): void {
            compare(stream.variantIndex, 1) // 200×150 tile: the 384-wide sub-stream
            tryCompare(stream, "state", "live", 20000)
            compare(stream.stateText, "Trực tiếp") // the interface's language (Vietnamese in the runner)
            tryVerify(() => sinkFrames.count > 3, 10000)
            tryVerify(() => stream.stats.width === 384, 5000)

            stream.maximised = true
            compare(stream.variantIndex, 0)
            tryVerify(() => stream.stats.width === 768, 20000)
            stream.maximised = false

            stream.active = false
            compare(stream.state, "idle")
            stream.active = true
            tryCompare(stream, "state", "live", 20000)
        }

        function test_aBadCameraSaysWhy(): void {
            const bad = Qt.createQmlObject("import Ioc.Video; VideoStream {}", root, "badcamera")
            verify(bad)
            bad.camera = { key: "CAM-BAD", streams: ["gopher://h/x"] }
            compare(bad.state, "failed")
            verify(bad.reason.indexOf("gopher") >= 0 && bad.reason.indexOf("Không hỗ trợ") >= 0, bad.reason)
            bad.destroy()
        }
    }
}
