#!/usr/bin/env bash
# Sets up the school server (run as root on Debian or Ubuntu): a system user that alone owns the
# database and its folder, the program installed with its resources, and an sshd fragment that
# gives that user nothing but the console (ForceCommand, no forwarding, no file transfer).
# People then reach the console with `ssh desk@school`; keys are tied to accounts with
# `account key add LOGIN 'ssh-ed25519 …'`, and the product rewrites the user's authorized_keys.
#
#   HELPDESK_USER   the service account (default desk)
#   HELPDESK_STATE  its folder, holding the database (default /var/lib/helpdesk)
#   PREFIX          where the program goes (default /usr/local)
#   DESTDIR         write every file under this folder instead of / (packaging, tests): no user
#                   is created, nothing is reloaded
#   HELPDESK_BINARY an already built helpdesk to install instead of building one
#   HELPDESK_KEYS_ONLY=1  only key holders get in; by default someone without a key reaches the
#                   console's own login (the service account has no password of its own)
#   HELPDESK_BACKUP_DIRS  the folders the nightly backup copies to, separated by spaces: two
#                   media, as the regulation asks (default $HELPDESK_STATE/backup)
#
# The timers: `helpdesk notify` every five minutes and `helpdesk backup` every night, as the
# service account — systemd units, or cron lines where systemd does not run (both when staged).
set -euo pipefail
cd "$(dirname "$0")/.."
user="${HELPDESK_USER:-desk}"
state="${HELPDESK_STATE:-/var/lib/helpdesk}"
prefix="${PREFIX:-/usr/local}"
root="${DESTDIR:-}"
if [ -z "$root" ] && [ "$(id -u)" -ne 0 ]; then
    echo "install-server.sh: run as root (or with DESTDIR to stage the files)" >&2
    exit 1
fi
case "$user$state$prefix" in
    *[!A-Za-z0-9_./-]*) echo "install-server.sh: user, folder and prefix may hold only letters, digits, _ . / -" >&2; exit 1 ;;
esac

# The program and its resources in PREFIX/lib/helpdesk, a link in PREFIX/bin.
if [ -n "${HELPDESK_BINARY:-}" ]; then
    bin="$(dirname "$HELPDESK_BINARY")"
else
    scripts/dependencies.sh
    swift build -c release --product helpdesk
    bin="$(swift build -c release --show-bin-path)"
fi
scripts/install-program.sh "$bin" "$prefix" "$root"

# The service account: a login shell for the forced command only, no password.
if [ -z "$root" ] && ! id "$user" >/dev/null 2>&1; then
    useradd --system --home-dir "$state" --shell /bin/sh --user-group "$user"
fi
[ -n "$root" ] || [ "${HELPDESK_KEYS_ONLY:-}" = 1 ] || passwd -d "$user" >/dev/null
mkdir -p "$root$state/.ssh"
touch "$root$state/.ssh/authorized_keys"
chmod 700 "$root$state" "$root$state/.ssh"
chmod 600 "$root$state/.ssh/authorized_keys"
[ -n "$root" ] || chown -R "$user:$user" "$state"

# sshd: this user gets the console and nothing else.
database="$state/helpdesk.sqlite"
command="$prefix/bin/helpdesk serve --db $database --authorized-keys $state/.ssh/authorized_keys"
mkdir -p "$root/etc/ssh/sshd_config.d"
if [ "${HELPDESK_KEYS_ONLY:-}" = 1 ]; then
    methods="AuthenticationMethods publickey"
else
    # Without a key, the account's empty password lets sshd's «none» method in, to the console's
    # own login prompt. OpenSSH takes an empty password as «none» (with PasswordAuthentication
    # and PermitEmptyPasswords) and drops the connection when «none» is not among AuthenticationMethods.
    methods="AuthenticationMethods publickey none
    PasswordAuthentication yes
    PermitEmptyPasswords yes"
