#!/usr/bin/env bash
# Scale "demo": the built-in demo company (`quanke demo`), a handful of people.
# Contract for every bench/scales/<name>.sh hook:
#   $1 = path of the quanke binary, $2 = database URL (a fresh, empty SQLite database),
#   $3 = a work directory the hook may use (removed at the end of the run).
# The hook loads the data. It may write "$3/login.json" (the POST /api/v1/auth/login body)
# when the default demo admin does not exist in its data set.
set -euo pipefail
bin=$1 db=$2
"$bin" demo --db "$db" --tenant demo --password demo123456
