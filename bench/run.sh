#!/usr/bin/env bash
# Load benchmark of the quanke server: fresh SQLite database, one server, wrk per scenario.
# See bench/README.md. Builds nothing: run `make bench` (builds first) or `make build` once.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/run.sh [options]
  --scale NAME          data set to load, from bench/scales/NAME.sh (default: demo; also 1m, peer,
                        1m-fu = 1m + 10M follow-ups, issue 4)
  --duration SECONDS    wrk run length per scenario (default: 10; 15 with --scale peer)
  --connections N       wrk connections, 2 wrk threads (default: 64; 32 with --scale 1m or peer)
  --wrk-timeout SECONDS wrk --timeout (default: wrk's own, 2 s; 10 with --scale peer)
  --scenarios LIST      comma-separated, from bench/wrk/*.lua (load) and bench/tasks/*.sh (timed
                        tasks: w1, sweep); ping is always run first, as the ceiling
                        (default: ping,health,me; 1m: list,detail,search,conflict,sweep;
                        peer: w1,w2,w2full,w3,w5,w5full; 1m-fu: fusetup,followup,feed,sse)
  --rebuild             rebuild a cached data set (scale 1m) even if the cache matches
  --threads N           server I/O threads (default: the server's own, one per core)
  --no-access-log       start the server with --access-log false (default: on, production-like)
  --background-jobs     keep the server's background jobs (reclaim sweep check, webhooks,
                        reminders, purge). Default: off (--sweep-check 0): a fresh copy of a
                        data set has not been swept today, so the daily sweep would run once
                        inside the first minute, in the middle of a scenario (0.3-1 s of CPU
                        at 1M customers). The sweep has its own task.
  --quiet-wait SECONDS  before each scenario, wait up to this long for the host to be idle
                        (other processes < 10% CPU over 1 s); 0 = do not wait (default: 60)
  --db BACKEND          sqlite (default) or postgres: a throwaway PostgreSQL 15 cluster started
                        for the run with scripts/pg.sh (loopback, removed afterwards), on the same
                        cores as the server; scales demo and peer (1m imports through the API,
                        too slow on PostgreSQL today; issue 13)
  --port PORT           loopback port to use (default: a free one in 28000-28999)
  --out DIR             where to write results (default: bench/results/<timestamp>)
  -h, --help            this text
Environment: QUANKE_BIN (default build/quanke).
EOF
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
bin=${QUANKE_BIN:-$root/build/quanke}

backend=sqlite scale=demo duration="" connections="" scenarios="" threads="" access_log=true no_warmup="" jobs=false
port="" out="" quiet_wait=60 wrk_timeout="" rebuild=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --db) backend=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --wrk-timeout) wrk_timeout=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    --threads) threads=$2; shift 2 ;;
    --no-access-log) access_log=false; shift ;;
    --background-jobs) jobs=true; shift ;;
    --port) port=$2; shift 2 ;;
    --quiet-wait) quiet_wait=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

die() { echo "bench: $*" >&2; exit 1; }

# Defaults that depend on the scale: issue 3 measures at 32 connections; the peer workload
# (shared/research/PEERS.md) used wrk -t2 -c32 -d15s --timeout 10s.
case $scale in
  1m) : "${connections:=32}" "${scenarios:=list,detail,search,conflict,sweep}" ;;
  peer) : "${connections:=32}" "${duration:=15}" "${wrk_timeout:=10}" "${scenarios:=w1,w2,w2full,w3,w5,w5full}" ;;
  # Issue 4 at 32 connections; fusetup (logins, the region manager) must precede the others.
  # Their requests can take seconds at 10M follow-ups, so: wrk --timeout 10 s, no 1-s warm-up
  # (fusetup sends and times one follow-up instead), sse before followup (a backlog of slow
  # writes outlives wrk) and feed last (one request runs for minutes; the server is then killed).
  1m-fu) : "${connections:=32}" "${wrk_timeout:=10}" "${scenarios:=fusetup,sse,followup,feed}"
         no_warmup=,followup,feed, ;;
esac
: "${duration:=10}" "${connections:=64}" "${scenarios:=ping,health,me}"
# The ceiling is measured in every run, first, so that each figure has its ratio to ping.
[[ ,$scenarios, == *,ping,* ]] || scenarios=ping,$scenarios

# ---- preconditions ---------------------------------------------------------------------------
[[ -x $bin ]] || die "no server binary at $bin. Build it first: \`make build\` (or \`make bench\`, which builds and then runs this script)."
for tool in wrk timeout curl ss awk; do
  command -v "$tool" >/dev/null || die "$tool is not installed (Debian: apt-get install wrk coreutils curl iproute2 gawk)"
done
[[ $duration =~ ^[0-9]+$ && $duration -gt 0 ]] || die "--duration must be a positive integer (seconds)"
[[ $connections =~ ^[0-9]+$ && $connections -ge 2 ]] || die "--connections must be an integer >= 2"
[[ -z $threads || $threads =~ ^[0-9]+$ ]] || die "--threads must be an integer"
[[ $quiet_wait =~ ^[0-9]+$ ]] || die "--quiet-wait must be an integer (seconds)"
[[ -z $wrk_timeout || $wrk_timeout =~ ^[0-9]+$ ]] || die "--wrk-timeout must be an integer (seconds)"
scale_hook=$here/scales/$scale.sh
[[ -f $scale_hook ]] || die "unknown scale '$scale': no $scale_hook (available: $(cd "$here/scales" && ls *.sh | sed 's/\.sh$//' | paste -sd, -))"
IFS=, read -r -a scenario_list <<<"$scenarios"
[[ ${#scenario_list[@]} -gt 0 ]] || die "--scenarios is empty"
# A scenario is either a wrk load (bench/wrk/NAME.lua) or a timed task (bench/tasks/NAME.sh).
declare -A kind
for s in "${scenario_list[@]}"; do
  if [[ -f $here/wrk/$s.lua ]]; then kind[$s]=wrk
  elif [[ -f $here/tasks/$s.sh ]]; then kind[$s]=task
  else die "unknown scenario '$s': no bench/wrk/$s.lua or bench/tasks/$s.sh"; fi
done

# Identify what was measured: other work may rebuild build/quanke or web/dist between runs.
bin_sha=$(sha256sum "$bin" | cut -c1-12)
bin_mtime=$(date -u -r "$bin" +%Y-%m-%dT%H:%M:%SZ)
hz=$(getconf CLK_TCK)
cores=$(nproc)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
[[ -n $out ]] || out=$here/results/$stamp
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/quanke-bench.XXXXXX")
# Other work rebuilds build/quanke now and then, also during a run (the 1m import takes minutes):
# run a private copy, so that the data set, the server and the sha256 above are one binary.
bin_src=$bin
cp "$bin" "$work/quanke"
bin=$work/quanke
bin_sha=$(sha256sum "$bin" | cut -c1-12)
db_url="sqlite:$work/bench.db"
pg_dir=""
case $backend in
  sqlite) ;;
  postgres)
    [[ $scale == demo || $scale == peer || $scale == 1m ]] || die "--db postgres supports --scale demo, peer and 1m"
    pg_dir=$work/pg
    chmod 755 "$work"  # the cluster runs as the postgres user
    # The 1m hook starts the cluster itself, on a copy of its cached one, and writes the URL
    # into WORK/db_url.
    if [[ $scale == 1m ]]; then
      db_url=""
    else
      db_url=$("$root/scripts/pg.sh" start "$pg_dir") || die "could not start PostgreSQL"
    fi
    ;;
  *) die "--db must be sqlite or postgres" ;;
esac
server_log=$work/server.log
server_pid=""
wrk_pid=""
hook_pid=""

# ---- clean-up: always stop the server we started (and only that one) --------------------------
port_listeners() { ss -Hltnp "sport = :$1" 2>/dev/null || true; }

stop_server() {
  [[ -n $server_pid ]] || return 0
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$server_pid" 2>/dev/null; then
      echo "bench: server $server_pid did not stop within 10 s of SIGTERM; sending SIGKILL" >&2
      kill -KILL "$server_pid" 2>/dev/null || true
    fi
  fi
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

cleanup() {
  local rc=$?
  if [[ -n $wrk_pid ]]; then kill -TERM "$wrk_pid" 2>/dev/null || true; wait "$wrk_pid" 2>/dev/null || true; fi
  # The scale hook (under timeout) stops the server it may have started on TERM.
  if [[ -n $hook_pid ]]; then kill -TERM "$hook_pid" 2>/dev/null || true; wait "$hook_pid" 2>/dev/null || true; fi
  stop_server
  if [[ -f $server_log ]]; then
    # Keep what matters from the server log (the access log itself is large).
    head -n 20 "$server_log" >"$out/server-log-head.txt" 2>/dev/null || true
    tail -n 5 "$server_log" >"$out/server-log-tail.txt" 2>/dev/null || true
    grep -v ' info ' "$server_log" | head -n 200 >"$out/server-log-warnings.txt" 2>/dev/null || true
  fi
  [[ -n $pg_dir ]] && "$root/scripts/pg.sh" stop "$pg_dir" >/dev/null 2>&1
  rm -rf "$work"
  if [[ -n ${port:-} && -n $(port_listeners "$port") ]]; then
    echo "bench: warning: port $port is still in use after the run:" >&2
    port_listeners "$port" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- port: must be free, since the server binds with SO_REUSEPORT and would share it silently --
if [[ -z $port ]]; then
  for _ in $(seq 1 50); do
    candidate=$((28000 + RANDOM % 1000))
    if [[ -z $(port_listeners "$candidate") ]]; then port=$candidate; break; fi
  done
  [[ -n $port ]] || die "found no free port in 28000-28999"
elif [[ -n $(port_listeners "$port") ]]; then
  die "port $port is already in use (a stale server? SO_REUSEPORT would split the load with it):
$(port_listeners "$port")"
fi
base=http://127.0.0.1:$port

# ---- data ------------------------------------------------------------------------------------
echo "bench: scale $scale -> $db_url"
scale_start=$(date +%s.%N)
# The hook gets the scenario list (the peer scale loads its rows itself unless w1 will) and
# --rebuild. It runs in the background plus `wait`, like wrk below, so that a signal stops it.
BENCH_SCENARIOS=$scenarios BENCH_REBUILD=$rebuild BENCH_DB=$backend BENCH_PG_DIR=$pg_dir \
  timeout -k 10 3600 bash "$scale_hook" "$bin" "$db_url" "$work" >"$out/scale.log" 2>&1 &
hook_pid=$!
rc=0; wait "$hook_pid" || rc=$?
hook_pid=""
[[ $rc == 0 ]] || { tail -n 30 "$out/scale.log" >&2; die "loading scale '$scale' failed (exit $rc; see $out/scale.log)"; }
scale_seconds=$(awk -v a="$scale_start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
[[ -n $db_url ]] || db_url=$(cat "$work/db_url" 2>/dev/null) || die "the scale hook started no database (no $work/db_url)"
[[ -d $work/scale-info ]] && cp -r "$work/scale-info" "$out/"
login_body='{"tenant":"demo","username":"admin","password":"demo123456"}'
[[ -f $work/login.json ]] && login_body=$(cat "$work/login.json")
tenant=$(sed -n 's/.*"tenant":"\([^"]*\)".*/\1/p' <<<"$login_body")
if [[ $backend == sqlite ]]; then
  db_bytes=$(stat -c %s "${db_url#sqlite:}")
else
  db_bytes=$(psql "$db_url" -Atc 'SELECT pg_database_size(current_database())')
fi

# ---- server ----------------------------------------------------------------------------------
serve_args=(serve --db "$db_url" --listen "127.0.0.1:$port" --access-log "$access_log")
[[ $jobs == false ]] && serve_args+=(--sweep-check 0)
[[ -n $threads ]] && serve_args+=(--threads "$threads")
# Serve the built web app too when there is one (production-like: it is loaded into memory).
web_root_info="none (API only)"
if [[ -d $root/web/dist ]]; then
  serve_args+=(--web-root "$root/web/dist")
  web_root_info="web/dist, $(du -sk "$root/web/dist" | cut -f1) kB held in memory"
fi
echo "bench: starting $bin ${serve_args[*]}"
"$bin" "${serve_args[@]}" >"$server_log" 2>&1 &
server_pid=$!

ready=""
for _ in $(seq 1 150); do
  kill -0 "$server_pid" 2>/dev/null || { tail -n 20 "$server_log" >&2; die "the server exited during start-up"; }
  if curl -fsS -m 2 -o /dev/null "$base/api/v1/health" 2>/dev/null; then ready=1; break; fi
  sleep 0.1
done
[[ -n $ready ]] || { tail -n 20 "$server_log" >&2; die "the server did not become healthy within 15 s"; }

# Every listener on the port must be ours, or wrk would also measure someone else's server.
foreign=$(port_listeners "$port" | grep -v "pid=$server_pid," || true)
[[ -z $foreign ]] || die "another process also listens on port $port:
$foreign"

login=$(curl -sS -m 10 -H 'Content-Type: application/json' -d "$login_body" "$base/api/v1/auth/login") \
  || die "login request failed"
token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$login")
[[ -n $token ]] || die "login did not return a token: $login"
export BENCH_TOKEN=$token BENCH_WRK_DIR=$here/wrk BENCH_DATA_DIR=$work BENCH_BASE=$base BENCH_TENANT=$tenant \
  BENCH_BIN=$bin BENCH_DB_URL=$db_url BENCH_SERVER_PID=$server_pid

# A few requests of each kind, so that the idle figure includes warmed caches and pools. The
# data-driven scenarios (whose data may only exist after a task such as w1) are warmed up right
# before they run instead (warm_up below).
for _ in 1 2 3 4 5; do
  for s in "${scenario_list[@]}"; do
    case $s in
      me) code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/me") ;;
      ping|health) code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$base/api/v1/$s") ;;
      *) continue ;;
    esac
    [[ $code == 200 ]] || die "warm-up GET for scenario $s answered HTTP $code"
  done