fi
cat >"$root/etc/ssh/sshd_config.d/helpdesk.conf" <<CONF
# Written by helpdesk's install-server.sh: the console for $user, nothing else.
# At 16:00 fifty teachers connect in the same second: let them all start (the default drops some after 10).
MaxStartups 100:30:200
Match User $user
    ForceCommand $command
    ExposeAuthInfo yes
    $methods
    DisableForwarding yes
    AllowTcpForwarding no
    AllowAgentForwarding no
    AllowStreamLocalForwarding no
    X11Forwarding no
    PermitTunnel no
    PermitTTY yes
CONF
chmod 644 "$root/etc/ssh/sshd_config.d/helpdesk.conf"

# The timers, as the service account. A stopped notify leaves its handoffs to finish (KillMode=process).
backups="${HELPDESK_BACKUP_DIRS:-$state/backup}"
case "$backups" in
    *[!A-Za-z0-9_./\ -]*) echo "install-server.sh: backup folders may hold only letters, digits, _ . / - and spaces" >&2; exit 1 ;;
esac
for folder in $backups; do
    mkdir -p "$root$folder"
    chmod 700 "$root$folder"
    [ -n "$root" ] || chown "$user:$user" "$folder"
done
notify="$prefix/bin/helpdesk notify --db $database"
backup="$prefix/bin/helpdesk backup --db $database $backups"
systemd=0
[ -n "$root" ] || [ -d /run/systemd/system ] && systemd=1
if [ "$systemd" = 1 ]; then
    units="$root/etc/systemd/system"
    mkdir -p "$units"
    for job in notify backup; do
        if [ "$job" = notify ]; then
            what="send the mail that is due"; run="$notify"; when="*:0/5"; extra="KillMode=process"
        else
            what="copy the database to its backup folders"; run="$backup"; when="*-*-* 02:30:00"; extra="Nice=10"
        fi
        cat >"$units/helpdesk-$job.service" <<UNIT
# Written by helpdesk's install-server.sh.
[Unit]
Description=helpdesk: $what
After=network-online.target

[Service]
Type=oneshot
User=$user
Group=$user
ExecStart=$run
$extra
NoNewPrivileges=yes
PrivateTmp=yes
UNIT
        cat >"$units/helpdesk-$job.timer" <<UNIT
# Written by helpdesk's install-server.sh.
[Unit]
Description=helpdesk: $what, on time

[Timer]
OnCalendar=$when
Persistent=true

[Install]
WantedBy=timers.target
UNIT
        chmod 644 "$units/helpdesk-$job.service" "$units/helpdesk-$job.timer"
    done
fi
if [ -n "$root" ] || [ "$systemd" = 0 ]; then
    mkdir -p "$root/etc/cron.d"
    cat >"$root/etc/cron.d/helpdesk" <<CRON
# Written by helpdesk's install-server.sh, for systems without systemd.
*/5 * * * * $user $notify >/dev/null 2>&1
30 2 * * * $user $backup >/dev/null 2>&1
CRON
    chmod 644 "$root/etc/cron.d/helpdesk"
fi

if [ -z "$root" ]; then
    if [ "$systemd" = 1 ]; then
        systemctl daemon-reload
        systemctl enable --now helpdesk-notify.timer helpdesk-backup.timer
    fi
    /usr/sbin/sshd -t
    systemctl reload ssh 2>/dev/null || systemctl reload sshd 2>/dev/null || true
    echo "helpdesk server: the console is ssh $user@$(hostname -f 2>/dev/null || hostname)." >&2
    if [ ! -s "$database" ]; then
        echo "Create the school as the service account:" >&2
        echo "  sudo -u $user $prefix/bin/helpdesk init --db $database --org CODE --name NAME --tz Europe/Moscow --admin LOGIN" >&2
    fi
    echo "Mail: sudo -u $user $prefix/bin/helpdesk --db $database --user ADMIN -c 'mail settings --from desk@SCHOOL'; status: sudo -u $user $prefix/bin/helpdesk status --db $database" >&2
fi
