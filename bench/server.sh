#!/usr/bin/env bash
# Server benchmark: `lagom serve` on loopback with the demo database (689 stock points, one
# plan run), loaded by wrk with 64 connections on 2 threads for 10 s per request kind:
#   read   GET /api/v1/stock-points/{item}/{location} (history, forecast, policy, projection)
#   write  POST /api/v1/movements/post, a receipt of one unit under a new idempotency key
#          (validated, posted to the ledger: movement, cost layer, balance; one transaction)
# Prints requests/s and the latency percentiles wrk reports (p99 among them).
# Needs wrk (Debian package). Usage: bench/server.sh [build dir] [seconds]
set -euo pipefail
build=$(realpath "${1:-build}")
seconds=${2:-10}
lagom="$build/src/cli/lagom"
here=$(realpath "$(dirname "$0")")
command -v wrk >/dev/null || { echo "server.sh: wrk is not installed (apt-get install wrk)"; exit 1; }
scratch=$(mktemp -d)
cd "$scratch"
"$lagom" demo --db bench.db >/dev/null
LAGOM_PASSWORD=bench-password "$lagom" user add bench --role admin --db bench.db >/dev/null
export LAGOM_TOKEN
LAGOM_TOKEN=$("$lagom" user token bench --db bench.db | tail -1)
"$lagom" serve --db bench.db --port 0 --web '' >serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do grep -q 'http://' serve.log && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' serve.log)
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(date -u +%F)"
run() {
  echo "== $1"
  wrk -t2 -c64 -d"${seconds}s" --latency -s "$here/wrk_request.lua" "$2" |
    grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%'
}
run "GET stock point 85123A@LON" "$url/api/v1/stock-points/85123A/LON"
LAGOM_BODY='{"type":"receipt","item":"85123A","location":"LON","quantity":1,"unit_cost":2.1}' \
  LAGOM_KEY_PREFIX="bench-$(date +%s)" run "POST movement (receipt of 1)" "$url/api/v1/movements/post"
