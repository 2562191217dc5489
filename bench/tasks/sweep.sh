#!/usr/bin/env bash
# Scale 1m, issue 3 "sweep": a real reclaim sweep over the 1M database as of now + 17 days, when
# every owned customer (100,000) is past the default noFollowUp rule (15 days: clock started at
# import, reclaimed by the sweep of the 17th day). Runs `quanke reclaim` (the CLI, no server) on
# a COPY of this run's database, so the other scenarios keep their data: first --dry-run, then
# the real sweep, then the same instant again (reclaims nothing). Reports the wall time of each.
# Task contract: see w1.sh.
set -euo pipefail
src=${BENCH_DB_URL#sqlite:}
copy=$BENCH_DATA_DIR/sweep.db
at=$(date -u -d '+17 days' +%Y-%m-%dT%H:%M:%SZ)
t=$(date +%s.%N)
# The server only read this database so far (plus its session row), so a file copy is consistent.
cp "$src" "$copy"
[[ -f $src-wal ]] && cp "$src-wal" "$copy-wal"
copy_s=$(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
owned() { sqlite3 "$copy" "SELECT count(*) FROM customers WHERE owner_id IS NOT NULL AND deleted_at IS NULL"; }
before=$(owned)
timed() {  # timed NAME ARGS… -> NAME_s, NAME_rss_kb; output in $BENCH_DATA_DIR/sweep-NAME.txt
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$BENCH_DATA_DIR/time-$name" timeout 1200 "$BENCH_BIN" reclaim --db "sqlite:$copy" --at "$at" "$@" \
    >"$BENCH_DATA_DIR/sweep-$name.txt" 2>&1
  read -r "${name}_s" "${name}_rss_kb" <"$BENCH_DATA_DIR/time-$name"
  grep -v '^  ' "$BENCH_DATA_DIR/sweep-$name.txt" | head -n 5
}
timed dry --dry-run
dry_items=$(grep -c '^  ' "$BENCH_DATA_DIR/sweep-dry.txt" || true)
timed real
after=$(owned)
timed again
rm -f "$copy" "$copy-wal" "$copy-shm"
echo "BENCH_TASK {\"at\":\"$at\",\"seconds\":$real_s,\"dry_run_seconds\":$dry_s,\"again_seconds\":$again_s,\"owned_before\":$before,\"owned_after\":$after,\"reclaimed\":$((before - after)),\"dry_run_items\":$dry_items,\"peak_rss_kb\":{\"dry\":$dry_rss_kb,\"real\":$real_rss_kb,\"again\":$again_rss_kb},\"copy_seconds\":$copy_s}"
