#!/usr/bin/env bash
# Builds the portal, provisions WildFly and starts it at http://localhost:8080/ on an embedded H2
# database in ~/.consortia, filled with demo data on first start. Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B -q clean package -Prun -DskipTests "$@"
