#!/usr/bin/env bash
# Builds the release binaries of pathlint and pathlint-lsp linked with the Swift standard
# library, libyaml and json-c statically (only glibc, libstdc++ and libgcc_s stay shared), so
# that they run without a Swift toolchain; prints the directory holding them.
# scripts/install.sh and scripts/build-wheel.sh package what this builds.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh >&2
# SwiftPM links the system libraries as -L<libdir from their .pc file> -lyaml -ljson-c,
# where the linker takes the shared library. Copies of the two .pc files whose libdir is a
# directory holding only the static archives, found first through PKG_CONFIG_PATH, make it
# take those instead.
static="$PWD/.build/static-libs"
mkdir -p "$static/pkgconfig"
for package in yaml-0.1:libyaml.a json-c:libjson-c.a; do
    name=${package%%:*}
    archive="$(pkg-config --variable=libdir "$name")/${package#*:}"
    if [ ! -f "$archive" ]; then
        echo "pathlint: $archive is missing (Debian's -dev package ships it)" >&2
        exit 2
    fi
    ln -sf "$archive" "$static/${package#*:}"
    sed "s|^libdir=.*|libdir=$static|" "$(pkg-config --variable=pcfiledir "$name")/$name.pc" > "$static/pkgconfig/$name.pc.new"
    # Rewritten only when it changes: a new file would make SwiftPM link again.
    if cmp -s "$static/pkgconfig/$name.pc.new" "$static/pkgconfig/$name.pc"; then
        rm "$static/pkgconfig/$name.pc.new"
    else
        mv "$static/pkgconfig/$name.pc.new" "$static/pkgconfig/$name.pc"
    fi
done
export PKG_CONFIG_PATH="$static/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
flags=(-c release --static-swift-stdlib)
swift build "${flags[@]}" >&2
swift build "${flags[@]}" --show-bin-path
