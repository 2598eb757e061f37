#!/usr/bin/env bash
# Sets helpdesk up on a fresh Debian or Ubuntu with Swift: installs what it needs, builds it,
# installs `helpdesk` on PATH (PREFIX, default ~/.local: the program and its shipped timetables,
# calendars and rollout plan in PREFIX/lib/helpdesk, a link in PREFIX/bin), and starts the console
# on the demo school.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/dependencies.sh
swift build -c release --product helpdesk
bin=$(swift build -c release --show-bin-path)
prefix="${PREFIX:-$HOME/.local}"
scripts/install-program.sh "$bin" "$prefix"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "helpdesk is in $prefix/bin: add it to PATH (export PATH=\"$prefix/bin:\$PATH\")" >&2 ;;
esac
echo "helpdesk installed: $prefix/bin/helpdesk" >&2
if [ -t 0 ]; then
    exec "$prefix/bin/helpdesk" --demo "$@"
fi
# No one at a terminal (a script, CI): load the demo and stop.
"$prefix/bin/helpdesk" --demo "$@" -c quit >/dev/null
