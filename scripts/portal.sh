# Shared by check-run-command.sh and the load benchmark: starts the README's run command in the
# background and stops it with everything it started. Sourced, not run.

# Starts ./run.sh with the environment it is given, its output in the file named.
start_portal() {
    setsid ./run.sh >"$1" 2>&1 &
    PORTAL_PID=$!
    trap stop_portal EXIT
    trap 'exit 1' INT TERM
}

stop_portal() {
    kill -TERM -- "-$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$PORTAL_PID" 2>/dev/null || break
        sleep 1
    done
    kill -KILL -- "-$PORTAL_PID" 2>/dev/null || true
}

portal_running() {
    kill -0 "$PORTAL_PID" 2>/dev/null
}
