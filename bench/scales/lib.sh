#!/usr/bin/env bash
# Helpers shared by the scale hooks that load data through the API (sourced, not run).
# A hook that starts its own server (to import) must stop it again: hook_cleanup runs on EXIT.

hook_server_pid=""
hook_perf_pid=""

hook_port_listeners() { ss -Hltnp "sport = :$1" 2>/dev/null || true; }

# A free loopback port in 29000-29999 (run.sh's own server uses 28000-28999).
hook_free_port() {
  local c
  for _ in $(seq 1 50); do
    c=$((29000 + RANDOM % 1000))
    if [[ -z $(hook_port_listeners "$c") ]]; then echo "$c"; return 0; fi
  done
  echo "scale: found no free port in 29000-29999" >&2
  return 1
}

# hook_start_server BIN DB_URL PORT LOG: starts `quanke serve` (API only, access log on, as in
# run.sh) and waits up to 15 s for /api/v1/health. Sets hook_server_pid.
hook_start_server() {
  local bin=$1 db=$2 port=$3 log=$4
  "$bin" serve --db "$db" --listen "127.0.0.1:$port" --web-root /nonexistent-bench-no-web >"$log" 2>&1 &
  hook_server_pid=$!
  for _ in $(seq 1 150); do
    kill -0 "$hook_server_pid" 2>/dev/null || { tail -n 20 "$log" >&2; echo "scale: server exited during start-up" >&2; return 1; }
    if curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; then
      local foreign
      foreign=$(hook_port_listeners "$port" | grep -v "pid=$hook_server_pid," || true)
      [[ -z $foreign ]] || { echo "scale: another process also listens on $port: $foreign" >&2; return 1; }
      return 0
    fi
    sleep 0.1
  done
  echo "scale: server did not become healthy within 15 s" >&2
  return 1
}

hook_stop_server() {
  [[ -n $hook_server_pid ]] || return 0
  if kill -0 "$hook_server_pid" 2>/dev/null; then
    kill -TERM "$hook_server_pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$hook_server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$hook_server_pid" 2>/dev/null && kill -KILL "$hook_server_pid" 2>/dev/null || true
  fi
  wait "$hook_server_pid" 2>/dev/null || true
  hook_server_pid=""
}

# Install with: trap hook_cleanup EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
# (bash runs the EXIT trap on a signal only when that signal has a trap).
hook_cleanup() {
  if [[ -n $hook_perf_pid ]]; then kill -INT "$hook_perf_pid" 2>/dev/null || true; wait "$hook_perf_pid" 2>/dev/null || true; fi
  hook_stop_server
}

hook_cpu_ticks() { awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; }
hook_machine_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
hook_rss_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }

# The schema version this binary migrates to (from `quanke migrate` on an empty database).
hook_schema_version() {
  local bin=$1 tmp
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/quanke-schema.XXXXXX")
  "$bin" migrate --db "sqlite:$tmp/s.db" | sed -n 's/^schema version \([0-9][0-9]*\).*/\1/p'
  rm -rf "$tmp"
}
