#!/usr/bin/env bash
# Corpus-scale benchmark: pathlint against the floor (a C program that only runs libyaml's
# parser over the same files, on the same cores) and against yamllint, on the PFOCR corpus
# replicated to N files (default 50,000). Prints throughput and the ratios the project
# aims for: pathlint >= 0.5x the floor's files/s, >= 100x yamllint's. Also a run with one
# trivial rule (--select front-matter): what the pipeline costs before any rule runs.
#
# Usage: scripts/bench-corpus.sh [N]
# Environment: PATHLINT_CORPUS (default ../shared/corpus/pfocr), YAMLLINT_FILES (how many
# files yamllint gets, default 1000: it is too slow for all of them; its rate is per file).
set -euo pipefail
cd "$(dirname "$0")/.."
total=${1:-50000}
corpus=${PATHLINT_CORPUS:-../shared/corpus/pfocr}
work=$(mktemp -d /tmp/pathlint-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

scripts/ensure-deps.sh
command -v hyperfine >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq hyperfine >/dev/null; }
command -v yamllint >/dev/null || python3 -m pip install -q yamllint >/dev/null 2>&1
swift build -c release --product pathlint >/dev/null
cc -O2 -o "$work/yaml-floor" scripts/bench/yaml-floor.c $(pkg-config --cflags --libs yaml-0.1) -lpthread

# Replicate the corpus: copy k of every file, each copy in its own folder.
mapfile -t originals < <(find "$corpus" -name '*.md' | sort)
copies=$(( (total + ${#originals[@]} - 1) / ${#originals[@]} ))
for ((k = 0; k < copies; k++)); do
    mkdir -p "$work/corpus/$k"
    cp "${originals[@]}" "$work/corpus/$k/" 2>/dev/null || true
done
find "$work/corpus" -name '*.md' | sort | head -n "$total" > "$work/files.txt"
# Trim the replica to exactly N files.
find "$work/corpus" -name '*.md' | sort | tail -n +$((total + 1)) | xargs -r rm -f
n=$(wc -l < "$work/files.txt")
head -n "${YAMLLINT_FILES:-1000}" "$work/files.txt" > "$work/yamllint-files.txt"
m=$(wc -l < "$work/yamllint-files.txt")
echo "corpus: $n files (${#originals[@]} originals x $copies), $(nproc) cores"

hyperfine --warmup 1 --runs 5 --ignore-failure --export-json "$work/big.json" \
    -n floor "$work/yaml-floor $work/files.txt" \
    -n pathlint ".build/release/pathlint lint -q $work/corpus" \
    -n parse-only ".build/release/pathlint lint -q --select front-matter $work/corpus" >/dev/null
hyperfine --warmup 0 --runs 3 --ignore-failure --export-json "$work/yamllint.json" \
    -n yamllint "xargs -a $work/yamllint-files.txt yamllint -f parsable -d relaxed" >/dev/null

python3 - "$work/big.json" "$work/yamllint.json" "$n" "$m" <<'PY'
import json, sys
big = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
yl = json.load(open(sys.argv[2]))["results"][0]
n, m = int(sys.argv[3]), int(sys.argv[4])
rate = lambda r, files: files / r["median"]
floor, pathlint, yamllint = rate(big["floor"], n), rate(big["pathlint"], n), rate(yl, m)
print(f"  floor (libyaml only) {big['floor']['median']:8.2f} s median  {floor:10.0f} files/s")
print(f"  pathlint lint        {big['pathlint']['median']:8.2f} s median  {pathlint:10.0f} files/s")
parse_only = rate(big["parse-only"], n)
print(f"  pathlint, one rule   {big['parse-only']['median']:8.2f} s median  {parse_only:10.0f} files/s"
      f"  (--select front-matter: reading, parsing, tree and typed view; {parse_only / floor:.2f}x the floor)")
print(f"  yamllint ({m} files) {yl['median']:8.2f} s median  {yamllint:10.0f} files/s")
print(f"  pathlint / floor:    {pathlint / floor:6.2f}x  (goal >= 0.5x: {'met' if pathlint / floor >= 0.5 else 'missed'})")
print(f"  pathlint / yamllint: {pathlint / yamllint:6.1f}x  (goal >= 100x: {'met' if pathlint / yamllint >= 100 else 'missed'})")
PY