done
sleep 1

# warm_up SCENARIO: 1 s of its own wrk script on one connection; every answer must be 2xx.
warm_up() {
  local s=$1 line
  [[ $no_warmup == *,$s,* ]] && return 0  # checked by a setup task instead (scale 1m-fu)
  timeout -k 5 30 wrk -t1 -c1 -d1s -s "$here/wrk/$s.lua" "$base" >"$out/warmup-$s.txt" 2>&1 \
    || die "warm-up wrk for scenario $s failed; see $out/warmup-$s.txt"
  line=$(sed -n 's/^BENCH_RESULT //p' "$out/warmup-$s.txt" | tail -n 1)
  [[ -n $line ]] || die "warm-up for scenario $s printed no BENCH_RESULT; see $out/warmup-$s.txt"
  [[ $line == *'"status":0,'* && $line != *'"requests":0,'* ]] \
    || die "warm-up for scenario $s had non-2xx answers or no requests: $line (see $out/warmup-$s.txt)"
  rm -f "$out/warmup-$s.txt"
}

rss_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
cpu_ticks() { awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$1/stat"; }  # utime + stime
machine_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }      # user+nice+system+irq+softirq+steal
# The PostgreSQL cluster's CPU (0 on SQLite, whose work is the server's own): the postmaster's
# own and reaped children's time, plus every live child's (one backend per server connection).
db_cpu_ticks() {
  [[ -n $pg_dir && -f $pg_dir/data/postmaster.pid ]] || { echo 0; return; }
  local pm
  pm=$(head -n 1 "$pg_dir/data/postmaster.pid")
  { awk '{sub(/^.*\) /, ""); print $12 + $13 + $14 + $15}' "/proc/$pm/stat"
    for f in /proc/[0-9]*/stat; do
      awk -v pm="$pm" '{sub(/^.*\) /, ""); if ($2 == pm) print $12 + $13}' "$f" 2>/dev/null
    done; } | awk '{t += $1} END {print t + 0}'
}
# user+sys CPU seconds of this shell's reaped children (wrk, via timeout), from `times`. The
# builtin must run in this shell, not in a $(...) subshell, hence the file.
# Usage: children_cpu VAR (sets VAR).
children_cpu() {
  times >"$work/times"
  printf -v "$1" '%s' "$(awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } printf "%.3f", t }' "$work/times")"
}
mb() { awk -v k="$1" 'BEGIN{printf "%.1f", k/1024}'; }

