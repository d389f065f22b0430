#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An SMTP server that keeps what it receives, for the e-mail tests (aiosmtpd: Debian's python3-aiosmtpd).

Usage: smtpsink.py --port 0 --port-file F --out DIR [--starttls CERT KEY] [--require-auth USER:PASS]
                   [--refuse] [--hang]
Binds on 127.0.0.1 (port 0: any free port), writes the port it got into F (whole, then renamed) and serves
until killed.
  --out DIR            each message accepted is written to DIR/NNNNNN.json (written whole, then renamed):
                       {"mailFrom": ..., "rcptTos": [...], "data": base64 of the DATA bytes exactly as
                        received, "tls": whether the session was encrypted, "login": the user that
                        authenticated or null}
  --starttls CERT KEY  offers STARTTLS with this certificate and requires it before MAIL
  --require-auth U:P   requires AUTH (PLAIN or LOGIN; only after STARTTLS when --starttls is given) with
                       user U and password P; any other pair gets 535
  --refuse             answers every MAIL FROM with 554 (a server that refuses the message)
  --hang               accepts connections and never says a word (a server that hangs)
"""

import argparse
import asyncio
import base64
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

COUNTER = 0


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class Sink:
    def __init__(self, out, refuse):
        self.out = out
        self.refuse = refuse

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.refuse:
            return "554 5.7.1 Transaction refused by the test server"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        global COUNTER
        COUNTER += 1
        login = session.auth_data if isinstance(session.auth_data, str) else None
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": list(envelope.rcpt_tos),
            "data": base64.b64encode(envelope.original_content or envelope.content).decode("ascii"),
            "tls": session.ssl is not None,
            "login": login,
        }
        write_atomically(os.path.join(self.out, "%06d.json" % COUNTER), json.dumps(record).encode("utf-8"))
        return "250 Message accepted for delivery"


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            if auth_data.login.decode("utf-8", "replace") == user and \
                    auth_data.password.decode("utf-8", "replace") == password:
                return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)
    return authenticate


async def hang(reader, writer):
    await asyncio.sleep(600)
    writer.close()


async def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--require-auth", metavar="USER:PASS")
    parser.add_argument("--refuse", action="store_true")
    parser.add_argument("--hang", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    loop = asyncio.get_running_loop()
    if args.hang:
        server = await asyncio.start_server(hang, "127.0.0.1", args.port, reuse_address=True)
    else:
        context = None
        if args.starttls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(args.starttls[0], args.starttls[1])
        kwargs = {"hostname": "smtpsink.test", "decode_data": False, "enable_SMTPUTF8": True}
        if context:
            kwargs.update(tls_context=context, require_starttls=True)
        if args.require_auth:
            user, _, password = args.require_auth.partition(":")
            kwargs.update(authenticator=make_authenticator(user, password), auth_required=True,
                          auth_require_tls=bool(context))
        handler = Sink(args.out, args.refuse)
        server = await loop.create_server(lambda: SMTP(handler, **kwargs), "127.0.0.1", args.port,
                                          reuse_address=True)
    port = server.sockets[0].getsockname()[1]
    write_atomically(args.port_file, str(port).encode("ascii"))
    print("smtpsink: listening on 127.0.0.1:%d" % port, file=sys.stderr, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
