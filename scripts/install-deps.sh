#!/usr/bin/env bash
# Installs the Debian 12 packages that Lagom's build, tests, benchmarks and demo need
# (clang and its runtimes for the libFuzzer targets of make fuzz-smoke),
# including what the dashboard needs: Node.js and npm to build it (Debian's only when no
# `node` is on the PATH), Chromium for its browser tests, wrk for the server benchmark,
# PostgreSQL for the second store backend's tests, the Tryton ERP server and modules
# that the Tryton connector's tests start (src/connectors/tryton/).
# Idempotent: packages already present are skipped, so a second run installs nothing.
# Runs apt-get directly as root, through sudo otherwise.
# `--list` prints the packages (all of them, whatever is installed) and installs nothing:
# scripts/check-deps.sh compares it with what the build really uses.
set -euo pipefail

packages=(
  build-essential cmake make pkg-config git
  libsqlite3-dev sqlite3
  nlohmann-json3-dev libcli11-dev libfmt-dev libspdlog-dev libhowardhinnant-date-dev
  libtbb-dev libgtest-dev libgmock-dev libbenchmark-dev
  libcpp-httplib-dev libsodium-dev coinor-libcbc-dev
  libpq-dev postgresql
  ccache clang-format
  clang libclang-rt-dev
  chromium wrk
  tryton-server tryton-modules-stock tryton-modules-purchase tryton-modules-purchase-request
  tryton-modules-sale tryton-modules-production tryton-modules-stock-supply
)
node_packages=(nodejs npm)

if [[ ${1:-} == --list ]]; then
  printf '%s\n' "${packages[@]}" "${node_packages[@]}"
  exit 0
fi
command -v node >/dev/null || packages+=("${node_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

as_root=()
[[ $(id -u) -eq 0 ]] || as_root=(sudo)
echo "install-deps: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
