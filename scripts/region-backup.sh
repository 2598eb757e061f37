#!/usr/bin/env bash
# A region's whole PostgreSQL cluster, copied and checked with PostgreSQL's own tools (issue 25,
# part 3): what `helpdesk backup` is for one school's file, `pg_basebackup` is for the region.
#   region-backup.sh make CONNINFO DIR   a plain copy into DIR (new or empty): the WAL it needs
#                                        streamed beside it, a backup_manifest with SHA-256
#                                        checksums of every file, a fast checkpoint first
#   region-backup.sh verify DIR          pg_verifybackup: every file against the manifest, and
#                                        the WAL from the start to the end of the copy
# CONNINFO names a role with the REPLICATION attribute (the application's role has not). The copy
# is restored by starting a server on it (postgres-cluster.sh start-from); for a moment between
# copies, archive the WAL too (archive_command) and recover to a time.
set -euo pipefail
command=${1:?usage: region-backup.sh make CONNINFO DIR | verify DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
case "$command" in
make)
    conninfo=${2:?usage: region-backup.sh make CONNINFO DIR}
    folder=${3:?usage: region-backup.sh make CONNINFO DIR}
    "$bin/pg_basebackup" --dbname="$conninfo" --pgdata="$folder" --format=plain --wal-method=stream \
        --manifest-checksums=SHA256 --checkpoint=fast --no-password
    ;;
verify)
    folder=${2:?usage: region-backup.sh verify DIR}
    "$bin/pg_verifybackup" "$folder"
    ;;
*)
    echo "usage: region-backup.sh make CONNINFO DIR | verify DIR" >&2
    exit 2
    ;;
esac
