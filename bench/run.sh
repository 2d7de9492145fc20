#!/usr/bin/env bash
# Runs Lagom's benchmarks against the build in $1 (default: build) and prints the figures.
# Each kernel writes Google Benchmark JSON to out/bench/; BENCHMARKS.md records the figures
# with the machine and date they were measured on.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mkdir -p out/bench
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(date -u +%F)"
for kernel in "$build"/bench/*_bench; do
  name=$(basename "$kernel")
  echo "== $name"
  "$kernel" --benchmark_out="out/bench/$name.json" --benchmark_out_format=json
done
for script in bench/*.sh; do
  [[ $(basename "$script") == run.sh ]] && continue
  echo "== $script"
  "$script" "$build"
done
