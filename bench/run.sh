#!/usr/bin/env bash
# The benchmark suite, one command from the repository root:  bench/run.sh
#
# Builds the service, then on the bundled corpus measures cold indexing (parse / embed / write), restart to
# ready, /api/ask and /api/search latency and throughput at 1, 4, 16 and 64 concurrent clients with wrk (after
# warm-up; caches on, and /api/ask again with the embedding caches off), heap after indexing and RSS under load,
# and in process the dev-set score line, retrieval ablations beside a LangChain4j in-memory baseline, and
# embedding throughput. Writes bench/results/<date>-<machine>.md and .json.
#
# Settings (environment): BENCH_PORT (8091), BENCH_SECONDS per load run (15), BENCH_WARMUP_SECONDS (10),
# BENCH_CONNECTIONS ("1 4 16 64"), JAVA_OPTS (JVM flags of the service; "-Xmx512m" as README and Dockerfile run
# it), BENCH_SKIP_BUILD=1, BENCH_BASELINE=<git ref>: also build that commit and measure its cold start, restarts
# and uncached /api/ask at 1 and 16 clients in the same run, interleaved with ours (restarts alternate, load runs
# alternate in two rounds, the better round of each counts), so that before and after share the machine's load.
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
work=$(mktemp -d /tmp/reportqa-bench.XXXXXX)
data=$work/data
pid=
bpid=

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
  for p in $pid $bpid; do
    if kill -0 "$p" 2>/dev/null; then
      kill "$p"
      wait "$p" 2>/dev/null || true
    fi
  done
  pid=
  bpid=
}
# The raw files stay in $work if anything fails, to see why; a complete run removes them.
trap 'stop' EXIT

# start NAME [FLAGS...]: starts ours (or, with which=baseline, the baseline on port+1) with extra JVM flags; sets
# pid (or bpid); writes the seconds to readiness into $work/NAME.ready and the 1-minute load average into NAME.load.
start() {
  local name=$1
  shift
  local t0 t1 p=$port j=$jar d=$data new
  if [ "${which:-ours}" = baseline ]; then
    p=$((port + 1)) j=$bjar d=$bdata
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
  if [ "${which:-ours}" = baseline ]; then bpid=$new; else pid=$new; fi
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

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/${1:-$pid}/status"; }

# Live heap after a full GC, in KB.
heap_kb() {
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|heap total/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print v; exit } }'
}

# wrk against an endpoint: load NAME REQUESTS_FILE CONNECTIONS SECONDS; JSON line into $work/NAME.json, peak RSS too.
# With which=baseline it loads the baseline.
load() {
  local name=$1 requests=$2 c=$3 secs=$4 threads=2 peak=0 sampler target=$pid p=$port
  if [ "${which:-ours}" = baseline ]; then
    target=$bpid p=$((port + 1))
  fi
  [ "$c" -lt 2 ] && threads=1
  ( while kill -0 "$target" 2>/dev/null; do rss_kb "$target"; sleep 0.5; done ) >"$work/$name.rss" &
  sampler=$!
  BENCH_REQUESTS=$requests wrk -t"$threads" -c"$c" -d"${secs}s" --timeout 10s -s bench/wrk/questions.lua \
    "http://127.0.0.1:$p" | tail -n 1 >"$work/$name.json"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/$name.rss" | tail -n 1)
  python3 - "$work/$name.json" "$c" "$peak" <<'EOF'
import json, sys
path, c, peak = sys.argv[1], int(sys.argv[2]), int(sys.argv[3] or 0)
r = json.load(open(path))
r.update({"connections": c, "rss_peak_kb": peak})
json.dump(r, open(path, "w"))
EOF
  log "$name: $(python3 -c "import json;r=json.load(open('$work/$name.json'));print(round(r['requests']/r['duration_us']*1e6),'req/s p50',r['latency_us']['p50']/1000,'ms p99',r['latency_us']['p99']/1000,'ms')")"
}

need
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$jar" ]; then
  log "building"
  mvn -q -B package -DskipTests
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

log "cold start: parse, embed and index the corpus into an empty data folder"
start cold
heap_kb >"$work/cold.heap"
rss_kb >"$work/cold.rss"
stop

if [ -n "$baseline" ]; then
  log "baseline $baseline: build and cold start"
  mkdir -p "$work/baseline"
  git archive "$baseline" | tar -x -C "$work/baseline"
  (cd "$work/baseline" && mvn -q -B package -DskipTests)
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
for c in $connections; do
  load "ask-c$c" "$work/ask.txt" "$c" "$seconds"
done
for c in $connections; do
  load "search-c$c" "$work/search.txt" "$c" "$seconds"
done
curl -s "http://127.0.0.1:$port/q/health/ready" >"$work/ready.json"
stop

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

log "in process: dev-set score, retrieval ablations, LangChain4j baseline, embedding throughput"
# shellcheck disable=SC2086
OPT_OUT_TRACKING=true java $java_opts -Dreportqa.data-dir="$data" -jar "$jar" bench "$questions" \
  >"$work/inprocess.json" 2>"$work/inprocess.log"

JAVA_OPTS="$java_opts" BENCH_SECONDS=$seconds BENCH_WARMUP_SECONDS=$warmup python3 bench/report.py "$work" bench/results
rm -rf "$work"
