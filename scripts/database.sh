# Shared by backup.sh and restore.sh: where the portal's database is, read from the same environment
# variables as the server (see the README). Sourced, not run.

h2_jar() {
    local home=${JBOSS_HOME:-$(dirname "${BASH_SOURCE[0]}")/../ear/target/server}
    local jar
    jar=$(ls "$home"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -n 1)
    if [ -z "$jar" ]; then
        echo "No H2 driver under $home: build the portal first (./run.sh), or set JBOSS_HOME" >&2
        exit 1
    fi
    echo "$jar"
}

# The file ./run.sh uses unless CONSORTIA_DB_URL names another (a server started without it keeps
# its file under standalone/data/).
h2_url() {
    local settings=";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    echo "${CONSORTIA_DB_URL:-jdbc:h2:file:$HOME/.consortia/consortia$settings}"
}

# Runs one of H2's tools on the database, its arguments (the credentials among them) in a file only
# the user can read rather than on the command line.
h2_tool() {
    local tool=$1 url=$2 script=$3 jar argument
    jar=$(h2_jar)
    H2_ARGUMENTS=$(mktemp)
    trap 'rm -f "$H2_ARGUMENTS"' EXIT
    chmod 600 "$H2_ARGUMENTS"
    for argument in -cp "$jar" "org.h2.tools.$tool" -url "$url" -user "${CONSORTIA_DB_USER:-sa}" -password "${CONSORTIA_DB_PASSWORD:-consortia}" \
        -script "$script"; do
        argument=${argument//\\/\\\\}
        printf '"%s"\n' "${argument//\"/\\\"}"
    done > "$H2_ARGUMENTS"
    java @"$H2_ARGUMENTS"
}

# PostgreSQL: the database's owner (CONSORTIA_DB_OWNER_*, else the portal's own user) and the
# host, port and database of CONSORTIA_DB_URL, as libpq environment variables.
postgresql_environment() {
    local address=${CONSORTIA_DB_URL#jdbc:postgresql://}
    address=${address%%\?*}
    local host_port=${address%%/*}
    export PGDATABASE=${address#*/}
    export PGHOST=${host_port%%:*}
    if [ "$host_port" != "$PGHOST" ]; then export PGPORT=${host_port#*:}; fi
    export PGUSER=${CONSORTIA_DB_OWNER_USER:-${CONSORTIA_DB_USER:-postgres}}
    export PGPASSWORD=${CONSORTIA_DB_OWNER_PASSWORD:-${CONSORTIA_DB_PASSWORD:-}}
}

is_postgresql() {
    [ "${CONSORTIA_DB_DRIVER:-h2}" = postgresql ]
}