# The host may be shared: wait (bounded) until processes other than our server use < 10% of
# the machine, sampled over 1 s. Prints the last sample's foreign busy share in percent.
wait_quiet() {
  local deadline=$((SECONDS + quiet_wait)) m0 t0 m1 t1 pct
  while :; do
    m0=$(machine_busy) t0=$(cpu_ticks "$server_pid"); sleep 1; m1=$(machine_busy) t1=$(cpu_ticks "$server_pid")
    pct=$(awk -v d="$((m1 - m0 - (t1 - t0)))" -v hz="$hz" -v c="$cores" 'BEGIN{printf "%.0f", 100*d/(hz*c)}')
    if (( pct < 10 || SECONDS >= deadline )); then echo "$pct"; return; fi
  done
}
# Peak RSS per scenario: writing 5 to clear_refs resets VmHWM (Linux >= 4.0; ignored if refused).
reset_peak() { echo 5 >"/proc/$server_pid/clear_refs" 2>/dev/null || true; }

idle_rss=$(rss_kb "$server_pid" VmRSS)
echo "bench: server pid $server_pid on $base, idle RSS $(mb "$idle_rss") MB, access log $access_log"

# ---- load ------------------------------------------------------------------------------------
declare -A R  # R[scenario.field]
declare -A T  # T[task] = its BENCH_TASK json
for s in "${scenario_list[@]}"; do
  raw=$out/wrk-$s.txt
  if (( quiet_wait > 0 )); then
    R[$s.idle_before_pct]=$(wait_quiet)
    (( R[$s.idle_before_pct] < 10 )) || echo "bench: warning: host still busy (${R[$s.idle_before_pct]}% of CPU used by other processes) after waiting ${quiet_wait}s" >&2
  else
    R[$s.idle_before_pct]=null
  fi
  reset_peak
  if [[ ${kind[$s]} == task ]]; then
    echo "bench: task $s"
    t0=$(cpu_ticks "$server_pid") m0=$(machine_busy) w0=$(date +%s.%N) d0=$(db_cpu_ticks)
    timeout -k 5 3600 bash "$here/tasks/$s.sh" >"$out/task-$s.txt" 2>&1 &
    wrk_pid=$!
    rc=0
    wait "$wrk_pid" || rc=$?
    wrk_pid=""
    t1=$(cpu_ticks "$server_pid") m1=$(machine_busy) w1=$(date +%s.%N) d1=$(db_cpu_ticks)
    kill -0 "$server_pid" 2>/dev/null || die "the server died during task $s (log: $out/server-log-warnings.txt)"
    [[ $rc == 0 ]] || { tail -n 20 "$out/task-$s.txt" >&2; die "task $s failed (exit $rc; 124 = killed by timeout); see $out/task-$s.txt"; }
    T[$s]=$(sed -n 's/^BENCH_TASK //p' "$out/task-$s.txt" | tail -n 1)
    [[ -n ${T[$s]} ]] || die "no BENCH_TASK line in $out/task-$s.txt"
    R[$s.peak_rss_kb]=$(rss_kb "$server_pid" VmHWM)
    R[$s.server_cpu_s]=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN{printf "%.2f", (b-a)/hz}')
    R[$s.db_cpu_s]=$(awk -v a="$d0" -v b="$d1" -v hz="$hz" 'BEGIN{printf "%.2f", (b-a)/hz}')
    R[$s.other_cpu_pct]=$(awk -v a="$m0" -v b="$m1" -v s0="$t0" -v s1="$t1" -v d0="$d0" -v d1="$d1" -v w0="$w0" -v w1="$w1" -v hz="$hz" -v c="$cores" \
      'BEGIN{printf "%.0f", 100*((b-a)-(s1-s0)-(d1-d0))/hz/(c*(w1-w0))}')  # machine busy minus server and database, incl. the task itself
    echo "bench: $s: ${T[$s]}"
    sleep 1
    continue
  fi
  [[ $s == ping || $s == health || $s == me ]] || warm_up "$s"
  echo "bench: wrk $s (${duration}s, $connections connections)"
  t0=$(cpu_ticks "$server_pid") m0=$(machine_busy) d0=$(db_cpu_ticks)
  c0="" c1=""
  children_cpu c0
  # In the background plus `wait`, so that a signal to this script is handled at once (the
  # trap then stops wrk); a foreground child would delay the trap until wrk ends.
  timeout -k 5 $((duration + 30)) \
    wrk -t2 -c"$connections" -d"${duration}s" ${wrk_timeout:+--timeout "${wrk_timeout}s"} --latency -s "$here/wrk/$s.lua" "$base" >"$raw" 2>&1 &
  wrk_pid=$!
  rc=0
  wait "$wrk_pid" || rc=$?
  wrk_pid=""
  children_cpu c1
  t1=$(cpu_ticks "$server_pid") m1=$(machine_busy) d1=$(db_cpu_ticks)
  kill -0 "$server_pid" 2>/dev/null || die "the server died during scenario $s (log: $out/server-log-warnings.txt)"
  R[$s.peak_rss_kb]=$(rss_kb "$server_pid" VmHWM)
  [[ $rc == 0 ]] || die "wrk for $s failed (exit $rc; 124 = killed by timeout); see $raw"
  line=$(sed -n 's/^BENCH_RESULT //p' "$raw" | tail -n 1)
  [[ -n $line ]] || die "no BENCH_RESULT line in $raw"
  wrk_user=$(awk -v a="$c0" -v b="$c1" 'BEGIN{printf "%.2f", b-a}') wrk_sys=0
  # Parse the JSON line with awk (no jq dependency): flatten "key":number pairs.
  eval "$(awk -v s="$s" '{
      gsub(/[{}]/, ""); n = split($0, kv, ",");
      for (i = 1; i <= n; i++) { split(kv[i], p, ":"); k = p[1]; v = p[2];
        if (p[3] != "") { k = p[2]; v = p[3] }          # "errors":{"connect":0 -> connect
        gsub(/"/, "", k); printf "R[%s.%s]=%s\n", s, k, v }
    }' <<<"$line")"
  awk -v req="${R[$s.requests]}" -v dur="${R[$s.duration_us]}" -v st0="$t0" -v st1="$t1" \
      -v m0="$m0" -v m1="$m1" -v wu="$wrk_user" -v ws="$wrk_sys" -v hz="$hz" -v cores="$cores" \
      -v d0="$d0" -v d1="$d1" -v s="$s" 'BEGIN {
        rps = req / (dur / 1e6); srv = (st1 - st0) / hz; wrkc = wu + ws; busy = (m1 - m0) / hz;
        db = (d1 - d0) / hz; other = busy - srv - wrkc - db; if (other < 0) other = 0;
        printf "R[%s.rps]=%.0f\nR[%s.server_cpu_s]=%.2f\nR[%s.server_us_per_req]=%.1f\n", s, rps, s, srv, s, (req ? srv * 1e6 / req : 0)
        printf "R[%s.db_cpu_s]=%.2f\nR[%s.db_us_per_req]=%.1f\n", s, db, s, (req ? db * 1e6 / req : 0)
        printf "R[%s.wrk_cpu_s]=%.2f\nR[%s.other_cpu_pct]=%.0f\n", s, wrkc, s, 100 * other / (cores * dur / 1e6)
      }' >"$work/derived-$s"
  # shellcheck disable=SC1090
  source "$work/derived-$s"
  (( ${R[$s.other_cpu_pct]} < 10 )) || echo "bench: warning: other processes used ${R[$s.other_cpu_pct]}% of the CPU during $s; treat its figures with care" >&2
  grep -q 'Non-2xx' "$raw" && echo "bench: warning: $s had non-2xx responses: $(grep 'Non-2xx' "$raw")" >&2
  grep -q 'Socket errors' "$raw" && echo "bench: warning: $s had socket errors: $(grep 'Socket errors' "$raw")" >&2
  sleep 1
