#!/usr/bin/env bash
# The test suite under a sanitizer: scripts/sanitize.sh address|thread [swift test args]
#
#   address  AddressSanitizer: out-of-bounds and use-after-free, in the tests and in the
#            pathlint and pathlint-lsp executables the end-to-end tests run
#   thread   ThreadSanitizer: data races (ParallelLint's workers, the shared caches)
#
# Builds in .build-sanitize-KIND/ (never the normal .build/), then runs `swift test` there.
# Leak detection is off: the Swift runtime keeps metadata caches alive on purpose, which
# LeakSanitizer reports. A sanitizer report in an executable makes it exit with an error,
# so the end-to-end test that ran it fails. Exit status: that of `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
    address|thread) kind=$1; shift ;;
    *) echo "usage: scripts/sanitize.sh address|thread [swift test arguments]" >&2; exit 2 ;;
esac
scripts/ensure-deps.sh >/dev/null
build=.build-sanitize-$kind
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0}
swift build --build-tests --build-path "$build" --sanitize="$kind"
swift test --skip-build --build-path "$build" --sanitize="$kind" "$@"
