#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (issue 25, part 7): `start DIR` makes one in DIR
# (initdb as an unprivileged user, since PostgreSQL refuses to run as root), listening on the
# loopback only and its own Unix socket in DIR, with fsync off (nothing in it outlives the run),
# and prints the connection string of its `helpdesk` role and database; `stop DIR` stops it by its pid file, whatever became of the
# tests. `start-from BACKUP DIR PORT` starts a server on a copy made by `region-backup.sh make`
# (moved into DIR), as a region's copy is restored. Debian's PostgreSQL 15 server binaries,
# preinstalled beside libpq-dev.
set -euo pipefail
usage="usage: postgres-cluster.sh start|stop DIR [PORT] | start-from BACKUP DIR PORT"
command=${1:?$usage}
if [ "$command" = start-from ]; then
    backup=${2:?$usage}
    shift
fi
folder=${2:?$usage}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
owner=postgres
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}
case "$command" in
start)
    if [ "$(id -u)" -eq 0 ] && ! id "$owner" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    mkdir -p "$folder"
    [ "$(id -u)" -ne 0 ] || chown "$owner" "$folder"
    chmod 700 "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE helpdesk LOGIN CREATEDB" -c "CREATE DATABASE helpdesk OWNER helpdesk" >/dev/null
    # The user who started it reaches the `helpdesk` database through the cluster's Unix socket
    # as the role of their own name, by peer authentication (no password), with the `helpdesk`
    # role's rights: as a server's forced command reaches a region's database.
    me=$(id -un)
    if [ "$me" != postgres ] && [ "$me" != helpdesk ]; then
        as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE \"$me\" LOGIN IN ROLE helpdesk" >/dev/null
        sed -i "1i local helpdesk $me peer" "$folder/data/pg_hba.conf"
        as_owner "$bin/pg_ctl" -D "$folder/data" reload >/dev/null
    fi
    echo "postgresql://helpdesk@127.0.0.1:$port/helpdesk"
    ;;
start-from)
    mkdir -p "$folder"
    chmod 700 "$folder"
    mv "$backup" "$folder/data"
    chmod 700 "$folder/data"
    if [ "$(id -u)" -eq 0 ]; then chown -R "$owner" "$folder"; fi
    # The server holds none of the caller's descriptors: a caller reading its output to the end
    # (a test's pipe, passed on beyond the standard three) is not kept waiting while it runs.
    for fd in $(ls /proc/$$/fd); do
        if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $folder" </dev/null >/dev/null 2>"$folder/pg_ctl.log" \
        || { cat "$folder/pg_ctl.log" >&2; exit 1; }
    echo "postgresql://helpdesk@127.0.0.1:$port/helpdesk"
    ;;
stop)
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$folder"
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
