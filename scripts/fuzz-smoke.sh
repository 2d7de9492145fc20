#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build (make fuzz-smoke) for a bounded time each, on a
# scratch copy of its checked-in corpus (fuzz/corpus/<name>; the repository's corpus is not
# written). Fails on the first crash, sanitizer report, leak or input slower than 10 s, and
# keeps the input that did it in <build>/fuzz-artifacts/. Prints each target's executions
# per second.
#
# Usage: scripts/fuzz-smoke.sh BUILD_DIR [SECONDS_EACH]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/fuzz-smoke.sh BUILD_DIR [SECONDS_EACH]}
seconds=${2:-20}
targets=("$build"/fuzz/*_fuzz)
[[ -x ${targets[0]} ]] || { echo "fuzz-smoke: no fuzz targets in $build/fuzz" >&2; exit 2; }
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for target in "${targets[@]}"; do
  name=$(basename "$target" _fuzz)
  mkdir -p "$scratch/$name"
  cp -r fuzz/corpus/"$name"/. "$scratch/$name/" 2>/dev/null || true
  log=$scratch/$name.log
  if ! "$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
       -artifact_prefix="$artifacts/$name-" "$scratch/$name" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz-smoke: $name failed; the input is in $artifacts/" >&2
    exit 1
  fi
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "fuzz-smoke: $name: $runs inputs in ${seconds} s ($rate/s), no crash"
done
