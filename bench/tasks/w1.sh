#!/usr/bin/env bash
# Peer workload W1 (shared/research/PEERS.md §3): create the 10,000 peer records through the API
# in batches of 100, strictly sequentially (one request in flight), on the empty `peer` tenant:
# POST /api/v1/customers/bulk. Writes ids.txt and reps.txt for W2/W3/W5 into BENCH_DATA_DIR.
# Task contract (bench/run.sh runs every bench/tasks/<name>.sh with the server up):
#   env BENCH_BASE, BENCH_TOKEN, BENCH_TENANT, BENCH_DATA_DIR, BENCH_BIN, BENCH_DB_URL,
#   BENCH_SERVER_PID; the last stdout line is "BENCH_TASK {json}" with at least "seconds".
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ -f $BENCH_DATA_DIR/ids.txt ]] && { echo "w1: $BENCH_DATA_DIR/ids.txt exists: the peer rows are already loaded (w1 must come first, on a fresh database)" >&2; exit 1; }
res=$(timeout 600 node "$here/import.js" --base "$BENCH_BASE" --tenant "$BENCH_TENANT" --out "$BENCH_DATA_DIR" \
  --shape peer --n 10000 --batch 100 --inflight 1)
echo "$res"
echo "BENCH_TASK $(sed 's/"first_errors":\[\]/"first_errors":0/' <<<"$res")"
