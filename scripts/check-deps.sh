#!/usr/bin/env bash
# Fails, naming the Debian package, when the build uses something that
# scripts/install-deps.sh does not install. It cannot drift from the build because it asks
# CMake what it found rather than keeping a list of its own: every file or folder in the CMake
# cache (find_package configs, find_library / find_program results, each pkg_check_modules
# library, the compiler) and the .pc file of every pkg_check_modules module are mapped to the
# package that owns them (dpkg -S). Also: every npm package of the dashboard accepts Debian
# 12's Node.js (scripts/check-node-engines.mjs). A package counts as installed by the script when the script
# lists it or one of the packages it lists depends on it (recursively).
#
# Usage: scripts/check-deps.sh [--cache build/CMakeCache.txt]
#   Without --cache it configures the project into a scratch folder first.
#   LAGOM_DEPS_SCRIPT: the install script to compare with (default scripts/install-deps.sh).
# Exit 0: every package is listed; 1: some are not (each named); 2: bad usage.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
deps_script=${LAGOM_DEPS_SCRIPT:-scripts/install-deps.sh}

cache=
if [[ ${1:-} == --cache ]]; then
  cache=${2:?--cache needs a CMakeCache.txt}
  [[ -f $cache ]] || { echo "check-deps: no such cache: $cache" >&2; exit 2; }
elif [[ $# -gt 0 ]]; then
  echo "usage: scripts/check-deps.sh [--cache CMakeCache.txt]" >&2
  exit 2
else
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  cmake -S . -B "$scratch" >"$scratch/configure.log" 2>&1 || {
    cat "$scratch/configure.log" >&2
    echo "check-deps: CMake could not configure; the message above names what is missing" >&2
    exit 1
  }
  cache=$scratch/CMakeCache.txt
fi
build_dir=$(sed -n 's/^CMAKE_CACHEFILE_DIR:INTERNAL=//p' "$cache")

# The packages the install script installs, and everything they depend on (one dpkg-query
# over every installed package: a call per package would take a minute).
declare -A depends_of=()
while IFS=$'\t' read -r package depends; do
  depends_of[$package]=$depends
done < <(dpkg-query -W -f='${Package}\t${Depends}, ${Pre-Depends}\n' |
         sed 's/([^)]*)//g; s/:any//g; s/[,|] */ /g')
declare -A allowed=()
queue=($("$deps_script" --list))
while ((${#queue[@]})); do
  p=${queue[-1]}
  unset 'queue[-1]'
  [[ -n ${allowed[$p]:-} ]] && continue
  allowed[$p]=1
  for d in ${depends_of[$p]:-}; do
    [[ -z ${allowed[$d]:-} ]] && queue+=("$d")
  done
done

# The files CMake resolved, each with the cache entry that names it.
uses=()
while IFS= read -r line; do
  name=${line%%:*}
  value=${line#*=}
  [[ $value == /* && -e $value ]] || continue
  [[ $value == "$source_dir"* || $value == "$build_dir"* ]] && continue
  if [[ -d $value ]]; then
    # A package's CMake config folder; other folders (/usr/include …) belong to many packages
    # and their libraries are checked through their own entries.
    config=$(find "$value" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) |
             head -n 1)
    [[ -n $config ]] && uses+=("$name|$config")
  else
    uses+=("$name|$value")
  fi
done < <(grep -E '^[A-Za-z_][A-Za-z0-9_.+-]*:(FILEPATH|PATH)=' "$cache")
for module in $(sed -n 's/^__pkg_config_arguments_[A-Za-z0-9_]*:INTERNAL=//p' "$cache" |
                tr ';' '\n' | grep -vE '^(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$'); do
  pc=$(pkg-config --path "$module" 2>/dev/null) || { uses+=("pkg-config module $module|"); continue; }
  uses+=("pkg-config module $module|$pc")
done

# The package that owns each file, from one dpkg -S over every path as given and as
# resolved, with and without /usr (Debian 12 merged /usr; dpkg knows one of the spellings).
declare -A owner_of=()
candidates=()
for use in "${uses[@]}"; do
  path=${use#*|}
  [[ -n $path ]] || continue
  real=$(readlink -f "$path")
  candidates+=("$path" "$real" "${path#/usr}" "${real#/usr}")
done
while IFS= read -r line; do
  owned=${line##*: }
  [[ -z ${owner_of[$owned]:-} ]] && owner_of[$owned]=${line%%: *}
done < <(dpkg -S "${candidates[@]}" 2>/dev/null || true)
owner() {
  local path=$1 real candidate
  real=$(readlink -f "$path")
  for candidate in "$path" "$real" "${path#/usr}" "${real#/usr}"; do
    [[ -n ${owner_of[$candidate]:-} ]] && { echo "${owner_of[$candidate]}"; return 0; }
  done
  return 1
}

failures=0
declare -A reported=()
for use in "${uses[@]}"; do
  what=${use%%|*}
  path=${use#*|}
  if [[ -z $path ]]; then
    echo "check-deps: $what is not installed; install its -dev package and list it in $deps_script"
    failures=$((failures + 1))
    continue
  fi
  if ! package=$(owner "$path") || [[ -z $package ]]; then
    echo "check-deps: $path ($what) comes from no Debian package: a new machine will not have it"
    failures=$((failures + 1))
    continue
  fi
  package=${package%%,*}  # a path several packages share: the first is enough
  package=${package%%:*}  # without the architecture
  if [[ -z ${allowed[$package]:-} && -z ${reported[$package]:-} ]]; then
    echo "check-deps: the build uses $path ($what) from package $package, which $deps_script does not install"
    reported[$package]=1
    failures=$((failures + 1))
  fi
done

# The dashboard's npm packages must accept the Node.js a fresh Debian 12 gets (install-deps.sh
# installs Debian's nodejs when no node is present): the oldest nodejs apt knows of.
debian_node=$(apt-cache show nodejs 2>/dev/null | sed -n 's/^Version: \([0-9]*:\)\{0,1\}\([0-9]*\.[0-9]*\.[0-9]*\).*/\2/p' |
              sort -V | head -n 1)
if [[ -z $debian_node ]]; then
  echo "check-deps: apt knows no nodejs package, so the dashboard's Node.js cannot be checked"
  failures=$((failures + 1))
elif ! node scripts/check-node-engines.mjs "$debian_node"; then
  failures=$((failures + 1))
fi

if ((failures > 0)); then
  echo "check-deps: $failures problem(s); add the package(s) named above to $deps_script" >&2
  exit 1
fi
echo "check-deps: every package the build uses (${#uses[@]} files) is installed by $deps_script"
