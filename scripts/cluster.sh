#!/usr/bin/env bash
# A throwaway Quanke cluster on this machine, for tests and for trying several nodes out
# (docs/operations.md, "A cluster with nginx"), everything on loopback and free ports, in DIR:
#   - PostgreSQL 15: a primary and a streaming replica (pg_basebackup -R), trust auth;
#   - QUANKE_CLUSTER_NODES `quanke serve` nodes (default 3) on the primary, with --db-replica on
#     the replica and one --data-dir (DIR/files: uploads must be shared by the nodes); the first
#     one applies the migrations before the others start;
#   - nginx in front of them: round robin, HTTP/1.1 keep-alive to the nodes, no buffering (SSE).
#
#   scripts/cluster.sh start DIR             starts it all; prints KEY=VALUE lines (also in DIR/cluster.env)
#   scripts/cluster.sh stop DIR              stops it all and removes DIR
#   scripts/cluster.sh node-stop DIR N [SIG] stops node N (SIG: TERM by default; KILL for a crash)
#   scripts/cluster.sh node-start DIR N      starts node N again (same port, same log)
#   scripts/cluster.sh replica-stop DIR      stops the replica (fast shutdown)
#   scripts/cluster.sh replica-start DIR     starts it again; it resumes streaming
#
# Environment: QUANKE_BIN (default build/quanke), QUANKE_CLUSTER_NODES (default 3),
# QUANKE_CLUSTER_SERVE_ARGS (more `serve` flags for every node, e.g. "--sweep-check 3600
# --db-replica-max-lag-ms 3000"), QUANKE_WEB_ROOT (default web/dist). The nodes inherit the rest
# of the environment (the API tests set QUANKE_ERROR_CODE_LOG).
# PostgreSQL refuses to run as root, so as root both clusters run as the `postgres` user (as in
# scripts/pg.sh); nginx's master then runs as root and its worker as nobody.
set -euo pipefail
cmd=${1:?usage: cluster.sh start|stop|node-stop|node-start|replica-stop|replica-start DIR [N]}
dir=${2:?usage: cluster.sh $cmd DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
pgbin=/usr/lib/postgresql/15/bin
bin=${QUANKE_BIN:-$root/build/quanke}
nodes=${QUANKE_CLUSTER_NODES:-3}
web_root=${QUANKE_WEB_ROOT:-$root/web/dist}
nginx=${NGINX:-/usr/sbin/nginx}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits until `curl URL` answers 200 (up to 30 s).
wait_healthy() {
  for _ in $(seq 1 300); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "cluster.sh: $1 did not answer within 30 s" >&2
  return 1
}

# Whether PID still runs. A zombie does not: the nodes and nginx outlive this script, and who
# inherits them (init, a container's first process) may reap them only seconds later.
running() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [ "${state:0:1}" != Z ]
}

# Sends SIG to the processes in PIDFILEs and waits until they have exited (SIGKILL after 15 s).
stop_pids() {
  local sig=$1 pids=() pid
  shift
  for pidfile in "$@"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    rm -f "$pidfile"
    kill -"$sig" "$pid" 2>/dev/null && pids+=("$pid")
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 150); do
      running "$pid" || break
      sleep 0.1
    done
    running "$pid" && kill -KILL "$pid" 2>/dev/null
  done
  return 0
}

start_pg() {  # DATA PORT LOG
  as_pg "$pgbin/pg_ctl" -D "$1" -l "$3" -w -t 60 \
    -o "-p $2 -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300 -c hot_standby_feedback=on" \
    start >/dev/null
}

launch_node() {  # N: starts node N in the background
  local n=$1
  # shellcheck disable=SC1091
  . "$dir/cluster.env"
  local port_var="NODE${n}_PORT"
  # shellcheck disable=SC2086
  "$bin" serve --db "$DB_URL" --db-replica "$REPLICA_DB_URL" --listen "127.0.0.1:${!port_var}" \
    --web-root "$web_root" --data-dir "$dir/files" --trusted-proxies 127.0.0.1 ${QUANKE_CLUSTER_SERVE_ARGS:-} </dev/null >>"$dir/node$n.log" 2>&1 &
  echo $! >"$dir/node$n.pid"
}

wait_node() {  # N
  local port_var="NODE${1}_PORT"
  wait_healthy "http://127.0.0.1:${!port_var}/api/v1/health"
}

write_nginx_conf() {  # PORT NODE_PORTS...
  local port=$1
  shift
  mkdir -p "$dir/nginx-tmp"
  {
    echo "# The load balancer of scripts/cluster.sh (docs/operations.md, \"A cluster with nginx\")."
    echo "daemon on;"
    echo "pid $dir/nginx.pid;"
    echo "worker_processes 1;"
    echo "error_log $dir/nginx-error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  log_format upstream '\$remote_addr [\$time_local] \"\$request\" \$status \$upstream_addr \$request_time';"
    echo "  access_log $dir/nginx-access.log upstream;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $dir/nginx-tmp/$t;"; done
    echo "  client_max_body_size 21m;  # quanke's own limits answer 413 with the JSON envelope"
    echo "  upstream quanke {"
    for p in "$@"; do echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"; done
    echo "    keepalive 32;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$port;"
    echo "    location / {"
    echo "      proxy_pass http://quanke;"
    echo "      proxy_http_version 1.1;"
    echo "      proxy_set_header Connection \"\";"
    echo "      proxy_set_header Host \$host;"
    echo "      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "      proxy_buffering off;"
    echo "      proxy_request_buffering off;"
    echo "      proxy_read_timeout 1h;"
    echo "      proxy_next_upstream error timeout;"
    echo "    }"
    echo "  }"
    echo "}"
  } >"$dir/nginx.conf"
}

