#!/usr/bin/env bash
# Installs what the build, the tests and the benchmarks need and is not yet present:
# Debian packages with apt-get, the web app's npm packages with `npm ci`.
# Safe to run again: it does nothing when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config ccache
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev libboost-system1.81-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql-15 postgresql-client-15
  libsodium-dev libjemalloc-dev libspdlog-dev libfmt-dev libcli11-dev libhowardhinnant-date-dev tzdata libcurl4-openssl-dev
  libxlsxwriter-dev zlib1g-dev
  libgtest-dev libgmock-dev wrk chromium
  curl ca-certificates procps
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# nginx, the load balancer of scripts/cluster.sh, runs from a directory of its own (nginx -p DIR).
# Installing Debian's package also starts a system nginx on port 80 (or fails to, in a container
# without an init system) and enables it at boot: a policy-rc.d that refuses service starts, as
# container images have, is in place while it installs, and the unit is disabled afterwards.
if ! dpkg-query -W -f='${Status}' nginx 2>/dev/null | grep -q 'install ok installed'; then
  echo "bootstrap: installing nginx (no system service started)"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  policy=/usr/sbin/policy-rc.d
  added_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# bootstrap.sh: no service starts while nginx installs\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
    "${sudo_cmd[@]}" chmod 755 "$policy"
    added_policy=yes
  fi
  rc=0
  "${sudo_cmd[@]}" apt-get update -q || rc=$?
  [ "$rc" -ne 0 ] || "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends nginx || rc=$?
  [ -n "$added_policy" ] && "${sudo_cmd[@]}" rm -f "$policy"
  [ "$rc" -eq 0 ] || exit "$rc"
  if [ -d /run/systemd/system ]; then "${sudo_cmd[@]}" systemctl disable nginx.service >/dev/null 2>&1 || true; fi
fi

if [ -f web/package-lock.json ]; then
  stamp=web/node_modules/.quanke-lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
    echo "bootstrap: npm ci in web/"
    (cd web && npm ci --no-audit --no-fund)
    cp web/package-lock.json "$stamp"
  fi
fi
