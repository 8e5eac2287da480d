#!/usr/bin/env python3
"""Turns the raw files of one bench/run.sh run into bench/results/<date>-<machine>.json and .md.

Usage: bench/report.py WORK_DIR RESULTS_DIR
"""
import datetime, glob, json, os, re, sys

TARGETS = {
    "ask_p50_ms_c16": 25, "ask_p99_ms_c16": 100, "ask_rps_min": 150,
    "cold_index_s": 30, "restart_s": 3, "rss_mb": 1024,
}


def read(path, default=None):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return default


def cold_index(work):
    log = read(os.path.join(work, "cold.log"), "")
    parsed = re.search(r"parsed (\d+) reports, (\d+) paragraphs, (\d+) passages .* in (\d+) ms", log)
    indexed = re.search(r"indexed (\d+) passages \((\d+) characters embedded\) in ([\d.]+) s: embed ([\d.]+) s "
                        r"\(([\d.]+) passages/s, (\d+) chars/s\), write ([\d.]+) s alongside, then ([\d.]+) s to finish",
                        log)
    started = re.search(r"started in ([\d.]+)s", log)
    if not (parsed and indexed):
        return {"error": "cold.log lacks the parse/index lines"}
    parse_s = int(parsed.group(4)) / 1000
    embed_s, write_s, finish_s = float(indexed.group(4)), float(indexed.group(7)), float(indexed.group(8))
    paragraphs, passages, chars = int(parsed.group(2)), int(parsed.group(3)), int(indexed.group(2))
    work_s = parse_s + embed_s + finish_s
    total = float(read(os.path.join(work, "cold.ready"), "nan"))
    return {
        "reports": int(parsed.group(1)), "paragraphs": paragraphs, "passages": passages,
        "characters_embedded": chars,
        "start_to_ready_s": total,
        "parse_s": parse_s, "embed_s": embed_s, "write_s": write_s, "finish_s": finish_s,
        "other_s": round(total - work_s, 2),
        "paragraphs_per_s": round(paragraphs / work_s, 1), "passages_per_s": round(passages / work_s, 1),
        "chars_per_s": round(chars / work_s), "embed_passages_per_s": float(indexed.group(5)),
        "http_up_s": float(started.group(1)) if started else None,
        "load_average": float(read(os.path.join(work, "cold.load"), "nan")),
        "heap_after_indexing_mb": round(int(read(os.path.join(work, "cold.heap"), "0") or 0) / 1024, 1),
        "rss_after_indexing_mb": round(int(read(os.path.join(work, "cold.rss"), "0") or 0) / 1024, 1),
    }


def load_runs(work, prefix):
    """One row per client count; where a count ran in several rounds, the round with the most requests/s."""
    runs = {}
    for path in sorted(glob.glob(os.path.join(work, prefix + "-c*.json"))):
        r = json.load(open(path))
        lat = r["latency_us"]
        errors = sum(r["errors"].values())
        row = {
            "connections": r["connections"], "requests": r["requests"],
            "rps": round(r["requests"] / r["duration_us"] * 1e6, 1),
            "p50_ms": lat["p50"] / 1000, "p95_ms": lat["p95"] / 1000, "p99_ms": lat["p99"] / 1000,
            "max_ms": lat["max"] / 1000, "errors": errors, "rss_peak_mb": round(r["rss_peak_kb"] / 1024, 1),
        }
        best = runs.get(r["connections"])
        if best is None or row["rps"] > best["rps"]:
            if best:
                row["rss_peak_mb"] = max(row["rss_peak_mb"], best["rss_peak_mb"])
            runs[r["connections"]] = row
        else:
            best["rss_peak_mb"] = max(row["rss_peak_mb"], best["rss_peak_mb"])
    return [runs[c] for c in sorted(runs)]


def baseline(work, result):
    ref = read(os.path.join(work, "baseline.ref"))
    if not ref:
        return None
    runs = {r["connections"]: r for r in load_runs(work, "baseline-ask")}
    return {"ref": ref, "cold_start_to_ready_s": float(read(os.path.join(work, "baseline-cold.ready"), "nan")),
            "cold_load_average": float(read(os.path.join(work, "baseline-cold.load"), "nan")),
            "restart_s": float(read(os.path.join(work, "baseline-restart.ready"), "nan")),
            "ask": [runs[c] for c in sorted(runs)]}


