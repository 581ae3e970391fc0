#!/usr/bin/env bash
# Starts the machine's PostgreSQL at 127.0.0.1:5432 if it is installed and down, and waits for it.
# The row-level security tests use it whichever database the portal's own tests run on.
set -euo pipefail
if ! command -v pg_isready >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: the row-level security tests need a server at 127.0.0.1:5432" >&2
    exit 0
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
fi
for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p 5432 -q && exit 0
    sleep 1
done
echo "PostgreSQL did not start at 127.0.0.1:5432" >&2
exit 1
