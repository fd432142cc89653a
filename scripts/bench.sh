#!/usr/bin/env bash
# Benchmarks pathlint as a user runs it, whole process, against a Foundation hello-world:
#
#   1. hello-world      a Swift program that imports Foundation and prints "hello" (swiftc -O)
#   2. one-file         pathlint lint examples/PMC199174__JCI0110934.f9.md
#   3. corpus           pathlint lint ../shared/corpus/pfocr (skipped when absent)
#
# all three side by side in one hyperfine run, then prints the one-file / hello-world ratio
# against the goal (at most 2x: linting one file should cost about as much as starting any
# Swift program, since the reference data is memory-mapped, not parsed) and the corpus time
# and throughput in files per second.
#
# Usage: scripts/bench.sh [--scratch-path DIR]
# Environment: RUNS (default 100), WARMUP (default 5), PATHLINT_CORPUS (default
# ../shared/corpus/pfocr), BENCH_STRICT=1 to exit 1 when the goal is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --scratch-path) scratch_args=(--scratch-path "$2"); shift 2 ;;
        --scratch-path=*) scratch_args=(--scratch-path "${1#*=}"); shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

runs=${RUNS:-100}
warmup=${WARMUP:-5}
corpus=${PATHLINT_CORPUS:-../shared/corpus/pfocr}
example=examples/PMC199174__JCI0110934.f9.md
goal=2

# --- prerequisites -------------------------------------------------------------------------
scripts/ensure-deps.sh
if ! command -v hyperfine >/dev/null 2>&1; then
    echo "bench.sh: installing hyperfine" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
    else
        echo "bench.sh: hyperfine is missing and I am not root; apt-get install hyperfine" >&2
        exit 2
    fi
fi
command -v python3 >/dev/null 2>&1 || { echo "bench.sh: python3 is needed to read hyperfine's JSON" >&2; exit 2; }

# --- builds --------------------------------------------------------------------------------
echo "==> swift build -c release ${scratch_args[*]}" >&2
swift build -c release "${scratch_args[@]}"
bin_dir=$(swift build -c release "${scratch_args[@]}" --show-bin-path)
pathlint="$bin_dir/pathlint"
[ -x "$pathlint" ] || { echo "bench.sh: no executable at $pathlint" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/pathlint-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf 'import Foundation\nprint("hello")\n' > "$work/hello.swift"
echo "==> swiftc -O hello.swift (imports Foundation)" >&2
swiftc -O "$work/hello.swift" -o "$work/hello"

# --- sanity: every command runs and exits as expected ----------------------------------------
"$work/hello" >/dev/null
set +e
"$pathlint" lint "$example" >/dev/null
status=$?
set -e
if [ "$status" -ne 0 ]; then
    echo "bench.sh: pathlint lint $example exited $status (expected 0)" >&2
    exit 1
fi

have_corpus=0
corpus_files=0
if [ -d "$corpus" ]; then
    set +e
    summary=$("$pathlint" lint "$corpus" -q --no-color)
    status=$?
    set -e
    if [ "$status" -gt 1 ]; then
        echo "bench.sh: pathlint lint $corpus exited $status" >&2
        exit 1
    fi
    # The summary line says how many files pathlint itself checked.
    corpus_files=$(printf '%s\n' "$summary" | sed -nE 's/.*[ (]([0-9]+) files? checked.*/\1/p' | tail -1)
    corpus_files=${corpus_files:-0}
    have_corpus=1
    echo "==> corpus: $corpus ($corpus_files annotation files; pathlint says: $summary)" >&2
else
    echo "==> corpus $corpus not found: skipping the whole-corpus benchmark" >&2
fi

# --- the benchmark -------------------------------------------------------------------------
# -N (--shell=none, hyperfine >= 1.13) runs each command directly: no shell start-up to
# subtract, which matters for commands that take a few milliseconds.
shell_args=()
if hyperfine --help 2>&1 | grep -q -- '--shell=none\|-N, --shell'; then
    shell_args=(-N)
fi
# Single quotes: hyperfine splits each command shell-style, with or without -N.
commands=(-n hello-world "'$work/hello'"
          -n one-file "'$pathlint' lint '$example'")
if [ "$have_corpus" -eq 1 ]; then
    commands+=(-n corpus "'$pathlint' lint '$corpus'")
fi

echo "==> hyperfine --warmup $warmup --runs $runs ${shell_args[*]}" >&2
# --ignore-failure: the corpus has findings, so pathlint exits 1 there (checked above).
hyperfine "${shell_args[@]}" --warmup "$warmup" --runs "$runs" --ignore-failure \
    --export-json "$work/bench.json" "${commands[@]}"

# --- the figures ---------------------------------------------------------------------------
python3 - "$work/bench.json" "$goal" "$corpus_files" <<'PY'
import json, sys

path, goal, corpus_files = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
results = {r["command"]: r for r in json.load(open(path))["results"]}

def ms(seconds):
    return f"{seconds * 1000:.2f} ms"

hello, one = results["hello-world"], results["one-file"]
print()
print("pathlint benchmark (whole process, wall clock)")
for name, r in results.items():
    print(f"  {name:12} mean {ms(r['mean']):>11} ± {ms(r['stddev'] or 0):>9}   median {ms(r['median']):>11}   min {ms(r['min']):>11}   ({len(r['times'])} runs)")
ratio = one["mean"] / hello["mean"]
median_ratio = one["median"] / hello["median"]
verdict = "meets" if ratio <= goal else "MISSES"
print(f"  one-file / hello-world: {ratio:.2f}x (mean), {median_ratio:.2f}x (median); goal <= {goal:g}x: {verdict} the goal")
if "corpus" in results:
    corpus = results["corpus"]
    line = f"  corpus: {ms(corpus['mean'])} mean for {corpus_files} files"
    if corpus_files > 0 and corpus["mean"] > 0:
        line += f" = {corpus_files / corpus['mean']:.0f} files/s"
        marginal = corpus["mean"] - hello["mean"]
        if marginal > 0:
            line += f" ({corpus_files / marginal:.0f} files/s net of a Foundation start-up)"
    print(line)
else:
    print("  corpus: skipped (not found)")
open(path + ".verdict", "w").write(verdict)
PY

if [ "${BENCH_STRICT:-0}" = 1 ] && [ "$(cat "$work/bench.json.verdict")" != meets ]; then
    exit 1
fi
