#!/usr/bin/env bash
# Classification, cycle-count plans and alerts at scale: `lagom generate` a synthetic
# catalogue (104 weeks of weekly demand, 4 locations), then `lagom plan` twice (the first run
# raises every alert, the second finds them open and writes only what changed; the `alerts`
# phase of its `time:` line), `lagom classify` per location and company-wide, `lagom counts
# plan` for a year and `lagom alerts --format csv`. Prints wall time and peak memory.
# Sizes: LAGOM_SCALE="100000 ..."
set -euo pipefail
build=$(realpath "${1:-build}")
lagom="$build/src/cli/lagom"
work=${LAGOM_BENCH_DIR:-$(mktemp -d)}
sizes=${LAGOM_SCALE:-"100000"}
measure() { /usr/bin/time -f "$1: %e s wall, %M KB peak" "${@:2}"; }
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load $(cut -d' ' -f1 /proc/loadavg); $(date -u +%F)"
for n in $sizes; do
  db="$work/analysis-$n.db"
  rm -f "$db" "$db-wal" "$db-shm"
  "$lagom" generate --db "$db" --stock-points "$n" --locations 4 >/dev/null
  for run in first second; do
    measure "plan $n ($run run)" "$lagom" plan --db "$db" --as-of 2026-01-05 --forecast ma \
      --format csv 2>&1 >/dev/null | grep -E '^(time|plan [0-9])' | tr '\n' ' '
    echo
  done
  for by in location company; do
    measure "classify $n by $by" "$lagom" classify --db "$db" --as-of 2026-01-05 --by "$by" \
      2>&1 >/dev/null
  done
  measure "counts plan $n" "$lagom" counts plan --db "$db" --from 2026-01-05 2>&1
  measure "alerts $n" "$lagom" alerts --db "$db" --format csv 2>&1 >/dev/null
  echo "open alerts: $(sqlite3 "$db" "SELECT COUNT(*) FROM alerts WHERE status = 'open'")"
done
