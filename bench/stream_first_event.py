#!/usr/bin/env python3
"""Time to the first SSE event of POST /api/ask/stream, against a running service, over the dev questions.

Usage: bench/stream_first_event.py [--url http://127.0.0.1:8080] [--questions src/test/resources/eval/dev.jsonl]
Prints p50/p95 of time-to-first-event and time-to-done (ms, client side, sequential, after one warm-up pass).
"""
import argparse, http.client, json, statistics, time, urllib.parse


def one(url, question):
    u = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=60)
    body = json.dumps({"question": question}, ensure_ascii=False).encode()
    t0 = time.perf_counter()
    conn.request("POST", "/api/ask/stream", body, {"Content-Type": "application/json", "Accept": "text/event-stream"})
    resp = conn.getresponse()
    first = None
    while True:
        line = resp.readline()
        if not line:
            break
        if first is None and line.startswith(b"event:"):
            first = (time.perf_counter() - t0) * 1000
    done = (time.perf_counter() - t0) * 1000
    conn.close()
    return first, done


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://127.0.0.1:8080")
    p.add_argument("--questions", default="src/test/resources/eval/dev.jsonl")
    a = p.parse_args()
    qs = [json.loads(l)["question"] for l in open(a.questions, encoding="utf-8") if l.strip()]
    for q in qs:
        one(a.url, q)
    firsts, dones = zip(*[one(a.url, q) for q in qs])
    pct = lambda v, p: round(sorted(v)[int(p * (len(v) - 1))], 1)
    print(json.dumps({"questions": len(qs), "first_event_p50_ms": round(statistics.median(firsts), 1),
                      "first_event_p95_ms": pct(firsts, 0.95), "done_p50_ms": round(statistics.median(dones), 1),
                      "done_p95_ms": pct(dones, 0.95)}))


if __name__ == "__main__":
    main()
