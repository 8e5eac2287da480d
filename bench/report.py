#!/usr/bin/env python3
"""Turns the raw files of one bench/run.sh run into bench/results/<date>-<machine>-firsttime.json and .md.

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
    words = re.search(r"indexed the words of (\d+) passages in ([\d.]+) s", log)
    filled = re.search(r"filled in the vectors of (\d+) passages in ([\d.]+) s", log)
    indexed = re.search(r"indexed (\d+) passages \((\d+) characters embedded\) in ([\d.]+) s: embed ([\d.]+) s "
                        r"\(([\d.]+) passages/s, (\d+) chars/s\), write ([\d.]+) s alongside, then ([\d.]+) s to finish",
                        log)
    started = re.search(r"started in ([\d.]+)s", log)
    if not (parsed and (indexed or words and filled)):
        return {"error": "cold.log lacks the parse/index lines"}
    parse_s = int(parsed.group(4)) / 1000
    paragraphs, passages = int(parsed.group(2)), int(parsed.group(3))
    total = float(read(os.path.join(work, "cold.ready"), "nan"))
    out = {
        "reports": int(parsed.group(1)), "paragraphs": paragraphs, "passages": passages,
        "start_to_ready_s": total,
        "start_to_all_vectors_s": float(read(os.path.join(work, "cold.vectors"), "nan")),
        "parse_s": parse_s,
        "http_up_s": float(started.group(1)) if started else None,
        "load_average": float(read(os.path.join(work, "cold.load"), "nan")),
        "heap_after_indexing_mb": round(int(read(os.path.join(work, "cold.heap"), "0") or 0) / 1024, 1),
        "rss_after_indexing_mb": round(int(read(os.path.join(work, "cold.rss"), "0") or 0) / 1024, 1),
    }
    if words:
        fill_s = float(filled.group(2))
        out.update({"words_first": True, "words_s": float(words.group(2)), "vectors_fill_s": fill_s,
                    "embed_passages_per_s": round(int(filled.group(1)) / fill_s, 1)})
        return out
    embed_s, write_s, finish_s = float(indexed.group(4)), float(indexed.group(7)), float(indexed.group(8))
    chars = int(indexed.group(2))
    work_s = parse_s + embed_s + finish_s
    out.update({
        "words_first": False, "characters_embedded": chars,
        "embed_s": embed_s, "write_s": write_s, "finish_s": finish_s,
        "other_s": round(total - work_s, 2),
        "paragraphs_per_s": round(paragraphs / work_s, 1), "passages_per_s": round(passages / work_s, 1),
        "chars_per_s": round(chars / work_s), "embed_passages_per_s": float(indexed.group(5)),
    })
    return out


def during_fill(work):
    """The dev set's score over HTTP asked right after a cold start was ready, while its vectors were filled in."""
    score = read(os.path.join(work, "during-dev.json"))
    if not score:
        return None
    d = json.loads(score)
    d = d.get("summary", d)  # score.py --out writes {"summary": {...}, "rows": [...]}
    keys = ("answer_acc", "cite_acc", "recall@5", "abstain_acc", "false_abstain", "p50_ms")
    return {"score": {k: d.get(k) for k in keys},
            "waiting_before": int(read(os.path.join(work, "during.waiting-before"), "0") or 0),
            "waiting_after": int(read(os.path.join(work, "during.waiting-after"), "0") or 0)}


def uploads(work):
    return [json.loads(read(p)) for p in sorted(glob.glob(os.path.join(work, "upload-*.json"))) if read(p)]


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
        for k in ("cpu_ms_per_request", "load_average", "repeats", "sent", "questions"):
            if k in r:
                row[k] = r[k]
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


def questions(work):
    out = json.loads(read(os.path.join(work, "slices.json"), "{}") or "{}")
    check = read(os.path.join(work, "firsttime.check"))
    if check:
        out["check"] = check.splitlines()[-1]
    wide = read(os.path.join(work, "firsttime-library.check"))
    if wide:
        out["check_library_wide"] = wide.splitlines()[-1]
    return out


