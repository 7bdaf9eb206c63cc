#!/usr/bin/env python3
"""The HTTP edge under attack, measured: a normal client's latency while idle connections,
slowloris clients, busy keep-alive clients and a wildcard flood are at the server.
Usage: edge_load.py PORT SERVER_PID SECONDS"""
import http.client
import socket
import sys
import threading
import time
import urllib.parse

port, pid, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
stop = threading.Event()


def rss_mb():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else float("nan")


def normal_client(path, latencies, failures):
    while not stop.is_set():
        started = time.monotonic()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status != 200:
                failures.append(response.status)
        except OSError as error:
            failures.append(str(error))
        latencies.append(time.monotonic() - started)
        time.sleep(0.05)


def slowloris(address, cut_off):
    while not stop.is_set():
        try:
            s = socket.create_connection(("127.0.0.1", port), source_address=(address, 0))
            s.settimeout(0.5)
            for byte in b"GET /api/search?q=bemanning HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 2000:
                if stop.is_set():
                    break
                s.send(bytes([byte]))
                try:
                    if s.recv(100).startswith(b"HTTP/1.1 408"):
                        cut_off.append(1)
                        break
                except socket.timeout:
                    pass
            s.close()
        except OSError:
            time.sleep(0.2)


def keep_alive(address, answers):
    conn = None
    while not stop.is_set():
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(address, 0))
            conn.request("GET", "/api/search?q=bemanning&size=5")
            conn.getresponse().read()
            answers.append(1)
        except OSError:
            conn = None
        time.sleep(0.02)


def flood(path, answers, limited):
    while not stop.is_set():
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            answers.append(response.status)
            if b'"limited":["' in body:
                limited.append(1)
            conn.close()
        except OSError:
            pass


def run(name, attackers):
    global stop
    stop = threading.Event()
    latencies, failures = [], []
    threads = [threading.Thread(target=normal_client, args=("/api/search?q=skolskjuts", latencies, failures))]
    threads += attackers
    rss_before = rss_mb()
    for t in threads:
        t.start()
    peak = rss_before
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        peak = max(peak, rss_mb())
        time.sleep(0.5)
    stop.set()
    for t in threads:
        t.join()
    print(f"{name}: normal client {len(latencies)} requests, p50 {percentile(latencies, 0.5):.1f} ms, "
          f"p99 {percentile(latencies, 0.99):.1f} ms, max {percentile(latencies, 1.0):.1f} ms, failures {len(failures)}; "
          f"server RSS {rss_before:.0f} MB before, {peak:.0f} MB peak")
    return failures


idle = [socket.create_connection(("127.0.0.1", port), source_address=(f"127.0.0.{2 + i // 50}", 0)) for i in range(200)]
cut_off, answers = [], []
attack = [threading.Thread(target=slowloris, args=("127.0.0.20", cut_off)) for _ in range(8)]
attack += [threading.Thread(target=keep_alive, args=("127.0.0.30", answers)) for _ in range(8)]
bad = run("200 idle + 8 slowloris + 8 keep-alive", attack)
print(f"  keep-alive answers {len(answers)}, slowloris connections cut off with 408: {len(cut_off)}")
for s in idle:
    s.close()

query = " OR ".join(chr(ord("a") + i % 26) + "*" for i in range(245))[:999]
flood_answers, limited = [], []
path = "/api/search?q=" + urllib.parse.quote(query)
bad += run("8 clients sending 245 OR-ed wildcards", [threading.Thread(target=flood, args=(path, flood_answers, limited)) for _ in range(8)])
print(f"  wildcard queries answered {len(flood_answers)} ({len(limited)} said 'limited')")
sys.exit(1 if bad else 0)
