#!/usr/bin/env bash
# Whole-run forecasting benchmark on M3 monthly (1428 series, h = 18, m = 12): `lagom forecast`
# with auto, ets and theta (and the benchmarks naive, snaive, ses), scored with
# forecast_score; R's forecast package side by side when installed (see forecast_common.bash).
# Usage: bench/forecast_m3.sh [build-dir]. Skips when the shared data is absent.
set -euo pipefail
build=$(realpath "${1:-build}")
source "$(dirname "$0")/forecast_common.bash"
train="$shared/data/m3/m3_monthly_train.csv"
test="$shared/data/m3/m3_monthly_test.csv"
if [[ ! -f $train ]]; then
  echo "forecast_m3: $train not found (set LAGOM_SHARED_DIR); skipped"
  exit 0
fi
rm -f "$out/scores.csv"
machine
table_header
for method in auto ets theta damped ses snaive naive; do
  lagom_run "m3-lagom-$method" "$train" 18 12 "$method" 12 "$test"
done
if have_r; then
  for method in thetaf ses snaive naive; do
    r_run "m3-r-$method" "$train" 18 12 "$method" 12 "$test"
  done
  [[ $r_runs == all ]] && r_run "m3-r-ets" "$train" 18 12 ets 12 "$test"
fi
exit 0
