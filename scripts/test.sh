#!/usr/bin/env bash
# `make test`: installs what is missing, builds, and runs every test suite:
#   1. C++ unit tests and the storage contract suite (GoogleTest via CTest), on SQLite and on a
#      throwaway PostgreSQL 15 started here (loopback, free port, removed afterwards);
#   2. API tests against a real running server, on SQLite and again on PostgreSQL;
#   3. web unit tests (Vitest);
#   4. browser journeys (Playwright driving Debian's Chromium) against a real server.
# The last line is "N passed, N failed" over the suites.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

./scripts/bootstrap.sh || exit 1
./scripts/build.sh || exit 1

work=$(mktemp -d /tmp/quanke-test.XXXXXX)
chmod 755 "$work"  # the PostgreSQL cluster inside runs as the postgres user
pg_dir="$work/pg"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  ./scripts/pg.sh stop "$pg_dir" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
failures=()
run_suite() {
  local name=$1
  shift
  echo
  echo "=== $name ==="
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "=== $name: passed ($((SECONDS - start)) s) ==="
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== $name: FAILED ($((SECONDS - start)) s) ==="
  fi
}

pg_url=$(./scripts/pg.sh start "$pg_dir") || { echo "could not start PostgreSQL"; exit 1; }
export QUANKE_TEST_PG_URL="$pg_url"
export QUANKE_BIN="$root/build/quanke"

run_suite "C++ unit and storage contract tests (CTest)" \
  ctest --test-dir build --output-on-failure -j "$(nproc)"

run_suite "API tests on SQLite" \
  env QUANKE_TEST_BACKEND=sqlite node --test --test-concurrency=1 server/tests/api/

run_suite "API tests on PostgreSQL" \
  env QUANKE_TEST_BACKEND=postgres node --test --test-concurrency=1 server/tests/api/

run_suite "Web unit tests (Vitest)" bash -c "cd web && npm run --silent test:unit"

browser_tests() {
  local db="sqlite:$work/e2e/quanke.db"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  "$QUANKE_BIN" demo --db "$db" >/dev/null || return 1
  "$QUANKE_BIN" serve --db "$db" --listen "127.0.0.1:$port" --web-root "$root/web/dist" \
    --access-log false >"$work/e2e-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  (cd web && QUANKE_BASE_URL="http://127.0.0.1:$port" npm run --silent test:e2e)
  local rc=$?
  kill "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
  server_pid=""
  [ $rc -ne 0 ] && tail -n 30 "$work/e2e-server.log"
  return $rc
}
run_suite "Browser tests (Playwright + Chromium)" browser_tests

echo
[ ${#failures[@]} -gt 0 ] && printf 'failed suite: %s\n' "${failures[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
