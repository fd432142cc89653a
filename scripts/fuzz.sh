#!/usr/bin/env bash
# libFuzzer targets with AddressSanitizer (Linux; Swift's toolchain ships libFuzzer).
#
#   scripts/fuzz.sh --list               the targets, one a line
#   scripts/fuzz.sh TARGET SECONDS [ARGS] build TARGET, run it SECONDS (libFuzzer ARGS after)
#   scripts/fuzz.sh --build TARGET        build only
#
# Targets (sources in Fuzz/):
#   lint  a file to its diagnostics and fixes, both layouts (FuzzLint.swift)
#   lsp   the language server's stdin: framing, JSON, dispatch (FuzzLSP.swift)
#
# The core is built with -sanitize=fuzzer,address in .build-fuzz/ (never the normal
# .build/); the target is then linked with swiftc. The corpus grows in
# .build-fuzz/corpus/TARGET, seeded from Fuzz/seeds/TARGET (the tests' inputs) and, for
# lint, ../shared/corpus when present. Crashing inputs are written to Fuzz/crashes/TARGET/;
# keep each one as a regression input in Fuzz/regressions/TARGET/ (FuzzRegressionTests
# runs them through the same path). Exit status: 0 no finding, 1 a finding, 2 usage.
# libFuzzer's time-out is wall time: 120 s per input, as on a busy shared machine an input
# that takes a tenth of a second of CPU waited 20 s for it (check a `timeout-*` input's CPU
# time with /usr/bin/time before believing it).
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(lint lsp)

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
if [ "$1" = --list ]; then printf '%s\n' "${targets[@]}"; exit 0; fi
build_only=0
if [ "$1" = --build ]; then build_only=1; shift; [ $# -ge 1 ] || usage; fi
target=$1
case " ${targets[*]} " in *" $target "*) ;; *) echo "fuzz.sh: unknown target '$target' (see --list)" >&2; exit 2 ;; esac
if [ $build_only = 0 ]; then
    [ $# -ge 2 ] && [[ $2 =~ ^[0-9]+$ ]] || usage
    seconds=$2
    shift 2
fi
[ "$(uname -s)" = Linux ] || { echo "fuzz.sh: libFuzzer targets are built on Linux only" >&2; exit 2; }
scripts/ensure-deps.sh >/dev/null

build=.build-fuzz
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -g)
swift build --build-path "$build" "${flags[@]}" --target PathLintCore >&2
modules=$build/debug/Modules
[ -d "$modules" ] || modules=$build/debug
# lld: gold stops on the sanitizers' debug information.
link=(-sanitize=fuzzer,address -parse-as-library -g -use-ld=lld -I "$modules" -I Sources/CYAML
      "$build"/debug/PathLintCore.build/*.o -lyaml)
case $target in
    lint)
        sources=(Fuzz/FuzzLint.swift)
        ;;
    lsp)
        swift build --build-path "$build" "${flags[@]}" --target JSONRPC >&2
        sources=(Fuzz/FuzzLSP.swift $(find Sources/PathLintLSP -name '*.swift' | sort))
        link+=(-I Sources/CJSONC "$build"/debug/JSONRPC.build/*.o -ljson-c)
        ;;
esac
binary=$build/fuzz-$target
if [ ! -x "$binary" ] || [ -n "$(find "${sources[@]}" "$build"/debug/*.build -newer "$binary" -name '*.[so]*' 2>/dev/null | head -1)" ]; then
    echo "fuzz.sh: linking $binary" >&2
    swiftc "${link[@]}" -module-name "Fuzz_$target" "${sources[@]}" -o "$binary"
fi
[ $build_only = 1 ] && exit 0

corpus=$build/corpus/$target
crashes=Fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
seeds=(Fuzz/seeds/$target Fuzz/regressions/$target)
if [ "$target" = lint ]; then
    # Real files, prefixed with the byte that picks their layout (see FuzzLint.swift).
    shared=$build/seeds-shared
    if [ ! -d "$shared" ] && [ -d ../shared/corpus ]; then
        mkdir -p "$shared"
        n=0
        while IFS= read -r -d '' file; do
            case $file in *.tsv) layout='\x02' ;; */_figures/*) layout='\x01' ;; *) layout='\x00' ;; esac
            { printf "$layout"; cat "$file"; } > "$shared/$((n++))"
        done < <(find ../shared/corpus -type f \( -name '*.md' -o -name '*.tsv' \) -size -200k -print0)
    fi
    [ -d "$shared" ] && seeds+=("$shared")
fi
existing=()
for dir in "${seeds[@]}"; do [ -d "$dir" ] && existing+=("$dir"); done
status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$binary" "$corpus" "${existing[@]}" \
    -max_total_time="$seconds" -max_len=65536 -timeout=120 -report_slow_units=60 -rss_limit_mb=3072 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "$@" || status=$?
if [ $status -ne 0 ]; then
    echo "fuzz.sh: $target found a problem (exit $status); the input is in $crashes/" >&2
    exit 1
fi
