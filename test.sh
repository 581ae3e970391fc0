#!/usr/bin/env bash
# Runs every test: unit tests, then integration tests on a provisioned WildFly (services, HTTP and
# headless Chromium). Uses the embedded H2 database unless CONSORTIA_DB_* name another (see .ci/run);
# the row-level security tests use the machine's PostgreSQL in either case.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-test-packages.sh
scripts/start-postgresql.sh
exec mvn -B clean verify "$@"
