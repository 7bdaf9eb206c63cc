#!/usr/bin/env python3
"""Writes the corpus as PostgreSQL COPY text on stdout, one row per manifest line.

    pg_load.py DIR   # DIR holds manifest.jsonl and docs/

Columns, in order: id, kind, organ, municipality, parties, unions, year, date, dnr, title, body
(as in schema.sql). The metadata are the manifest's true values; the body is the file's text.
"""
import json
import os
import sys


def field(value):
    if value is None:
        return "\\N"
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def array(values):
    items = []
    for v in values or []:
        items.append('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return field("{" + ",".join(items) + "}")


def main():
    root = sys.argv[1]
    out = sys.stdout.buffer
    rows = []
    with open(os.path.join(root, "manifest.jsonl"), encoding="utf-8") as manifest:
        for line in manifest:
            e = json.loads(line)
            with open(os.path.join(root, e["path"]), encoding="utf-8") as f:
                body = f.read()
            date = e.get("date")
            rows.append("\t".join([
                field(e["id"]), field(e["kind"]), field(e.get("organ")), field(e.get("municipality")),
                array(e.get("parties")), array(e.get("unions")), field(date[:4] if date else None), field(date),
                array(e.get("diarienummer")), field(e.get("title")), field(body)]) + "\n")
            if len(rows) >= 500:
                out.write("".join(rows).encode("utf-8"))
                rows.clear()
    out.write("".join(rows).encode("utf-8"))


if __name__ == "__main__":
    main()
