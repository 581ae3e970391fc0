#!/usr/bin/env bash
# Times one workspace's risk register list and heat map as the number of other workspaces grows
# (20, then 200 workspaces of 50 entries: 10,000 entries), and the council's portfolio view, on the
# provisioned WildFly (embedded H2 unless CONSORTIA_DB_* name another database). Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q verify -pl ear -am -Dit.test=RiskRegisterBenchmark -Dsurefire.failIfNoSpecifiedTests=false
grep -h "\[BENCHMARK\]" ear/target/server-it/log/server.log | sed 's/.*\[BENCHMARK\] ([^)]*) //'