def embedding_limit(work):
    runs = {}
    for name in ("embed-before", "embed-after"):
        text = read(os.path.join(work, name + ".json"))
        if text:
            runs[name] = json.loads(text)
    if not runs:
        return None
    cpu = sum(r["cpu_ms_per_question"] for r in runs.values()) / len(runs)
    cores = next(iter(runs.values()))["cores"]
    return {"runs": runs, "cpu_ms_per_question": round(cpu, 2), "cores": cores,
            "limit_per_s": round(cores * 1000 / cpu, 1),
            "how": "bench/EmbedQuestions.java: the service's OnnxModelLoader (ONNX Runtime, 1 intra-op thread, batch "
                   "1, the int8 model in models/) and the service's default of no query instruction, 400 generated questions (fewer with a small slice) one at a time "
                   "after 30 to warm up, process CPU time; once before and once after the load runs, mean of the two"}


def library(work, result):
    seconds = read(os.path.join(work, "import.seconds"))
    if not seconds:
        return None
    out_lines = read(os.path.join(work, "import.out"), "").splitlines()
    summary = next((l for l in reversed(out_lines) if l.startswith("imported")), "")
    m = re.search(r"imported (\d+) files in ([\d.]+) s: (\d+) added \((\d+) reports\), (\d+) skipped, (\d+) refused",
                  summary)
    log = read(os.path.join(work, "import.log"), "")
    bundled_index = re.search(r"indexed (?:the words of )?(\d+) passages .*?in ([\d.]+) s", log)

    def passages(name):
        state = json.loads(read(os.path.join(work, name), "{}") or "{}")
        try:
            return int(re.search(r"(\d+) passages", state["checks"][0]["data"]["state"]).group(1))
        except (KeyError, IndexError, AttributeError):
            return None

    def reports(name):
        try:
            return len(json.loads(read(os.path.join(work, name)))["reports"])
        except (TypeError, ValueError, KeyError):
            return None

    def kb(name):
        return int(read(os.path.join(work, name), "0") or 0)

    runs = {}
    for side in ("bundled", "library"):
        rows = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(work, f"cmp-{side}-c16-r*.json")))]
        runs[side] = [{"round": i + 1, "rps": round(r["requests"] / r["duration_us"] * 1e6, 1),
                       "p50_ms": r["latency_us"]["p50"] / 1000, "p99_ms": r["latency_us"]["p99"] / 1000,
                       "cpu_ms_per_request": r.get("cpu_ms_per_request"), "repeats": r.get("repeats"),
                       "rss_peak_mb": round(r["rss_peak_kb"] / 1024, 1), "load_average": r.get("load_average"),
                       "errors": sum(r["errors"].values())} for i, r in enumerate(rows)]
    wide = read(os.path.join(work, "libwide-c16.json"))
    wide = json.loads(wide) if wide else None
    out = {
        "files": int(m.group(1)) if m else None, "added_files": int(m.group(3)) if m else None,
        "added_reports": int(m.group(4)) if m else None, "refused": int(m.group(6)) if m else None,
        "import_s_total": float(seconds), "import_s_library": float(m.group(2)) if m else None,
        "bundled_index_s_in_import": float(bundled_index.group(2)) if bundled_index else None,
        "import_load_average": float(read(os.path.join(work, "import.load"), "nan")),
        "bundled": {"reports": reports("reports-bundled.json"), "passages": passages("bundled-ready.json"),
                    "bytes": kb("bundled.bytes"), "heap_mb": round(kb("bundled-serve.heap") / 1024, 1),
                    "rss_idle_mb": round(kb("bundled-serve.rss") / 1024, 1)},
        "library": {"reports": reports("reports-library.json"), "passages": passages("library-ready.json"),
                    "bytes": kb("library.bytes"), "heap_mb": round(kb("library-serve.heap") / 1024, 1),
                    "rss_idle_mb": round(kb("library-serve.rss") / 1024, 1)},
        "firsttime_c16": runs,
        "library_wide_c16": None if not wide else {
            "rps": round(wide["requests"] / wide["duration_us"] * 1e6, 1), "p50_ms": wide["latency_us"]["p50"] / 1000,
            "p99_ms": wide["latency_us"]["p99"] / 1000, "repeats": wide.get("repeats"),
            "rss_peak_mb": round(wide["rss_peak_kb"] / 1024, 1), "cpu_ms_per_request": wide.get("cpu_ms_per_request")},
    }
    b, l = out["bundled"], out["library"]
    best = {side: min(rows, key=lambda x: x["p50_ms"]) for side, rows in runs.items() if rows}
    if len(best) == 2:
        out["p50_ratio"] = round(best["library"]["p50_ms"] / best["bundled"]["p50_ms"], 2)
        out["p99_ratio"] = round(best["library"]["p99_ms"] / best["bundled"]["p99_ms"], 2)
        # Per round too: each round's two runs share the machine's load.
        pairs = list(zip(runs["bundled"], runs["library"]))
        out["p50_ratio_per_round"] = [round(y["p50_ms"] / x["p50_ms"], 2) for x, y in pairs]
        # CPU time per ask: less disturbed by other work on the machine than latency.
        mean = {side: sum(x["cpu_ms_per_request"] for x in rows) / len(rows) for side, rows in runs.items()}
        out["cpu_ms_per_ask"] = {side: round(v, 2) for side, v in mean.items()}
        out["cpu_ratio"] = round(mean["library"] / mean["bundled"], 2)
    rss = [x["rss_peak_mb"] for x in runs.get("library", [])] + ([out["library_wide_c16"]["rss_peak_mb"]] if wide else [])
    out["library_rss_peak_mb"] = max(rss) if rss else None
    if b["passages"] and l["passages"] and l["passages"] > b["passages"]:
        out["extrapolation"] = extrapolate(out)
    return out