done

sleep 1
after_rss=$(rss_kb "$server_pid" VmRSS)
peak_rss=$(rss_kb "$server_pid" VmHWM)
# Since the server memory-maps the database (schema 8 builds), VmRSS includes the mapped file
# pages it touched (RssFile: page cache, shared, reclaimable); RssAnon is its own heap.
after_anon=$(rss_kb "$server_pid" RssAnon) after_file=$(rss_kb "$server_pid" RssFile)
stop_server
log_lines=$(wc -l <"$server_log")
log_bytes=$(stat -c %s "$server_log")
total_requests=0
wrk_list=() task_list=()
for s in "${scenario_list[@]}"; do
  if [[ ${kind[$s]} == wrk ]]; then wrk_list+=("$s"); total_requests=$((total_requests + R[$s.requests])); else task_list+=("$s"); fi
done

# ---- budgets ---------------------------------------------------------------------------------
# Issue 3 (scale 1m): p99 at 32 connections. Peer workload: >= 100x the best peer's req/s
# (shared/research/PEERS.md: W2 152, W3 215, W5 108 req/s; W1 10,000 rows in 8.7 s) at p99 < 5 ms.
declare -A p99_budget_ms=([list]=20 [detail]=10 [search]=50 [conflict]=20 [w2]=5 [w2full]=5 [w3]=5 [w5]=5 [w5full]=5 [followup]=15 [feed]=30)
declare -A rps_budget=([w2]=15200 [w2full]=15200 [w3]=21500 [w5]=10800 [w5full]=10800)
declare -A task_budget_s=([sweep]=10 [w1]=0.087 [sse]=1)
jnum() { sed -n "s/.*\"$2\":\([0-9.][0-9.]*\).*/\1/p" <<<"$1" | head -n 1; }  # jnum JSON KEY (first match)

