#!/usr/bin/env bash
# Saves acknowledged vs present after kill -9 (on H2 and on PostgreSQL), recovery after PostgreSQL
# restarts, and backups taken and restored (see benchmarks/faults.py). Builds the portal first;
# stops and starts the machine's PostgreSQL. Prints figures only. "h2" or "postgresql" runs one half.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -DskipITs
scripts/start-postgresql.sh
exec python3 benchmarks/faults.py "$@"
