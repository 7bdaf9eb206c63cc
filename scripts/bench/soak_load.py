#!/usr/bin/env python3
"""The client side of scripts/bench/soak: Python 3 standard library only.

  soak_load.py health --port P [--wait S]   prints the document count from /api/health
  soak_load.py get --port P PATH             prints the body of GET PATH (for /metrics)
  soak_load.py run --port P --pid PID --seconds S --out DIR [--concurrency 8] [--slowloris 4]
      CONCURRENCY threads send a mixed list of searches, document fetches and health checks,
      each over its own kept-alive connection, as fast as they are answered; SLOWLORIS
      connections send one byte of a request head every few seconds and reconnect when the
      server cuts them off; the server's RSS is sampled every 10 s. Writes DIR/requests.csv
      (one line per request) and DIR/run.json; prints a progress line a minute to stderr.
  soak_load.py report --out DIR --pid PID ...  prints the report as one block; exit status 1
      when a request failed other than by a limit, a file failed to index, or a slowloris
      connection was not cut off.
"""
import argparse
import array
import bisect
import collections
import http.client
import json
import os
import random
import re
import select
import socket
import sys
import threading
import time
from urllib.parse import quote, urlencode

HOST = "127.0.0.1"

# --- the query mix ------------------------------------------------------------------------
# Words and names from the synthetic corpus (corpus/generator/synthetic_corpus.cpp), so most
# queries find something; a few find nothing or need the typo and relaxed paths.
WORDS = ["skolskjuts", "bemanning", "friskvårdsbidraget", "friskvård", "hemtjänsten", "arbetsmiljö",
         "upphandling", "detaljplan", "forskola", "skolan", "socialsekreterare", "bibliotekens öppettider",
         "cykelvägar tätorterna", "e-tjänster", "föreningsbidrag", "sjukfrånvaron", "riskbedömningen",
         "vatten avlopp", "budgetram", "handlingsplan", "lokalförsörjning", "måltider", "Sjöbacka",
         "Anna Lind", "skolskjuts hamnområdet bibliotek"]
PHRASES = ['"arbetsgivaren svarar"', '"heltid som norm"', '"ekonomiska konsekvenser"',
           '"skyddsronder i förskolan"', '"budgetramar för nästa år"', '"digital enkät"',
           '"vatten och avlopp" upphandling']
FILTERS = [
    [("q", "budgetramar"), ("kind", "paragraf")], [("kind", "samverkan"), ("q", "bemanning")],
    [("organ", "KSAU")], [("organ", "Socialnämnden"), ("q", "bistånd")], [("party", "S"), ("sort", "-date")],
    [("party", "V"), ("party", "MP"), ("q", "skola")], [("year", "2023")],
    [("year", "2021"), ("kind", "interpellation")], [("q", "bemanning"), ("from", "2021-01-01"), ("to", "2023-12-31")],
    [("municipality", "Granvik"), ("kind", "samverkan")], [("union", "SSR"), ("q", "arbetsmiljö")],
    [("unit", "Socialförvaltningen")], [("q", "organ:KSAU arbetsmiljo")], [("q", "år:2022 cykelvägar")],
    [("q", "datum:2021-01-01..2021-06-30")], [("q", "parti:V hemtjänsten")], [("q", "fack:Kommunal")],
    [("q", "kommun:Lindmo upphandling")], [("q", "skolskjuts"), ("sort", "date")],
    [("q", "heltid"), ("page", "3"), ("size", "20")], [("q", "-skola"), ("kind", "paragraf")],
]
WILDCARDS = ["bud*", "skol*", "arbets*", "för*", "bem*", "upphandl*", "cykel*", "hem* tjänst*"]
EMPTY = [[], [("q", "")], [("sort", "-date")], [("size", "50")], [("kind", "samverkan"), ("sort", "-date")]]
TYPOS = ["skolskuts", "bemaning", "frisvårdsbidraget", "upphandlnig", "detaljplam", "arbetsmiljo"]
DEEP = [[("page", "100"), ("size", "100")], [("q", "beslut"), ("page", "40"), ("size", "100")]]
SERIES = ["KS", "BUN", "SN", "SBN", "TN", "KFN", "VON"]

