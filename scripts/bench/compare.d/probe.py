#!/usr/bin/env python3
"""Runs each search once on both systems (a warm-up) and keeps the answers and their hit counts.

    probe.py QUERIES_DIR PG_PORT KOMMUNSOK_PORT

For every query of QUERIES_DIR/queries.json: psql runs NAME.sql, and GET the Kommunsök path;
the answers go to NAME.pg.json and NAME.kommunsok.json, and QUERIES_DIR/hits.json gets, per
query, both totals, Kommunsök's flags (relaxed, corrected, limited) and how many of the ten
first hits both systems return. Prints one line per query; exits 1 when a system fails a query.
PG_PORT "-": Kommunsök alone (compare --without-postgres).
"""
import json
import os
import subprocess
import sys
import urllib.request


def ask_postgres(folder, q, pg_port):
    """PostgreSQL's answer to query q (None when it failed) and whether it failed."""
    pg = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", pg_port,
                         "-U", "postgres", "-d", "bench", "-f", os.path.join(folder, q["sql"])],
                        capture_output=True, text=True)
    if pg.returncode != 0:
        print(f"compare: PostgreSQL failed {q['name']}: {pg.stderr.strip()}", file=sys.stderr)
        return None, True
    answer = json.loads(pg.stdout)
    with open(os.path.join(folder, f"{q['name']}.pg.json"), "w", encoding="utf-8") as f:
        json.dump(answer, f, ensure_ascii=False, indent=1)
    return answer, False


def main():
    folder, pg_port, ks_port = sys.argv[1], sys.argv[2], sys.argv[3]
    queries = json.load(open(os.path.join(folder, "queries.json"), encoding="utf-8"))
    hits = {}
    failed = False
    for q in queries:
        name = q["name"]
        pg_answer = None
        if pg_port != "-":
            pg_answer, pg_failed = ask_postgres(folder, q, pg_port)
            failed = failed or pg_failed
        ks_answer = None
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{ks_port}{q['kommunsok']}", timeout=120) as r:
                ks_answer = json.load(r)
            with open(os.path.join(folder, f"{name}.kommunsok.json"), "w", encoding="utf-8") as f:
                json.dump(ks_answer, f, ensure_ascii=False, indent=1)
        except Exception as e:  # noqa: BLE001 - reported and counted as a failure
            print(f"compare: Kommunsök failed {name}: {e}", file=sys.stderr)
            failed = True
        pg_ids = [h["id"] for h in (pg_answer or {}).get("hits") or []]
        ks_ids = [h["id"] for h in (ks_answer or {}).get("hits") or []]
        hits[name] = {
            "pg": pg_answer["total"] if pg_answer else None,
            "kommunsok": ks_answer["total"] if ks_answer else None,
            "relaxed": bool(ks_answer and ks_answer.get("relaxed")),
            "corrected": bool(ks_answer and ks_answer.get("corrected")),
            "limited": (ks_answer or {}).get("limited") or [],
            "top10_common": len(set(pg_ids) & set(ks_ids)),
        }
        h = hits[name]
        flags = " ".join(f for f in ("relaxed", "corrected") if h[f]) + (" limited" if h["limited"] else "")
        print(f"  {name:<13} hits: PostgreSQL {h['pg']}, Kommunsök {h['kommunsok']}"
              f"{' (' + flags.strip() + ')' if flags.strip() else ''}; same in top 10: {h['top10_common']}")
    with open(os.path.join(folder, "hits.json"), "w", encoding="utf-8") as f:
        json.dump(hits, f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
