#!/usr/bin/env bash
# Issue 19: what gzip costs the server per JSON answer. Loads the demo company into a temp SQLite
# database, starts `quanke serve`, captures typical answers as admin — the customer list of 20
# (the web app's page) and of 100 rows, a customer's detail — and then:
#   1. times the server's own Gzip() on each answer at levels 1/4/6/9 (bench/gzip-cost.cc, CPU
#      time per answer, one core), and
#   2. with wrk, the list of 20 with and without `Accept-Encoding: gzip` (server CPU time per
#      request from /proc/PID/stat, req/s, bytes per answer).
# Usage: bench/gzip-cost.sh [--duration S] (default 10). Needs build/quanke (or $QUANKE_BIN),
# g++, zlib (zlib1g-dev), wrk, curl. Prints the figures; bench/README.md has the last ones.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
bin=${QUANKE_BIN:-$repo/build/quanke}
duration=10
[ "${1:-}" = "--duration" ] && duration=$2
for tool in g++ wrk curl; do command -v "$tool" >/dev/null || { echo "gzip-cost: $tool is missing" >&2; exit 1; }; done
[ -x "$bin" ] || { echo "gzip-cost: $bin not found (make build)" >&2; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

g++ -std=c++20 -O2 -I"$repo/server/src" "$here/gzip-cost.cc" "$repo/server/src/http/compression.cc" -lz -o "$work/gzip-cost"

db="sqlite:$work/quanke.db"
"$bin" demo --db "$db" --password demo123456 >"$work/demo.log" 2>&1
port=$(( 28000 + RANDOM % 1000 ))
"$bin" serve --db "$db" --listen "127.0.0.1:$port" --web-root "$work/no-web" --access-log false --sweep-check 0 \
  >"$work/server.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fsS "$base/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
token=$(curl -fsS -H 'content-type: application/json' \
  -d '{"tenant":"demo","username":"admin","password":"demo123456"}' "$base/api/v1/auth/login" |
  sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "gzip-cost: login failed" >&2; exit 1; }
h=(-H "authorization: Bearer $token")
curl -fsS "${h[@]}" "$base/api/v1/customers?limit=20" >"$work/list20.json"
curl -fsS "${h[@]}" "$base/api/v1/customers?limit=100" >"$work/list100.json"
id=$(sed -n 's/^{"items":\[{"id":"\([0-9]*\)".*/\1/p' "$work/list20.json")
curl -fsS "${h[@]}" "$base/api/v1/customers/$id" >"$work/detail.json"

echo "== Gzip() per answer (CPU µs, one core)"
(cd "$work" && ./gzip-cost list20.json list100.json detail.json) |
  sed 's/^BENCH_GZIP //'

cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
cat >"$work/list.lua" <<LUA
wrk.headers["authorization"] = "Bearer $token"
LUA
echo "== wrk -t1 -c8 -d${duration}s GET /api/v1/customers?limit=20"
for enc in identity gzip; do
  extra=()
  [ "$enc" = gzip ] && extra=(-H 'accept-encoding: gzip')
  bytes=$(curl -fsS "${h[@]}" "${extra[@]}" -o /dev/null -w '%{size_download}' "$base/api/v1/customers?limit=20")
  before=$(cpu_ticks)
  out=$(wrk -t1 -c8 -d"${duration}s" -s "$work/list.lua" "${extra[@]}" "$base/api/v1/customers?limit=20")
  after=$(cpu_ticks)
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  us=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$reqs" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')
  echo "{\"encoding\":\"$enc\",\"answer_bytes\":$bytes,\"requests\":$reqs,\"req_per_s\":$rps,\"server_cpu_us_per_request\":$us}"
done