# class name, weight
CLASSES = [("word", 22), ("phrase", 10), ("filter", 18), ("dnr", 8), ("wildcard", 7), ("empty", 5), ("typo", 4),
           ("deep", 2), ("document", 14), ("original", 3), ("health", 4), ("page", 1), ("notfound", 2)]
CLASS_NAMES = [name for name, _ in CLASSES]
CLASS_WEIGHTS = [weight for _, weight in CLASSES]

# 503/429 answers that are the server protecting itself; any other 503 (the index cannot be
# opened or read) is an error.
LIMIT_MESSAGES = ("busy", "connection limit", "too many connections", "try again later")


def search(params):
    return "/api/search" + ("?" + urlencode(params, quote_via=quote) if params else "")


class Worker:
    """One load thread's own state and tallies (merged after the run; no locks on the hot path)."""

    def __init__(self, index):
        self.rng = random.Random(1000 + index)
        self.ids = collections.deque(maxlen=500)
        self.dnrs = collections.deque(maxlen=200)
        # One entry per request, compact (an hour is a million requests): start (s from the
        # run's start), latency (ms), class index, outcome (0 ok, 1 limit, 2 error).
        self.starts = array.array("d")
        self.latencies = array.array("d")
        self.classes = array.array("B")
        self.outcomes = array.array("B")
        self.error_count = 0
        self.limit_count = 0
        self.mark = 0  # progress: entries already counted
        self.errors = collections.Counter()
        self.limits = collections.Counter()
        self.samples = []  # first errors, described
        self.connections = 0

    def choose(self):
        """A request: (class index, path, expected status)."""
        c = self.rng.choices(range(len(CLASSES)), CLASS_WEIGHTS)[0]
        name = CLASS_NAMES[c]
        rng = self.rng
        if name in ("document", "original") and not self.ids:
            c, name = 0, "word"  # nothing seen yet to fetch
        if name == "word":
            return c, search([("q", rng.choice(WORDS))]), 200
        if name == "phrase":
            return c, search([("q", rng.choice(PHRASES))]), 200
        if name == "filter":
            return c, search(rng.choice(FILTERS)), 200
        if name == "dnr":
            if self.dnrs and rng.random() < 0.6:
                dnr = rng.choice(self.dnrs)
            else:
                dnr = f"{rng.choice(SERIES)}-{rng.randint(2019, 2025)}/{rng.randint(1, 2000)}"
            number = dnr.split("-", 1)[-1]
            form = rng.randrange(4)
            params = ([("q", dnr)], [("q", "dnr:" + number)], [("diarienummer", dnr)],
                      [("q", dnr.replace("-", " ", 1) + " beslut")])[form]
            return c, search(params), 200
        if name == "wildcard":
            return c, search([("q", rng.choice(WILDCARDS))]), 200
        if name == "empty":
            return c, search(rng.choice(EMPTY)), 200
        if name == "typo":
            return c, search([("q", rng.choice(TYPOS))]), 200
        if name == "deep":
            return c, search(rng.choice(DEEP)), 200
        if name == "document":
            return c, "/api/documents/" + quote(rng.choice(self.ids), safe="/"), 200
        if name == "original":
            return c, "/api/documents/" + quote(rng.choice(self.ids), safe="/") + "/original", 200
        if name == "health":
            return c, "/api/health", 200
        if name == "page":
            return c, "/", 200
        return c, "/api/documents/soak/no-such-document-" + str(rng.randrange(10**6)) + ".txt", 404

    def record(self, start, c, latency, outcome):
        self.starts.append(start)
        self.latencies.append(latency)
        self.classes.append(c)
        self.outcomes.append(outcome)
        if outcome == 1:
            self.limit_count += 1
        elif outcome == 2:
            self.error_count += 1

    def learn(self, body):
        """Document ids and case numbers from a search answer, for later fetches and look-ups."""
        for hit in body.get("hits", [])[:5]:
            if isinstance(hit.get("id"), str):
                self.ids.append(hit["id"])
            for dnr in hit.get("diarienummer") or []:
                if isinstance(dnr, str):
                    self.dnrs.append(dnr)


