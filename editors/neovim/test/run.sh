#!/usr/bin/env bash
# Runs test/smoke.lua in a real headless Neovim (Debian's 0.7.2 works) against the built
# server: diagnostics, completion and hover must come back right. Usage:
#   editors/neovim/test/run.sh [path/to/pathlint-lsp]
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
server=${1:-$root/.build/debug/pathlint-lsp}
command -v nvim >/dev/null || { echo "run.sh: nvim not installed (apt-get install neovim)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/_figures"
# The deliberately broken example, with one hgnc_symbol cut short to complete.
sed '0,/  hgnc_symbol: IGF1$/s//  hgnc_symbol: MAP2K/' "$root/examples/broken-gene-pairs.md" \
    > "$work/_figures/PMC199174__JCI0110934.f9.md"
PATHLINT_LSP=$server timeout 60 nvim --headless -u NONE \
    -c "luafile $root/editors/neovim/test/smoke.lua" "$work/_figures/PMC199174__JCI0110934.f9.md"
