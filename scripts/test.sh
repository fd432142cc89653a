#!/usr/bin/env bash
# Installs what the build needs, then runs every test (core and CLI end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --build-tests
swift test --skip-build "$@"
