#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests: loopback only, a free port, trust auth, in a
# temporary directory.
#   scripts/pg.sh start DIR [TEMPLATE] → starts it and prints its admin URL; with TEMPLATE (the
#                                        data directory of a halted cluster) on a copy of it
#   scripts/pg.sh stop DIR    → stops it and removes DIR
#   scripts/pg.sh halt DIR    → stops it and keeps DIR/data (a template for `start`)
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail
cmd=${1:?usage: pg.sh start|stop DIR}
dir=${2:?usage: pg.sh start|stop DIR}
bin=/usr/lib/postgresql/15/bin

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        echo "pg.sh: the postgres user cannot reach $dir (a parent directory is not searchable)" >&2
        exit 1
      fi
    fi
    if [ -n "${3:-}" ]; then
      cp -a "$3" "$dir/data"
      [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir/data"
      rm -f "$dir/data/postmaster.pid"
    else
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    fi
    port=$(free_port)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  halt)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: pg.sh start|stop|halt DIR [TEMPLATE]" >&2
    exit 2
    ;;
esac
