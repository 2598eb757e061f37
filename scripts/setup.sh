#!/usr/bin/env bash
# Sets helpdesk up on a fresh Debian or Ubuntu with Swift and starts the console on the demo school.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/dependencies.sh
swift build -c release
exec .build/release/helpdesk --demo "$@"
