#!/usr/bin/env bash
# The whole shared library loaded beside the bundled corpus: import time (in all and per report), then the score
# lines of the dev set, the library's dev set and our extra questions against the running service.
# Usage: bench/library.sh [port]   (run from the repository root; ../shared/library beside it; ~15 min on 2 cores)
set -euo pipefail
port=${1:-8088}
library=${REPORTQA_LIBRARY:-../shared/library}
data=$(mktemp -d)
log=$(mktemp)
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
export OPT_OUT_TRACKING=true

t0=$(date +%s.%N)
java -Xmx512m -Dreportqa.data-dir="$data" -jar "$jar" import "$library/provinces-2025" "$library/national" \
  >"$log.import" 2>"$log"
t1=$(date +%s.%N)
tail -n 1 "$log.import"
python3 - "$log.import" "$t0" "$t1" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
added = [l for l in lines if l.startswith("added")]
total = float(sys.argv[3]) - float(sys.argv[2])
print(f"import of {len(added)} reports: {total:.0f} s with start-up and the bundled corpus, "
      f"{total / max(len(added), 1):.1f} s a report")
PY
grep -E "indexed [0-9]+ passages" "$log" | sed 's/^/  /' || true

java -Xmx512m -Dquarkus.http.port="$port" -Dreportqa.data-dir="$data" -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data" "$log" "$log.import"' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
for set in ../shared/eval/dev.jsonl "$library/dev-library.jsonl" src/test/resources/eval/extra.jsonl \
    src/test/resources/eval/extra-library.jsonl; do
  [ -f "$set" ] || continue
  echo "== $set"
  python3 ../shared/eval/score.py "$set" --url "http://127.0.0.1:$port"
done
