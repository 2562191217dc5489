#!/usr/bin/env bash
# Scale "1m": one tenant `bench` (`quanke generate --users 1000`: admin, reps u0001…u1000,
# 100 teams, 10 pools 公海1…公海10), then 1,000,000 customers IMPORTED through the API
# (POST /api/v1/customers/bulk, 500 rows per request, 3 in flight; bench/import.js):
# 100,000 owned (every 10th row, 100 per rep), 900,000 in the pools, a contact on every 3rd row.
#
# Building takes minutes, so the result is cached in $QUANKE_BENCH_CACHE (default
# /tmp/quanke-bench-1m, outside the repo) and reused while the binary's schema version is the
# one the cache was built with. BENCH_REBUILD=1 (run.sh --rebuild) forces a new build.
# Each run then gets its own copy of the cached database (scenarios such as `sweep` change it).
# On PostgreSQL (run.sh --db postgres, BENCH_DB=postgres) the cache is a halted cluster in
# $QUANKE_BENCH_CACHE_PG (default /tmp/quanke-bench-1m-pg), built the same way through the API and
# analysed; each run starts its cluster in BENCH_PG_DIR on a copy of it and writes its URL into
# $3/db_url.
#
# Contract: see demo.sh. Also writes into $3: login.json, ids.txt, reps.txt, names.txt,
# phones.txt (read by the wrk scenarios through BENCH_DATA_DIR), and scale-info/ (copied into
# the results: the import figures, database size, RSS, CPU per row, perf profile).
set -euo pipefail
bin=$1 db=$2 work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
trap hook_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg=""
[[ ${BENCH_DB:-sqlite} == postgres ]] && pg=1
root=$(cd "$here/../.." && pwd)
cache=${QUANKE_BENCH_CACHE:-/tmp/quanke-bench-1m}
[[ -n $pg ]] && cache=${QUANKE_BENCH_CACHE_PG:-/tmp/quanke-bench-1m-pg}
n=${BENCH_1M_ROWS:-1000000}
inflight=${BENCH_IMPORT_INFLIGHT:-3}
schema=$(hook_schema_version "$bin")
[[ -n $schema ]] || { echo "scale 1m: cannot read the binary's schema version" >&2; exit 1; }

cached=""
if [[ ${BENCH_REBUILD:-0} != 1 && -f $cache/complete && ( -f $cache/bench.db || -d $cache/data ) ]]; then
  if [[ $(cat "$cache/schema_version" 2>/dev/null) == "$schema" && $(cat "$cache/rows" 2>/dev/null) == "$n" ]]; then
    cached=1
  else
    echo "scale 1m: cache $cache is for schema $(cat "$cache/schema_version" 2>/dev/null || echo '?') / $(cat "$cache/rows" 2>/dev/null || echo '?') rows; binary has schema $schema; rebuilding"
  fi
fi

