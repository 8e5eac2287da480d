#!/usr/bin/env bash
# Soak test, from the repository root:  bench/soak.sh
#
# Runs the packaged service on the bundled corpus under steady load (wrk, 8 connections, the dev questions in a
# fixed round robin) for SOAK_SECONDS (600), while a report is uploaded and deleted every minute. Every 30 s it
# samples process RSS, heap used (from /q/metrics) and the index size. Reports errors (non-2xx, socket errors),
# throughput, latency and whether memory stayed flat, in bench/results/<date>-soak.md and .json.
#
# Settings (environment): SOAK_SECONDS (600), SOAK_CONNECTIONS (8), BENCH_PORT (8092), BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${SOAK_SECONDS:-600}
connections=${SOAK_CONNECTIONS:-8}
port=${BENCH_PORT:-8092}
jar=target/quarkus-app/quarkus-run.jar
work=$(mktemp -d /tmp/reportqa-soak.XXXXXX)
base="http://127.0.0.1:$port"
pid=
log() { echo "[soak $(date +%H:%M:%S)] $*" >&2; }
stop() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; }
trap 'stop; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -q -B package -DskipTests
fi
python3 - src/test/resources/eval/dev.jsonl "$work/ask.txt" <<'PY'
import json, sys
qs = [json.loads(l)["question"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
open(sys.argv[2], "w", encoding="utf-8").writelines(json.dumps({"question": q}, ensure_ascii=False) + "\n" for q in qs)
PY

# The index of a previous run (or of README's first command) is reused when present; uploads go to a copy.
mkdir -p "$work/data"
if [ -d data ]; then cp -r data/. "$work/data/"; rm -rf "$work/data/uploads" "$work/data/removed-reports.txt"; fi
OPT_OUT_TRACKING=true java -Xmx1g -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
  -Dreportqa.data-dir="$work/data" -jar "$jar" >"$work/service.log" 2>&1 &
pid=$!
until curl -sf "$base/q/health/ready" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/service.log"; exit 1; }
  sleep 1
done
log "ready; warming up"
BENCH_REQUESTS=$work/ask.txt wrk -t2 -c"$connections" -d20s -s bench/wrk/questions.lua "$base" >/dev/null

sample() {
  local rss heap
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  heap=$(curl -sf "$base/q/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s+=$2} END {printf "%d", s/1024}')
  echo "{\"t\":$1,\"rss_kb\":$rss,\"heap_kb\":$heap}" >>"$work/samples.jsonl"
}

churn() {
  local ok=0 bad=0
  while [ -f "$work/running" ]; do
    sleep 60
    [ -f "$work/running" ] || break
    if curl -sf -F file=@src/test/resources/uploads/songxi-2023.pdf "$base/api/reports" >/dev/null \
      && curl -sf -X DELETE "$base/api/reports/songxi-2023" >/dev/null; then ok=$((ok + 1)); else bad=$((bad + 1)); fi
    echo "$ok $bad" >"$work/churn"
  done
}

log "load for ${seconds}s with $connections connections, a report added and removed every minute"
touch "$work/running"
echo "0 0" >"$work/churn"
churn &
churn_pid=$!
BENCH_REQUESTS=$work/ask.txt wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/wrk/questions.lua \
  "$base" >"$work/wrk.txt" &
wrk_pid=$!
t=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  sample "$t"
  sleep 30
  t=$((t + 30))
done
rm -f "$work/running"
wait "$churn_pid" || true
sample "$t"
errors=$(grep -c '"level":"ERROR"\| ERROR ' "$work/service.log" || true)

date=$(date +%F)
mkdir -p bench/results
python3 - "$work" "$seconds" "$connections" "$errors" "bench/results/$date-soak" <<'PY'
import json, sys
work, seconds, conns, log_errors, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
wrk = json.loads([l for l in open(work + "/wrk.txt") if l.startswith("{")][-1])
samples = [json.loads(l) for l in open(work + "/samples.jsonl")]
churn_ok, churn_bad = map(int, open(work + "/churn").read().split())
half = len(samples) // 2
first = max(s["rss_kb"] for s in samples[1:half + 1]) if half else samples[0]["rss_kb"]
last = max(s["rss_kb"] for s in samples[half:])
result = {"seconds": seconds, "connections": conns, "requests": wrk["requests"],
          "asks_per_s": round(wrk["requests"] / (wrk["duration_us"] / 1e6), 1), "errors": wrk["errors"],
          "latency_ms": {k: v / 1000 for k, v in wrk["latency_us"].items()},
          "uploads_and_deletes": {"ok": churn_ok, "failed": churn_bad}, "service_log_errors": log_errors,
          "rss_mb_first_half_peak": round(first / 1024), "rss_mb_second_half_peak": round(last / 1024),
          "samples": samples}
json.dump(result, open(out + ".json", "w"), indent=1)
e = wrk["errors"]
lines = [f"# Soak, {seconds} s at {conns} connections", "",
         f"- requests: {wrk['requests']} ({result['asks_per_s']} asks/s); errors: non-2xx {e['status']}, "
         f"connect {e['connect']}, read {e['read']}, write {e['write']}, timeout {e['timeout']}; "
         f"ERROR lines in the service log: {log_errors}",
         f"- latency p50 {result['latency_ms']['p50']} ms, p99 {result['latency_ms']['p99']} ms, max {result['latency_ms']['max']} ms",
         f"- report uploaded and deleted {churn_ok} times under load ({churn_bad} failed)",
         f"- RSS peak first half {result['rss_mb_first_half_peak']} MB, second half {result['rss_mb_second_half_peak']} MB",
         "", "| t (s) | RSS (MB) | heap used (MB) |", "| --- | --- | --- |"]
lines += [f"| {s['t']} | {s['rss_kb'] // 1024} | {s['heap_kb'] // 1024} |" for s in samples]
open(out + ".md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines[:6]))
PY
