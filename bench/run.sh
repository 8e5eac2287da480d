#!/usr/bin/env bash
# The benchmark suite, one command from the repository root:  bench/run.sh
#
# Builds the service, then leads with first-time questions: /api/ask with questions the service has never been
# asked (bench/questions.py generates them from the reports the service holds; bench/wrk/firsttime.lua walks them
# without repeating one within a run, each load run on its own slice) side by side with repeated questions (the
# dev set in a loop, as users asking again would), at 1, 4, 16 and 64 concurrent clients; and the embedding-bound
# limit of first-time asks, cores ÷ CPU time of one question embedding, timed in process with the service's own
# loader (bench/EmbedQuestions.java) before and after the load runs. Then on the bundled corpus: cold indexing
# (start to answerable, words first, and to every vector filled in behind), the dev set asked while the vectors
# are filled in, reports uploaded (request to answerable and to their last vector), restart to ready, /api/search latency and throughput, /api/ask with the embedding caches
# off, heap after indexing and RSS under load, and in process the dev-set score line, retrieval ablations beside a
# LangChain4j in-memory baseline, and embedding throughput. Last, library scale: imports the shared library
# (../shared/library) into a fresh data folder with the `import` command, and reports import time, index size on
# disk, live heap and RSS under load, and first-time latency at 16 clients with the library loaded against
# bundled-only, both served at once and loaded in alternating rounds. Writes
# bench/results/<date>-<machine>-firsttime.md and .json.
#
# Settings (environment): BENCH_PORT (8091), BENCH_SECONDS per load run (15), BENCH_WARMUP_SECONDS (10),
# BENCH_CONNECTIONS ("1 4 16 64"), JAVA_OPTS (JVM flags of the service; "-Xmx512m" as README and Dockerfile run
# it), BENCH_SKIP_BUILD=1, BENCH_BASELINE=<git ref>: also build that commit and measure its cold start, restarts
# and uncached /api/ask at 1 and 16 clients in the same run, interleaved with ours (restarts alternate, load runs
# alternate in two rounds, the better round of each counts), so that before and after share the machine's load.
# BENCH_FIRSTTIME_SLICE: first-time questions per load run (5000, at most a quarter of the pool less 1,230; a run
# that needs more repeats some and says so), BENCH_FIRSTTIME_SECONDS: length of a first-time load run (12 at most:
# once the sentence cache is warm a first-time ask costs about one embedding, ~300 asks/s on 2 cores),
# BENCH_LIBRARY: files or folders to import (../shared/library/provinces-2025 ../shared/library/national),
# BENCH_UPLOADS: report files uploaded one at a time to a copy of the bundled data folder, each timed from the
# request to its first cited answer and to its last vector (the first two provincial .docx and the newest national
# report of the library), BENCH_SKIP_LIBRARY=1, BENCH_SKIP_NOCACHE=1, BENCH_SKIP_INPROCESS=1: leave those parts out.
# Ports used: BENCH_PORT (ours), +1 (baseline), +2 (ours with the library loaded).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-8091}
seconds=${BENCH_SECONDS:-15}
warmup=${BENCH_WARMUP_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-"1 4 16 64"}
java_opts=${JAVA_OPTS:--Xmx512m}
jar=target/quarkus-app/quarkus-run.jar
baseline=${BENCH_BASELINE:-}
questions=src/test/resources/eval/dev.jsonl
slice=${BENCH_FIRSTTIME_SLICE:-5000}
ftseconds=${BENCH_FIRSTTIME_SECONDS:-$((seconds < 12 ? seconds : 12))}
library=${BENCH_LIBRARY:-../shared/library/provinces-2025 ../shared/library/national}
uploads=${BENCH_UPLOADS:-"$(ls ../shared/library/provinces-2025/*.docx 2>/dev/null | head -n 2 | tr '\n' ' ') $(ls ../shared/library/national/*.txt 2>/dev/null | tail -n 1)"}
work=$(mktemp -d /tmp/reportqa-bench.XXXXXX)
data=$work/data
libdata=$work/library-data
pid=
bpid=
lpid=

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

need() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v python3 >/dev/null || missing+=(python3)
  command -v curl >/dev/null || missing+=(curl)
  command -v jcmd >/dev/null || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || missing+=(maven)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

