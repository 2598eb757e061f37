#!/usr/bin/env bash
# Installs the Debian packages helpdesk builds and tests with, where they are missing:
# SQLite and GNU readline headers, the sqlite3 tool and tmux for the end-to-end tests, and python3
# whose csv module reads the exported course plans back.
set -euo pipefail
packages=(libsqlite3-dev libreadline-dev sqlite3 tmux python3)
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
