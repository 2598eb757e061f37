#!/usr/bin/env bash
# Installs what helpdesk builds and tests with, where it is missing: from Debian, the SQLite,
# GNU readline and GMime headers (GMime writes and reads the mail), the sqlite3 tool and tmux for
# the end-to-end tests, OpenSSH's server and client (the console served over SSH, started by a
# test), msmtp (the sendmail the mail tests deliver through), systemd (whose systemd-analyze checks the
# server's timers), python3 (whose csv and email modules
# read the exports and the mail back) with venv; from PyPI, into .venv beside the package,
# `icalendar` (reads the calendars and invitations back) and `aiosmtpd` (the tests' SMTP server).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(libsqlite3-dev libreadline-dev libgmime-3.0-dev pkg-config sqlite3 tmux python3 python3-venv openssh-server openssh-client msmtp systemd)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
if ! .venv/bin/python -c 'import icalendar, aiosmtpd, html5lib, openpyxl' >/dev/null 2>&1; then
    python3 -m venv .venv
    .venv/bin/pip install -q -r scripts/requirements-test.txt
fi
