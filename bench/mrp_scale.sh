#!/usr/bin/env bash
# MRP at scale: `lagom generate --bom-levels L` makes a manufacturing catalogue (items in BOMs
# L levels deep, about 20 components per made item, only the finished goods with 52 weeks of
# demand history; see src/store/generated_bom.h), the horizon is set to 52 weeks, and
# mrp_phases times the MRP run phase by phase (load, explosion with netting and lot sizing,
# rough-cut capacity; then low-level codes and gross-to-net alone) with its peak memory.
# Growth with items (LAGOM_MRP_ITEMS, at 5 levels) and with levels (LAGOM_MRP_LEVELS, at
# LAGOM_MRP_LEVEL_ITEMS items, default 25k: generating is the slow part); then `lagom plan`
# end to end on 100k items in 5 levels.
# Usage: bench/mrp_scale.sh [build-dir]   (LAGOM_BENCH_DIR keeps the generated stores)
set -euo pipefail
build=$(realpath "${1:-build}")
lagom="$build/src/cli/lagom"
bench="$build/bench/mrp_phases"
work=${LAGOM_BENCH_DIR:-$(mktemp -d)}
items=${LAGOM_MRP_ITEMS:-"25000 50000 100000"}
levels=${LAGOM_MRP_LEVELS:-"3 5 7"}
level_items=${LAGOM_MRP_LEVEL_ITEMS:-25000}
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(uptime); $(date -u +%F)"

store() {  # items levels → the path of a generated store with a 52-week horizon
  local db="$work/mrp-$1-$2.db"
  if [[ ! -f $db ]]; then
    /usr/bin/time -f "generate $1 items, $2 levels: %e s" "$lagom" generate --db "$db" \
      --stock-points "$1" --weeks 52 --bom-levels "$2" --components 20 >&2
    "$lagom" settings set mrp.horizon_periods 52 --db "$db" >/dev/null
  fi
  echo "$db"
}

run() {
  echo "== $1 items, $2 levels"
  /usr/bin/time -f "wall %e s, user %U s, peak %M KB" "$bench" "$(store "$1" "$2")" 2026-01-05
}

for n in $items; do run "$n" 5; done
for l in $levels; do [[ $l == 5 && $items == *"$level_items"* ]] || run "$level_items" "$l"; done
echo "== lagom plan, 100000 items, 5 levels"
/usr/bin/time -f "wall %e s, peak %M KB" "$lagom" plan --db "$(store 100000 5)" \
  --as-of 2026-01-05 --format csv 2>&1 >/dev/null | grep -E '^(time|wall)' || true
