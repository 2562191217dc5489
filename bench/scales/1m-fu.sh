#!/usr/bin/env bash
# Scale "1m-fu" (issue 4): the 1m data set (scales/1m.sh, built or reused from its cache) plus
# BENCH_FOLLOWUPS follow-ups (default 10,000,000) with their feed items, added by
# `quanke generate --db URL --tenant bench --follow-ups N` (written by each customer's owner over
# the last 365 days). Generating takes minutes, so the result is cached separately in
# $QUANKE_BENCH_FU_CACHE (default /tmp/quanke-bench-1m-fu), keyed on the schema version, the
# follow-up count and the build time of the 1m cache it was made from. --rebuild (BENCH_REBUILD=1)
# rebuilds both caches.
# Contract: see demo.sh. Writes the same files into $3 as 1m.sh, plus scale-info/followups.json
# (the generate time, as printed by quanke and as measured, and the database size).
set -euo pipefail
bin=$1 db=$2 work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

n_fu=${BENCH_FOLLOWUPS:-10000000}
cache1m=${QUANKE_BENCH_CACHE:-/tmp/quanke-bench-1m}
cache=${QUANKE_BENCH_FU_CACHE:-/tmp/quanke-bench-1m-fu}
target=${db#sqlite:}

# 1. The 1m data set (from its cache, or built now), copied into this run's database.
bash "$here/1m.sh" "$bin" "$db" "$work"
schema=$(cat "$cache1m/schema_version")
base_stamp=$(date -u -r "$cache1m/complete" +%Y-%m-%dT%H:%M:%SZ)
key="schema=$schema followups=$n_fu base=$base_stamp"

# 2. The follow-ups: from the cache when its key matches, else generated now on this run's copy
#    (which then becomes the cache).
if [[ ${BENCH_REBUILD:-0} != 1 && -f $cache/complete && -f $cache/bench.db && $(cat "$cache/key" 2>/dev/null) == "$key" ]]; then
  t=$(date +%s.%N)
  cp "$cache/bench.db" "$target"
  sync -f "$target"  # flushed now, not in the middle of a scenario (see 1m.sh)
  echo "scale 1m-fu: reusing $cache ($key); copied $(stat -c %s "$target") bytes in $(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
  echo "reused follow-up cache built $(date -u -r "$cache/complete" +%Y-%m-%dT%H:%M:%SZ)" >>"$work/scale-info/cache.txt"
else
  avail_kb=$(df -Pk "$(dirname "$target")" | awk 'NR==2{print $4}')
  echo "scale 1m-fu: generating $n_fu follow-ups ($key); $((avail_kb / 1024 / 1024)) GiB free"
  rm -rf "$cache"
  mkdir -p "$cache"
  size0=$(stat -c %s "$target")
  t=$(date +%s.%N)
  m0=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat)
  /usr/bin/time -f '%e %M %U %S' -o "$cache/time" "$bin" generate --db "$db" --tenant bench --follow-ups "$n_fu" 2>&1 | tee "$cache/generate.log"
  m1=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat)
  wall=$(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
  read -r el rss_kb usr sys <"$cache/time"
  sqlite3 "$target" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1 || true
  size1=$(stat -c %s "$target")
  # Busy time of the machine not charged to the generator, as a share of all cores.
  other=$(awk -v a="$m0" -v b="$m1" -v u="$usr" -v s="$sys" -v w="$wall" -v hz="$(getconf CLK_TCK)" -v c="$(nproc)" \
    'BEGIN{o=(b-a)/hz-u-s; if(o<0)o=0; printf "%.0f", 100*o/(c*w)}')
  printed=$(tr '\n' ' ' <"$cache/generate.log" | sed 's/"/\\"/g')
  echo "{\"followups\":$n_fu,\"wall_s\":$wall,\"cpu_user_s\":$usr,\"cpu_sys_s\":$sys,\"peak_rss_kb\":$rss_kb,\"other_cpu_pct\":$other,\"db_bytes_before\":$size0,\"db_bytes_after\":$size1,\"generate_output\":\"$printed\"}" >"$cache/followups.json"
  cat "$cache/followups.json"
  t=$(date +%s.%N)
  cp "$target" "$cache/bench.db"
  echo "scale 1m-fu: cached in $(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
  echo "$key" >"$cache/key"
  touch "$cache/complete"
fi
cp "$cache/followups.json" "$work/scale-info/" 2>/dev/null || true
