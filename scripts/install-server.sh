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
    # Without a key, the empty password of the account opens the console's login prompt.
    methods="AuthenticationMethods publickey password
    PasswordAuthentication yes
    PermitEmptyPasswords yes"
fi
cat >"$root/etc/ssh/sshd_config.d/helpdesk.conf" <<CONF
# Written by helpdesk's install-server.sh: the console for $user, nothing else.
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

if [ -z "$root" ]; then
    /usr/sbin/sshd -t
    systemctl reload ssh 2>/dev/null || systemctl reload sshd 2>/dev/null || true
    echo "helpdesk server: the console is ssh $user@$(hostname -f 2>/dev/null || hostname)." >&2
    if [ ! -s "$database" ]; then
        echo "Create the school as the service account:" >&2
        echo "  sudo -u $user $prefix/bin/helpdesk init --db $database --org CODE --name NAME --tz Europe/Moscow --admin LOGIN" >&2
    fi
fi
