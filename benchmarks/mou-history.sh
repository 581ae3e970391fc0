#!/usr/bin/env bash
# Times the history, the "as of" view and the PDF export of a Memorandum of Understanding with
# 1,000 revisions, on the provisioned WildFly (embedded H2 unless CONSORTIA_DB_* name another
# database). Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q verify -pl ear -am -Dit.test=MouHistoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
grep -h "\[BENCHMARK\]" ear/target/server-it/log/server.log | sed 's/.*\[BENCHMARK\] ([^)]*) //'
