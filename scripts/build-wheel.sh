#!/usr/bin/env bash
# Builds a Python wheel that carries pathlint, pathlint-lsp and the reference data, as
# ruff ships its binary: `pip install pathlint-….whl` puts both executables on the venv's
# PATH (the wheel's .data/scripts) and the snapshot in <venv>/share/pathlint/snapshot (its
# .data/data), which is where the executables look first (../share/pathlint/snapshot).
# The tree comes from scripts/install.sh (static binaries, completions, man page); the
# wheel is made by `wheel pack` (PyPA's wheel, from PyPI), which writes RECORD.
#
# Platform tag: manylinux_2_N_<arch>, N the newest GLIBC_2.N symbol version the binaries
# use, when the only shared libraries they load are glibc's, libstdc++ and libgcc_s (the
# manylinux policy's); otherwise linux_<arch>, which pip installs only where it was built.
# Usage: scripts/build-wheel.sh OUTDIR [TREE]     (prints the wheel's path)
# TREE: package a tree scripts/install.sh already made instead of making one.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ] || [ -z "$1" ]; then
    echo "usage: scripts/build-wheel.sh OUTDIR [TREE]" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
outdir=$(cd "$1" && pwd)
python3 -c "import wheel" 2>/dev/null || python3 -m pip install -q --disable-pip-version-check wheel >&2
version=$(sed -n 's/^ *static let version = "\(.*\)"$/\1/p' "$root/Sources/pathlint/Pathlint.swift")
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
if [ $# -eq 2 ]; then
    ln -s "$(cd "$2" && pwd)" "$staging/prefix"
else
    "$root/scripts/install.sh" "$staging/prefix" >&2
fi

arch=$(uname -m)
allowed='^(libc|libm|libpthread|libdl|librt|libstdc\+\+|libgcc_s|ld-linux-x86-64|ld-linux-aarch64)\.so'
libraries=$(readelf -d "$staging/prefix/bin/pathlint" "$staging/prefix/bin/pathlint-lsp" \
    | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
glibc=$(objdump -T "$staging/prefix/bin/pathlint" "$staging/prefix/bin/pathlint-lsp" \
    | grep -o 'GLIBC_2\.[0-9]*' | sed 's/GLIBC_2\.//' | sort -n | tail -1)
if [ -n "$glibc" ] && ! grep -Evq "$allowed" <<< "$libraries"; then
    platform="manylinux_2_${glibc}_${arch}"
else
    platform="linux_${arch}"
fi

tree="$staging/wheel"
data="$tree/pathlint-$version.data"
info="$tree/pathlint-$version.dist-info"
mkdir -p "$data/scripts" "$data/data" "$info"
cp -p "$staging/prefix/bin/pathlint" "$staging/prefix/bin/pathlint-lsp" "$data/scripts/"
cp -R "$staging/prefix/share" "$data/data/share"
cat > "$info/WHEEL" <<WHEEL
Wheel-Version: 1.0
Generator: pathlint scripts/build-wheel.sh
Root-Is-Purelib: false
Tag: py3-none-$platform
WHEEL
{
    cat <<METADATA
Metadata-Version: 2.1
Name: pathlint
Version: $version
Summary: A linter and language server for Pathway Figure OCR annotation files
Requires-Python: >=3.7
Description-Content-Type: text/markdown

METADATA
    cat "$root/README.md"
} > "$info/METADATA"
python3 -m wheel pack --dest-dir "$outdir" "$tree" >&2
echo "$outdir/pathlint-$version-py3-none-$platform.whl"
