#!/usr/bin/env bash
# Whole-run benchmark: `lagom demo` (import 7 CSV files, plan 689 stock points, save, print)
# five times in a scratch folder; prints each wall time and the median.
set -euo pipefail
build=$(realpath "${1:-build}")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$build/src/cli/lagom" demo >/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "lagom demo wall times (ms): ${times[*]}; median ${sorted[2]} ms"
