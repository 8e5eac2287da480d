#!/usr/bin/env python3
"""Asks a running service the must-refuse questions of a bench/questions.py file and counts, per kind (places
with no report, years no report covers, topics no report has), how many it refused. Stdlib only.

    bench/questions.py --url http://127.0.0.1:8080 --metadata ../shared/library/metadata.tsv \\
        --seed 21 --count 600 --refuse-share 0.5 --out /tmp/q.jsonl
    bench/refusals.py /tmp/q.jsonl --url http://127.0.0.1:8080 [--show 10]

The questions the generator expects answered are not scored: it does not check that a report holds each figure.
"""
import argparse, collections, json, urllib.request


def ask(url, question):
    body = json.dumps({"question": question, "history": []}).encode()
    req = urllib.request.Request(url + "/api/ask", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read().decode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("questions")
    ap.add_argument("--url", default="http://127.0.0.1:8080")
    ap.add_argument("--show", type=int, default=10, help="answered must-refuse questions to print")
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.questions, encoding="utf-8") if l.strip()]
    refused = collections.Counter()
    asked = collections.Counter()
    answered = []
    for r in rows:
        if r["expect"] != "refuse":
            continue
        d = ask(args.url, r["question"])
        asked[r["kind"]] += 1
        if d.get("answerable") is False:
            refused[r["kind"]] += 1
        else:
            answered.append((r["kind"], r["question"], d.get("answer", "")[:60]))
    for kind in sorted(asked):
        print(f"{kind}: refused {refused[kind]} of {asked[kind]}")
    for a in answered[:args.show]:
        print("answered:", *a)


if __name__ == "__main__":
    main()