def classify(status, expected, body, path, worker):
    """0 ok, 1 limit, 2 error; with a description for limits and errors."""
    message = ""
    if status in (429, 503) or (status != expected and body[:1] == b"{"):
        try:
            message = str(json.loads(body).get("error", ""))
        except (ValueError, AttributeError):
            message = "(no JSON error)"
    if status == expected:
        if status != 200 or path == "/" or path.endswith("/original"):
            return 0, ""
        try:
            parsed = json.loads(body)
        except ValueError:
            return 2, f"{status} with a body that is not JSON ({len(body)} bytes)"
        if path.startswith("/api/search"):
            if "hits" not in parsed or "total" not in parsed:
                return 2, "200 search answer without hits/total"
            worker.learn(parsed)
        elif path == "/api/health" and parsed.get("status") != "ok":
            return 2, f"200 health answer with status {parsed.get('status')!r}"
        return 0, ""
    if status in (429, 503) and any(m in message for m in LIMIT_MESSAGES):
        return 1, f"{status} {message}"
    return 2, f"{status} {message}"[:160]


def load_thread(index, port, deadline, start, worker, stop):
    conn = None
    while not stop.is_set() and time.monotonic() < deadline:
        c, path, expected = worker.choose()
        if conn is None:
            conn = http.client.HTTPConnection(HOST, port, timeout=60)
        if conn.sock is None:
            worker.connections += 1
        t0 = time.monotonic()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as e:
            latency = (time.monotonic() - t0) * 1000
            description = f"{type(e).__name__}: {e}"[:160]
            worker.record(t0 - start, c, latency, 2)
            worker.errors[description] += 1
            if len(worker.samples) < 20:
                worker.samples.append((round(t0 - start, 1), CLASS_NAMES[c], path, description))
            conn.close()
            conn = None
            time.sleep(0.1)  # a refused connection must not spin
            continue
        latency = (time.monotonic() - t0) * 1000
        outcome, description = classify(status, expected, body, path, worker)
        worker.record(t0 - start, c, latency, outcome)
        if outcome == 1:
            worker.limits[description] += 1
        elif outcome == 2:
            worker.errors[description] += 1
            if len(worker.samples) < 20:
                worker.samples.append((round(t0 - start, 1), CLASS_NAMES[c], path, description))
    if conn is not None:
        conn.close()


