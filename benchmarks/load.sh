#!/usr/bin/env bash
# Load benchmark: starts the portal with the README's run command on PostgreSQL (a database of its
# own, as the application's role under row-level security), filled with demo data at scale (200
# workspaces, 10,000 risk entries, 1,000 revisions of one Memorandum, 50 more members in one
# workspace), signs in 20 people, and drives each page with wrk for a fixed time, 20 connections
# at once. Prints per page: requests a second, the 50th, 95th and 99th percentiles, the ratio to
# the sign-in page in the same run, and the answers that were not 200; then the signed-in sessions'
# serialised size and the server's memory. Prints figures only; it asserts nothing.
#
# Usage: benchmarks/load.sh [seconds per page, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
base=http://127.0.0.1:8080
work=$(mktemp -d)

if ! command -v wrk >/dev/null 2>&1; then
    apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi
source scripts/local-postgresql.sh
source scripts/portal.sh
scripts/start-postgresql.sh
fresh_database consortia_load
application_role
use_database consortia_load
export CONSORTIA_DEMO_SCALE=large

echo "Building and starting the portal, and creating the data (several minutes)..."
start_portal "$work/portal.log"
for _ in $(seq 1 1200); do
    if ! portal_running; then
        tail -n 40 "$work/portal.log" >&2
        exit 1
    fi
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login")" = 200 ] && break
    sleep 1
done
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login")" != 200 ]; then
    echo "The portal did not answer within twenty minutes" >&2
    exit 1
fi
grep -h "Demo data at scale created" "$work/portal.log" | sed 's/.*INFO *\[[^]]*\] ([^)]*) /  /' || true
# PostgreSQL plans from statistics that autovacuum gathers some time after a bulk load; gather them now,
# as a database in service has them.
psql -h 127.0.0.1 -U postgres -d consortia_load -q -c "vacuum analyze"

people=()
for number in $(seq 1 20); do
    people+=("load.tester.$number@consortia.test")
done
python3 benchmarks/load/sign-in.py "$base" consortia-demo "${people[@]}" >"$work/cookies"
entry=$(curl -s -H "Cookie: $(head -n 1 "$work/cookies")" "$base/w/community-safety/risks" \
    | grep -o '/w/community-safety/risk?id=[0-9]*' | head -n 1 || true)
if [ -z "$entry" ]; then
    echo "No risk entry found on the register" >&2
    exit 1
fi

measure() {
    local label=$1 path=$2 cookies=$3
    LOAD_COOKIES=$cookies wrk -t 2 -c 20 -d 3s -s benchmarks/load/sessions.lua "$base$path" >/dev/null
    LOAD_COOKIES=$cookies wrk -t 2 -c 20 -d "${seconds}s" -s benchmarks/load/sessions.lua "$base$path" \
        | grep '^FIGURES' | sed "s|^FIGURES|$label|"
}

echo "Each page for ${seconds} s, 20 connections, 20 signed-in people (after 3 s of warming up):"
{
    measure "sign-in page" "/login" ""
    measure "home" "/" "$work/cookies"
    measure "workspace home" "/w/community-safety" "$work/cookies"
    measure "members" "/w/community-safety/members" "$work/cookies"
    measure "Memorandum" "/w/community-safety/mou" "$work/cookies"
    measure "Memorandum history" "/w/community-safety/mou-history?heading=AIMS_AND_OBJECTIVES" "$work/cookies"
    measure "code of conduct" "/w/community-safety/conduct" "$work/cookies"
    measure "risk register" "/w/community-safety/risks" "$work/cookies"
    measure "risk entry" "$entry" "$work/cookies"
    measure "risk form" "/w/community-safety/risk-form?form=checklist" "$work/cookies"
    measure "public register" "/register" ""
} | tee "$work/figures" >/dev/null
awk '
    BEGIN { printf "%-20s %8s %8s %8s %8s %11s %7s\n", "page", "req/s", "p50 ms", "p95 ms", "p99 ms", "of sign-in", "errors" }
    {
        n = split($0, f, " ")
        label = f[1]
        for (i = 2; i <= n - 6; i++) label = label " " f[i]
        if (NR == 1) base = f[n - 5]
        printf "%-20s %8.1f %8.1f %8.1f %8.1f %10.0f%% %7d\n", label, f[n - 5], f[n - 4], f[n - 3], f[n - 2],
            100 * f[n - 5] / base, f[n - 1]
    }' "$work/figures"

admin_cookie=$(python3 benchmarks/load/sign-in.py "$base" consortia-demo admin@consortia.test)
curl -s -H "Cookie: $admin_cookie" "$base/admin/server" | python3 -c '
import re, sys
page = sys.stdin.read()
for key, label in [("sessions", "signed-in sessions"), ("average-session-bytes", "average session, serialised"),
                   ("largest-session-bytes", "largest session, serialised"), ("heap-used", "server memory")]:
    found = re.search(r"id=.%s.>([^<]*)<" % key, page)
    print("%-30s %s" % (label, found.group(1) if found else "?"))'