stop() {
  local p
  for p in $pid $bpid $lpid; do
    if kill -0 "$p" 2>/dev/null; then
      kill "$p"
      wait "$p" 2>/dev/null || true
    fi
  done
  pid=
  bpid=
  lpid=
}
# The raw files stay in $work if anything fails, to see why; a complete run removes them.
trap 'stop' EXIT

# start NAME [FLAGS...]: starts ours (or, with which=baseline, the baseline on port+1; with which=library, ours on
# the library's data folder on port+2) with extra JVM flags; sets pid (or bpid, lpid); writes the seconds to readiness into $work/NAME.ready and the 1-minute load average into NAME.load.
start() {
  local name=$1
  shift
  local t0 t1 p=$port j=$jar d=$data new
  if [ "${which:-ours}" = baseline ]; then
    p=$((port + 1)) j=$bjar d=$bdata
  elif [ "${which:-ours}" = library ]; then
    p=$((port + 2)) d=$libdata
  fi
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  OPT_OUT_TRACKING=true java $java_opts "$@" -Dquarkus.http.port="$p" -Dquarkus.http.host=127.0.0.1 \
    -Dreportqa.data-dir="$d" -jar "$j" >"$work/$name.log" 2>&1 &
  new=$!
  # A baseline from before readiness existed is ready when it answers at all.
  until curl -sf "http://127.0.0.1:$p/q/health/ready" >/dev/null \
      || { [ "${which:-ours}" = baseline ] && curl -sf "http://127.0.0.1:$p/api/reports" >/dev/null; }; do
    kill -0 "$new" 2>/dev/null || { cat "$work/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  case "${which:-ours}" in baseline) bpid=$new ;; library) lpid=$new ;; *) pid=$new ;; esac
  echo "$t0" >"$work/$name.t0"
  python3 -c "print(round($t1 - $t0, 2))" >"$work/$name.ready"
  cut -d' ' -f1 /proc/loadavg >"$work/$name.load"
  log "$name: ready in $(cat "$work/$name.ready") s (load average $(cat "$work/$name.load"))"
}

# restarts N: starts and stops ours and (if any) the baseline N times, alternating; NAME.ready gets the median.
restarts() {
  local n=$1 i name
  for i in $(seq "$n"); do
    start "restart-$i"
    stop
    if [ -n "$baseline" ]; then
      which=baseline start "baseline-restart-$i"
      stop
    fi
  done
  for name in restart baseline-restart; do
    [ -f "$work/$name-1.ready" ] || continue
    for i in $(seq "$n"); do cat "$work/$name-$i.ready"; done | sort -n | sed -n "$(( (n + 1) / 2 ))p" \
      >"$work/$name.ready"
    log "$name: median of $n restarts $(cat "$work/$name.ready") s"
  done
}

# Passages of ours still waiting for their vectors (readiness's vectorsWaiting; 0 on a finished index).
vectors_waiting() {
  curl -s "http://127.0.0.1:$port/q/health/ready" | python3 -c \
    'import json,sys; print(next(c["data"].get("vectorsWaiting", 0) for c in json.load(sys.stdin)["checks"] if c["name"] == "index"))'
}

# await_vectors NAME: waits until ours has every vector filled in; NAME.vectors gets the seconds since its start.
await_vectors() {
  until [ "$(vectors_waiting)" = 0 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/$1.log" >&2; exit 1; }
    sleep 0.2
  done
  python3 -c "import time; print(round(time.time() - $(cat "$work/$1.t0"), 2))" >"$work/$1.vectors"
  log "$1: all vectors in $(cat "$work/$1.vectors") s"
}

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/${1:-$pid}/status"; }

# Live heap after a full GC, in KB: heap_kb [PID].
heap_kb() {
  jcmd "${1:-$pid}" GC.run >/dev/null
  jcmd "${1:-$pid}" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|heap total/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print v; exit } }'
}

