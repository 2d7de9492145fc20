#!/usr/bin/env bash
# CTest fixture: starts a throw-away Tryton 6.0 server for the Tryton connector's tests.
# Usage: start.sh DIR
# Creates DIR/template.sqlite (trytond-admin --all with stock, purchase, purchase_request,
# sale, production, stock_supply; admin's password "admin"), serves DIR on a free loopback
# port, and writes DIR/url and DIR/pid. Each test copies template.sqlite to a database of its
# own in DIR, so tests stay independent and the slow --all runs once. stop.sh ends it.
set -euo pipefail
dir=${1:?usage: start.sh DIR}
command -v trytond >/dev/null || { echo "start.sh: trytond is missing: run scripts/install-deps.sh" >&2; exit 1; }
[[ -f $dir/pid ]] && kill "$(cat "$dir/pid")" 2>/dev/null || true
rm -rf "$dir"
mkdir -p "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$dir/trytond.conf" <<CONF
[database]
uri = sqlite://
path = $dir
[web]
listen = 127.0.0.1:$port
[session]
max_attempt = 100
CONF
echo admin > "$dir/admin-password"
touch "$dir/template.sqlite"
TRYTONPASSFILE="$dir/admin-password" trytond-admin -c "$dir/trytond.conf" -d template --all \
  -u stock purchase purchase_request sale production stock_supply --activate-dependencies \
  --email admin@example.com >"$dir/admin.log" 2>&1 || { cat "$dir/admin.log" >&2; exit 1; }
setsid trytond -c "$dir/trytond.conf" >"$dir/server.log" 2>&1 < /dev/null &
echo $! > "$dir/pid"
for _ in $(seq 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "http://127.0.0.1:$port" > "$dir/url"
    exit 0
  fi
  sleep 0.2
done
echo "start.sh: trytond did not listen on port $port:" >&2
cat "$dir/server.log" >&2
exit 1
