#!/usr/bin/env bash
# Times, on the portal at scale (see large-portal.sh: 200 workspaces, 10,000 risk entries), one
# workspace's risk register (its first page, a filtered page, its PDF with the heat map) and the
# council's portfolio of entries above tolerance across all 200; one person asking 20 times each.
# Prints figures only. DATABASE_USER names the user the portal connects as (row-level-security.sh
# compares the superuser with the portal's own role).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/large-portal.sh
start_large_portal "${DATABASE_USER:-consortia_app}"
member=$(sessions_of member@consortia.test)
cmt=$(sessions_of cmt@consortia.test)
echo "One workspace among 200 (10,000 entries in all), one person asking 20 times:"
time_page "register, first page of 20" "$member" "/w/community-safety/risks"
time_page "register, scores of 10 or more" "$member" "/w/community-safety/risks?from=10"
time_page "register as PDF, with the heat map" "$member" "/api/w/community-safety/risks.pdf"
time_page "the council's portfolio above tolerance, 200 workspaces" "$cmt" "/partnerships/risks"
