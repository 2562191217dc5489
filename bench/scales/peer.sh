#!/usr/bin/env bash
# Scale "peer": the peer workload of shared/research/PEERS.md on our API, in its own tenant on a
# fresh database: `quanke generate --tenant peer --users 20` (admin + reps u0001…u0020, the
# peers' 20 owners). The 10,000 rows are created by the w1 task (the W1 measurement) when w1 is
# among the scenarios; otherwise this hook loads them itself, the same way (bench/import.js
# --shape peer, batches of 100, sequential), with a server of its own.
# Contract: see demo.sh. Writes login.json, and ids.txt/reps.txt when it loads the rows.
set -euo pipefail
bin=$1 db=$2 work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$here/lib.sh"
trap hook_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$bin" generate --db "$db" --tenant peer --users 20 --password demo123456
echo '{"tenant":"peer","username":"admin","password":"demo123456"}' >"$work/login.json"
if [[ ,${BENCH_SCENARIOS:-}, != *,w1,* ]]; then
  port=$(hook_free_port)
  hook_start_server "$bin" "$db" "$port" "$work/peer-load-server.log"
  node "$here/../import.js" --base "http://127.0.0.1:$port" --tenant peer --out "$work" \
    --shape peer --n 10000 --batch 100 --inflight 1
  hook_stop_server
fi
