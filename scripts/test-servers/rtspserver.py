#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An RTSP server on 127.0.0.1 for the video tests and benchmarks, built on Debian's gst-rtsp-server.

Usage: rtspserver.py --port 0 --port-file F [--clip NAME=FILE ...] [--user U --password P] [--no-loop]
Serves each H.264 MP4 clip at rtsp://127.0.0.1:PORT/NAME (the clip is re-payloaded, not re-encoded).
Port 0: any free port. The port is written to F (whole, then renamed) once the server listens.
--user/--password: Basic authentication is required (a wrong password gets 401).
Clips loop unless --no-loop (then the stream ends at the clip's end: the client sees the stream end).
Needs python3-gi, gir1.2-gst-rtsp-server-1.0, gstreamer1.0-plugins-good/-bad (qtdemux, h264parse, rtph264pay).
Serves until killed.
"""

import argparse
import os
import socket
import sys

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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--clip", action="append", default=[], help="NAME=FILE")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--no-loop", action="store_true")
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