# ---- report ----------------------------------------------------------------------------------
ms() { awk -v u="$1" 'BEGIN{printf (u < 10000 ? "%.2f" : "%.1f"), u/1000}'; }
ceiling=${R[ping.rps]:-}
pct() { [[ -n $ceiling && $ceiling != 0 ]] && awk -v a="$1" -v b="$ceiling" 'BEGIN{printf "%.0f%%", 100*a/b}' || echo "n/a"; }
errs() { echo $((R[$1.connect] + R[$1.read] + R[$1.write] + R[$1.timeout])); }

verdicts=()
for s in "${wrk_list[@]}"; do
  v="" ; ok=1
  if [[ -n ${p99_budget_ms[$s]:-} ]]; then
    p99ms=$(ms "${R[$s.p99]}")
    awk -v a="${R[$s.p99]}" -v b="${p99_budget_ms[$s]}" 'BEGIN{exit !(a < b*1000)}' || ok=0
    v="p99 $p99ms ms < ${p99_budget_ms[$s]} ms"
  fi
  if [[ -n ${rps_budget[$s]:-} ]]; then
    (( R[$s.rps] >= rps_budget[$s] )) || ok=0
    v+="${v:+, }${R[$s.rps]} req/s >= ${rps_budget[$s]} req/s (100x best peer)"
  fi
  (( R[$s.status] == 0 && $(errs "$s") == 0 )) || { ok=0; v+=", non-2xx/socket errors"; }
  # wrk does not count requests still in flight when it stops: no completed request is a FAIL.
  (( R[$s.requests] > 0 )) || { ok=0; v+=", NO request completed within the run"; }
  [[ -n $v ]] && verdicts+=("$s: $( ((ok)) && echo PASS || echo FAIL) ($v)")
