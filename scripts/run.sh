#!/usr/bin/env bash
# `make run`: (after the build) creates ./data/quanke.db with the demo company if absent and
# starts the server on http://127.0.0.1:8080. Override with QUANKE_DB / QUANKE_LISTEN.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${QUANKE_DB:-sqlite:./data/quanke.db}
listen=${QUANKE_LISTEN:-127.0.0.1:8080}

if [[ "$db" == sqlite:* ]] && [ ! -f "${db#sqlite:}" ]; then
  echo "Creating ${db#sqlite:} with the demo company…"
  ./build/quanke demo --db "$db"
elif [[ "$db" != sqlite:* ]]; then
  ./build/quanke demo --db "$db"
fi

cat <<MSG

  Quanke (圈客) is starting at http://$listen

  Demo logins — enterprise code (企业代码) "demo", password "demo123456":
    admin      系统管理员   administrator (all permissions, whole company)
    ceo        周总         executive (高管, views everything)
    huabei     王建国       manager of 华北大区 (sees its teams)
    bj1.lead   张伟         manager of 北京一组
    rep01      马超         sales rep in 北京一组 (sees own records)
  (rep01…rep17, the other regional managers huadong/huanan and team leads *.lead use the same password.)

  A real company instead of the demo: serve an empty database and open the first-run page
  (QUANKE_DB=sqlite:./data/company.db ./build/quanke serve --web-root ./web/dist), or run
  ./build/quanke tenant create --help.

  Stop with Ctrl-C.

MSG
exec ./build/quanke serve --db "$db" --listen "$listen" --web-root ./web/dist
