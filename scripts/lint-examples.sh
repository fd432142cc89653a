#!/usr/bin/env bash
# The main job: build pathlint and lint the bundled examples with the
# reference snapshot. Exits 1 because examples/ holds files with deliberate errors.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product pathlint
exec .build/release/pathlint lint examples/ "$@"
