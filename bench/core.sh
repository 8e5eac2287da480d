#!/usr/bin/env bash
# Measures what the core issue reports: cold index time, restart-to-ready, and the dev-set score line with
# /api/ask latency (client side). Usage: bench/core.sh [port]   (run from the repository root)
set -euo pipefail
port=${1:-8089}
data=$(mktemp -d)
log=$(mktemp)
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests

# Starts the service and waits until it answers; sets pid and elapsed (seconds).
start() {
  local t0 t1
  t0=$(date +%s.%N)
  OPT_OUT_TRACKING=true java -Dquarkus.http.port="$port" -Dreportqa.data-dir="$data" -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/reports" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  elapsed=$(python3 -c "print(round($t1 - $t0, 2))")
}

start
echo "cold start (parse + embed + index + serve): ${elapsed} s"
grep -E "parsed|indexed" "$log" | sed 's/^/  /'
kill "$pid"; wait "$pid" 2>/dev/null || true
start
echo "restart with the persisted index: ${elapsed} s"
grep -E "reusing" "$log" | sed 's/^/  /'
python3 ../shared/eval/score.py ../shared/eval/dev.jsonl --url "http://127.0.0.1:$port"
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$data" "$log"
