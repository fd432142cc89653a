#!/usr/bin/env bash
# Prints the man page of the pathlint executable given (mdoc, section 1), written by
# swift-argument-parser's generate-manual from the command's own help. The tool is built
# once, from the package's checkout of swift-argument-parser, in .build/manual-tool.
# Usage: scripts/man-page.sh PATH-TO-PATHLINT > pathlint.1
set -euo pipefail
pathlint=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.."
checkout=.build/checkouts/swift-argument-parser
[ -d "$checkout" ] || swift package resolve >&2
swift build --package-path "$checkout" --scratch-path .build/manual-tool --product generate-manual >&2
# The date of the last commit, so that the page changes only when the sources do.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
.build/manual-tool/debug/generate-manual "$pathlint" --date "$date" --output-directory -
