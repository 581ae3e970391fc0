# Shared by the benchmarks: the portal as big as a busy council's, started with the README's run
# command on a fresh PostgreSQL database of its own (demo data at scale: 200 workspaces, 10,000 risk
# entries, 1,000 revisions of one section of the Community Safety Partnership's Memorandum, 55 member
# organisations there), and signing people in to it. Sourced, not run.

source scripts/local-postgresql.sh
source scripts/portal.sh

LARGE_PORTAL=http://127.0.0.1:8080

# Starts the portal connected as the database user named (the portal's own role unless told
# otherwise), waits until it answers, then gathers PostgreSQL's statistics, as a database in service
# has them some time after a bulk load.
start_large_portal() {
    local user=${1:-consortia_app}
    scripts/start-postgresql.sh
    fresh_database consortia_large
    application_role
    use_database consortia_large
    export CONSORTIA_DB_USER=$user CONSORTIA_DB_PASSWORD=$user
    export CONSORTIA_DEMO_SCALE=large
    LARGE_PORTAL_LOG=$(mktemp)
    echo "Building and starting the portal, and creating the data (several minutes)..." >&2
    start_portal "$LARGE_PORTAL_LOG"
    for _ in $(seq 1 1200); do
        if ! portal_running; then
            tail -n 40 "$LARGE_PORTAL_LOG" >&2
            exit 1
        fi
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$LARGE_PORTAL/login")" = 200 ] && break
        sleep 1
    done
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$LARGE_PORTAL/login")" != 200 ]; then
        echo "The portal did not answer within twenty minutes" >&2
        exit 1
    fi
    grep -h "Demo data at scale created" "$LARGE_PORTAL_LOG" | sed 's/.*INFO *\[[^]]*\] ([^)]*) /  /' >&2 || true
    psql -h 127.0.0.1 -U postgres -d consortia_large -q -c "vacuum analyze"
}

# Prints the Cookie header of a signed-in session of each address given (demo password).
sessions_of() {
    python3 benchmarks/load/sign-in.py "$LARGE_PORTAL" consortia-demo "$@"
}

# Times a page for one person asking again and again: "label: median, 95th percentile, slowest, size".
time_page() {
    local label=$1 cookie=$2 path=$3 times=${4:-20}
    curl -s -o /dev/null -H "Cookie: $cookie" "$LARGE_PORTAL$path"
    for _ in $(seq 1 "$times"); do
        curl -s -o /dev/null -w '%{time_total} %{http_code} %{size_download}\n' -H "Cookie: $cookie" "$LARGE_PORTAL$path"
    done | sort -n | awk -v label="$label" '
        $2 != 200 { failed++ }
        { times[NR] = $1 * 1000; size = $3 }
        END {
            printf "%-58s median %7.1f ms  95th %7.1f ms  slowest %7.1f ms  %8d bytes%s\n", label,
                times[int((NR + 1) / 2)], times[int(NR * 0.95 + 0.5)], times[NR], size,
                failed ? "  (" failed " not 200)" : ""
        }'
}
