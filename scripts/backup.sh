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
    # IFEXISTS: a mistyped location fails instead of backing up a new, empty database.
    h2_tool Script "$(h2_url);IFEXISTS=TRUE" "$target"
fi
echo "Backed up to $target"
