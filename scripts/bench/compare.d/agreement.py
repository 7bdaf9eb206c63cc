#!/usr/bin/env python3
"""How many of the synthetic documents Kommunsök recognised as the generator wrote them.

    agreement.py --port PORT --manifest DIR/manifest.jsonl [--sample N] [--seed S] [--mismatches FILE]

Fetches GET /api/documents/{id} for a deterministic sample of the manifest and compares kind,
municipality, date, organ, title, diarienummer, parties and unions (present) with the manifest's
true values. Prints a Markdown table of agreement per field; --mismatches writes every
disagreement (field, id, manifest value, Kommunsök value) as TSV.
"""
import argparse
import json
import random
import re
import sys
import urllib.parse
import urllib.request

FIELDS = ["kind", "municipality", "date", "organ", "title", "diarienummer", "parties", "unions"]


def norm_title(t):
    return re.sub(r"\s+", " ", t or "").strip()


def canon_dnr(d):
    return re.sub(r"[^0-9A-ZÅÄÖ]", "", (d or "").upper()).lstrip("0")


def compare(field, truth, got):
    if field == "title":
        return norm_title(truth) == norm_title(got)
    if field == "diarienummer":
        return sorted(canon_dnr(x) for x in truth or []) == sorted(canon_dnr(x) for x in got or [])
    if field == "parties":
        return sorted(truth or []) == sorted(got or [])
    if field == "unions":
        return sorted(truth or []) == sorted(got or [])
    return truth == got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--mismatches")
    args = ap.parse_args()
    entries = [json.loads(line) for line in open(args.manifest, encoding="utf-8")]
    sample = random.Random(args.seed).sample(entries, min(args.sample, len(entries)))
    right = {f: 0 for f in FIELDS}
    per_kind = {}
    missing = 0
    rows = []
    for e in sample:
        url = f"http://127.0.0.1:{args.port}/api/documents/" + urllib.parse.quote(e["id"], safe="/")
        try:
            with urllib.request.urlopen(url, timeout=30) as r:
                doc = json.load(r)
        except Exception as ex:  # noqa: BLE001 - a missing document counts as wrong everywhere
            missing += 1
            rows.append(("document", e["id"], "present", str(ex)))
            continue
        k = per_kind.setdefault(e["kind"], {"n": 0, **{f: 0 for f in FIELDS}})
        k["n"] += 1
        for f in FIELDS:
            if compare(f, e.get(f), doc.get(f)):
                right[f] += 1
                k[f] += 1
            else:
                rows.append((f, e["id"], json.dumps(e.get(f), ensure_ascii=False),
                             json.dumps(doc.get(f), ensure_ascii=False)))
    n = len(sample)
    print(f"Recognition of {n} sampled documents (GET /api/documents/{{id}} against manifest.jsonl)"
          + (f"; {missing} not found" if missing else "") + ":\n")
    kinds = sorted(per_kind)
    print("| field | all | " + " | ".join(f"{k} (n={per_kind[k]['n']})" for k in kinds) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in kinds) + " |")
    for f in FIELDS:
        cells = [f"{100.0 * per_kind[k][f] / per_kind[k]['n']:.0f} %" for k in kinds]
        print(f"| {f} | {100.0 * right[f] / max(n, 1):.1f} % | " + " | ".join(cells) + " |")
    if args.mismatches:
        with open(args.mismatches, "w", encoding="utf-8") as out:
            out.write("field\tid\tmanifest\tkommunsok\n")
            for row in rows:
                out.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
