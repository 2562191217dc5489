#!/usr/bin/env bash
# Scale 1m-fu (issue 4) "sse": BENCH_SSE_N (default 2,000) concurrent
# GET /api/v1/notifications/stream of one user (u0001), held open; then the admin comments on
# u0001's feed item and the task measures the time until every stream has the event ("seconds"
# = the last stream's arrival after the POST was sent), the server's RSS while holding them, and
# the fd limits (server's and client's). Needs fusetup first. See bench/partb.js.
# Task contract: see w1.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
echo "sse: ulimit -n of this shell (inherited by the server from run.sh): $(ulimit -n)"
timeout 120 node "$here/partb.js" sse