def extrapolate(lib, target_reports=30000):
    """From the two measured points (bundled-only, with the library), what ~30,000 reports would need."""
    b, l = lib["bundled"], lib["library"]
    dp = l["passages"] - b["passages"]
    dr = (l["reports"] or 0) - (b["reports"] or 0)
    bytes_per_passage = (l["bytes"] - b["bytes"]) / dp
    heap_per_passage_kb = (l["heap_mb"] - b["heap_mb"]) * 1024 / dp
    import_rate = dp / lib["import_s_library"] if lib.get("import_s_library") else None
    per_report = {"bundled (city and county reports)": b["passages"] / b["reports"],
                  "library (provincial and national reports)": dp / dr if dr > 0 else None}
    rows = {}
    for label, ppr in per_report.items():
        if not ppr:
            continue
        p = target_reports * ppr
        row = {"passages_per_report": round(ppr, 1), "passages": round(p),
               "index_gb": round(p * bytes_per_passage / 1e9, 2),
               "vectors_gb": round(p * 2048 / 1e9, 2),
               "heap_gb_by_linear_growth": round((b["heap_mb"] * 1024 + p * heap_per_passage_kb) / 1024 / 1024, 2),
               "import_hours_2_cores": round(p / import_rate / 3600, 1) if import_rate else None,
               "solr_gb_per_replica": round(p * 3442 / 1e9, 2),
               "solr_shards_at_1m_passages": max(1, -(-round(p) // 1_000_000))}
        cpu = lib.get("cpu_ms_per_ask")
        if cpu:
            # Two points cannot tell linear growth (BM25 postings of common terms) from logarithmic (HNSW): the
            # linear reading is the pessimistic bound. No measurable growth reads as none.
            added = max(0.0, cpu["library"] - cpu["bundled"])
            c30k = cpu["bundled"] + added * (p - b["passages"]) / dp
            row["cpu_ms_per_ask_linear"] = round(c30k, 1)
            row["asks_per_s_ceiling_2_cores_linear"] = round(2000 / c30k, 1)
        rows[label] = row
    return {"target_reports": target_reports, "bytes_per_passage_on_disk": round(bytes_per_passage),
            "heap_kb_per_passage": round(heap_per_passage_kb, 2),
            "import_passages_per_s": round(import_rate, 1) if import_rate else None, "by_mix": rows}


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
    if r["cold_index"].get("words_first"):
        row("cold start to every vector (ours fills them in behind)", b["cold_start_to_ready_s"],
            r["cold_index"]["start_to_all_vectors_s"], "s")
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


def firsttime_verdicts(result):
    out = []
    ft16 = next((r for r in result["load"]["firsttime"] if r["connections"] == 16), None)
    lim = result.get("embedding_limit")
    if ft16 and lim:
        share = ft16["rps"] / lim["limit_per_s"]
        out.append(("first-time /api/ask at 16 clients: share of the embedding-bound limit",
                    f"{ft16['rps']:.0f}/s of {lim['limit_per_s']:.0f}/s = {share:.1%}", "≥ 50%", share >= 0.5))
        if ft16.get("cpu_ms_per_request"):
            bound = lim["cores"] * 1000 / ft16["cpu_ms_per_request"]
            out.append(("… CPU-bound (cores ÷ service CPU per first-time ask; not the target's measure)",
                        f"{bound:.0f}/s = {bound / lim['limit_per_s']:.0%} of the limit", "(≥ 50%)",
                        bound / lim["limit_per_s"] >= 0.5))
    if ft16:
        out.append(("first-time /api/ask p99 at 16 clients", f"{ft16['p99_ms']:.0f} ms", "≤ 250 ms",
                    ft16["p99_ms"] <= 250))
    b, c = result.get("baseline"), result["cold_index"]
    if b and c.get("start_to_ready_s"):
        ratio = c["start_to_ready_s"] / b["cold_start_to_ready_s"]
        out.append(("cold index of the bundled corpus, start to answerable ÷ the baseline build's",
                    f"{c['start_to_ready_s']:.1f} s ÷ {b['cold_start_to_ready_s']:.1f} s = {ratio:.2f}×", "≤ 0.5×",
                    ratio <= 0.5))
        if c.get("words_first"):
            full = c["start_to_all_vectors_s"] / b["cold_start_to_ready_s"]
            out.append(("… start to every vector filled in behind ÷ the baseline build's (not the target's measure)",
                        f"{c['start_to_all_vectors_s']:.1f} s = {full:.2f}×", "(≤ 0.5×)", full <= 0.5))
    ups = result.get("uploads") or []
    if ups:
        slowest = max((u.get("request_to_answerable_s") or float("inf")) for u in ups)
        out.append(("one uploaded report, request to its first cited answer (slowest of "
                    f"{len(ups)})", f"{slowest:.2f} s", "≤ 3 s", slowest <= 3))
    lib = result.get("library")
    if lib and lib.get("p50_ratio"):
        out.append(("first-time p50 at 16 clients, library loaded ÷ bundled-only", f"{lib['p50_ratio']:.2f}×",
                    "≤ 1.5×", lib["p50_ratio"] <= 1.5))
    if lib and lib.get("library_rss_peak_mb"):
        out.append(("RSS under load with the library loaded", f"{lib['library_rss_peak_mb']:.0f} MB", "< 1,024 MB",
                    lib["library_rss_peak_mb"] < 1024))
    return out


def verdicts(result):
    ask16 = next((r for r in result["load"]["ask"] if r["connections"] == 16), None)
    rss = max([r["rss_peak_mb"] for k in ("ask", "firsttime", "search", "ask_nocache") for r in result["load"][k]]
              or [0])
    cold = result["cold_index"].get("start_to_ready_s")
    out = firsttime_verdicts(result)
    if ask16:
        out.append(("repeated /api/ask p50 at 16 clients", f"{ask16['p50_ms']:.1f} ms", "≤ 25 ms",
                    ask16["p50_ms"] <= 25))
        out.append(("repeated /api/ask p99 at 16 clients", f"{ask16['p99_ms']:.1f} ms", "≤ 100 ms",
                    ask16["p99_ms"] <= 100))
        best = max(r["rps"] for r in result["load"]["ask"])
        out.append(("repeated /api/ask throughput (best of 1–64 clients)", f"{best:.0f}/s", "≥ 150/s", best >= 150))
    nc16 = next((r for r in result["load"]["ask_nocache"] if r["connections"] == 16), None)
    if nc16:
        out.append(("… the same with embedding caches off: p50 / p99 / rate",
                    f"{nc16['p50_ms']:.1f} / {nc16['p99_ms']:.1f} ms / {nc16['rps']:.0f}/s", "(same targets)",
                    nc16["p50_ms"] <= 25 and nc16["p99_ms"] <= 100 and nc16["rps"] >= 150))
    if cold is not None:
        out.append(("cold index of the whole corpus (start to ready)", f"{cold:.1f} s", "≤ 30 s", cold <= 30))
    out.append(("restart to ready", f"{result['restart_s']:.2f} s", "≤ 3 s", result["restart_s"] <= 3))
    out.append(("RSS under load (peak)", f"{rss:.0f} MB", "≤ 1,024 MB", rss <= 1024))
    pipes = result["inprocess"].get("retrieval", {}).get("pipelines", {})
    if pipes:
        ours, base = pipes["hybrid+place/year"]["recall@5"], pipes["langchain4j-in-memory"]["recall@5"]
        out.append(("recall@5: hybrid + place/year vs LangChain4j in-memory", f"{ours:.3f} vs {base:.3f}",
                    "wide margin", ours - base >= 0.15))
    return [{"what": w, "measured": m, "target": t, "met": ok} for w, m, t, ok in out]


def firsttime_markdown(r):
    lines = []
    ft = {x["connections"]: x for x in r["load"]["firsttime"]}
    rep = {x["connections"]: x for x in r["load"]["ask"]}
    lim = r.get("embedding_limit")
    sl = r.get("questions", {})
    if ft:
        lines += ["", "## First-time against repeated questions, `POST /api/ask`, same process, same run", "",
                  f"First-time: questions generated by `bench/questions.py` from the reports the service holds "
                  f"({sl.get('check', '')}); each load run ({r['settings']['firsttime_seconds']} s) walks its own slice of "
                  f"{sl.get('slice', '?')} questions "
                  "with `bench/wrk/firsttime.lua` and repeats none (the repeats column counts any that had to be "
                  "sent again), so each is asked of the service for the first time. Repeated: the dev set's "
                  "questions in a loop (`bench/wrk/questions.lua`), answered from the embedding caches after the "
                  "first round. The two alternate at each client count. CPU ms per ask is the service's own CPU "
                  "time (user + system) over the run divided by the asks answered.", "",
                  "The machine's two cores are shared with other work (load average column): the measured rate is "
                  "what the service got of them. The CPU-bound rate, cores ÷ the service's CPU ms per first-time "
                  "ask, is what it would reach with both cores to itself; its share of the limit is the share of "
                  "a first-time ask's CPU time that is the question embedding.", "",
                  "| clients | repeated: asks/s | p50 ms | p99 ms | CPU ms/ask | first-time: asks/s | p50 ms | p99 ms "
                  "| CPU ms/ask | repeats | measured share of the embedding-bound limit | CPU-bound asks/s (share) "
                  "| load average |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for c in sorted(ft):
            f, q = ft[c], rep.get(c, {})
            share = f"{f['rps'] / lim['limit_per_s']:.1%}" if lim else "—"
            cpu_bound = "—"
            if lim and f.get("cpu_ms_per_request"):
                bound = lim["cores"] * 1000 / f["cpu_ms_per_request"]
                cpu_bound = f"{bound:.0f} ({bound / lim['limit_per_s']:.0%})"
            lines.append(f"| {c} | {q.get('rps', float('nan')):.0f} | {q.get('p50_ms', float('nan')):.1f} | "
                         f"{q.get('p99_ms', float('nan')):.1f} | {q.get('cpu_ms_per_request', '—')} | {f['rps']:.1f} | "
                         f"{f['p50_ms']:.1f} | {f['p99_ms']:.1f} | {f.get('cpu_ms_per_request', '—')} | "
                         f"{f.get('repeats', '—')} | {share} | {cpu_bound} | {f.get('load_average', float('nan')):.1f} |")
        lines.append("")
    if lim:
        lines += ["## Embedding-bound limit (same run)", "",
                  f"{lim['how']}. CPU time of one question embedding: **{lim['cpu_ms_per_question']} ms**; "
                  f"limit = {lim['cores']} cores ÷ that = **{lim['limit_per_s']:.0f} first-time asks/s**.", "",
                  "| when | CPU ms per question | wall ms per question | characters per input | load average |",
                  "| --- | --- | --- | --- | --- |"]
        lines += [f"| {k} | {v['cpu_ms_per_question']} | {v['wall_ms_per_question']} | {v['chars_per_input']} | "
                  f"{v.get('load_average', float('nan')):.1f} |" for k, v in lim["runs"].items()]
        lines.append("")
    lib = r.get("library")
    if lib:
        b, l = lib["bundled"], lib["library"]
        lines += ["## Library scale (same run)", "",
                  f"`java -jar … import {r['settings'].get('library', '')}` into an empty data folder (the bundled "
                  "corpus is indexed first, as at any first start), then bundled-only and the library served at "
                  "once by two processes, each warmed up with first-time questions and then loaded with the same "
                  "first-time questions about the bundled reports at 16 clients, in two rounds in alternating "
                  "order (each process meets each question once).", "",
                  "| | bundled only | with the library | ratio |", "| --- | --- | --- | --- |"]

        def row(what, x, y, fmt="{:,}"):
            ratio = f"{y / x:.2f}" if isinstance(x, (int, float)) and isinstance(y, (int, float)) and x else ""
            fx = fmt.format(x) if x is not None else "—"
            fy = fmt.format(y) if y is not None else "—"
            lines.append(f"| {what} | {fx} | {fy} | {ratio} |")
        row("reports", b["reports"], l["reports"])
        row("passages", b["passages"], l["passages"])
        row("data folder on disk, bytes", b["bytes"], l["bytes"])
        row("live heap after a full GC, serving (MB)", b["heap_mb"], l["heap_mb"], "{:.1f}")
        row("RSS idle, serving (MB)", b["rss_idle_mb"], l["rss_idle_mb"], "{:.0f}")
        for rb, rl in zip(lib["firsttime_c16"]["bundled"], lib["firsttime_c16"]["library"]):
            n = rb["round"]
            row(f"round {n}: first-time asks/s at 16 clients", rb["rps"], rl["rps"], "{:.1f}")
            row(f"round {n}: first-time p50 ms at 16 clients", rb["p50_ms"], rl["p50_ms"], "{:.1f}")
            row(f"round {n}: first-time p99 ms at 16 clients", rb["p99_ms"], rl["p99_ms"], "{:.1f}")
            row(f"round {n}: CPU ms per ask", rb["cpu_ms_per_request"], rl["cpu_ms_per_request"], "{:.1f}")
            row(f"round {n}: peak RSS under load (MB)", rb["rss_peak_mb"], rl["rss_peak_mb"], "{:.0f}")
        lines.append("")
        if lib.get("p50_ratio") is not None:
            lines += [f"p50 with the library ÷ bundled-only (better round of each): **{lib['p50_ratio']:.2f}×** "
                      f"(per round: {', '.join(f'{x:.2f}' for x in lib['p50_ratio_per_round'])}); p99 "
                      f"{lib['p99_ratio']:.2f}×; service CPU time per first-time ask (mean of the rounds) "
                      f"{lib['cpu_ms_per_ask']['bundled']} → {lib['cpu_ms_per_ask']['library']} ms, "
                      f"**{lib['cpu_ratio']:.2f}×** (less disturbed by other work on the machine than latency).", ""]
        w = lib.get("library_wide_c16")
        if w:
            lines += [f"Questions over the whole library (all its places and years, 20% to refuse), first-time, 16 "
                      f"clients: {w['rps']:.1f} asks/s, p50 {w['p50_ms']:.0f} ms, p99 {w['p99_ms']:.0f} ms, "
                      f"{w['cpu_ms_per_request']} CPU ms per ask, peak RSS {w['rss_peak_mb']:.0f} MB, repeats "
                      f"{w['repeats']}.", ""]
        lines += [f"Import: {lib['added_files']} of {lib['files']} files added ({lib['added_reports']} reports, "
                  f"{lib['refused']} refused) in {lib['import_s_library']} s after the bundled corpus "
                  f"({lib['bundled_index_s_in_import']} s to index it first), every vector included; "
                  f"{lib['import_s_total']} s from process start "
                  f"to exit (load average {lib['import_load_average']:.1f} at the end).", ""]
        x = lib.get("extrapolation")
        if x:
            lines += [f"### Extrapolation to ~{x['target_reports']:,} reports (a national archive)", "",
                      f"From the two measured points: {x['bytes_per_passage_on_disk']:,} bytes on disk per added "
                      f"passage (Lucene index with vectors, plus the stored sources), {x['heap_kb_per_passage']} KB "
                      f"of live heap per added passage, import at {x['import_passages_per_s']} passages/s on this "
                      "machine. Passages per report differ by level, so both mixes are shown; an archive of all "
                      "cities and counties is mostly the first. SolrCloud column from README's Scaling out sizing "
                      "(3,442 bytes per passage per replica, vectors in the page cache, about a million passages "
                      "per shard).", "",
                      "| passages per report as in | passages | one machine: index on disk | vectors to keep in page "
                      "cache | live heap (linear) | import, 2 cores | first-time CPU ms per ask if its growth were "
                      "linear (bound) | → asks/s on 2 cores | SolrCloud: GB per replica | shards |",
                      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
            for label, v in x["by_mix"].items():
                lines.append(f"| {label}: {v['passages_per_report']} | {v['passages']:,} | {v['index_gb']} GB | "
                             f"{v['vectors_gb']} GB | {v['heap_gb_by_linear_growth']} GB | "
                             f"{v['import_hours_2_cores']} h | {v.get('cpu_ms_per_ask_linear', '—')} | "
                             f"{v.get('asks_per_s_ceiling_2_cores_linear', '—')} | {v['solr_gb_per_replica']} | "
                             f"{v['solr_shards_at_1m_passages']} |")
            lines.append("")
    return lines


def cold_markdown(r):
    c = r["cold_index"]
    lines = ["", "## Cold indexing (empty data folder, process start to `/q/health/ready` UP)", "",
             "| | |", "| --- | --- |",
             f"| corpus | {c['reports']} reports, {c['paragraphs']:,} paragraphs, {c['passages']:,} passages |",
             f"| start to ready (answerable) | {c['start_to_ready_s']:.1f} s (load average {c['load_average']:.1f} "
             "when ready) |",
             f"| parse | {c['parse_s']:.2f} s |"]
    if c.get("words_first"):
        lines += [f"| index the passages' words | {c['words_s']:.2f} s |",
                  f"| start to every passage and sentence vector filled in behind | "
                  f"{c['start_to_all_vectors_s']:.1f} s (the fill itself {c['vectors_fill_s']:.1f} s, "
                  f"{c['embed_passages_per_s']} passages/s) |"]
    else:
        lines += [f"| embed | {c['embed_s']:.1f} s ({c['embed_passages_per_s']} passages/s) |",
                  f"| write (Lucene analysis, postings, HNSW graph; on its own thread while embedding) | "
                  f"{c['write_s']:.2f} s |",
                  f"| after the last embedding: finish writing, commit | {c['finish_s']:.2f} s |",
                  f"| other (JVM, model load, HTTP) | {c['other_s']:.1f} s |"]
    lines += [f"| heap after indexing (live, after full GC) | {c['heap_after_indexing_mb']} MB |",
              f"| RSS after indexing | {c['rss_after_indexing_mb']} MB |",
              f"| restart with the persisted index, to ready | {r['restart_s']:.2f} s |", ""]
    d = r.get("during_fill")
    if d:
        sc = d["score"]
        lines += ["## Answers while the vectors are filled in", "",
                  "The dev set over HTTP (`../shared/eval/score.py`), asked of a second cold start as soon as it "
                  f"was ready, with {d['waiting_before']:,} passages waiting for their vectors when it began and "
                  f"{d['waiting_after']:,} when it ended: "
                  + " ".join(f"{k}={v}" for k, v in sc.items()) + ". The dev-set score line below is of the "
                  "finished index.", ""]
    ups = r.get("uploads") or []
    if ups:
        lines += ["## Uploads (one at a time, to a copy of the bundled data folder)", "",
                  "| file | paragraphs | request to 201 | to its first cited answer | to its last vector | question |",
                  "| --- | --- | --- | --- | --- | --- |"]
        lines += [f"| {u['file']} | {u.get('paragraphs')} | {u['request_to_201_s']} s | "
                  f"{u.get('request_to_answerable_s')} s | {u.get('request_to_all_vectors_s')} s | {u['question']} |"
                  for u in ups]
        lines.append("")
    return lines


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
    lines += firsttime_markdown(r)
    if not c.get("reports"):
        return "\n".join(lines + ["", f"Cold indexing: {c.get('error')}"])
    lines += cold_markdown(r)
    for key, title in (("ask", "`POST /api/ask`, repeated questions (embedding caches on)"),
                       ("firsttime", "`POST /api/ask`, first-time questions"), ("search", "`GET /api/search?k=10`"),
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
                     "firsttime_seconds": int(os.environ.get("BENCH_FIRSTTIME_SECONDS", 12)),
                     "java_opts": os.environ.get("JAVA_OPTS", "-Xmx512m")},
        "cold_index": cold_index(work),
        "during_fill": during_fill(work),
        "uploads": uploads(work),
        "questions": questions(work),
        "restart_s": float(read(os.path.join(work, "restart.ready"), "nan")),
        "load": {"ask": load_runs(work, "ask"), "firsttime": load_runs(work, "ft"), "search": load_runs(work, "search"),
                 "ask_nocache": load_runs(work, "nocache-ask")},
        "inprocess": json.loads(read(os.path.join(work, "inprocess.json"), "{}") or "{}"),
        "commit": read(os.path.join(work, "commit"), "unknown"),
    }
    result["settings"]["library"] = os.environ.get("BENCH_LIBRARY", "")
    result["embedding_limit"] = embedding_limit(work)
    result["library"] = library(work, result)
    result["baseline"] = baseline(work, result)
    result["verdicts"] = verdicts(result)
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, f"{result['date']}-{machine['name']}-firsttime")
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)
    with open(base + ".md", "w", encoding="utf-8") as f:
        f.write(markdown(result) + "\n")
    print(base + ".md")
    for v in result["verdicts"]:
        print(f"  {'met   ' if v['met'] else 'MISSED'} {v['what']}: {v['measured']} (target {v['target']})")


if __name__ == "__main__":
    main()
