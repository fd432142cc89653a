#!/usr/bin/env bash
# Builds self-contained release binaries and installs them with the reference data:
#   PREFIX/bin/pathlint, PREFIX/bin/pathlint-lsp
#   PREFIX/share/pathlint/snapshot/                       (found beside the executable: ../share)
#   PREFIX/share/bash-completion/completions/pathlint, PREFIX/share/zsh/site-functions/_pathlint,
#   PREFIX/share/fish/vendor_completions.d/pathlint.fish, PREFIX/share/man/man1/pathlint.1
# The binaries carry the Swift standard library, libyaml and json-c (statically linked), so
# they run on a machine without Swift, and the tree works wherever it is moved.
# Usage: scripts/install.sh PREFIX     (scripts/build-release.sh alone only builds)
set -euo pipefail
if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: scripts/install.sh PREFIX" >&2
    exit 2
fi
prefix=$1
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$("$root/scripts/build-release.sh")
mkdir -p "$prefix/bin" "$prefix/share/pathlint" "$prefix/share/man/man1" \
    "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
    "$prefix/share/fish/vendor_completions.d"
install -m 755 "$bin/pathlint" "$bin/pathlint-lsp" "$prefix/bin/"
rm -rf "$prefix/share/pathlint/snapshot"
cp -R "$root/reference/snapshot" "$prefix/share/pathlint/snapshot"
chmod -R a+rX "$prefix/share/pathlint/snapshot"
# swift-argument-parser writes both from the command's own definition.
"$bin/pathlint" --generate-completion-script bash > "$prefix/share/bash-completion/completions/pathlint"
"$bin/pathlint" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_pathlint"
"$bin/pathlint" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/pathlint.fish"
"$root/scripts/man-page.sh" "$bin/pathlint" > "$prefix/share/man/man1/pathlint.1"
echo "pathlint: installed in $prefix (add $prefix/bin to PATH)" >&2
