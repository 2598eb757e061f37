#!/usr/bin/env bash
# Installs what helpdesk builds and tests with, where it is missing: from Debian, the SQLite,
# GNU readline and GMime headers (GMime writes and reads the mail), libpq's headers and the PostgreSQL
# server (the store's second engine, and the throw-away cluster its tests run on), PgBouncer (the pooler a
# region's many one-shot consoles connect through), the sqlite3 tool, tmux, less (the
# console's pager) and faketime (the end-to-end tests run the binary on a fixed day) for
# the end-to-end tests, Snowball's libstemmer (Russian and English word stems), hunspell with its Russian dictionary (typos in the chat; Russian words in a password), cracklib with its dictionary (weak passwords), libical (calendar replies), OpenSSH's server and client (the console served over SSH, started by a
# test), msmtp (the sendmail the mail tests deliver through), systemd (whose systemd-analyze checks the
# server's timers), python3 (whose csv and email modules
# read the exports and the mail back) with venv; from PyPI, into .venv beside the package,
# `icalendar` (reads the calendars and invitations back) and `aiosmtpd` (the tests' SMTP server).
# The report tests read the workbooks and printed pages as people's programs do: LibreOffice Calc
# (headless, without its desktop parts), Chromium (prints a page to PDF) and poppler's pdftotext,
# with DejaVu fonts for the Cyrillic — installed without their recommended extras.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(faketime time less libsqlite3-dev libpq-dev postgresql pgbouncer libreadline-dev libgmime-3.0-dev libstemmer-dev libhunspell-dev hunspell-ru libcrack2-dev cracklib-runtime libical-dev pkg-config sqlite3 tmux python3 python3-venv openssh-server openssh-client msmtp systemd)
readers=(libreoffice-calc-nogui chromium poppler-utils fonts-dejavu-core)
missing() {
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || echo "$package"
    done
}
mapfile -t missing_packages < <(missing "${packages[@]}")
mapfile -t missing_readers < <(missing "${readers[@]}")
if [ ${#missing_packages[@]} -gt 0 ] || [ ${#missing_readers[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    [ ${#missing_packages[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing_packages[@]}"
    [ ${#missing_readers[@]} -eq 0 ] ||
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing_readers[@]}"
fi
if ! .venv/bin/python -c 'import icalendar, aiosmtpd, html5lib, openpyxl, jsonschema' >/dev/null 2>&1; then
    python3 -m venv .venv
    .venv/bin/pip install -q -r scripts/requirements-test.txt
fi