class Slowloris:
    """Connections that trickle a request head, one byte every INTERVAL seconds."""

    def __init__(self, interval, deadline_s):
        self.interval = interval
        self.hold_limit = 3 * deadline_s + interval  # not cut off by then: the server let it stay
        self.lock = threading.Lock()
        self.outcomes = collections.Counter()
        self.held = []  # seconds from the first byte to the cut
        self.statuses = collections.Counter()

    def note(self, outcome, seconds=None):
        with self.lock:
            self.outcomes[outcome] += 1
            if seconds is not None:
                self.held.append(seconds)

    def thread(self, port, stop):
        head = (b"GET /api/search?q=slowloris HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: kommunsok-soak-slowloris\r\n"
                b"X-Padding: " + b"a" * 4000)
        while not stop.is_set():
            try:
                s = socket.create_connection((HOST, port), timeout=10)
            except OSError:
                self.note("connect failed")
                stop.wait(1)
                continue
            first = time.monotonic()
            sent = 0
            outcome = None
            try:
                while not stop.is_set():
                    try:
                        s.send(head[sent % len(head):sent % len(head) + 1])
                        sent += 1
                    except OSError:
                        outcome = "reset while sending"
                        break
                    ready, _, _ = select.select([s], [], [], self.interval)
                    if ready:
                        data = b""
                        s.settimeout(5)
                        try:
                            while b"\r\n" not in data:
                                chunk = s.recv(4096)
                                if not chunk:
                                    break
                                data += chunk
                        except OSError:
                            pass
                        status = data.split(b"\r\n", 1)[0].decode("latin-1")
                        if status.startswith("HTTP/1.1 408"):
                            outcome = "408"
                        elif not data:
                            outcome = "closed without an answer"
                        elif " 503 " in status:
                            outcome = "503 (limit)"
                        else:
                            outcome = "answered " + status[9:40]
                        break
                    if time.monotonic() - first > self.hold_limit:
                        outcome = f"held over {self.hold_limit:.0f} s"
                        break
            finally:
                s.close()
            if outcome is not None:
                self.note(outcome, time.monotonic() - first if outcome == "408" else None)


