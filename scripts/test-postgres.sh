#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (CTest fixtures pg.cluster.start / .stop).
#   test-postgres.sh start STATE_DIR   initdb into a temporary folder, start the server on a
#                                      Unix socket only, write the libpq URI to STATE_DIR/uri
#   test-postgres.sh stop STATE_DIR    stop the server and delete everything start made
# The server runs as an unprivileged user (postgres when started by root), listens on no TCP
# address (the port only names the socket file, in a private folder), keeps nothing on disk
# (fsync off) and is stopped by the cleanup fixture even when tests fail.
set -euo pipefail
command=${1:?usage: test-postgres.sh start|stop STATE_DIR}
state=${2:?usage: test-postgres.sh start|stop STATE_DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "test-postgres: no PostgreSQL server; run scripts/install-deps.sh" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [ -f "$state/folder" ]; then
    folder=$(cat "$state/folder")
    if [ -f "$folder/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
  fi
  rm -rf "$state"
}

start() {
  stop  # a cluster a killed run left behind
  mkdir -p "$state"
  folder=$(mktemp -d /tmp/lagom-pg.XXXXXX)
  echo "$folder" >"$state/folder"
  [ "$(id -u)" = 0 ] && chown postgres "$folder"
  port=$((20000 + $$ % 20000))
  as_owner "$bin/initdb" -D "$folder/data" --no-sync -A trust -U lagom -E UTF8 --locale C \
    >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-p $port -k $folder -c listen_addresses= -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c max_connections=300" start >/dev/null \
    || { cat "$folder/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h "$folder" -p "$port" -U lagom lagom_test
  echo "postgresql://lagom@/lagom_test?host=$folder&port=$port" >"$state/uri"
  echo "test-postgres: $(cat "$state/uri")"
}

case $command in
  start) start ;;
  stop) stop ;;
  *) echo "usage: test-postgres.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