done
for s in "${task_list[@]}"; do
  [[ -n ${task_budget_s[$s]:-} ]] || continue
  sec=$(jnum "${T[$s]}" seconds)
  ok=$(awk -v a="$sec" -v b="${task_budget_s[$s]}" 'BEGIN{print (a < b) ? "PASS" : "FAIL"}')
  verdicts+=("$s: $ok ($sec s < ${task_budget_s[$s]} s)")
  if [[ $s == sse ]]; then  # issue 4: server RSS while holding the streams < 200 MB
    held=$(jnum "${T[$s]}" rss_holding_kb) anon=$(jnum "${T[$s]}" rss_anon_holding_kb)
    verdicts+=("sse RSS while holding: $(awk -v a="$held" 'BEGIN{print (a != "" && a < 200*1024) ? "PASS" : "FAIL"}') (VmRSS $(mb "$held") MB < 200 MB; of it RssAnon $(mb "${anon:-0}") MB, the rest mmap'd database pages)")
  fi
done
if [[ -f $out/scale-info/build.json ]]; then
  build_json=$(cat "$out/scale-info/build.json")
  imp_s=$(jnum "$build_json" seconds)
  verdicts+=("import of $(jnum "$build_json" rows) rows (when the cache was built): $(awk -v a="$imp_s" 'BEGIN{print (a < 120) ? "PASS" : "FAIL"}') ($imp_s s < 120 s)")
