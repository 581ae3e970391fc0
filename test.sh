#!/usr/bin/env bash
# Runs every test: unit tests, then integration tests on a provisioned WildFly (services, HTTP and
# headless Chromium). Uses the embedded H2 database unless CONSORTIA_DB_* name another (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-test-packages.sh
exec mvn -B clean verify "$@"
