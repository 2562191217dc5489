#!/usr/bin/env bash
# Builds the server (CMake, Release, ccache) into build/ and the web app (Vite) into web/dist.
# `build.sh server` or `build.sh web` builds one half.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
jobs=$(nproc)

if [ "$what" = all ] || [ "$what" = server ]; then
  if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build build -j "$jobs"
fi

if [ "$what" = all ] || [ "$what" = web ]; then
  if [ -f web/package.json ]; then
    (cd web && npm run build --silent)
  fi
fi
