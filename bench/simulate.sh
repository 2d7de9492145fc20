#!/usr/bin/env bash
# Policy simulation on real demand (issue 5), the figures of BENCHMARKS.md "Simulation":
#   - RAF spare parts (5000 items x 84 months, real lead times and unit prices) and car parts
#     (2674 items x 51 months; no lead times or prices given: 1 month, every unit costs 1),
#     warm-up 24 months, (s,S) reviewed monthly, backorders;
#   - Lagom's default configuration against the textbook set-up (SBA, normal safety stock on the
#     forecast error, the continuous-review fill-rate rule) over a sweep of fill-rate targets,
#     with the stock value saved at equal achieved fill rate, and the trade-off plots;
#   - the variants tried on the way (one change at a time), what `lagom plan` does today
#     (moving average, automatic distribution), other policies, lost sales, drawn lead times;
#   - the share of demand no history-driven policy can serve (unprecedented sizes, new items);
#   - calibration (issue 20): where the mean fill rate over items falls short (per decile of
#     demand size, pattern, demands in the warm-up: bench/simulate_breakdown.py), and the
#     size tail (--size-tail-ratio 1.5) at the targets that give a mean of 0.90 / 0.95;
#   - the wall time of one configuration on the whole RAF set.
# Usage: bench/simulate.sh [build-dir]; LAGOM_SHARED_DIR as for the other benchmarks.
# Output: out/bench/simulate/ (*.txt summaries, *.svg plots, and *.png when chromium is there).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-build}")
shared=${LAGOM_SHARED_DIR:-$repo/../shared}
lagom="$build/src/cli/lagom"
out="$repo/out/bench/simulate"
raf="$shared/data/spareparts/raf_long.csv"
cars="$shared/data/carparts/carparts_long.csv"
if [[ ! -f $raf || ! -f $cars ]]; then
  echo "simulate: $raf or $cars not found (set LAGOM_SHARED_DIR); skipped"
  exit 0
fi
mkdir -p "$out"
targets=0.7,0.8,0.85,0.9,0.93,0.95,0.97,0.98,0.99,0.995,0.999
declare -A input=(
  [raf]="--demand $raf --items $shared/data/spareparts/raf_items.csv
         --lead-time-column lead_time_months --unit-cost-column unit_price_gbp"
  [cars]="--demand $cars --lead-time 1")
# The policy targets that give a mean fill rate over items of 0.90 and 0.95 with the size tail
# 1.5: the calibration map read off the run's own curve (BENCHMARKS.md "Calibration").
declare -A calibrated=([raf]="0.85,0.98" [cars]="0.72,0.98")
declare -A tail_targets=([raf]="$targets" [cars]="$targets,0.72") demand=([raf]=$raf [cars]=$cars)

# run <data> <name> <options…>: one lagom simulate run, its summary kept in <data>-<name>.txt.
run() {
  local data=$1 name=$2
  shift 2
  # shellcheck disable=SC2086
  "$lagom" simulate ${input[$data]} --season-length 12 --warmup 24 "$@" \
    >"$out/$data-$name.txt" 2>"$out/$data-$name.log"
  echo "### $data: $name ($*)"
  cat "$out/$data-$name.txt"
}

# unservable <file> <lead time>: shares of the demand after the warm-up that no policy driven by
# the history can serve — above the largest single-period demand seen before it, and of items
# without demand in the warm-up from their first demand until an order can arrive.
unservable() {
  awk -F, -v warmup=24 -v lead="$2" '
    NR == 1 { next }
    $1 != id { id = $1; t = 0; top = 0; first = -1; seen = 0 }
    { t++; if ($3 == "NA") next; x = $3 + 0
      if (t > warmup) {
        total += x; if (x > top) above += x - top
        if (!seen && x > 0 && first < 0) first = t
        if (first > 0 && t <= first + lead) fresh += x
      }
      if (x > 0 && t <= warmup) seen = 1
      if (x > top) top = x }
    END { printf "demand after the warm-up %d; above the largest demand seen before: %.1f%%;" \
                 " new items until a first order can arrive: %.1f%%\n",
                 total, 100 * above / total, 100 * fresh / total }' "$1"
}

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores," \
  "load $(cut -d' ' -f1 /proc/loadavg); $(date -u '+%F %H:%M') UTC"
echo "### unservable demand: RAF (its own lead times: the new-item share is 0, all have demand"
echo "### in the warm-up) and car parts (lead time 1)"
unservable "$raf" 0
unservable "$cars" 1
for data in raf cars; do
  run "$data" default --targets "$targets" --compare-textbook --plot "$out/$data.svg" \
    --output "$out/$data-series.csv"
  run "$data" size-tail --size-tail-ratio 1.5 --targets "${tail_targets[$data]}" \
    --compare-textbook --output "$out/$data-size-tail-series.csv"
  echo "### $data: breakdown of the default at 0.90 / 0.95"
  python3 "$repo/bench/simulate_breakdown.py" "${demand[$data]}" "$out/$data-series.csv" \
    0.9,0.95 24 || true
  echo "### $data: breakdown with the size tail at the calibrated targets ${calibrated[$data]}"
  python3 "$repo/bench/simulate_breakdown.py" "${demand[$data]}" \
    "$out/$data-size-tail-series.csv" "${calibrated[$data]}" 24 || true
  run "$data" variants-fill-rate-model --methods sba --distributions normal --history full \
    --fill-rate-models cycle-quantity,periodic --targets 0.9,0.95
  for variant in "sba normal periodic full" "tsb normal periodic full" \
    "tsb empirical periodic full" "auto empirical periodic full" \
    "auto normal periodic first-demand" "auto auto periodic first-demand" \
    "ma auto cycle-quantity full"; do
    read -r method distribution model history <<<"$variant"
    run "$data" "curve-$method-$distribution-$model-$history" --methods "$method" \
      --distributions "$distribution" --fill-rate-models "$model" --history "$history" \
      --targets "$targets" --compare-textbook
  done
  run "$data" policies --policy sq,ss,rs --targets 0.9,0.95 --compare-textbook
  run "$data" lost-sales --shortage lost-sales --targets 0.9,0.95 --compare-textbook
  run "$data" drawn-lead-times --lead-time-sd 1 --targets 0.9,0.95 --compare-textbook
done

echo "### wall time of one configuration (Lagom's default, target 0.95) on the whole RAF set"
for threads in 0 1; do
  for i in 1 2 3; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "threads $threads: %e s wall, %U s user, %M KB" "$lagom" simulate \
      ${input[raf]} --season-length 12 --warmup 24 --threads "$threads" 2>&1 >/dev/null |
      grep -v '^lagom simulate'
  done
done

if command -v chromium >/dev/null; then
  for data in raf cars; do
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --window-size=880,560 \
      --screenshot="$out/$data.png" "file://$out/$data.svg" >/dev/null 2>&1 || true
  done
fi
exit 0
