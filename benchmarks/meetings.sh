#!/usr/bin/env bash
# Times, on the portal at scale (see large-portal.sh), the meeting pages and the action log of the
# Community Safety Partnership (200 meetings, 2,000 actions) next to the Redditch Partnership's
# (5 meetings, 50 actions); one person, the council's officer representative in both, asking 20
# times each. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/large-portal.sh
start_large_portal "${DATABASE_USER:-consortia_app}"
officer=$(sessions_of officer@consortia.test)

# The address of the latest meeting's record in a workspace, as its meetings list links it.
latest_record() {
    curl -s -H "Cookie: $officer" "$LARGE_PORTAL/w/$1/meetings" \
        | grep -o 'href="[^"]*meeting?id=[0-9]*"' | head -n 1 | sed 's/.*id=\([0-9]*\)"/\1/'
}

for workspace in community-safety redditch-partnership; do
    meeting=$(latest_record "$workspace")
    echo "$workspace:"
    time_page "  meetings, first page of 20" "$officer" "/w/$workspace/meetings"
    time_page "  the latest meeting" "$officer" "/w/$workspace/meeting?id=$meeting"
    time_page "  its attendance and decisions" "$officer" "/w/$workspace/meeting-record?meeting=$meeting"
    time_page "  its agenda" "$officer" "/w/$workspace/agenda?meeting=$meeting"
    time_page "  action log, open, first page of 20" "$officer" "/w/$workspace/actions"
    time_page "  action log, all, first page of 20" "$officer" "/w/$workspace/actions?show=ALL"
    time_page "  action log, overdue, mine" "$officer" "/w/$workspace/actions?show=OVERDUE&mine=true"
    time_page "  action log as CSV, all" "$officer" "/api/w/$workspace/actions.csv?show=ALL"
done
