#!/usr/bin/env bash
# Scale 1m-fu (issue 4), setup for followup/feed/sse (not a measurement): logs in as reps
# u0001…u0032 and writes fu_pairs.lua ({token, own customer id} pairs for wrk/followup.lua);
# creates the region manager (role 区域经理: department_tree, the rep role's permissions +
# org.view; user mgr01 in 大区1) and writes mgr_token.txt for wrk/feed.lua; writes sse.json for
# tasks/sse.sh. See bench/partb.js. Task contract: see w1.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
timeout 300 node "$here/partb.js" setup
