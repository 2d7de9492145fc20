#!/usr/bin/env bash
# Whole planning run at scale: `lagom generate` a synthetic catalogue (104 weeks of weekly
# demand; 2 locations; 20 suppliers, some with containers) of 10k, 100k and 1M stock points,
# then `lagom plan` end to end (load → forecast → policy → supplier orders → proposals →
# save → alerts) with a fast forecast (TSB/moving average) and with `auto`.
# Prints wall time, peak memory and the run's own phase times. Sizes: LAGOM_SCALE="10000 ..."
set -euo pipefail
build=$(realpath "${1:-build}")
lagom="$build/src/cli/lagom"
work=${LAGOM_BENCH_DIR:-$(mktemp -d)}
sizes=${LAGOM_SCALE:-"10000 100000 1000000"}
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load $(cut -d' ' -f1 /proc/loadavg); $(date -u +%F)"
for n in $sizes; do
  db="$work/plan-$n.db"
  [[ -f $db ]] || /usr/bin/time -f "generate $n: %e s" "$lagom" generate --db "$db" \
    --stock-points "$n" --locations 2 >/dev/null
  for method in tsb ma auto; do
    /usr/bin/time -f "plan $n $method: %e s wall, %M KB peak" "$lagom" plan --db "$db" \
      --as-of 2026-01-05 --forecast "$method" --format csv 2>&1 >/dev/null |
      grep -E '^(time|plan [0-9])' | tr '\n' ' '
    echo
  done
done