if [[ -z $cached ]]; then
  command -v node >/dev/null || { echo "scale 1m: node (>= 18) is needed for bench/import.js" >&2; exit 1; }
  if [[ -d $cache/build ]]; then "$root/scripts/pg.sh" stop "$cache/build" >/dev/null 2>&1 || true; fi
  rm -rf "$cache"
  mkdir -p "$cache/info"
  cdb="sqlite:$cache/bench.db"
  if [[ -n $pg ]]; then
    chmod 755 "$cache"  # the cluster runs as the postgres user
    cdb=$("$root/scripts/pg.sh" start "$cache/build")
  fi
  echo "scale 1m: building $n rows into $cache (schema $schema)"
  t=$(date +%s.%N)
  "$bin" generate --db "$cdb" --tenant bench --users 1000 --password demo123456
  echo "generate: $(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
  port=$(hook_free_port)
  hook_start_server "$bin" "$cdb" "$port" "$cache/import-server.log"
  spid=$hook_server_pid
  rss0=$(hook_rss_kb "$spid" VmRSS)
  c0=$(hook_cpu_ticks "$spid") m0=$(hook_machine_busy) w0=$(date +%s.%N)
  node "$here/../import.js" --base "http://127.0.0.1:$port" --tenant bench --out "$cache" \
    --shape cn --n "$n" --batch 500 --inflight "$inflight" >"$cache/info/import-stdout.json" 2>"$cache/info/import-progress.log" &
  imp=$!
  # A CPU profile of the server during the import (call graphs), 15 s from the 20th second on.
  if [[ ${BENCH_PERF:-1} == 1 ]] && command -v perf >/dev/null; then
    for _ in $(seq 1 20); do kill -0 "$imp" 2>/dev/null && sleep 1; done
    if kill -0 "$imp" 2>/dev/null; then
      perf record -q -g -F 499 -p "$spid" -o "$cache/info/perf-import.data" -- sleep 15 >/dev/null 2>&1 &
      hook_perf_pid=$!
      wait "$hook_perf_pid" || true
      hook_perf_pid=""
    fi
  fi
  rc=0; wait "$imp" || rc=$?
  c1=$(hook_cpu_ticks "$spid") m1=$(hook_machine_busy) w1=$(date +%s.%N)
  rss1=$(hook_rss_kb "$spid" VmRSS)
  hwm=$(hook_rss_kb "$spid" VmHWM)
  cat "$cache/info/import-progress.log" >&2
  [[ $rc == 0 ]] || { echo "scale 1m: import failed (exit $rc)" >&2; exit 1; }
  sleep 5
  rss_idle=$(hook_rss_kb "$spid" VmRSS)
  hook_stop_server
  hz=$(getconf CLK_TCK)
  if [[ -n $pg ]]; then
    psql -q "$cdb" -c 'VACUUM ANALYZE' >/dev/null
    db_bytes=$(psql "$cdb" -Atc 'SELECT pg_database_size(current_database())')
    "$root/scripts/pg.sh" halt "$cache/build"
    mv "$cache/build/data" "$cache/data"
    rm -rf "$cache/build"
  else
    # A clean shutdown checkpoints the WAL; fold in whatever is left so that one file is copied.
    sqlite3 "$cache/bench.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1 || true
    db_bytes=$(stat -c %s "$cache/bench.db")
  fi
  import=$(cat "$cache/import.json")
  cpu_s=$(awk -v a="$c0" -v b="$c1" -v hz="$hz" 'BEGIN{printf "%.1f", (b-a)/hz}')
  # Machine busy time not charged to the server (the importer, perf, and any other work on the
  # host) as a share of all cores during the import.
  other_pct=$(awk -v a="$m0" -v b="$m1" -v s0="$c0" -v s1="$c1" -v w0="$w0" -v w1="$w1" -v hz="$hz" -v c="$(nproc)" \
    'BEGIN{printf "%.0f", 100*((b-a)-(s1-s0))/hz/(c*(w1-w0))}')
  us_row=$(awk -v a="$c0" -v b="$c1" -v hz="$hz" -v n="$n" 'BEGIN{printf "%.1f", 1e6*(b-a)/hz/n}')
  echo "{\"schema_version\":$schema,\"rows\":$n,\"binary_sha256\":\"$(sha256sum "$bin" | cut -c1-12)\",\"built_at\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"import\":$import,\"server_cpu_s\":$cpu_s,\"server_cpu_us_per_row\":$us_row,\"other_cpu_pct\":$other_pct,\"rss_kb\":{\"before_import\":$rss0,\"end_of_import\":$rss1,\"peak_during_import\":$hwm,\"idle_after_import\":$rss_idle},\"db_bytes\":$db_bytes}" >"$cache/info/build.json"
  if [[ -f $cache/info/perf-import.data ]]; then
    perf report -i "$cache/info/perf-import.data" --no-children --sort dso,symbol --stdio 2>/dev/null | grep -v '^$' | head -n 400 >"$cache/info/perf-import-self.txt" || true
    perf report -i "$cache/info/perf-import.data" --children --sort symbol --stdio -g none 2>/dev/null | grep -v '^$' | head -n 200 >"$cache/info/perf-import-children.txt" || true
  fi
  echo "$schema" >"$cache/schema_version"
  echo "$n" >"$cache/rows"
  touch "$cache/complete"
  cat "$cache/info/build.json"
else
  echo "scale 1m: reusing $cache (schema $schema, built $(date -u -r "$cache/complete" +%Y-%m-%dT%H:%M:%SZ))"
fi

# This run's own copy of the database.
t=$(date +%s.%N)
if [[ -n $pg ]]; then
  [[ -n ${BENCH_PG_DIR:-} ]] || { echo "scale 1m: BENCH_PG_DIR is not set" >&2; exit 1; }
  "$root/scripts/pg.sh" start "$BENCH_PG_DIR" "$cache/data" >"$work/db_url"
  sync
  echo "started a copy of the cached cluster in $(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s: $(cat "$work/db_url")"
else
  target=${db#sqlite:}
  cp "$cache/bench.db" "$target"
  # Write the copy out now, not through the kernel's flusher some 30 s later in the middle of a
  # scenario.
  sync -f "$target"
  echo "copied $(stat -c %s "$target") bytes in $(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
fi
for f in ids.txt reps.txt names.txt phones.txt; do ln -sf "$cache/$f" "$work/$f"; done
mkdir -p "$work/scale-info"
cp "$cache/info/build.json" "$work/scale-info/" 2>/dev/null || true
cp "$cache/info/"perf-import-*.txt "$work/scale-info/" 2>/dev/null || true
[[ -n $cached ]] && echo "reused cache built $(date -u -r "$cache/complete" +%Y-%m-%dT%H:%M:%SZ)" >"$work/scale-info/cache.txt"
echo '{"tenant":"bench","username":"admin","password":"demo123456"}' >"$work/login.json"
