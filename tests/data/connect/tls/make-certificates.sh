#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the TEST-ONLY certificates of this folder (see README.md). Run once; the PEM files are
# committed. Needs the openssl command line (OpenSSL 3).
set -euo pipefail
cd "$(dirname "$0")"
days=10950 # 30 years
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The test CA.
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days "$days" -sha256 \
    -subj "/O=IOC Desk tests/CN=IOC Desk test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

# issue NAME SUBJECT EXTENSIONS: NAME.key + NAME.pem signed by the test CA.
issue() {
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$work/$1.csr" -subj "$2"
    printf '%s\n' "$3" >"$work/$1.ext"
    openssl x509 -req -in "$work/$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$1.pem" \
        -days "$days" -sha256 -extfile "$work/$1.ext"
}
issue server "/O=IOC Desk tests/CN=localhost" "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1"
issue otherhost "/O=IOC Desk tests/CN=other.example" "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:other.example"
issue client "/O=IOC Desk tests/CN=ioc-desk-test-client" "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth"
# The client key again, encrypted with the pass phrase "test-key-pass" (client-encrypted.key).
openssl pkey -in client.key -out client-encrypted.key -aes256 -passout pass:test-key-pass

# A self-signed certificate for 127.0.0.1/localhost that no CA vouches for.
openssl req -x509 -newkey rsa:2048 -nodes -keyout wrong.key -out wrong.pem -days "$days" -sha256 \
    -subj "/O=Nobody/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"
rm -f ca.srl ca.key # nothing more is ever signed with this CA: regenerate everything instead
