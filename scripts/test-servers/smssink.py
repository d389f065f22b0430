#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An HTTP endpoint standing in for an SMS gateway, for the SMS tests. Python standard library only.

Usage: smssink.py --port 0 --port-file F --out DIR [--status N] [--reply JSON] [--fail-first N] [--hang]
Binds on 127.0.0.1 (port 0: any free port), writes the port it got into F (whole, then renamed) and serves
until killed. Every POST or PUT (any path) is recorded in DIR/NNNNNN.json (written whole, then renamed):
  {"method", "path", "headers": {lower-case name: value}, "contentType", "body": the body as text,
   "json": the body parsed when it is JSON (else null), "form": the fields when it is a form (else null),
   "answered": the status it got}
and answered with --status (default 200) and the body --reply (default {"status": "queued"}).
  --fail-first N   the first N requests get 503 (recorded too): a gateway that comes back
  --hang           records the request, never answers (a gateway that hangs)
"""

import argparse
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
STATE = {"count": 0}
ARGS = None


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def receive(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        text = raw.decode("utf-8", "replace")
        content_type = self.headers.get("Content-Type") or ""
        parsed_json = None
        form = None
        if "json" in content_type:
            try:
                parsed_json = json.loads(text)
            except ValueError:
                parsed_json = None
        elif "x-www-form-urlencoded" in content_type:
            form = {k: v[0] for k, v in urllib.parse.parse_qs(text, keep_blank_values=True).items()}
        with LOCK:
            STATE["count"] += 1
            number = STATE["count"]
        status = ARGS.status
        if number <= ARGS.fail_first:
            status = 503
        record = {
            "method": self.command,
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "contentType": content_type,
            "body": text,
            "json": parsed_json,
            "form": form,
            "answered": None if ARGS.hang else status,
        }
        write_atomically(os.path.join(ARGS.out, "%06d.json" % number), json.dumps(record).encode("utf-8"))
        if ARGS.hang:
            time.sleep(600)
            return
        body = (ARGS.reply if status < 300 else json.dumps({"error": "test gateway says %d" % status})).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = receive
    do_PUT = receive


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--status", type=int, default=200)
    parser.add_argument("--reply", default='{"status": "queued"}')
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--hang", action="store_true")
    ARGS = parser.parse_args()
    os.makedirs(ARGS.out, exist_ok=True)
    ThreadingHTTPServer.allow_reuse_address = True
    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
    port = server.server_address[1]
    write_atomically(ARGS.port_file, str(port).encode("ascii"))
    print("smssink: listening on 127.0.0.1:%d" % port, file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
