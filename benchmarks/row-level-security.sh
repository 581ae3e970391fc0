#!/usr/bin/env bash
# The cost of PostgreSQL's row-level security: runs the risk-register benchmark twice on the portal
# at scale, once connected as the superuser (which bypasses the policies) and once as the portal's
# own role (which every policy applies to), and prints both.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE_USER=postgres benchmarks/risk-register.sh | sed "s/^/without row-level security (superuser): /"
DATABASE_USER=consortia_app benchmarks/risk-register.sh | sed "s/^/with row-level security (portal role): /"