def before_after(r):
    b = r["baseline"]
    now_ask = {x["connections"]: x for x in r["load"]["ask"]}
    now_nc = {x["connections"]: x for x in r["load"]["ask_nocache"]}
    lines = [f"## Before and after, same run (baseline: commit {b['ref']})", "",
             "Restarts alternate between the two builds; the uncached `/api/ask` runs alternate in two rounds (the "
             "better round of each counts); the baseline has no caches, so it is compared with ours both ways. "
             f"Cold starts run one after the other (load average when ready: before {b['cold_load_average']:.1f}, "
             f"after {r['cold_index'].get('load_average', float('nan')):.1f}).", "",
             "| | before | after | after ÷ before |", "| --- | --- | --- | --- |"]

    def row(what, before, after, unit, fmt="{:.1f}"):
        ratio = after / before if before else float("nan")
        lines.append(f"| {what} | {fmt.format(before)} {unit} | {fmt.format(after)} {unit} | {ratio:.2f} |")

    row("cold start to ready", b["cold_start_to_ready_s"], r["cold_index"]["start_to_ready_s"], "s")
    row("restart to ready", b["restart_s"], r["restart_s"], "s", "{:.2f}")
    for x in b["ask"]:
        c = x["connections"]
        for label, now in (("caches on", now_ask.get(c)), ("caches off", now_nc.get(c))):
            if now:
                row(f"/api/ask at {c} client(s), {label}: requests/s", x["rps"], now["rps"], "/s", "{:.0f}")
                row(f"/api/ask at {c} client(s), {label}: p50", x["p50_ms"], now["p50_ms"], "ms")
                row(f"/api/ask at {c} client(s), {label}: p99", x["p99_ms"], now["p99_ms"], "ms")
    lines.append("")
    return lines


def verdicts(result):
    ask16 = next((r for r in result["load"]["ask"] if r["connections"] == 16), None)
    rss = max([r["rss_peak_mb"] for k in ("ask", "search", "ask_nocache") for r in result["load"][k]] or [0])
    cold = result["cold_index"].get("start_to_ready_s")
    out = []
    if ask16:
        out.append(("/api/ask p50 at 16 clients", f"{ask16['p50_ms']:.1f} ms", "≤ 25 ms", ask16["p50_ms"] <= 25))
        out.append(("/api/ask p99 at 16 clients", f"{ask16['p99_ms']:.1f} ms", "≤ 100 ms", ask16["p99_ms"] <= 100))
        best = max(r["rps"] for r in result["load"]["ask"])
        out.append(("/api/ask throughput (best of 1–64 clients)", f"{best:.0f}/s", "≥ 150/s", best >= 150))
    nc16 = next((r for r in result["load"]["ask_nocache"] if r["connections"] == 16), None)
    if nc16:
        out.append(("… the same with embedding caches off: p50 / p99 / rate",
                    f"{nc16['p50_ms']:.1f} / {nc16['p99_ms']:.1f} ms / {nc16['rps']:.0f}/s", "(same targets)",
                    nc16["p50_ms"] <= 25 and nc16["p99_ms"] <= 100 and nc16["rps"] >= 150))
    out.append(("cold index of the whole corpus (start to ready)", f"{cold:.1f} s", "≤ 30 s", cold <= 30))
    out.append(("restart to ready", f"{result['restart_s']:.2f} s", "≤ 3 s", result["restart_s"] <= 3))
    out.append(("RSS under load (peak)", f"{rss:.0f} MB", "≤ 1,024 MB", rss <= 1024))
    pipes = result["inprocess"].get("retrieval", {}).get("pipelines", {})
    if pipes:
        ours, base = pipes["hybrid+place/year"]["recall@5"], pipes["langchain4j-in-memory"]["recall@5"]
        out.append(("recall@5: hybrid + place/year vs LangChain4j in-memory", f"{ours:.3f} vs {base:.3f}",
                    "wide margin", ours - base >= 0.15))
    return [{"what": w, "measured": m, "target": t, "met": ok} for w, m, t, ok in out]


