#!/usr/bin/env bash
# Checks the layers of the source tree (README.md, "Where things are"): dependencies point
# down only. Two rules, over every file under src/ except tests and their helpers (names
# with `_test.`, `test_`, `_test_` or `_fixture.h`):
#   1. A folder includes only the folders its line in `allowed` below names.
#   2. cli/ and server/ reach the store through app/ use cases: besides including no store/
#      header (rule 1), they call no store:: function that takes a database connection
#      (one declared `Name(sqlite::Database& ...)` in a store/ header), even one that an app
#      header's types bring in. The store's vocabulary — its tables of entities and proposal
#      fields, names of states — they may use.
#
# Usage: scripts/check-layers.sh [SRC_DIR]   (default: src/ of this repository)
# Exit 0: every file keeps to the rules; 1: some do not (each file, line and rule named).
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/.." && pwd)/src}

# folder: the folders (or folder/subfolder) its files may include.
allowed=(
  "core: core"
  "csv: core csv"
  "gs1: core gs1"
  "engine: core engine"
  "store: core csv gs1 store engine/mrp"
  "connectors: core connectors"
  "app: core csv gs1 engine store connectors app"
  "server: core csv gs1 engine app server"
  "cli: core csv gs1 engine connectors app server cli"
)

sources() {  # the non-test sources of folder $1
  [[ -d $src/$1 ]] || return 0
  find "$src/$1" -type f \( -name '*.cc' -o -name '*.h' \) |
    grep -vE '/[^/]*(_test[._]|_fixture\.h$)|/test_[^/]*$' | sort || true
}

failed=0
for line in "${allowed[@]}"; do
  folder=${line%%:*}
  files=$(sources "$folder")
  [[ -n $files ]] || continue
  # shellcheck disable=SC2086  # one word per file
  { grep -HnE '^#include "[a-z0-9_]+/' $files || true; } |
    awk -v folder="$folder" -v may="${line#*:}" -v root="$src/" '
      BEGIN { n = split(may, prefixes, " ") }
      {
        match($0, /#include "[^"]*"/)
        target = substr($0, RSTART + 10, RLENGTH - 11)
        ok = 0
        for (i = 1; i <= n; i++) if (index(target, prefixes[i] "/") == 1) ok = 1
        if (!ok) {
          split($0, where, ":")
          printf "%s:%s: %s/ may not include \"%s\"\n", substr(where[1], length(root) + 1),
                 where[2], folder, target
          bad = 1
        }
      }
      END { exit bad }' || failed=1
done

# The store functions that take a connection, from their declarations (which may span lines).
store_calls=$(cat "$src"/store/*.h 2>/dev/null |
  perl -0777 -ne 'print "$1\n" while /\b([A-Z]\w*)\(\s*sqlite::Database&/g' | sort -u |
  paste -sd '|' -)
if [[ -n $store_calls ]]; then
  for folder in cli server; do
    files=$(sources "$folder")
    [[ -n $files ]] || continue
    # shellcheck disable=SC2086  # one word per file
    { grep -HnoE "store::($store_calls)\(" $files || true; } |
      awk -v folder="$folder" -v root="$src/" '
        {
          split($0, where, ":")
          match($0, /store::[A-Za-z0-9_]+/)
          printf "%s:%s: %s/ calls %s directly; call an app/ use case\n",
                 substr(where[1], length(root) + 1), where[2], folder, substr($0, RSTART, RLENGTH)
          bad = 1
        }
        END { exit bad }' || failed=1
  done
fi
exit "$failed"
