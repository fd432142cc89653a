#!/usr/bin/env bash
# Runs test/smoke.el in batch Emacs (Debian: emacs-nox, elpa-eglot) against the built
# server, with the configuration this folder ships (pathlint.el). Usage:
#   editors/emacs/test/run.sh [path/to/pathlint-lsp]
# Exit status: 0 passed, 1 failed, 2 cannot run (no emacs or eglot, no server).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
server=${1:-$root/.build/debug/pathlint-lsp}
command -v emacs >/dev/null || { echo "emacs test: emacs not installed (apt-get install emacs-nox elpa-eglot)" >&2; exit 2; }
[ -x "$server" ] || { echo "emacs test: no server at $server (swift build first)" >&2; exit 2; }
# Absolute: the editor runs the server from the file's directory.
server=$(cd "$(dirname "$server")" && pwd)/$(basename "$server")
emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1 \
    || { echo "emacs test: eglot not available (apt-get install elpa-eglot)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/_figures"
# The same deliberately broken seed figure as the Neovim test (editors/broken-seed.sh).
file=$work/_figures/PMC199174__JCI0110934.f9.md
"$root/editors/broken-seed.sh" "$file"
# Its genes table in _data/, with MAP2K2's Entrez ID on a MAP2K1 row (editors/broken-table.sh).
table=$work/_data/PMC199174__JCI0110934.f9-genes.tsv
"$root/editors/broken-table.sh" "$table"
status=0
HOME=$work PATHLINT_LSP=$server PATHLINT_TABLE=$table timeout 90 emacs --batch -l "$root/editors/emacs/test/smoke.el" "$file" </dev/null || status=$?
if [ "$status" -eq 124 ]; then echo "emacs test: FAILED, timed out after 90 s" >&2; exit 1; fi
[ "$status" -eq 0 ] || { echo "emacs test: FAILED (emacs exited $status)" >&2; exit 1; }
echo "emacs test: passed"
