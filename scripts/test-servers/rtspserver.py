#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An RTSP server on 127.0.0.1 for the video tests and benchmarks, built on Debian's gst-rtsp-server.

Usage: rtspserver.py --port 0 --port-file F [--clip NAME=FILE ...] [--user U --password P] [--no-loop]
                     [--clock NAME] [--no-rate-clock NAME]
Serves each H.264 MP4 clip at rtsp://127.0.0.1:PORT/NAME (the clip is re-payloaded, not re-encoded).
Port 0: any free port. The port is written to F (whole, then renamed) once the server listens.
--user/--password: Basic authentication is required (a wrong password gets 401).
Clips loop unless --no-loop (then the stream ends at the clip's end: the client sees the stream end).
Needs python3-gi, gir1.2-gst-rtsp-server-1.0, gstreamer1.0-plugins-good/-bad (qtdemux, h264parse, rtph264pay).
--clock NAME: also a live stream at /NAME (320x240, 25 fps, x264 tune=zerolatency: its SPS states the frame
rate) whose pictures carry the wall clock of the moment they were made: 32 vertical stripes, 10 px each,
white = 1, the milliseconds since the epoch modulo 2^32, most significant bit leftmost. A client on the same
machine reads them back for the added latency. Needs gstreamer1.0-plugins-ugly (x264enc).
--no-rate-clock NAME: the same pictures encoded by openh264, whose SPS carries no timing information (no
frame rate): the camera that crashes Qt 6.4's FFmpeg backend; StreamSession must refuse it.
Serves until killed.
"""

import argparse
import os
import socket
import sys
import time

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LoopingFactory(GstRtspServer.RTSPMediaFactory):
    """One pipeline shared by every client; with loop, it seeks back to the start at the end."""

    def __init__(self, path, loop):
        super().__init__()
        self.loop = loop
        location = path.replace("\\", "\\\\").replace('"', '\\"')
        self.set_launch(
            f'( filesrc location="{location}" ! qtdemux ! h264parse config-interval=-1 ! rtph264pay name=pay0 pt=96 )')
        self.set_shared(True)
        self.set_eos_shutdown(not loop)
        self.connect("media-configure", self.on_configure)

    def on_configure(self, _factory, media):
        if not self.loop:
            return
        pipeline = media.get_element()
        bus = pipeline.get_bus()

        def on_message(_bus, message):
            if message.type == Gst.MessageType.SEGMENT_DONE:
                pipeline.seek_simple(Gst.Format.TIME, Gst.SeekFlags.SEGMENT, 0)
            return True

        bus.add_signal_watch()
        bus.connect("message", on_message)
        media.connect("prepared", lambda m: pipeline.seek_simple(
            Gst.Format.TIME, Gst.SeekFlags.FLUSH | Gst.SeekFlags.SEGMENT, 0))


class ClockFactory(GstRtspServer.RTSPMediaFactory):
    """A live source: each picture encodes time.time() in ms (mod 2^32) as 32 black/white stripes.

    with_rate: x264 (VUI timing in the SPS, one key frame a second, no B-frames nor look-ahead); else
    openh264 (no timing information in the SPS)."""

    WIDTH, HEIGHT, FPS = 320, 240, 25

    def __init__(self, with_rate):
        super().__init__()
        if with_rate:
            encoder = (f"x264enc tune=zerolatency speed-preset=ultrafast key-int-max={self.FPS} bitrate=2000 "
                       f"! video/x-h264,profile=constrained-baseline")
        else:
            encoder = "openh264enc bitrate=2000000"
        self.set_launch(
            f"( appsrc name=src is-live=true format=time do-timestamp=true "
            f"caps=video/x-raw,format=I420,width={self.WIDTH},height={self.HEIGHT},framerate={self.FPS}/1 "
            f"! {encoder} ! h264parse config-interval=-1 ! rtph264pay name=pay0 pt=96 )")
        self.set_shared(True)
        self.connect("media-configure", self.on_configure)
        self.chroma = bytes([128]) * (self.WIDTH * self.HEIGHT // 2)

    def picture(self):
        code = int(time.time() * 1000) % (1 << 32)
        row = b"".join((b"\xeb" if code >> (31 - bit) & 1 else b"\x10") * (self.WIDTH // 32) for bit in range(32))
        return row * self.HEIGHT + self.chroma

    def on_configure(self, _factory, media):
        source = media.get_element().get_by_name_recurse_up("src")

        def push():
            # Stops when the media is gone (the source refuses buffers once it is flushing or shut down).
            return source.emit("push-buffer", Gst.Buffer.new_wrapped(self.picture())) == Gst.FlowReturn.OK

        GLib.timeout_add(1000 // self.FPS, push)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--clip", action="append", default=[], help="NAME=FILE")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--no-loop", action="store_true")
    parser.add_argument("--clock")
    parser.add_argument("--no-rate-clock")
    args = parser.parse_args()

    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    port = args.port or free_port()
    server.set_service(str(port))
    mounts = server.get_mount_points()
    for item in args.clip:
        name, _, path = item.partition("=")
        if not os.path.isfile(path):
            print(f"rtspserver: no such clip {path}", file=sys.stderr)
            return 2
        factory = LoopingFactory(os.path.abspath(path), not args.no_loop)
        if args.user:
            permissions = GstRtspServer.RTSPPermissions()
            permissions.add_permission_for_role("viewer", "media.factory.access", True)
            permissions.add_permission_for_role("viewer", "media.factory.construct", True)
            factory.set_permissions(permissions)
        mounts.add_factory("/" + name, factory)
    if args.clock:
        mounts.add_factory("/" + args.clock, ClockFactory(True))
    if args.no_rate_clock:
        mounts.add_factory("/" + args.no_rate_clock, ClockFactory(False))
    if args.user:
        auth = GstRtspServer.RTSPAuth()
        token = GstRtspServer.RTSPToken()
        token.set_string("media.factory.role", "viewer")
        auth.add_basic(GstRtspServer.RTSPAuth.make_basic(args.user, args.password or ""), token)
        server.set_auth(auth)
    if server.attach(None) == 0:
        print(f"rtspserver: cannot listen on 127.0.0.1:{port}", file=sys.stderr)
        return 1
    temporary = args.port_file + ".tmp"
    with open(temporary, "w") as out:
        out.write(str(port))
    os.replace(temporary, args.port_file)
    GLib.MainLoop().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
