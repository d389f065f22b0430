#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An HTTP/HTTPS test server with fault injection, for the connector transport tests and benchmarks.

Usage: faulthttp.py --port 0 --port-file F [--bind 127.0.0.1] [--tls CERT KEY] [--client-ca CA]
                    [--root DIR] [--records N] [--bad-every K]
                    [--page-delay S]
Binds on 127.0.0.1 (port 0: any free port), writes the port it got into F (written whole, then renamed,
so a reader never sees half a number), and serves until killed. Python standard library only; HTTP/1.1
with keep-alive; one thread per connection. It cannot speak HTTP/2 (http.server has no HTTP/2).

Routes (GET unless said; every answer has a Content-Length unless the route is about its absence):
  /ok                          200 {"ok": true, "path": ..., "query": {...}}
  /status/N                    status N with a small JSON body
  /slow?bytes=N&delay=S        announces N bytes, sends one byte every S seconds (a server that drips)
  /truncated                   announces 1000 bytes, sends 10, closes the connection
  /malformed                   200, Content-Type application/json, a body that is not JSON
  /oversize?mb=N[&chunked=1]   N MiB of data; chunked=1 sends no Content-Length (closes at the end)
  /gzip                        gzip-encoded JSON (Content-Encoding: gzip) when the client accepts gzip
  /auth/basic?user=u&password=p   200 when the Basic credentials match, else 401
  /auth/bearer?token=t            200 when "Authorization: Bearer t", else 401
  /auth/apikey?header=H&value=v   200 when header H is v; or ?query=Q&value=v: when parameter Q is v
  /echo                        any method: {"method", "path", "query", "headers", "body"} as JSON
  /hang                        reads the request, never answers (until the client goes or 10 minutes)
  /redirect/N                  a chain of N redirects (302) ending at /ok
  /redirect-to?url=U           one redirect to U (any scheme: tests that the client refuses some)
  /files/PATH                  the file PATH under --root
  /api/items                   the --records N generated records (id, title, time, lat, lon, status):
      ?page=P&size=K           page mode (P from 1): {"items", "page", "size", "total", "pages"}
      ?offset=O&limit=K        offset mode: {"items", "offset", "limit", "total"}
      ?cursor=C&size=K         cursor mode (C empty for the first page): {"items", "nextCursor": C or null}
      ?since=T&size=K          records with time > T (ISO 8601), oldest first: {"items", "latest"}
      &link=1                  (with page mode) the body is a bare JSON array and the next page is
                               announced in a Link header (rel="next"); no Link on the last page
  /control/fail-next?n=N       the next N requests (except /control/*) get 503
  /control/add-records?n=N     N more records exist from now on (their times follow the last one's)
  /control/stats               {"requests": served so far (except /control/*), "failNext": ...}
"""

import argparse
import base64
import datetime
import gzip
import json
import os
import socket
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATE_LOCK = threading.Lock()
STATE = {"records": 0, "fail_next": 0, "requests": 0}
BASE_TIME = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
STATUSES = ("open", "pending", "closed")
ROOT = None
BAD_EVERY = 0
PAGE_DELAY = 0.0


def record(i):
    """Record number i (from 1), the same on every run. With --bad-every K every K-th record has a time
    that is no date (31 February), for the quarantine tests."""
    t = BASE_TIME + datetime.timedelta(minutes=i)
    if BAD_EVERY and i % BAD_EVERY == 0:
        return {"id": "item-%06d" % i, "title": "Item %d" % i, "time": "31/02/2026 25:61",
                "lat": 9.0, "lon": 105.0, "status": "open"}
    return {
        "id": "item-%06d" % i,
        "title": "Item %d" % i,
        "time": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "lat": round(8.5 + (i * 7919 % 10000) / 10000.0 * 15.0, 6),
        "lon": round(102.0 + (i * 104729 % 10000) / 10000.0 * 7.5, 6),
        "status": STATUSES[i % len(STATUSES)],
    }


def int_arg(query, name, default, low=0, high=10**9):
    try:
        value = int(query.get(name, [str(default)])[0])
    except ValueError:
        value = default
    return max(low, min(high, value))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and the client's
    # delayed ACK add 40 ms to every keep-alive answer.
    disable_nagle_algorithm = True
    server_version = "faulthttp/1"

    def setup(self):
        super().setup()
        if isinstance(self.connection, ssl.SSLSocket):
            # The handshake happens here, on this connection's thread, not in accept(): a client that
            # never completes it blocks nobody else.
            self.connection.settimeout(10)
            try:
                self.connection.do_handshake()
            except (ssl.SSLError, OSError):
                # TLS 1.3: the client may already have sent its request when our alert (e.g. "certificate
                # required") goes out; closing with that unread would reset the connection and lose the
                # alert. Half-close and drain first so that the client reads why.
                self.handshake_failed = True
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_WR)
                    self.connection.settimeout(1)
                    while self.connection.recv(4096):
                        pass
                except OSError:
                    pass
                return
            self.connection.settimeout(None)
        self.handshake_failed = False

    def handle(self):
        if getattr(self, "handshake_failed", False):
            return
        super().handle()

    def log_message(self, format, *args):  # quiet: tests read their own output
        pass

    # --- helpers -------------------------------------------------------------------------------
    def send_body(self, status, body, content_type="application/json", headers=()):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    # --- dispatch ------------------------------------------------------------------------------
    def do_GET(self):
        self.dispatch()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    def dispatch(self):
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        body = self.read_body()
        if path.startswith("/control/"):
            return self.control(path, query)
        with STATE_LOCK:
            STATE["requests"] += 1
            failing = STATE["fail_next"] > 0
            if failing:
                STATE["fail_next"] -= 1
        if failing:
            return self.send_body(503, {"error": "injected failure"}, headers=[("Retry-After", "1")])

        if path == "/ok":
            return self.send_body(200, {"ok": True, "path": path,
                                        "query": {k: v[0] for k, v in query.items()}})
        if path.startswith("/status/"):
            try:
                status = int(path[len("/status/"):])
            except ValueError:
                status = 400
            return self.send_body(status, {"status": status})
        if path == "/slow":
            return self.slow(int_arg(query, "bytes", 100), float(query.get("delay", ["1"])[0]))
        if path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"items": [')
            self.wfile.flush()
            self.close_connection = True
            return
        if path == "/malformed":
            return self.send_body(200, b'{"items": [{"id": 1,, "title": "broken"')
        if path == "/oversize":
            return self.oversize(int_arg(query, "mb", 10, 1, 4096), query.get("chunked", ["0"])[0] == "1")
        if path == "/gzip":
            payload = json.dumps({"ok": True, "compressed": True, "items": [record(i) for i in range(1, 51)]})
            if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                return self.send_body(200, gzip.compress(payload.encode()),
                                      headers=[("Content-Encoding", "gzip")])
            return self.send_body(200, payload)
        if path.startswith("/auth/"):
            return self.auth(path[len("/auth/"):], query)
        if path == "/echo":
            return self.send_body(200, {
                "method": self.command,
                "path": path,
                "query": {k: v[0] for k, v in query.items()},
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body.decode("utf-8", "replace"),
            })
        if path == "/hang":
            return self.hang()
        if path.startswith("/redirect/"):
            n = int_arg({"n": [path[len("/redirect/"):]]}, "n", 1, 0, 100)
            target = "/redirect/%d" % (n - 1) if n > 1 else "/ok"
            return self.send_body(302, {"redirect": target}, headers=[("Location", target)])
        if path == "/redirect-to":
            target = query.get("url", ["/ok"])[0]
            return self.send_body(302, {"redirect": target}, headers=[("Location", target)])
        if path.startswith("/files/"):
            return self.file(path[len("/files/"):])
        if path == "/api/items":
            if PAGE_DELAY:
                time.sleep(PAGE_DELAY)  # a slow source: a page takes this long to come
            return self.items(query)
        return self.send_body(404, {"error": "no such route", "path": path})

    # --- routes --------------------------------------------------------------------------------
    def control(self, path, query):
        n = int_arg(query, "n", 1)
        with STATE_LOCK:
            if path == "/control/fail-next":
                STATE["fail_next"] = n
            elif path == "/control/add-records":
                STATE["records"] += n
            elif path != "/control/stats":
                return self.send_body(404, {"error": "no such control route"})
            snapshot = {"requests": STATE["requests"], "failNext": STATE["fail_next"],
                        "records": STATE["records"]}
        return self.send_body(200, snapshot)

    def slow(self, size, delay):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        try:
            for _ in range(size):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(delay)
        except OSError:
            pass
        self.close_connection = True

    def oversize(self, mb, chunked):
        total = mb * 1024 * 1024
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if chunked:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        block = b"0" * 65536
        sent = 0
        try:
            while sent < total:
                chunk = block[: min(len(block), total - sent)]
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            self.close_connection = True

    def auth(self, kind, query):
        header = self.headers.get("Authorization") or ""
        value = query.get("value", [""])[0]
        if kind == "basic":
            expected = "Basic " + base64.b64encode(
                ("%s:%s" % (query.get("user", [""])[0], query.get("password", [""])[0])).encode()).decode()
            good = header == expected
            challenge = [("WWW-Authenticate", 'Basic realm="faulthttp"')]
        elif kind == "bearer":
            good = header == "Bearer " + query.get("token", [""])[0]
            challenge = [("WWW-Authenticate", 'Bearer realm="faulthttp"')]
        elif kind == "apikey":
            if "header" in query:
                good = (self.headers.get(query["header"][0]) or "") == value
            else:
                name = query.get("query", ["api_key"])[0]
                good = query.get(name, [None])[0] == value
            challenge = []
        else:
            return self.send_body(404, {"error": "no such auth route"})
        if good:
            return self.send_body(200, {"authenticated": True, "kind": kind})
        return self.send_body(401, {"authenticated": False, "kind": kind}, headers=challenge)

    def hang(self):
        deadline = time.monotonic() + 600
        self.connection.settimeout(0.5)
        while time.monotonic() < deadline:
            try:
                if self.connection.recv(1) == b"":
                    break  # the client went away
            except (TimeoutError, ssl.SSLWantReadError):
                continue
            except OSError:
                break
        self.close_connection = True

    def file(self, relative):
        if ROOT is None:
            return self.send_body(404, {"error": "no --root"})
        full = os.path.realpath(os.path.join(ROOT, urllib.parse.unquote(relative)))
        if not full.startswith(os.path.realpath(ROOT) + os.sep) or not os.path.isfile(full):
            return self.send_body(404, {"error": "no such file", "path": relative})
        with open(full, "rb") as f:
            data = f.read()
        return self.send_body(200, data, content_type="application/octet-stream")

    def items(self, query):
        with STATE_LOCK:
            total = STATE["records"]
        size = int_arg(query, "size", int_arg(query, "limit", 100, 1, 1000), 1, 1000)
        if "offset" in query:
            offset = int_arg(query, "offset", 0, 0, total)
            return self.send_body(200, {"items": [record(i) for i in range(offset + 1, min(total, offset + size) + 1)],
                                        "offset": offset, "limit": size, "total": total})
        if "cursor" in query:
            raw = query["cursor"][0]
            try:
                start = int(base64.urlsafe_b64decode(raw.encode()).decode()) if raw else 0
            except (ValueError, UnicodeDecodeError):
                return self.send_body(400, {"error": "bad cursor"})
            end = min(total, start + size)
            nxt = base64.urlsafe_b64encode(str(end).encode()).decode() if end < total else None
            return self.send_body(200, {"items": [record(i) for i in range(start + 1, end + 1)], "nextCursor": nxt})
        if "since" in query:
            since = query["since"][0]
            chosen = []
            for i in range(1, total + 1):
                r = record(i)
                if r["time"] > since:  # ISO 8601 in UTC with Z compares as text
                    chosen.append(r)
                    if len(chosen) == size:
                        break
            return self.send_body(200, {"items": chosen, "latest": chosen[-1]["time"] if chosen else since})
        page = int_arg(query, "page", 1, 1)
        pages = (total + size - 1) // size
        first = (page - 1) * size
        items = [record(i) for i in range(first + 1, min(total, first + size) + 1)]
        if query.get("link", ["0"])[0] == "1":
            headers = []
            if page < pages:
                host = self.headers.get("Host") or "127.0.0.1"
                scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
                headers.append(("Link", '<%s://%s/api/items?page=%d&size=%d&link=1>; rel="next"'
                                % (scheme, host, page + 1, size)))
            return self.send_body(200, items, headers=headers)
        return self.send_body(200, {"items": items, "page": page, "size": size, "total": total, "pages": pages})


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, ssl.SSLError, TimeoutError)):
            return  # a client that went away or failed TLS is part of the tests
        super().handle_error(request, client_address)


def main():
    global ROOT, BAD_EVERY, PAGE_DELAY
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--client-ca", metavar="CA", help="require a client certificate signed by CA")
    parser.add_argument("--root", help="folder served under /files/")
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--bad-every", type=int, default=0, help="every K-th record has an impossible time")
    parser.add_argument("--page-delay", type=float, default=0.0, help="seconds each /api/items answer waits")
    args = parser.parse_args()
    ROOT = args.root
    BAD_EVERY = args.bad_every
    PAGE_DELAY = args.page_delay
    STATE["records"] = args.records

    server = Server((args.bind, args.port), Handler)
    if args.tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls[0], args.tls[1])
        if args.client_ca:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(args.client_ca)
        server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    elif args.client_ca:
        parser.error("--client-ca needs --tls")

    port = server.server_address[1]
    temporary = args.port_file + ".tmp"
    with open(temporary, "w") as f:
        f.write("%d\n" % port)
    os.replace(temporary, args.port_file)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
