#!/usr/bin/env bash
# Builds a standalone archive, pathlint-VERSION-ARCH-linux.tar.gz: the tree scripts/install.sh
# makes (bin/pathlint, bin/pathlint-lsp, share/pathlint/snapshot, completions, man page)
# under one top directory. Unpack it anywhere; the binaries need no Swift toolchain and find
# the data beside them, also through a symbolic link (ln -s …/bin/pathlint ~/.local/bin/).
# Usage: scripts/build-archive.sh OUTDIR [TREE]     (prints the archive's path)
# TREE: package a tree scripts/install.sh already made instead of making one.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ] || [ -z "$1" ]; then
    echo "usage: scripts/build-archive.sh OUTDIR [TREE]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
outdir=$(cd "$1" && pwd)
version=$(sed -n 's/^ *static let version = "\(.*\)"$/\1/p' "$root/Sources/pathlint/Pathlint.swift")
name="pathlint-$version-$(uname -m)-linux"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
if [ $# -eq 2 ]; then
    cp -R "$2" "$staging/$name"
else
    "$root/scripts/install.sh" "$staging/$name" >&2
fi
tar -C "$staging" -czf "$outdir/$name.tar.gz" "$name"
echo "$outdir/$name.tar.gz"
