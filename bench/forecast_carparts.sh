#!/usr/bin/env bash
# Whole-run benchmark on the car parts (2509 complete series of 51 months; train = first 39,
# test = last 12): Lagom's intermittent methods and auto against R's Croston/SBA/ses and the
# zero forecast, scored with forecast_score (MASE on the lag-1 in-sample scale, as the
# reference). Usage: bench/forecast_carparts.sh [build-dir]. Skips without the shared data.
set -euo pipefail
build=$(realpath "${1:-build}")
source "$(dirname "$0")/forecast_common.bash"
long="$shared/data/carparts/carparts_long.csv"
if [[ ! -f $long ]]; then
  echo "forecast_carparts: $long not found (set LAGOM_SHARED_DIR); skipped"
  exit 0
fi
train="$out/carparts_train.csv"
test="$out/carparts_test.csv"
# Complete series only; the file is sorted by series then period, 51 months each.
awk -F, -v train="$train" -v test="$test" '
  NR == 1 { print > train; print > test; next }
  { id[++n] = $1; row[n] = $0; if ($3 == "NA") bad[$1] = 1 }
  END { for (i = 1; i <= n; ++i) if (!(id[i] in bad)) {
          k = (id[i] == id[i-1]) ? k + 1 : 1
          print row[i] > (k <= 39 ? train : test) } }' "$long"
rm -f "$out/scores.csv"
machine
table_header
for method in sba croston tsb auto ses mean naive; do
  lagom_run "carparts-lagom-$method" "$train" 12 12 "$method" 1 "$test"
done
if have_r; then
  for method in zero mean naive ses; do
    r_run "carparts-r-$method" "$train" 12 12 "$method" 1 "$test"
  done
  if [[ $r_runs == all ]]; then
    for method in croston sba; do r_run "carparts-r-$method" "$train" 12 12 "$method" 1 "$test"; done
  fi
fi
exit 0
