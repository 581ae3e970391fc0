#!/usr/bin/env bash
# Backs up the portal's database into one file: every row, with every version of its history.
#   scripts/backup.sh consortia.backup
# Reads the database from the same CONSORTIA_DB_* variables as the server. PostgreSQL is dumped
# while the portal runs (pg_dump reads one consistent snapshot); the embedded H2 file is scripted
# with H2's Script tool and needs the portal stopped, since the running server holds its lock.
set -euo pipefail
source "$(dirname "$0")/database.sh"
target=${1:?Usage: scripts/backup.sh FILE}
if is_postgresql; then
    postgresql_environment
    pg_dump --format=custom --file="$target"
else
    java -cp "$(h2_jar)" org.h2.tools.Script -url "$(h2_url)" $(h2_credentials) -script "$target"
fi
echo "Backed up to $target"
