#!/usr/bin/env bash
# PgBouncer in front of a region's PostgreSQL (issue 25, part 5), as the tests run it and as a
# region's server would: transaction pooling (a server connection serves one transaction of a
# client at a time, so the product keeps no state in a session: its one setting is `SET LOCAL`),
# many clients, few server connections.
#   pgbouncer.sh start DIR SERVER_PORT LISTEN_PORT NAME SCHEMA [POOL]
#       serves the database NAME: the server's `helpdesk` database with SCHEMA first in the search
#       path (set on each server connection; clients pass no startup options through a pooler),
#       at most POOL (20) server connections for up to 1000 clients; prints the clients'
#       connection string
#   pgbouncer.sh stop DIR
# Run as root, PgBouncer runs as the `postgres` user, as the test cluster does.
set -euo pipefail
usage="usage: pgbouncer.sh start DIR SERVER_PORT LISTEN_PORT NAME SCHEMA [POOL] | stop DIR"
command=${1:?$usage}
folder=${2:?$usage}
owner=postgres
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}
case "$command" in
start)
    server_port=${3:?$usage}
    listen_port=${4:?$usage}
    name=${5:?$usage}
    schema=${6:?$usage}
    pool=${7:-20}
    mkdir -p "$folder"
    chmod 700 "$folder"
    cat >"$folder/pgbouncer.ini" <<INI
[databases]
$name = host=127.0.0.1 port=$server_port dbname=helpdesk connect_query='SET search_path = $schema'

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $listen_port
unix_socket_dir = $folder
auth_type = trust
auth_file = $folder/users.txt
pool_mode = transaction
max_client_conn = 1000
default_pool_size = $pool
logfile = $folder/pgbouncer.log
pidfile = $folder/pgbouncer.pid
INI
    echo '"helpdesk" ""' >"$folder/users.txt"
    [ "$(id -u)" -ne 0 ] || chown -R "$owner" "$folder"
    # Closed first: the pooler keeps none of the caller's descriptors (a test's pipe).
    for fd in $(ls /proc/$$/fd); do
        if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    as_owner /usr/sbin/pgbouncer -d "$folder/pgbouncer.ini" </dev/null >/dev/null 2>"$folder/start.log" \
        || { cat "$folder/start.log" >&2; exit 1; }
    for _ in $(seq 50); do
        [ -S "$folder/.s.PGSQL.$listen_port" ] && break
        sleep 0.1
    done
    echo "postgresql://helpdesk@127.0.0.1:$listen_port/$name"
    ;;
stop)
    if [ -f "$folder/pgbouncer.pid" ]; then
        kill "$(cat "$folder/pgbouncer.pid")" 2>/dev/null || true
        for _ in $(seq 50); do
            [ -f "$folder/pgbouncer.pid" ] || break
            sleep 0.1
        done
    fi
    rm -rf "$folder"
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