fi

host_line="$(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)), $(uname -r), load before run: $(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "# quanke bench $stamp"
  echo
  echo "scale \`$scale\` on $backend (loaded in ${scale_seconds} s; database file $(mb $((db_bytes / 1024))) MB), ${duration} s per scenario, wrk -t2 -c$connections${wrk_timeout:+ --timeout ${wrk_timeout}s}, access log $access_log, background jobs $jobs, server threads ${threads:-default}"
  echo "binary: $bin_src (sha256 $bin_sha…, built $bin_mtime; a copy of it was run); web root: $web_root_info"
  echo "host: $host_line; wrk and the server share the cores"
  echo
  echo "| scenario | req/s | p50 ms | p99 ms | % of ping | non-2xx | socket errors | server CPU s | server µs/req | db CPU s | db µs/req | wrk CPU s | other CPU % | peak RSS MB |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for s in "${wrk_list[@]}"; do
    echo "| $s | ${R[$s.rps]} | $(ms "${R[$s.p50]}") | $(ms "${R[$s.p99]}") | $(pct "${R[$s.rps]}") | ${R[$s.status]} | $(errs "$s") | ${R[$s.server_cpu_s]} | ${R[$s.server_us_per_req]} | ${R[$s.db_cpu_s]} | ${R[$s.db_us_per_req]} | ${R[$s.wrk_cpu_s]} | ${R[$s.other_cpu_pct]} | $(mb "${R[$s.peak_rss_kb]}") |"
  done
  if [[ ${#task_list[@]} -gt 0 ]]; then
    echo
    echo "| task | seconds | server CPU s | db CPU s | other CPU % (incl. the task) | server peak RSS MB | result |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    for s in "${task_list[@]}"; do
      echo "| $s | $(jnum "${T[$s]}" seconds) | ${R[$s.server_cpu_s]} | ${R[$s.db_cpu_s]} | ${R[$s.other_cpu_pct]} | $(mb "${R[$s.peak_rss_kb]}") | \`${T[$s]}\` |"
    done
  fi
  echo
  echo "server RSS: idle $(mb "$idle_rss") MB, after load $(mb "$after_rss") MB (RssAnon $(mb "${after_anon:-0}") MB, RssFile $(mb "${after_file:-0}") MB), peak $(mb "$peak_rss") MB"
  echo "server log: $log_lines lines, $(mb $((log_bytes / 1024))) MB, for $total_requests requests under load (+ warm-up)"
  [[ -n ${build_json:-} ]] && { echo; echo "data set build (scale-info/build.json): \`$build_json\`"; }
  [[ -f $out/scale-info/cache.txt ]] && echo "($(cat "$out/scale-info/cache.txt"))"
  echo
  me_verdict=n/a
  if [[ -n $ceiling && -n ${R[me.rps]:-} ]]; then
    me_verdict=$(awk -v a="${R[me.rps]}" -v b="$ceiling" 'BEGIN{print (a >= b/2 ? "PASS" : "FAIL")}')
  fi
  rss_verdict=$( (( idle_rss < 40 * 1024 )) && echo PASS || echo FAIL)
  if [[ -n ${R[me.rps]:-} ]]; then
    echo "budgets: me >= 50% of ping: $me_verdict ($(pct "${R[me.rps]}")); idle RSS < 40 MB: $rss_verdict ($(mb "$idle_rss") MB)"
  else
    echo "budgets: idle RSS < 40 MB: $rss_verdict ($(mb "$idle_rss") MB)"
  fi
  for v in "${verdicts[@]}"; do echo "- $v"; done
} >"$out/summary.md"

json="{\"stamp\":\"$stamp\",\"scale\":\"$scale\",\"duration_s\":$duration,\"connections\":$connections,\"access_log\":$access_log,\"threads\":${threads:-null},\"cores\":$cores,\"binary_sha256\":\"$bin_sha\",\"binary_mtime\":\"$bin_mtime\""
json+=",\"db_bytes\":$db_bytes,\"rss_kb\":{\"idle\":$idle_rss,\"after\":$after_rss,\"after_anon\":${after_anon:-null},\"after_file\":${after_file:-null},\"peak\":$peak_rss},\"server_log_lines\":$log_lines,\"scenarios\":{"
first=1
for s in "${wrk_list[@]}"; do
  [[ $first == 1 ]] || json+=","
  first=0
  json+="\"$s\":{\"rps\":${R[$s.rps]},\"requests\":${R[$s.requests]},\"p50_us\":${R[$s.p50]},\"p90_us\":${R[$s.p90]},\"p99_us\":${R[$s.p99]},\"max_us\":${R[$s.max]}"
  json+=",\"pct_of_ping\":$( [[ -n $ceiling ]] && awk -v a="${R[$s.rps]}" -v b="$ceiling" 'BEGIN{printf "%.1f", 100*a/b}' || echo null)"
  json+=",\"non2xx\":${R[$s.status]},\"errors\":{\"connect\":${R[$s.connect]},\"read\":${R[$s.read]},\"write\":${R[$s.write]},\"timeout\":${R[$s.timeout]}}"
  json+=",\"server_cpu_s\":${R[$s.server_cpu_s]},\"server_us_per_req\":${R[$s.server_us_per_req]},\"db_cpu_s\":${R[$s.db_cpu_s]},\"db_us_per_req\":${R[$s.db_us_per_req]},\"wrk_cpu_s\":${R[$s.wrk_cpu_s]},\"other_cpu_pct\":${R[$s.other_cpu_pct]},\"other_cpu_pct_before\":${R[$s.idle_before_pct]},\"peak_rss_kb\":${R[$s.peak_rss_kb]}}"
done
json+="},\"tasks\":{"
first=1
for s in "${task_list[@]}"; do
  [[ $first == 1 ]] || json+=","
  first=0
  json+="\"$s\":{\"result\":${T[$s]},\"server_cpu_s\":${R[$s.server_cpu_s]},\"db_cpu_s\":${R[$s.db_cpu_s]},\"other_cpu_pct\":${R[$s.other_cpu_pct]},\"peak_rss_kb\":${R[$s.peak_rss_kb]}}"
done
json+="}"
[[ -n ${build_json:-} ]] && json+=",\"scale_build\":$build_json"
json+="}"
echo "$json" >"$out/summary.json"
{ echo "$json" >>"$here/results/history.jsonl"; } 2>/dev/null || true

echo
cat "$out/summary.md"
echo
echo "bench: results in $out"
