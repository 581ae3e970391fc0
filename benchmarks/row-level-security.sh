#!/usr/bin/env bash
# The cost of PostgreSQL's row-level security: runs the risk-register benchmark twice on fresh
# PostgreSQL databases at 127.0.0.1:5432, once connected as the superuser (which bypasses the
# policies) and once as the portal's own role (which every policy applies to), and prints both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/local-postgresql.sh
scripts/start-postgresql.sh
application_role
export CONSORTIA_DB_DRIVER=postgresql
run() {
    local label=$1 user=$2
    fresh_database consortia_bench
    CONSORTIA_DB_URL=jdbc:postgresql://127.0.0.1:5432/consortia_bench CONSORTIA_DB_USER=$user \
        CONSORTIA_DB_PASSWORD=$user CONSORTIA_DB_OWNER_USER=postgres CONSORTIA_DB_OWNER_PASSWORD=postgres \
        benchmarks/risk-register.sh | sed "s/^/$label: /"
}
run "without row-level security (superuser)" postgres
run "with row-level security (portal role)" consortia_app
