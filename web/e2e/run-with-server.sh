#!/usr/bin/env bash
# Runs the browser journeys against a throwaway Quanke server:
#   1. loads the demo company into a fresh SQLite database in a temporary directory,
#   2. starts `quanke serve` on a free loopback port with web/dist as the web root,
#   3. runs `npx playwright test` (extra arguments are passed on), 4. stops the server.
# Needs: the server binary (QUANKE_BIN, default ../build/quanke), a built web app (npm run build).
# Exits with Playwright's status, so a failing journey fails the caller.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${QUANKE_BIN:-../build/quanke}"
port="${QUANKE_E2E_PORT:-18080}"
password="${QUANKE_DEMO_PASSWORD:-demo123456}"

[ -x "$bin" ] || { echo "e2e: server binary $bin not found (set QUANKE_BIN)" >&2; exit 1; }
[ -f dist/index.html ] || { echo "e2e: web/dist is missing; run npm run build first" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

db="sqlite:$work/quanke.db"
"$bin" demo --db "$db" --password "$password" >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; exit 1; }
"$bin" serve --db "$db" --listen "127.0.0.1:$port" --web-root "$PWD/dist" >"$work/server.log" 2>&1 &
server_pid=$!

base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
  if curl -fsS "$base/api/v1/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; echo "e2e: server exited" >&2; exit 1; fi
  sleep 0.1
done
curl -fsS "$base/api/v1/health" >/dev/null || { cat "$work/server.log" >&2; echo "e2e: server did not answer" >&2; exit 1; }

status=0
QUANKE_BASE_URL="$base" QUANKE_DEMO_PASSWORD="$password" npx playwright test "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "e2e: FAILED (exit $status); last server log lines:" >&2
  tail -n 40 "$work/server.log" >&2 || true
fi
exit "$status"
