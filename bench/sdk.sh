#!/usr/bin/env bash
# The official openai SDKs (Python, Node) against a running ReportQA, as integrators use them: structured errors,
# usage, refusals of unsupported parameters, max_tokens and stop. Not part of CI (it installs the SDKs).
# Usage: bench/sdk.sh [port]   (from the repository root; SDKs go into target/sdk, the service runs on a temp data dir)
set -euo pipefail
port=${1:-18110}
data=$(mktemp -d)
log=$(mktemp)
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
mkdir -p target/sdk
[ -x target/sdk/py/bin/python ] || { python3 -m venv target/sdk/py && target/sdk/py/bin/pip install -q "openai==2.54.0"; }
[ -d target/sdk/node_modules/openai ] || (cd target/sdk && npm install --no-audit --no-fund -s openai@6.49.0 >/dev/null)
cp bench/sdk/check.mjs target/sdk/

OPT_OUT_TRACKING=true java -Xmx512m -Dquarkus.http.port="$port" -Dreportqa.data-dir="$data" -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data" "$log"' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
status=0
target/sdk/py/bin/python bench/sdk/check.py "http://127.0.0.1:$port/v1" || status=1
node target/sdk/check.mjs "http://127.0.0.1:$port/v1" || status=1
exit $status
