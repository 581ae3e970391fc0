#!/usr/bin/env bash
# Times, on the portal at scale (see large-portal.sh), the pages of a Memorandum section with 1,000
# revisions: the newest page of its history, a page deep in it, the whole Memorandum as of an early
# revision, and the Memorandum's PDF; one person asking 20 times each. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/large-portal.sh
start_large_portal
chair=$(sessions_of chair@consortia.test)
history="/w/community-safety/mou-history?heading=AIMS_AND_OBJECTIVES"
early=$(curl -s -H "Cookie: $chair" "$LARGE_PORTAL$history&page=90" | grep -o 'mou-as-of?revision=[0-9]*' | head -n 1 || true)
if [ -z "$early" ]; then
    echo "No early revision found in the history" >&2
    exit 1
fi
echo "A section with 1,000 revisions, one person asking 20 times:"
time_page "history, newest ten versions" "$chair" "$history"
time_page "history, its 90th page of ten versions" "$chair" "$history&page=90"
time_page "the whole Memorandum as of an early revision" "$chair" "/w/community-safety/$early"
time_page "the Memorandum as PDF" "$chair" "/api/w/community-safety/mou.pdf"
