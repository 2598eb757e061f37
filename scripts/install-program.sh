#!/usr/bin/env bash
# Installs a built helpdesk: the program and its shipped timetables, calendars and rollout plan
# in PREFIX/lib/helpdesk, a link in PREFIX/bin. Shared by setup.sh and install-server.sh.
#   install-program.sh BIN PREFIX [ROOT]
# BIN is the build's folder; ROOT (install-server.sh's DESTDIR) stages every file under it, the
# link still naming PREFIX as it will be.
set -euo pipefail
bin="$1"
prefix="$2"
root="${3:-}"
lib="$root$prefix/lib/helpdesk"
mkdir -p "$lib" "$root$prefix/bin"
rm -rf "$lib"/helpdesk "$lib"/*.resources
cp "$bin/helpdesk" "$lib/"
cp -R "$bin"/*.resources "$lib/"
ln -sf "$prefix/lib/helpdesk/helpdesk" "$root$prefix/bin/helpdesk"