def read_proc(pid):
    """(rss kB, peak rss kB, threads, open fds) of a process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        fds = len(os.listdir(f"/proc/{pid}/fd"))
        return (int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0]), int(fields["Threads"]), fds)
    except (OSError, KeyError, ValueError):
        return None


def pct(sorted_values, p):
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, max(0, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))]


def get(port, path, timeout=10):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def documents(port):
    try:
        status, body = get(port, "/api/health")
        return json.loads(body).get("documents") if status == 200 else None
    except (OSError, http.client.HTTPException, ValueError):
        return None


def mmss(seconds):
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


# --- run ----------------------------------------------------------------------------------
def run(args):
    os.makedirs(args.out, exist_ok=True)
    stop = threading.Event()
    start_wall = time.time()
    start = time.monotonic()
    deadline = start + args.seconds
    workers = [Worker(i) for i in range(args.concurrency)]
    threads = [threading.Thread(target=load_thread, args=(i, args.port, deadline, start, w, stop), daemon=True)
               for i, w in enumerate(workers)]
    slow = Slowloris(args.slowloris_interval, args.request_timeout)
    slow_threads = [threading.Thread(target=slow.thread, args=(args.port, stop), daemon=True)
                    for _ in range(args.slowloris)]
    samples = []  # (s, rss kB, peak kB, threads, fds)

    def sample():
        got = read_proc(args.pid)
        if got:
            samples.append((round(time.monotonic() - start, 1),) + got)
        return got

    sample()
    for t in threads + slow_threads:
        t.start()
    next_sample = start + 10
    next_progress = start + 60
    gone = False
    try:
        while time.monotonic() < deadline:
            time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            now = time.monotonic()
            if now >= next_sample:
                next_sample += 10
                if sample() is None:
                    print("soak: the server is gone", file=sys.stderr)
                    gone = True
                    break
            if now >= next_progress and now < deadline - 5:
                next_progress += 60
                recent = []
                for w in workers:
                    end = len(w.latencies)
                    recent += w.latencies[w.mark:end]
                    w.mark = end
                recent.sort()
                total = sum(len(w.latencies) for w in workers)
                errors = sum(w.error_count for w in workers)
                limits = sum(w.limit_count for w in workers)
                rss = samples[-1][1] / 1024 if samples else float("nan")
                print(f"soak: {mmss(now - start)} of {mmss(args.seconds)}: {total} requests "
                      f"({len(recent) / 60:.0f}/s, p99 {pct(recent, 99):.0f} ms in the last minute), {errors} errors, "
                      f"{limits} limit answers, {sum(slow.outcomes.values())} slowloris cut-offs, "
                      f"{documents(args.port)} documents, server RSS {rss:.0f} MB", file=sys.stderr, flush=True)
    finally:
        ended = time.monotonic()
        stop.set()
        for t in threads:
            t.join(timeout=70)
        for t in slow_threads:
            t.join(timeout=10)
    sample()
    with open(os.path.join(args.out, "requests.csv"), "w") as f:
        f.write("start_s,class,latency_ms,outcome\n")
        for w in workers:
            for t, latency, c, outcome in zip(w.starts, w.latencies, w.classes, w.outcomes):
                f.write(f"{t:.3f},{CLASS_NAMES[c]},{latency:.2f},{outcome}\n")
    errors = collections.Counter()
    limits = collections.Counter()
    for w in workers:
        errors.update(w.errors)
        limits.update(w.limits)
    summary = {
        "start_wall": start_wall,
        "seconds": ended - start,
        "concurrency": args.concurrency,
        "slowloris": args.slowloris,
        "slowloris_interval": args.slowloris_interval,
        "request_timeout": args.request_timeout,
        "connections": sum(w.connections for w in workers),
        "errors": dict(errors),
        "limits": dict(limits),
        "error_samples": sorted(s for w in workers for s in w.samples)[:10],
        "slowloris_outcomes": dict(slow.outcomes),
        "slowloris_held": slow.held,
        "rss": samples,
    }
    with open(os.path.join(args.out, "run.json"), "w") as f:
        json.dump(summary, f)
    return 3 if gone else 0


# --- report -------------------------------------------------------------------------------
def parse_metrics(path):
    """{(name, labels): value} from a Prometheus text file."""
    values = {}
    try:
        with open(path) as f:
            for line in f:
                m = re.match(r"^([a-zA-Z_:]+)(\{.*\})? (\S+)$", line.strip())
                if m:
                    try:
                        values[(m.group(1), m.group(2) or "")] = float(m.group(3))
                    except ValueError:
                        pass
    except OSError:
        pass
    return values


def label(labels, key):
    m = re.search(key + r'="([^"]*)"', labels)
    return m.group(1) if m else ""


def report(args):
    with open(os.path.join(args.out, "run.json")) as f:
        run_info = json.load(f)
    seconds = run_info["seconds"]
    start_wall = run_info["start_wall"]
    problems = []
    out = []

    def line(text=""):
        out.append(text)

    # indexer runs: folder, due, start, end, exit status, summary
    runs = []
    if os.path.exists(args.indexer):
        with open(args.indexer) as f:
            for row in f:
                parts = row.rstrip("\n").split("\t")
                if len(parts) >= 5:
                    m = re.search(r"indexed (\d+), unchanged (\d+), removed (\d+), failed (\d+)",
                                  parts[5] if len(parts) > 5 else "")
                    runs.append({"due": float(parts[1]) - start_wall, "start": float(parts[2]) - start_wall,
                                 "end": float(parts[3]) - start_wall, "rc": int(parts[4]),
                                 "indexed": int(m.group(1)) if m else 0, "failed": int(m.group(4)) if m else -1})
    busy = sorted((r["start"], r["end"]) for r in runs)
    busy_starts = [a for a, _ in busy]

    def indexing(t):
        i = bisect.bisect_right(busy_starts, t) - 1
        return i >= 0 and t <= busy[i][1]

    # One pass over the requests: latencies by class, by indexer state, by 10 s window and by period.
    period = max(60, int(seconds / 12 // 60 * 60) or 60)
    by_class = collections.defaultdict(list)
    class_errors = collections.Counter()
    class_limits = collections.Counter()
    during, outside = [], []
    windows = collections.defaultdict(list)
    periods = collections.defaultdict(list)
    with open(os.path.join(args.out, "requests.csv")) as f:
        next(f)
        for row in f:
            t, c, latency, outcome = row.rstrip("\n").split(",")
            t = float(t)
            latency = float(latency)
            by_class[c].append(latency)
            if outcome == "2":
                class_errors[c] += 1
            elif outcome == "1":
                class_limits[c] += 1
            (during if indexing(t) else outside).append(latency)
            windows[int(t // 10)].append(latency)
            periods[int(t // period)].append(latency)
    latencies = sorted(during + outside)
    during.sort()
    outside.sort()
    errors = sum(class_errors.values())
    limits = sum(class_limits.values())
    line(f"soak: {seconds / 60:.1f} min, {run_info['concurrency']} load connections (kept alive), "
         f"{run_info['slowloris']} slowloris connections (1 byte / {run_info['slowloris_interval']:g} s)")
    line(f"requests      {len(latencies)} ({len(latencies) / seconds:.1f}/s), {errors} errors (non-limit), "
         f"{limits} limit answers; load connections opened {run_info['connections']}")
    line(f"latency ms    p50 {pct(latencies, 50):.1f}  p95 {pct(latencies, 95):.1f}  p99 {pct(latencies, 99):.1f}  "
         f"max {latencies[-1] if latencies else float('nan'):.1f}")
    line(f"  indexer running   {len(during):>8} requests  p50 {pct(during, 50):7.1f}  p99 {pct(during, 99):7.1f}  "
         f"max {during[-1] if during else float('nan'):.1f}")
    line(f"  indexer idle      {len(outside):>8} requests  p50 {pct(outside, 50):7.1f}  p99 {pct(outside, 99):7.1f}  "
         f"max {outside[-1] if outside else float('nan'):.1f}")
    if windows:
        for w in windows:
            windows[w].sort()
        worst = max(windows, key=lambda w: pct(windows[w], 99))
        values = windows[worst]
        line(f"  worst 10 s       at {mmss(worst * 10)}: p99 {pct(values, 99):.1f} ms, max {values[-1]:.1f} ms, "
             f"{len(values) / 10:.0f} req/s" + (" (indexer running)" if any(
                 a < worst * 10 + 10 and b > worst * 10 for a, b in busy) else ""))
    if periods:
        line(f"  p99 per {period // 60} min  " + " ".join(
            f"{pct(sorted(periods[p]), 99):.0f}" for p in sorted(periods)) + "  (req/s: " + " ".join(
            f"{len(periods[p]) / period:.0f}" for p in sorted(periods)) + ")")
    line(f"  {'class':<10} {'requests':>9} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8} {'errors':>7} {'limits':>7}")
    for name in CLASS_NAMES:
        values = sorted(by_class.get(name, []))
        if not values:
            continue
        line(f"  {name:<10} {len(values):>9} {pct(values, 50):>8.1f} {pct(values, 95):>8.1f} {pct(values, 99):>8.1f} "
             f"{values[-1]:>8.1f} {class_errors[name]:>7} {class_limits[name]:>7}")
    if errors:
        problems.append(f"{errors} non-limit errors")
        line("errors        " + "; ".join(f"{n}× {d}" for d, n in
                                          collections.Counter(run_info["errors"]).most_common(5)))
        for t, c, path, description in run_info["error_samples"][:5]:
            line(f"  at {mmss(t)} {c} {path}: {description}")
    if limits:
        line("limit answers " + "; ".join(f"{n}× {d}" for d, n in
                                          collections.Counter(run_info["limits"]).most_common(5)))

    # slowloris
    outcomes = collections.Counter(run_info["slowloris_outcomes"])
    held = sorted(run_info["slowloris_held"])
    cut = outcomes.get("408", 0)
    text = f"slowloris     {cut} cut off with 408"
    if held:
        text += f" (after {held[0]:.1f}–{held[-1]:.1f} s)"
    others = [f"{n}× {o}" for o, n in outcomes.items() if o != "408"]
    line(text + ("; " + "; ".join(others) if others else "; no other outcome"))
    not_cut = sum(n for o, n in outcomes.items() if o.startswith("held over"))
    if not_cut:
        problems.append(f"{not_cut} slowloris connections not cut off")
    if run_info["slowloris"] and not cut and not not_cut:
        problems.append("no slowloris connection was cut off with 408")

    # the server's own count, from /metrics at start and end
    m0, m1 = parse_metrics(args.metrics_start), parse_metrics(args.metrics_end)
    by_status = collections.Counter()
    for (name, labels), value in m1.items():
        if name == "kommunsok_http_requests_total":
            by_status[label(labels, "status")] += value - m0.get((name, labels), 0)
    rejected = {label(labels, "reason"): value - m0.get((name, labels), 0)
                for (name, labels), value in m1.items() if name == "kommunsok_http_connections_rejected_total"}
    if m1:
        line("server counts " + ", ".join(f"{s}: {int(n)}" for s, n in sorted(by_status.items())) +
             " | turned away: " + ", ".join(f"{r} {int(n)}" for r, n in rejected.items()) +
             f" | open connections at end {int(m1.get(('kommunsok_http_connections_open', ''), -1))}")
        # The server's own time per request (whole request to reply, without queueing in
        # the client or the network), from the histogram: mean and the bucket holding p99.
        parts = []
        for (name, labels), count in sorted(m1.items()):
            if name != "kommunsok_http_request_duration_seconds_count":
                continue
            route = label(labels, "route")
            n = count - m0.get((name, labels), 0)
            if n <= 0 or route == "GET /metrics":
                continue
            total = m1.get(("kommunsok_http_request_duration_seconds_sum", labels), 0) - m0.get(
                ("kommunsok_http_request_duration_seconds_sum", labels), 0)
            buckets = sorted((float(label(l, "le")), v - m0.get((b, l), 0)) for (b, l), v in m1.items()
                             if b == "kommunsok_http_request_duration_seconds_bucket" and label(l, "route") == route)
            p99 = next((le for le, v in buckets if v >= 0.99 * n), float("inf"))
            parts.append(f"{route.split(' ', 1)[1]} mean {total / n * 1000:.1f} ms, p99 ≤ {p99 * 1000:g} ms")
        if parts:
            line("server time   " + "; ".join(parts))

    # documents and indexing
    indexed = sum(r["indexed"] for r in runs)
    failed = sum(max(0, r["failed"]) for r in runs)
    bad_runs = [r for r in runs if r["rc"] != 0 or r["failed"] < 0]
    indexer_seconds = sum(r["end"] - r["start"] for r in runs)
    d0, d1 = args.health_start, args.health_end
    line(f"documents     {d0} at start, {d1} at end (+{d1 - d0 if d0 >= 0 and d1 >= 0 else '?'}; "
         f"{args.expected} files added in {len(runs)} of {args.folders} indexer runs, {indexed} indexed, {failed} failed)")
    if runs:
        late = max(r["start"] - r["due"] for r in runs)
        line(f"indexing      {indexed / indexer_seconds if indexer_seconds > 0 else 0:.0f} documents/s while running "
             f"({indexer_seconds:.0f} s of indexer time, runs {min(r['end'] - r['start'] for r in runs):.1f}–"
             f"{max(r['end'] - r['start'] for r in runs):.1f} s), {indexed / seconds * 60:.0f} documents/min overall; "
             f"last run ended at {mmss(runs[-1]['end'])}" + (f", up to {late:.0f} s behind schedule" if late > 1 else ""))
    if failed or bad_runs:
        problems.append(f"indexer: {failed} failed files, {len(bad_runs)} runs with exit status ≠ 0")
    if len(runs) < args.folders:
        problems.append(f"only {len(runs)} of {args.folders} indexer runs happened")
    if d0 >= 0 and d1 >= 0 and d1 - d0 != indexed:
        problems.append(f"the index grew by {d1 - d0} documents, the indexer reported {indexed}")

    # memory
    rss = run_info["rss"]
    final = read_proc(args.pid)
    if final:
        rss.append([round(seconds + 1, 1)] + list(final))
    if rss:
        mb = [s[1] / 1024 for s in rss]
        warm = next((s for s in rss if s[0] >= args.warmup), rss[-1])
        after = [s for s in rss if s[0] >= warm[0]]
        slope = 0.0
        if len(after) >= 3:
            xs = [s[0] for s in after]
            ys = [s[1] / 1024 for s in after]
            mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
            var = sum((x - mx) ** 2 for x in xs)
            slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var * 3600 if var else 0.0
        trend = f" (trend {slope:+.1f} MB/h)" if after[-1][0] - after[0][0] >= 300 else ""
        line(f"server RSS MB start {mb[0]:.1f}, after warm-up ({mmss(warm[0])}) {warm[1] / 1024:.1f}, max {max(mb):.1f}, "
             f"end {mb[-1]:.1f}; since warm-up {mb[-1] - warm[1] / 1024:+.1f} MB{trend}; "
             f"threads {rss[0][3]} → {rss[-1][3]}, open files {rss[0][4]} → {rss[-1][4]}")

    # logs
    files = sorted(f for f in os.listdir(args.logs) if f.startswith("access"))
    sizes = [os.path.getsize(os.path.join(args.logs, f)) for f in files]
    dropped = 0
    for f in files:
        with open(os.path.join(args.logs, f), errors="replace") as handle:
            for row in handle:
                m = re.search(r"(\d+) log lines dropped", row)
                if m:
                    dropped += int(m.group(1))
    line(f"access log    {len(files)} files, {sum(sizes) / 1048576:.1f} MB (largest {max(sizes or [0]) / 1048576:.1f} MB; "
         f"{args.rotation}); {dropped} lines dropped by the rate limit")
    error_lines = []
    for f in sorted(os.listdir(args.logs)):
        if f.startswith("server"):
            with open(os.path.join(args.logs, f), errors="replace") as handle:
                error_lines += [row.rstrip() for row in handle if re.search(r" (error|critical) \[", row)]
    line(f"server log    {len(error_lines)} error lines" +
         (": " + " | ".join(sorted(set(re.sub(r"^\S+ ", "", e)[:140] for e in error_lines))[:3]) if error_lines else ""))
    line(f"index         {args.index_size}")
    line("result        " + ("PASS" if not problems else "FAIL: " + "; ".join(problems)))
    print("\n".join(out))
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("health")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--wait", type=float, default=0)
    p = sub.add_parser("get")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("path")
    p = sub.add_parser("run")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--seconds", type=float, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--slowloris", type=int, default=4)
    p.add_argument("--slowloris-interval", type=float, default=2)
    p.add_argument("--request-timeout", type=float, default=10, help="the server's connections.request_timeout_s")
    p = sub.add_parser("report")
    p.add_argument("--out", required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--indexer", required=True)
    p.add_argument("--folders", type=int, required=True)
    p.add_argument("--expected", type=int, required=True)
    p.add_argument("--metrics-start", required=True)
    p.add_argument("--metrics-end", required=True)
    p.add_argument("--health-start", type=int, required=True)
    p.add_argument("--health-end", type=int, required=True)
    p.add_argument("--logs", required=True)
    p.add_argument("--rotation", default="")
    p.add_argument("--warmup", type=float, default=120)
    p.add_argument("--index-size", default="?")
    args = parser.parse_args()
    if args.command == "health":
        until = time.monotonic() + args.wait
        while True:
            n = documents(args.port)
            if n is not None or time.monotonic() >= until:
                break
            time.sleep(0.2)
        if n is None:
            print("soak: /api/health did not answer 200", file=sys.stderr)
            return 1
        print(n)
        return 0
    if args.command == "get":
        status, body = get(args.port, args.path)
        sys.stdout.write(body.decode("utf-8", "replace"))
        return 0 if status == 200 else 1
    if args.command == "run":
        return run(args)
    return report(args)


if __name__ == "__main__":
    sys.exit(main())
