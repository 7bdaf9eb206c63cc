#!/usr/bin/env python3
"""The comparison's results as one Markdown document, from what scripts/bench/compare left in WORK.

    report.py WORK > WORK/compare-results.md

Reads WORK/facts.tsv (key, value), WORK/queries/{queries,hits}.json, WORK/load/ (pgbench output
and per-transaction logs, wrk output, the load average before each pair of runs),
WORK/pg-indexes.out (psql's \\timing of each step after the COPY), WORK/*-mem.json and
WORK/agreement.md.
"""
import glob
import json
import os
import re
import sys

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def read_facts(work):
    facts = {}
    path = os.path.join(work, "facts.tsv")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if "\t" in line:
                key, value = line.rstrip("\n").split("\t", 1)
                facts[key] = value
    return facts


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def pgbench_result(prefix):
    """QPS, p50 and p99 in ms, failures, from pgbench's output and its per-transaction logs."""
    out = open(prefix + ".out", encoding="utf-8", errors="replace").read() if os.path.exists(prefix + ".out") else ""
    m = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", out)
    qps = float(m.group(1)) if m else None
    failed = 0
    m = re.search(r"number of failed transactions: (\d+)", out)
    if m:
        failed = int(m.group(1))
    if re.search(r"^pgbench: error", out, re.M) or qps is None:
        failed = failed or -1
    latencies = []
    for log in glob.glob(prefix + ".log.*"):
        for line in open(log):
            fields = line.split()
            if len(fields) >= 3 and fields[2].isdigit():
                latencies.append(int(fields[2]) / 1000.0)
            elif len(fields) >= 3:
                failed += 1
    latencies.sort()
    return {"qps": qps, "p50": percentile(latencies, 50), "p99": percentile(latencies, 99), "failed": failed,
            "n": len(latencies)}


def wrk_result(prefix):
    out = open(prefix + ".out", encoding="utf-8", errors="replace").read() if os.path.exists(prefix + ".out") else ""
    m = re.search(r"Requests/sec:\s+([0-9.]+)", out)
    qps = float(m.group(1)) if m else None
    lat = {}
    for p, value, unit in re.findall(r"^\s+(50|99)%\s+([0-9.]+)(us|ms|s|m)\s*$", out, re.M):
        lat[p] = float(value) * UNITS[unit]
    failed = 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        failed += int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        failed += sum(int(x) for x in m.groups())
    if qps is None:
        failed = failed or -1
    return {"qps": qps, "p50": lat.get("50"), "p99": lat.get("99"), "failed": failed}


def fmt(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, float) and value >= 100:
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.{digits}f}"


def fmt_ms(value):
    if value is None:
        return "–"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def size(b):
    if b in (None, ""):
        return "–"
    b = float(b)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if b < 1024 or unit == "TB":
            return f"{b:.0f} {unit}" if unit == "B" else f"{b:.1f} {unit}"
        b /= 1024


def num(facts, key):
    try:
        return float(facts[key])
    except (KeyError, ValueError):
        return None


def ratio(a, b):
    if a is None or b in (None, 0):
        return "–"
    r = a / b
    return f"{r:.2f}×" if r < 10 else f"{r:.0f}×"