# The service's CPU time so far (user + system), in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# wrk against an endpoint: load NAME REQUESTS_FILE CONNECTIONS SECONDS; JSON line into $work/NAME.json, with the
# peak RSS, the load average and the service's CPU time per request. With which=baseline it loads the baseline,
# with which=library ours on the library; with script=firsttime it walks REQUESTS_FILE without repeating a line.
load() {
  local name=$1 requests=$2 c=$3 secs=$4 threads=2 peak=0 sampler target=$pid p=$port cpu0 cpu1
  if [ "${which:-ours}" = baseline ]; then
    target=$bpid p=$((port + 1))
  elif [ "${which:-ours}" = library ]; then
    target=$lpid p=$((port + 2))
  fi
  [ "$c" -lt 2 ] && threads=1
  ( while kill -0 "$target" 2>/dev/null; do rss_kb "$target"; sleep 0.5; done ) >"$work/$name.rss" &
  sampler=$!
  cpu0=$(cpu_ticks "$target")
  BENCH_REQUESTS=$requests BENCH_THREADS=$threads wrk -t"$threads" -c"$c" -d"${secs}s" --timeout 10s \
    -s "bench/wrk/${script:-questions}.lua" "http://127.0.0.1:$p" | tail -n 1 >"$work/$name.json"
  cpu1=$(cpu_ticks "$target")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/$name.rss" | tail -n 1)
  python3 - "$work/$name.json" "$c" "$peak" "$((cpu1 - cpu0))" "$(getconf CLK_TCK)" <<'EOF'
import json, os, sys
path, c, peak, ticks, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3] or 0), int(sys.argv[4]), int(sys.argv[5])
r = json.load(open(path))
r.update({"connections": c, "rss_peak_kb": peak, "load_average": os.getloadavg()[0],
          "cpu_ms_per_request": round(ticks * 1000 / hz / max(r["requests"], 1), 2)})
json.dump(r, open(path, "w"))
EOF
  log "$name: $(python3 -c "import json;r=json.load(open('$work/$name.json'));print(round(r['requests']/r['duration_us']*1e6),'req/s p50',r['latency_us']['p50']/1000,'ms p99',r['latency_us']['p99']/1000,'ms, CPU',r['cpu_ms_per_request'],'ms a request', ', repeats %d' % r['repeats'] if 'repeats' in r else '')")"
}

need
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$jar" ]; then
  log "building"
  mvn -o -q -B package -DskipTests
fi
python3 bench/machine.py >"$work/machine.json"
{ git rev-parse --short HEAD; git diff --quiet HEAD -- src pom.xml || echo "+changes"; } 2>/dev/null | paste -sd' ' \
  >"$work/commit" || true
python3 - "$questions" "$work" <<'EOF'
import json, sys, urllib.parse
qs = [json.loads(l)["question"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2] + "/ask.txt", "w", encoding="utf-8") as f:
    f.writelines(json.dumps({"question": q}, ensure_ascii=False) + "\n" for q in qs)
with open(sys.argv[2] + "/search.txt", "w", encoding="utf-8") as f:
    f.writelines("/api/search?k=10&q=" + urllib.parse.quote(q) + "\n" for q in qs)
EOF

log "cold start: parse and index the corpus into an empty data folder (words first), then its vectors behind"
start cold
await_vectors cold
heap_kb >"$work/cold.heap"
rss_kb >"$work/cold.rss"
curl -sf "http://127.0.0.1:$port/api/reports" >"$work/reports-bundled.json"
stop

if [ -f ../shared/eval/score.py ]; then
  log "answers while the vectors are filled in: the dev set over HTTP right after another cold start is ready"
  saved=$data data=$work/data-during
  start during
  vectors_waiting >"$work/during.waiting-before"
  python3 ../shared/eval/score.py ../shared/eval/dev.jsonl --url "http://127.0.0.1:$port" \
    --out "$work/during-dev.json" >/dev/null
  vectors_waiting >"$work/during.waiting-after"
  log "during: dev set scored with $(cat "$work/during.waiting-before") → $(cat "$work/during.waiting-after") passages waiting"
  stop
  rm -rf "$data"
  data=$saved
fi

log "first-time questions: generate them from the reports served and the library's list, cut them into slices"
exclude=()
for f in ../shared/eval/dev.jsonl ../shared/library/dev-library.jsonl "$questions"; do
  [ -f "$f" ] && exclude+=(--exclude "$f")
done
metadata=()
[ -f ../shared/library/metadata.tsv ] && metadata=(--metadata ../shared/library/metadata.tsv)
# Questions about the bundled reports, phrased with the library's reports in mind (no "去年河北…" when the library
# holds two 河北 reports), so that the same questions serve bundled-only and the library in the comparison.
python3 bench/questions.py --reports "$work/reports-bundled.json" "${metadata[@]}" \
  --restrict "$work/reports-bundled.json" "${exclude[@]}" --out "$work/firsttime.jsonl" --check \
  2>"$work/firsttime.check"