def markdown(r):
    m, c = r["machine"], r["cold_index"]
    lines = [f"# Benchmark {r['date']} on {m['name']}", "",
             f"Machine: {m['cpu']}, {m['cores']} cores{' (AVX-512)' if m.get('avx512') else ''}, "
             f"{m['memory_gb']} GB, {m['os']}, {m['java']}. Load average at start {m['load_average_at_start']:.2f}, "
             f"at end {m['load_average_at_end']:.2f} (other work on the machine shows here; wrk runs on the same "
             "two cores as the service).", "",
             f"Commit {r['commit']}. Reproduce: `bench/run.sh` from the repository root (builds, then runs everything "
             f"below; service run with `{r['settings']['java_opts']}`; {r['settings']['seconds']} s per load run after "
             f"{r['settings']['warmup_seconds']} s of warm-up"
             f"{'; `BENCH_BASELINE=' + r['baseline']['ref'] + '` for the before column' if r['baseline'] else ''}).",
             "",
             "## Targets", "", "| | measured | target | |", "| --- | --- | --- | --- |"]
    lines += [f"| {v['what']} | {v['measured']} | {v['target']} | {'met' if v['met'] else '**missed**'} |"
              for v in r["verdicts"]]
    lines += ["", "## Cold indexing (empty data folder, process start to `/q/health/ready` UP)", "",
              "| | |", "| --- | --- |",
              f"| corpus | {c['reports']} reports, {c['paragraphs']:,} paragraphs, {c['passages']:,} passages, "
              f"{c['characters_embedded']:,} characters embedded |",
              f"| start to ready | {c['start_to_ready_s']:.1f} s (load average {c['load_average']:.1f} when ready) |",
              f"| parse | {c['parse_s']:.2f} s |",
              f"| embed | {c['embed_s']:.1f} s ({c['embed_passages_per_s']} passages/s) |",
              f"| write (Lucene analysis, postings, HNSW graph; on its own thread while embedding) | "
              f"{c['write_s']:.2f} s |",
              f"| after the last embedding: finish writing, commit | {c['finish_s']:.2f} s |",
              f"| other (JVM, model load, HTTP) | {c['other_s']:.1f} s |",
              f"| throughput (parse + embed + finish) | {c['paragraphs_per_s']} paragraphs/s, "
              f"{c['passages_per_s']} passages/s, {c['chars_per_s']:,} characters/s |",
              f"| heap after indexing (live, after full GC) | {c['heap_after_indexing_mb']} MB |",
              f"| RSS after indexing | {c['rss_after_indexing_mb']} MB |",
              f"| restart with the persisted index, to ready | {r['restart_s']:.2f} s |", ""]
    for key, title in (("ask", "`POST /api/ask` (embedding caches on)"), ("search", "`GET /api/search?k=10`"),
                       ("ask_nocache", "`POST /api/ask`, embedding caches off")):
        if not r["load"][key]:
            continue
        lines += [f"## {title}", "", "| clients | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | peak RSS MB |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        lines += [f"| {x['connections']} | {x['rps']:.0f} | {x['p50_ms']:.1f} | {x['p95_ms']:.1f} | {x['p99_ms']:.1f} | "
                  f"{x['max_ms']:.0f} | {x['errors']} | {x['rss_peak_mb']:.0f} |" for x in r["load"][key]]
        lines.append("")
    if r["baseline"]:
        lines += before_after(r)
    ip = r["inprocess"]
    if "retrieval" in ip:
        rt = ip["retrieval"]
        b = rt["baseline"]
        lines += ["## Retrieval ablations (dev set, same run, every question embedded afresh)", "",
                  f"{rt['questions']} questions (follow-ups and unanswerable ones are not scored for retrieval). "
                  "Baseline: LangChain4j `InMemoryEmbeddingStore` over the corpus files split by "
                  f"`DocumentSplitters.recursive({b['chunk_chars']}, {b['overlap_chars']})` ({b['chunks']} chunks, "
                  f"embedded in {b['build_s']} s), same bge-small-zh model, no query instruction.", "",
                  "| pipeline | recall@1 | recall@5 | recall@10 | MRR | ms per search |", "| --- | --- | --- | --- | --- | --- |"]
        lines += [f"| {name} | {p['recall@1']:.3f} | {p['recall@5']:.3f} | {p['recall@10']:.3f} | {p['mrr']:.3f} | "
                  f"{p['ms_per_search']} |" for name, p in rt["pipelines"].items()]
        lines.append("")
    if "dev" in ip:
        d = ip["dev"]
        lines += ["## Dev-set score line (in process)", "",
                  " ".join(f"{k}={d[k]}" for k in ("answer_acc", "cite_acc", "recall@1", "recall@5", "recall@10",
                                                   "mrr", "abstain_acc", "false_abstain", "median_answer_len",
                                                   "p50_ms", "p95_ms")), ""]
    if "embedding_throughput" in ip:
        lines += ["## Embedding throughput (every 10th passage, 2 threads, best of 2 alternating rounds)", "",
                  "| | texts/s | CPU ms per text |", "| --- | --- | --- |"]
        lines += [f"| {k} | {v['texts_per_s']} | {v['cpu_ms_per_text']} |" for k, v in ip["embedding_throughput"].items()]
        lines.append("")
    notes = read(os.path.join(os.path.dirname(__file__), "optimisations.md"))
    if notes:
        lines += [notes, ""]
    return "\n".join(lines)


def main():
    work, out_dir = sys.argv[1], sys.argv[2]
    machine = json.loads(read(os.path.join(work, "machine.json")))
    machine["load_average_at_end"] = os.getloadavg()[0]
    result = {
        "date": datetime.date.today().isoformat(),
        "machine": machine,
        "settings": {"seconds": int(os.environ.get("BENCH_SECONDS", 15)),
                     "warmup_seconds": int(os.environ.get("BENCH_WARMUP_SECONDS", 10)),
                     "java_opts": os.environ.get("JAVA_OPTS", "-Xmx512m")},
        "cold_index": cold_index(work),
        "restart_s": float(read(os.path.join(work, "restart.ready"), "nan")),
        "load": {"ask": load_runs(work, "ask"), "search": load_runs(work, "search"),
                 "ask_nocache": load_runs(work, "nocache-ask")},
        "inprocess": json.loads(read(os.path.join(work, "inprocess.json"), "{}") or "{}"),
        "commit": read(os.path.join(work, "commit"), "unknown"),
    }
    result["baseline"] = baseline(work, result)
    result["verdicts"] = verdicts(result)
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, f"{result['date']}-{machine['name']}")
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)
    with open(base + ".md", "w", encoding="utf-8") as f:
        f.write(markdown(result) + "\n")
    print(base + ".md")
    for v in result["verdicts"]:
        print(f"  {'met   ' if v['met'] else 'MISSED'} {v['what']}: {v['measured']} (target {v['target']})")


if __name__ == "__main__":
    main()
