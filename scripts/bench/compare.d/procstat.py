#!/usr/bin/env python3
"""Process-tree statistics from /proc (Linux; run as root to see other users' processes).

    procstat.py io PID              bytes written and read by PID and its live descendants,
                                    as "write_bytes read_bytes cancelled_write_bytes". A process's
                                    counters include those of the children it has reaped, so the
                                    postmaster's count covers backends that have ended.
    procstat.py sample PID FILE     every 0.25 s until PID ends or SIGTERM: the sum of PSS of PID and
                                    its descendants, and the largest RSS of one of them; writes
                                    {"pss_max": bytes, "rss_max": bytes, "samples": n} to FILE.
"""
import json
import os
import signal
import sys
import time


def children_map():
    kids = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(name))
    return kids


def tree(pid):
    kids = children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def io(pid):
    total = {"write_bytes": 0, "read_bytes": 0, "cancelled_write_bytes": 0}
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/io") as f:
                for line in f:
                    key, value = line.split(":")
                    if key in total:
                        total[key] += int(value)
        except OSError:
            pass
    print(total["write_bytes"], total["read_bytes"], total["cancelled_write_bytes"])


def kb_field(path, key):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return 0


def sample(pid, path):
    best = {"pss_max": 0, "rss_max": 0, "samples": 0}
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    while not stop and os.path.exists(f"/proc/{pid}"):
        pss = 0
        for p in tree(pid):
            v = kb_field(f"/proc/{p}/smaps_rollup", "Pss:")
            pss += v or 0
            rss = kb_field(f"/proc/{p}/status", "VmRSS:") or 0
            best["rss_max"] = max(best["rss_max"], rss)
        best["pss_max"] = max(best["pss_max"], pss)
        best["samples"] += 1
        time.sleep(0.25)
    with open(path, "w") as f:
        json.dump(best, f)


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "io":
        io(int(sys.argv[2]))
    elif len(sys.argv) >= 4 and sys.argv[1] == "sample":
        sample(int(sys.argv[2]), sys.argv[3])
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