python3 bench/questions.py --reports "$work/reports-bundled.json" "${metadata[@]}" "${exclude[@]}" \
  --out "$work/firsttime-library.jsonl" --check 2>"$work/firsttime-library.check"
log "$(cat "$work/firsttime.check")"
python3 - "$work" "$slice" <<'EOF'
import json, sys
work, size = sys.argv[1], int(sys.argv[2])
pool = [json.loads(l) for l in open(work + "/firsttime.jsonl", encoding="utf-8")]
# Small slices for warming up (repeats there do no harm) and for timing embeddings; the rest split between the
# four measured client counts.
cut = {"warm": 800, "embed": 430}
size = min(size, (len(pool) - sum(cut.values())) // 4)
start = 0
for name in ["warm", "embed", "c1", "c4", "c16", "c64"]:
    n = cut.get(name, size)
    with open(f"{work}/ft-{name}.txt", "w", encoding="utf-8") as f:
        for q in pool[start:start + n]:
            f.write(json.dumps({"question": q["question"]}, ensure_ascii=False) + "\n")
    start += n
# Library-wide questions, none of which the library's service meets in the comparison slices.
seen = {q["question"] for q in pool}
wide = [q for q in map(json.loads, open(work + "/firsttime-library.jsonl", encoding="utf-8")) if q["question"] not in seen]
with open(f"{work}/ft-library-wide.txt", "w", encoding="utf-8") as f:
    for q in wide[:size]:
        f.write(json.dumps({"question": q["question"]}, ensure_ascii=False) + "\n")
json.dump({"pool": len(pool), "slice": size, "library_wide_pool": len(wide)}, open(work + "/slices.json", "w"))
EOF

# embed_limit NAME: CPU time of one question embedding in process (the service's loader and instruction), alone.
embed_limit() {
  local n
  n=$(($(wc -l <"$work/ft-embed.txt") - 30))
  [ "$n" -gt 400 ] && n=400
  OPT_OUT_TRACKING=true java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/EmbedQuestions.java \
    "$work/ft-embed.txt" "$n" 2>"$work/$1.log" | tail -n 1 >"$work/$1.json"
  python3 - "$work/$1.json" <<'EOF'
import json, os, sys
r = json.load(open(sys.argv[1]))
r["load_average"] = os.getloadavg()[0]
json.dump(r, open(sys.argv[1], "w"))
EOF
  log "$1: $(cat "$work/$1.json")"
}
log "embedding-bound limit, before the load runs"
embed_limit embed-before

if [ -n "$baseline" ]; then
  log "baseline $baseline: build and cold start"
  mkdir -p "$work/baseline"
  git archive "$baseline" | tar -x -C "$work/baseline"
  (cd "$work/baseline" && mvn -o -q -B package -DskipTests)
  git rev-parse --short "$baseline" >"$work/baseline.ref"
  bjar=$work/baseline/target/quarkus-app/quarkus-run.jar
  bdata=$work/baseline-data
  which=baseline start baseline-cold
  stop
fi

log "restarts with the persisted index (three each; the median counts)"
restarts 3
start restart-warm
log "warm-up (${warmup} s of /api/ask and /api/search)"
load warm-ask "$work/ask.txt" 4 "$warmup"
load warm-search "$work/search.txt" 4 "$warmup"
script=firsttime load ft-warm "$work/ft-warm.txt" 4 "$warmup"
log "repeated (dev set in a loop) and first-time questions, side by side at each client count"
for c in $connections; do
  load "ask-c$c" "$work/ask.txt" "$c" "$seconds"
  script=firsttime load "ft-c$c" "$work/ft-c$c.txt" "$c" "$ftseconds"
done
for c in $connections; do
  load "search-c$c" "$work/search.txt" "$c" "$seconds"
done
curl -s "http://127.0.0.1:$port/q/health/ready" >"$work/ready.json"
stop
log "embedding-bound limit, after the load runs"
embed_limit embed-after

if [ "${BENCH_SKIP_NOCACHE:-0}" != 1 ]; then
log "/api/ask with the embedding caches off (every question and sentence embedded afresh)"
start nocache -Dreportqa.model.cache-size=0
load warm-nocache "$work/ask.txt" 4 "$warmup"
if [ -n "$baseline" ]; then
  which=baseline start baseline-serve
  which=baseline load warm-baseline "$work/ask.txt" 4 "$warmup"
fi
for c in 1 16; do
  for round in 1 2; do
    load "nocache-ask-c$c-r$round" "$work/ask.txt" "$c" "$seconds"
    if [ -n "$baseline" ]; then
      which=baseline load "baseline-ask-c$c-r$round" "$work/ask.txt" "$c" "$seconds"
    fi
  done
done
stop

fi

log "uploads into a copy of the bundled data folder: request to answerable, and to all vectors"
cp -r "$data" "$work/upload-data"
saved=$data data=$work/upload-data
start upload-serve
i=0
for f in $uploads; do
  i=$((i + 1))
  python3 bench/upload.py "http://127.0.0.1:$port" "$f" >"$work/upload-$i.json"
  log "upload $i: $(cat "$work/upload-$i.json")"
done
stop
rm -rf "$data"
data=$saved

if [ "${BENCH_SKIP_INPROCESS:-0}" != 1 ]; then
log "in process: dev-set score, retrieval ablations, LangChain4j baseline, embedding throughput"
# shellcheck disable=SC2086
OPT_OUT_TRACKING=true java $java_opts -Dreportqa.data-dir="$data" -jar "$jar" bench "$questions" \
  >"$work/inprocess.json" 2>"$work/inprocess.log"
fi

if [ "${BENCH_SKIP_LIBRARY:-0}" != 1 ]; then
  log "library scale: import $library into a fresh data folder (the bundled corpus is indexed first)"
  mkdir -p "$libdata"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  OPT_OUT_TRACKING=true java $java_opts -Dreportqa.data-dir="$libdata" -jar "$jar" import $library \
    >"$work/import.out" 2>"$work/import.log" || log "import: some files refused (see the report)"
  t1=$(date +%s.%N)
  python3 -c "print(round($t1 - $t0, 1))" >"$work/import.seconds"
  cut -d' ' -f1 /proc/loadavg >"$work/import.load"
  log "import: $(tail -n 1 "$work/import.out"), $(cat "$work/import.seconds") s with start-up and the bundled corpus"
  du -sb "$data" | cut -f1 >"$work/bundled.bytes"
  du -sb "$libdata" | cut -f1 >"$work/library.bytes"
  log "on disk: bundled $(cat "$work/bundled.bytes") bytes, with the library $(cat "$work/library.bytes") bytes"

  log "bundled-only and library served at once, first-time questions at 16 clients in alternating rounds"
  start bundled-serve
  which=library start library-serve
  curl -sf "http://127.0.0.1:$((port + 2))/api/reports" >"$work/reports-library.json"
  curl -s "http://127.0.0.1:$port/q/health/ready" >"$work/bundled-ready.json"
  curl -s "http://127.0.0.1:$((port + 2))/q/health/ready" >"$work/library-ready.json"
  heap_kb "$pid" >"$work/bundled-serve.heap"
  heap_kb "$lpid" >"$work/library-serve.heap"
  rss_kb "$pid" >"$work/bundled-serve.rss"
  rss_kb "$lpid" >"$work/library-serve.rss"
  script=firsttime load cmp-warm-bundled "$work/ft-warm.txt" 4 "$warmup"
  script=firsttime which=library load cmp-warm-library "$work/ft-warm.txt" 4 "$warmup"
  # Fresh processes: the slices of the 16- and 64-client runs above are first-time questions for both again.
  script=firsttime load cmp-bundled-c16-r1 "$work/ft-c16.txt" 16 "$ftseconds"
  script=firsttime which=library load cmp-library-c16-r1 "$work/ft-c16.txt" 16 "$ftseconds"
  script=firsttime which=library load cmp-library-c16-r2 "$work/ft-c64.txt" 16 "$ftseconds"
  script=firsttime load cmp-bundled-c16-r2 "$work/ft-c64.txt" 16 "$ftseconds"
  log "questions over the whole library (all places and years), first-time, 16 clients"
  script=firsttime which=library load libwide-c16 "$work/ft-library-wide.txt" 16 "$ftseconds"
  stop
fi

JAVA_OPTS="$java_opts" BENCH_SECONDS=$seconds BENCH_FIRSTTIME_SECONDS=$ftseconds BENCH_LIBRARY="$library" BENCH_WARMUP_SECONDS=$warmup python3 bench/report.py "$work" bench/results
rm -rf "$work"
