#!/usr/bin/env bash
# Runs the API suite against a real quanke server.
#   server/tests/api/run.sh            # SQLite (default)
#   server/tests/api/run.sh postgres   # PostgreSQL: uses $QUANKE_TEST_PG_URL, or starts a
#                                      # throwaway PostgreSQL 15 cluster for the run (needs root
#                                      # or the postgres user) and removes it afterwards.
# Arguments after the backend replace the default target `server/tests/api/`, e.g.
#   run.sh sqlite server/tests/api/org.test.mjs   or   run.sh postgres --test-name-pattern=login server/tests/api/
# Exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/../../.."
backend=${1:-sqlite}
[ $# -gt 0 ] && shift
export QUANKE_TEST_BACKEND=$backend

cleanup() { :; }
if [ "$backend" = postgres ] && [ -z "${QUANKE_TEST_PG_URL:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  dir=$(mktemp -d /tmp/quanke-api-pg.XXXXXX)
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  as_pg=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null
  cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true; rm -rf "$dir"; }
  trap cleanup EXIT
  export QUANKE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
fi
if [ $# -eq 0 ]; then set -- server/tests/api/; fi
node --test --test-concurrency=1 "$@"
