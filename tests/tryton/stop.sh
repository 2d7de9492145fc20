#!/usr/bin/env bash
# CTest fixture cleanup: stops the Tryton server start.sh started and removes DIR. Runs
# whether the tests passed or not.
set -uo pipefail
dir=${1:?usage: stop.sh DIR}
if [[ -f $dir/pid ]]; then
  pid=$(cat "$dir/pid")
  kill "$pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null
fi
rm -rf "$dir"
exit 0