case "$cmd" in
  start)
    [ -x "$nginx" ] || { echo "cluster.sh: $nginx not found (scripts/bootstrap.sh installs the nginx package)" >&2; exit 1; }
    [ -x "$bin" ] || { echo "cluster.sh: $bin not found (make build)" >&2; exit 1; }
    mkdir -p "$dir/pg"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres "$dir/pg"
      if ! runuser -u postgres -- test -w "$dir/pg"; then
        echo "cluster.sh: the postgres user cannot reach $dir (a parent directory is not searchable)" >&2
        exit 1
      fi
    fi
    primary_port=$(free_port)
    as_pg "$pgbin/initdb" --no-sync -D "$dir/pg/primary" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    start_pg "$dir/pg/primary" "$primary_port" "$dir/pg/primary.log"
    replica_port=$(free_port)
    # -R writes standby.signal and primary_conninfo; -X stream copies the WAL made meanwhile;
    # -c fast does not wait for a spread checkpoint.
    as_pg "$pgbin/pg_basebackup" --no-sync -c fast -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/pg/replica" -R -X stream \
      >"$dir/basebackup.log" 2>&1
    start_pg "$dir/pg/replica" "$replica_port" "$dir/pg/replica.log"
    psql "postgresql://postgres@127.0.0.1:$primary_port/postgres" -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE quanke" >/dev/null
    lb_port=$(free_port)
    {
      echo "PRIMARY_PORT=$primary_port"
      echo "REPLICA_PORT=$replica_port"
      echo "PRIMARY_ADMIN_URL=postgresql://postgres@127.0.0.1:$primary_port/postgres"
      echo "REPLICA_ADMIN_URL=postgresql://postgres@127.0.0.1:$replica_port/postgres"
      echo "DB_URL=postgresql://postgres@127.0.0.1:$primary_port/quanke"
      echo "REPLICA_DB_URL=postgresql://postgres@127.0.0.1:$replica_port/quanke"
      echo "NODES=$nodes"
      for n in $(seq 1 "$nodes"); do
        p=$(free_port)
        echo "NODE${n}_PORT=$p"
        echo "NODE${n}_URL=http://127.0.0.1:$p"
      done
      echo "URL=http://127.0.0.1:$lb_port"
    } >"$dir/cluster.env"
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
    # The first node applies the migrations; the others then start together on a current schema.
    launch_node 1
    wait_node 1
    for n in $(seq 2 "$nodes"); do launch_node "$n"; done
    for n in $(seq 2 "$nodes"); do wait_node "$n"; done
    node_ports=()
    for n in $(seq 1 "$nodes"); do v="NODE${n}_PORT"; node_ports+=("${!v}"); done
    write_nginx_conf "$lb_port" "${node_ports[@]}"
    "$nginx" -p "$dir" -c "$dir/nginx.conf" </dev/null >/dev/null 2>>"$dir/nginx-error.log"
    wait_healthy "$URL/api/v1/health"
    cat "$dir/cluster.env"
    ;;
  stop)
    stop_pids TERM "$dir/nginx.pid"
    stop_pids TERM "$dir"/node*.pid
    for data in "$dir/pg/replica" "$dir/pg/primary"; do
      [ -d "$data" ] && as_pg "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    done
    # Two PostgreSQL data directories are thousands of files, which take seconds to unlink on a
    # disk mounted with discard: DIR is moved aside at once and removed in the background.
    if [ -d "$dir" ]; then
      trash="$(dirname "$dir")/.$(basename "$dir").removing.$$"
      mv "$dir" "$trash"
      rm -rf "$trash" </dev/null >/dev/null 2>&1 &
    fi
    ;;
  node-stop)
    n=${3:?usage: cluster.sh node-stop DIR N [SIGNAL]}
    stop_pids "${4:-TERM}" "$dir/node$n.pid"
    ;;
  node-start)
    n=${3:?usage: cluster.sh node-start DIR N}
    launch_node "$n"
    wait_node "$n"
    ;;
  replica-stop)
    as_pg "$pgbin/pg_ctl" -D "$dir/pg/replica" -m fast -w stop >/dev/null
    ;;
  replica-start)
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
    start_pg "$dir/pg/replica" "$REPLICA_PORT" "$dir/pg/replica.log"
    ;;
  *)
    echo "usage: cluster.sh start|stop|node-stop|node-start|replica-stop|replica-start DIR [N]" >&2
    exit 2
    ;;
esac
