# Shared by .ci/run and the benchmarks: databases on the machine's PostgreSQL at 127.0.0.1:5432,
# reached as the superuser postgres, and the portal's own role, which owns nothing and cannot bypass
# row-level security (see the README's "Running on PostgreSQL"). Sourced, not run.

# Drops the database if it exists and creates it empty.
fresh_database() {
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $1"
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "create database $1"
}

# Creates the portal's role, consortia_app, unless it exists.
application_role() {
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "do \$\$ begin
        if not exists (select from pg_roles where rolname = 'consortia_app') then
            create role consortia_app login password 'consortia_app' nosuperuser nobypassrls;
        end if;
    end \$\$"
}

# Points the portal at a database as its own role, with the migrations run as the owner.
use_database() {
    export CONSORTIA_DB_DRIVER=postgresql
    export CONSORTIA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1"
    export CONSORTIA_DB_USER=consortia_app
    export CONSORTIA_DB_PASSWORD=consortia_app
    export CONSORTIA_DB_OWNER_USER=postgres
    export CONSORTIA_DB_OWNER_PASSWORD=postgres
}
