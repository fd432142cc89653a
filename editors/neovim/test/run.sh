#!/usr/bin/env bash
# Runs test/smoke.lua in a real headless Neovim (Debian's 0.7.2 works) against the built
# server, with the configuration this folder ships (lua/pathlint.lua): diagnostics,
# completion and hover must come back right. Usage:
#   editors/neovim/test/run.sh [path/to/pathlint-lsp]
# Exit status: 0 passed, 1 failed, 2 cannot run (no nvim, no server).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
server=${1:-$root/.build/debug/pathlint-lsp}
command -v nvim >/dev/null || { echo "neovim test: nvim not installed (apt-get install neovim)" >&2; exit 2; }
[ -x "$server" ] || { echo "neovim test: no server at $server (swift build first)" >&2; exit 2; }
# Absolute: the editor runs the server from the file's directory.
server=$(cd "$(dirname "$server")" && pwd)/$(basename "$server")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/_figures"
# The seed figure with a wrong entrez and a cut-short hgnc_symbol (editors/broken-seed.sh).
file=$work/_figures/PMC199174__JCI0110934.f9.md
"$root/editors/broken-seed.sh" "$file"
# Its genes table, beside it in _data/, with MAP2K2's Entrez ID on a MAP2K1 row.
table=$work/_data/PMC199174__JCI0110934.f9-genes.tsv
"$root/editors/broken-table.sh" "$table"
# Keep Neovim's state (lsp.log, shada) out of $HOME; no user configuration (-u NONE).
export XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
# lspconfig.lua needs nvim-lspconfig to run; here it is only parsed.
nvim --headless -u NONE -i NONE -c "lua if not loadfile('$root/editors/neovim/lspconfig.lua') then vim.cmd('cquit!') end" -c 'qall!' </dev/null \
    || { echo "neovim test: editors/neovim/lspconfig.lua does not parse" >&2; exit 1; }
status=0
PATHLINT_LSP=$server PATHLINT_TABLE=$table timeout 60 nvim --headless -u NONE -i NONE \
    -c "luafile $root/editors/neovim/test/smoke.lua" "$file" </dev/null || status=$?
if [ "$status" -eq 124 ]; then echo "neovim test: FAILED, timed out after 60 s" >&2; exit 1; fi
if [ "$status" -ne 0 ]; then
    echo "neovim test: FAILED (nvim exited $status)" >&2
    log=$(find "$work" -name lsp.log 2>/dev/null | head -1)
    [ -n "$log" ] && { echo "--- lsp.log (last lines)" >&2; tail -20 "$log" >&2; }
    exit 1
fi
echo "neovim test: passed"
