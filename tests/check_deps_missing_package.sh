#!/usr/bin/env bash
# scripts/check-deps.sh must fail and name coinor-libcbc-dev when the install script does not
# list it (the package a new machine missed). $1: the build's CMakeCache.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sed 's/ coinor-libcbc-dev//' "$root/scripts/install-deps.sh" >"$scratch/install-deps.sh"
chmod +x "$scratch/install-deps.sh"
if LAGOM_DEPS_SCRIPT=$scratch/install-deps.sh "$root/scripts/check-deps.sh" --cache "$1" \
    >"$scratch/out" 2>&1; then
  echo "check-deps passed although the install script lacks coinor-libcbc-dev" >&2
  exit 1
fi
grep -q 'from package coinor-libcbc-dev, which' "$scratch/out" || {
  cat "$scratch/out" >&2
  echo "check-deps failed without naming coinor-libcbc-dev" >&2
  exit 1
}
echo "check-deps names coinor-libcbc-dev"
