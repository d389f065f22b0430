#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the translations into the .ts files that lupdate refreshed.

translations/vi.json maps each English source text to its Vietnamese text (one entry serves every
context that uses the text). iocdesk_en.ts gets the source text itself, so that English is a real,
finished translation too. Exits non-zero, listing them, when a source text has no Vietnamese.

Run after `cmake --build <dir> --target update_translations`:  python3 translations/tools/apply.py
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).resolve().parent.parent
vietnamese = json.loads((here / "vi.json").read_text(encoding="utf-8"))


def fill(ts_path: pathlib.Path, lookup) -> list:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        text = lookup(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = text
            if ts_path.name.endswith("_en.ts"):
                singular = ET.SubElement(translation, "numerusform")
                singular.text = text.replace("(s)", "s")
                form.text = text.replace("(s)", "")
        else:
            translation.text = text
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


missing = fill(here / "iocdesk_vi.ts", vietnamese.get)
fill(here / "iocdesk_en.ts", lambda source: source)
if missing:
    print("no Vietnamese for:\n  " + "\n  ".join(missing), file=sys.stderr)
    sys.exit(1)
