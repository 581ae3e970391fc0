#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database, with the portal stopped.
#   scripts/restore.sh consortia.backup
# On PostgreSQL the database named by CONSORTIA_DB_URL must exist and be empty (createdb), and the
# portal's role must exist (see the README). The embedded H2 file must not exist yet: move the old
# one (~/.consortia/consortia.mv.db by default) aside first.
set -euo pipefail
source "$(dirname "$0")/database.sh"
source_file=${1:?Usage: scripts/restore.sh FILE}
if is_postgresql; then
    postgresql_environment
    pg_restore --exit-on-error --single-transaction --dbname="$PGDATABASE" "$source_file"
else
    h2_tool RunScript "$(h2_url)" "$source_file"
fi
echo "Restored from $source_file"
