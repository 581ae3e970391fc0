#!/usr/bin/env bash
# Load benchmark: starts the portal at scale (see large-portal.sh) as the application's role under
# row-level security, signs in 20 people, drives every page once to warm the server up, then drives
# each page with wrk for a fixed time, 20 connections at once. Prints per page: requests a second,
# the 50th, 95th and 99th percentiles, the ratio to the sign-in page in the same run, the answers
# that were not 200, and the processor time the server spent on each request (steadier from run to
# run than the rates, which the shared machine's other work moves); then the signed-in sessions' serialised size and the server's memory. Prints
# figures only; it asserts nothing.
#
# Usage: benchmarks/load.sh [seconds per page, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
work=$(mktemp -d)

if ! command -v wrk >/dev/null 2>&1; then
    apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi
source benchmarks/large-portal.sh
start_large_portal
base=$LARGE_PORTAL

people=()
for number in $(seq 1 20); do
    people+=("load.tester.$number@consortia.test")
done
sessions_of "${people[@]}" >"$work/cookies"
entry=$(curl -s -H "Cookie: $(head -n 1 "$work/cookies")" "$base/w/community-safety/risks" \
    | grep -o '/w/community-safety/risk?id=[0-9]*' | head -n 1 || true)
if [ -z "$entry" ]; then
    echo "No risk entry found on the register" >&2
    exit 1
fi

# The server the run command started, not any other on the machine.
server=$(pgrep -g "$PORTAL_PID" -f jboss-modules | head -n 1)
# The server's processor time so far, in clock ticks (user and system).
server_ticks() {
    awk '{ print $14 + $15 }' "/proc/$server/stat"
}

measure() {
    local label=$1 path=$2 cookies=$3 before figures
    LOAD_COOKIES=$cookies wrk -t 2 -c 20 -d 3s -s benchmarks/load/sessions.lua "$base$path" >/dev/null
    before=$(server_ticks)
    figures=$(LOAD_COOKIES=$cookies wrk -t 2 -c 20 -d "${seconds}s" -s benchmarks/load/sessions.lua "$base$path" \
        | grep '^FIGURES' | sed "s|^FIGURES|$label|")
    echo "$figures $(( $(server_ticks) - before ))"
}

every_page() {
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
    measure "sign-in page, again" "/login" ""
}

# A server just started compiles its code as it is used, for a minute or two: the sign-in page,
# measured first, would be measured cold and every ratio flattered. So every page is driven once
# before anything is measured.
echo "Warming up: every page for ${seconds} s..." >&2
every_page >/dev/null
echo "Each page for ${seconds} s, 20 connections, 20 signed-in people (after 3 s of warming up):"
every_page | tee "$work/figures" >/dev/null
# The sign-in page is measured first and last, and each page compared with the mean of the two, as the
# machine's speed drifts over a run.
awk -v ticks="$(getconf CLK_TCK)" '
    BEGIN { printf "%-20s %8s %8s %8s %8s %11s %7s %12s\n", "page", "req/s", "p50 ms", "p95 ms", "p99 ms", "of sign-in", "errors", "CPU ms/req" }
    NR == FNR { n = split($0, f, " "); if (FNR == 1) first = f[n - 6]; last = f[n - 6]; next }
    FNR == 1 { base = (first + last) / 2 }
    {
        n = split($0, f, " ")
        label = f[1]
        for (i = 2; i <= n - 7; i++) label = label " " f[i]
        printf "%-20s %8.1f %8.1f %8.1f %8.1f %10.0f%% %7d %12.1f\n", label, f[n - 6], f[n - 5], f[n - 4], f[n - 3],
            100 * f[n - 6] / base, f[n - 2], 1000 * f[n] / ticks / f[n - 1]
    }' "$work/figures" "$work/figures"

admin_cookie=$(sessions_of admin@consortia.test)
curl -s -H "Cookie: $admin_cookie" "$base/admin/server" | python3 -c '
import re, sys
page = sys.stdin.read()
for key, label in [("sessions", "signed-in sessions"), ("average-session-bytes", "average session, serialised"),
                   ("largest-session-bytes", "largest session, serialised"), ("heap-used", "server memory")]:
    found = re.search(r"id=.%s.>([^<]*)<" % key, page)
    print("%-30s %s" % (label, found.group(1) if found else "?"))'