def kommunsok_alone(facts, queries, hits, concurrency, work, docs, w):
    """The report of a run without PostgreSQL (compare --without-postgres): one row of the growth table."""
    docs_text = f"{docs:,}".replace(",", " ")
    w(f"## Kommunsök alone, {docs_text} documents\n")
    w(f"`corpus/generator/national_corpus.py --seed {facts.get('seed', '?')}`, {size(facts.get('corpus_bytes'))} of text, "
      f"generated in {fmt(num(facts, 'gen_seconds'))} s; {facts.get('duration', '?')} s per load step (`wrk --latency`, "
      f"c connections and threads); {facts.get('machine', '')}. Load average (1/5/15 min) at the start: "
      f"{facts.get('load_start', '?')}, at the end: {facts.get('load_end', '?')}.\n")
    w("| query | c | QPS | p50 ms | p99 ms | hits | load (1 min) |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for q in queries:
        for c in concurrency:
            base = os.path.join(work, "load", f"{q['name']}-c{c}")
            ks = wrk_result(base + "-ks") if os.path.exists(base + "-ks.out") else {"qps": None, "p50": None, "p99": None}
            load = open(base + ".load").read().split()[0] if os.path.exists(base + ".load") else "–"
            total = hits.get(q["name"], {}).get("kommunsok")
            w(f"| {q['what']} | {c} | {fmt(ks['qps'])} | {fmt_ms(ks['p50'])} | {fmt_ms(ks['p99'])} | "
              f"{'–' if total is None else total} | {load} |")
    wall = num(facts, "ks_index_seconds")
    w("")
    w(f"Ingest: {fmt(wall)} s, {fmt(docs / wall if wall else None)} documents/s, peak RSS "
      f"{size(facts.get('ks_rss_max'))}, {size(facts.get('ks_write_bytes'))} written; index "
      f"{size(facts.get('ks_index_bytes'))} as built ({facts.get('ks_compaction') or 'not compacted'}), "
      f"originals {size(facts.get('ks_originals_bytes'))}; {facts.get('ks_documents', '–')} documents in the index.\n")
    agreement = os.path.join(work, "agreement.md")
    if os.path.exists(agreement):
        w("### Recognition\n")
        w(open(agreement, encoding="utf-8").read().strip() + "\n")


def main():
    work = sys.argv[1]
    facts = read_facts(work)
    qdir = os.path.join(work, "queries")
    queries = json.load(open(os.path.join(qdir, "queries.json"), encoding="utf-8"))
    hits = json.load(open(os.path.join(qdir, "hits.json"))) if os.path.exists(os.path.join(qdir, "hits.json")) else {}
    concurrency = facts.get("concurrency", "1 4 8").split()
    out = []
    w = out.append
    docs = int(num(facts, "docs") or 0)
    docs_text = f"{docs:,}".replace(",", " ")
    if facts.get("with_postgres") == "0":
        kommunsok_alone(facts, queries, hits, concurrency, work, docs, w)
        print("\n".join(out))
        return
    w("## Kommunsök vs PostgreSQL 15 full-text search\n")
    w(f"{docs_text} synthetic documents (`corpus/generator/national_corpus.py --seed {facts.get('seed', '?')}`, "
      f"{size(facts.get('corpus_bytes'))} of text, generated in {fmt(num(facts, 'gen_seconds'))} s); "
      f"{facts.get('duration', '?')} s per load step; {facts.get('machine', '')}. "
      f"Load average (1/5/15 min) at the start: {facts.get('load_start', '?')}, at the end: {facts.get('load_end', '?')}.\n"
      )
    w("### Searches\n")
    w("Each search is the same on both sides: Kommunsök's `GET /api/search` (top 10 with snippets and "
      "facet counts for kind, organ, municipality, party and year) and one PostgreSQL statement "
      "(top 10 by `ts_rank` with a `ts_headline` snippet of the body, the total, and `GROUP BY` counts for "
      "the same five facets over every match). QPS and latency from `pgbench -M prepared` (per-transaction "
      "log) and `wrk --latency`, each with c connections and c threads, PostgreSQL first and Kommunsök right "
      "after, for every query and concurrency. Hits: the total each system reports.\n")
    w("| query | c | PG QPS | PG p50 ms | PG p99 ms | Kommunsök QPS | Kommunsök p50 ms | Kommunsök p99 ms "
      "| QPS Kommunsök/PG | hits PG | hits Kommunsök | load (1 min) |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    problems = []
    for q in queries:
        name = q["name"]
        h = hits.get(name, {})
        for c in concurrency:
            base = os.path.join(work, "load", f"{name}-c{c}")
            pg = pgbench_result(base + "-pg") if os.path.exists(base + "-pg.out") else None
            ks = wrk_result(base + "-ks") if os.path.exists(base + "-ks.out") else None
            load = open(base + ".load").read().split()[0] if os.path.exists(base + ".load") else "–"
            pg = pg or {"qps": None, "p50": None, "p99": None, "failed": 0}
            ks = ks or {"qps": None, "p50": None, "p99": None, "failed": 0}
            for system, r in (("PostgreSQL", pg), ("Kommunsök", ks)):
                if r["failed"]:
                    problems.append(f"{name} c={c}: {system} had "
                                    + ("no result" if r["failed"] < 0 else f"{r['failed']} failed requests"))
            ks_hits = h.get("kommunsok")
            flags = [f for f in ("relaxed", "corrected") if h.get(f)] + (["limited"] if h.get("limited") else [])
            ks_hits_text = "–" if ks_hits is None else f"{ks_hits}" + (f" ({', '.join(flags)})" if flags else "")
            w(f"| {q['what']} | {c} | {fmt(pg['qps'])} | {fmt_ms(pg['p50'])} | {fmt_ms(pg['p99'])} | "
              f"{fmt(ks['qps'])} | {fmt_ms(ks['p50'])} | {fmt_ms(ks['p99'])} | {ratio(ks['qps'], pg['qps'])} | "
              f"{'–' if h.get('pg') is None else h['pg']} | {ks_hits_text} | {load} |")
    w("")
    if problems:
        w("**Failures during the load steps:** " + "; ".join(problems) + "\n")

    w("### Ingest\n")
    pg_wall = num(facts, "pg_load_seconds")
    ks_wall = num(facts, "ks_index_seconds")
    pg_rate = docs / pg_wall if pg_wall else None
    ks_rate = docs / ks_wall if ks_wall else None
    steps = facts.get("pg_steps", "")
    w("| | PostgreSQL | Kommunsök | Kommunsök/PG |")
    w("| --- | ---: | ---: | ---: |")
    w(f"| documents/s (until queryable) | {fmt(pg_rate)} | {fmt(ks_rate)} | {ratio(ks_rate, pg_rate)} |")
    w(f"| wall time | {fmt(pg_wall)} s{(' (' + steps + ')') if steps else ''} | {fmt(ks_wall)} s | {ratio(ks_wall, pg_wall)} |")
    w(f"| documents in the index | {facts.get('pg_rows', '–')} rows | {facts.get('ks_documents', '–')} | |")
    pg_pss, ks_pss = num(facts, "pg_pss_max"), num(facts, "ks_pss_max")
    w(f"| peak memory, sum of PSS of all processes (sampled every 0.25 s) | {size(pg_pss)} | {size(ks_pss)} | {ratio(ks_pss, pg_pss)} |")
    pg_rss, ks_rss = num(facts, "pg_rss_max"), num(facts, "ks_rss_max")
    w(f"| peak RSS of the largest process | {size(pg_rss)} (sampled) | {size(ks_rss)} (`/usr/bin/time`) | {ratio(ks_rss, pg_rss)} |")
    pg_w, ks_w = num(facts, "pg_write_bytes"), num(facts, "ks_write_bytes")
    wal = facts.get("pg_wal_bytes")
    w(f"| bytes written (`write_bytes` of the processes) | {size(pg_w)}{(' (WAL ' + size(wal) + ')') if wal else ''} "
      f"| {size(ks_w)} | {ratio(ks_w, pg_w)} |")
    pg_total, ks_index = num(facts, "pg_total_bytes"), num(facts, "ks_index_bytes")
    compaction = facts.get("ks_compaction", "")
    ks_note = f"compacted by the indexer at its end: {compaction}" if compaction else "not compacted"
    w(f"| index size, as built | {size(pg_total)} (`pg_total_relation_size`: table {size(facts.get('pg_table_bytes'))} "
      f"with TOAST, GIN {size(facts.get('pg_gin_bytes'))}, other indexes {size(facts.get('pg_other_index_bytes'))}) "
      f"| {size(ks_index)} (Xapian, without originals; {ks_note}) | {ratio(ks_index, pg_total)} |")
    ks_compact = num(facts, "ks_compact_bytes")
    w(f"| a backup's copy (compacted) | – | {size(ks_compact)} "
      f"(`kommunsok-admin backup`, {fmt(num(facts, 'ks_compact_seconds'))} s) | {ratio(ks_compact, pg_total)} |")
    w(f"| originals kept | (the body column, in the table above) | {size(facts.get('ks_originals_bytes'))} "
      f"(`originals/`, beside the index) | |")
    w(f"| whole data folder | {size(facts.get('pg_datadir_bytes'))} (cluster, WAL included) | "
      f"{size(facts.get('ks_datadir_bytes'))} (index + originals) | {ratio(num(facts, 'ks_datadir_bytes'), num(facts, 'pg_datadir_bytes'))} |")
    w("")
    agreement = os.path.join(work, "agreement.md")
    if os.path.exists(agreement):
        w("### Recognition\n")
        w(open(agreement, encoding="utf-8").read().strip() + "\n")
    w("### How it was measured\n")
    w(f"- PostgreSQL {facts.get('pg_version', '15')}: a private cluster (initdb, C.UTF-8), settings: "
      f"`{facts.get('pg_settings', '')}`. Table `docs` (id, kind, organ, municipality, parties text[], unions text[], "
      "year, date, dnr text[], title, body, tsv `GENERATED ALWAYS AS (setweight(to_tsvector('swedish', title), 'A') "
      "|| setweight(to_tsvector('swedish', body), 'B')) STORED`), loaded with one `COPY … FROM STDIN` from the manifest's "
      "true metadata and the files, then primary key, GIN on tsv, btree on date and ANALYZE (all in the wall time). "
      "Words go through `websearch_to_tsquery('swedish', …)`; a case number is `dnr @> ARRAY[…]` (no index on dnr, "
      "as the schema has none).")
    w(f"- Kommunsök: `kommunsok-indexer --db DIR docs/` (defaults: --jobs 2, --threads one per core, a commit per 1000 documents or 16 MB of text) under `/usr/bin/time`, "
      f"then `kommunsok-server --db DIR --port 0` (defaults). Its metadata are what it recognised in the text; "
      "PostgreSQL's are the generator's truth, so facet counts differ where recognition does.")
    w("- Hits differ by design: Kommunsök splits compounds (a word also finds compounds that contain it), folds å/ä/ö "
      "and reads case numbers in any spelling; PostgreSQL's Swedish snowball stemmer matches whole words only.")
    w("- Bytes written: for PostgreSQL the `write_bytes` of the postmaster (which includes its ended backends) and "
      "its live children, from before the COPY to after a CHECKPOINT that follows the load (so the table's pages "
      "still dirty in shared_buffers count; the checkpoint is not in the wall time); for Kommunsök `/usr/bin/time`'s file-system outputs × 512. "
      "Both count what the processes sent toward the disk, including rewrites; neither counts the corpus itself.")
    w("- Both systems read the corpus and their index from the page cache on a warm machine; other programs may "
      "have run at the same time (see the load average column).")
    w("")
    w("Queries (chosen by `compare.d/queries.py` from the corpus; the last figure is how many of the ten first "
      "hits both systems return):\n")
    for q in queries:
        h = hits.get(q["name"], {})
        w(f"- `{q['name']}`: {q['what']} — `{q['kommunsok']}`; same in both top 10: {h.get('top10_common', '–')}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
