#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only FTP test server (pyftpdlib, Debian package python3-pyftpdlib) on 127.0.0.1.

Usage: ftpserver.py --port-file F --root DIR [--port 0] [--user U --password P]
Serves DIR read-only to anonymous, or only to U/P when given; writes the port it bound into F (whole,
then renamed) and serves until killed. `python3 -m pyftpdlib` cannot report a port chosen by the system,
hence this script.
"""

import argparse
import logging
import os

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    authorizer = DummyAuthorizer()
    if args.user:
        authorizer.add_user(args.user, args.password or "", args.root, perm="elr")
    else:
        authorizer.add_anonymous(args.root, perm="elr")
    handler = FTPHandler
    handler.authorizer = authorizer
    handler.banner = "faulthttp's FTP sibling ready"
    server = FTPServer(("127.0.0.1", args.port), handler)
    port = server.socket.getsockname()[1]
    temporary = args.port_file + ".tmp"
    with open(temporary, "w") as f:
        f.write("%d\n" % port)
    os.replace(temporary, args.port_file)
    server.serve_forever(timeout=0.5)


if __name__ == "__main__":
    main()
