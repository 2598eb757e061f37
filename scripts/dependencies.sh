#!/usr/bin/env bash
# Installs what helpdesk builds and tests with, where it is missing: from Debian, the SQLite and
# GNU readline headers, the sqlite3 tool and tmux for the end-to-end tests, OpenSSH's server and
# client (the console served over SSH, started by a test), python3 (whose csv module reads the
# exported course plans back) with venv; from PyPI, into .venv beside the package, the `icalendar`
# package that reads the exported calendars back.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(libsqlite3-dev libreadline-dev sqlite3 tmux python3 python3-venv openssh-server openssh-client)
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
if ! .venv/bin/python -c 'import icalendar' >/dev/null 2>&1; then
    python3 -m venv .venv
    .venv/bin/pip install -q -r scripts/requirements-test.txt
fi
