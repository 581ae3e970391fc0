#!/usr/bin/env bash
# Runs the README's run command (./run.sh) with the environment it is given, waits until the
# sign-in page answers 200, then stops the portal. Fails as soon as the deployment fails, or if the
# page does not answer within ten minutes. CI runs it on PostgreSQL, as the README's "Running on
# PostgreSQL" tells users to. CHECK_RUN_LOG names a file to keep the portal's output in.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/portal.sh

log=${CHECK_RUN_LOG:-$(mktemp)}
start_portal "$log"

for _ in $(seq 1 600); do
    if ! portal_running; then
        echo "The run command stopped before the portal answered:" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
    if grep -q -E "started \(with errors\)|WFLYSRV0022|WFLYCTL0013" "$log"; then
        echo "The portal's deployment failed:" >&2
        grep -m 5 -E "ERROR" "$log" >&2 || true
        exit 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/login)" = 200 ]; then
        echo "The run command serves the sign-in page on ${CONSORTIA_DB_URL:-the embedded H2 database}."
        exit 0
    fi
    sleep 1
done
echo "The sign-in page did not answer within ten minutes:" >&2
tail -n 40 "$log" >&2
exit 1
