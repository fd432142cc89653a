#!/usr/bin/env bash
# Corpus-scale benchmark: pathlint against the floor (a C program that only runs libyaml's
# parser over the same files, on the same cores) and against yamllint, on the PFOCR corpus
# replicated to N files (default 50,000). Prints throughput and the ratios the project
# aims for: pathlint >= 0.5x the floor's files/s, >= 100x yamllint's. Also a run with one
# trivial rule (--select front-matter): what the pipeline costs before any rule runs.
#
# Usage: scripts/bench-corpus.sh [N]
# Environment: PATHLINT_CORPUS (default ../shared/corpus/pfocr), ROUNDS (interleaved rounds
# of floor, pathlint and one rule, default 5), YAMLLINT_FILES (how many
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
# (Through a file, not `sort | head`: head closing the pipe early kills sort with SIGPIPE,
# which pipefail turns into a failed run.)
find "$work/corpus" -name '*.md' | sort > "$work/all-files.txt"
head -n "$total" "$work/all-files.txt" > "$work/files.txt"
# Trim the replica to exactly N files.
tail -n +$((total + 1)) "$work/all-files.txt" | xargs -r rm -f
n=$(wc -l < "$work/files.txt")
head -n "${YAMLLINT_FILES:-1000}" "$work/files.txt" > "$work/yamllint-files.txt"
m=$(wc -l < "$work/yamllint-files.txt")
echo "corpus: $n files (${#originals[@]} originals x $copies), $(nproc) cores"

# Interleaved rounds (scripts/bench/interleave.py): each round runs all three, so the
# ratios are taken between runs a few seconds apart, not minutes.
python3 scripts/bench/interleave.py "${ROUNDS:-5}" "$work/big.json" \
    "floor=$work/yaml-floor $work/files.txt" \
    "pathlint=.build/release/pathlint lint -q $work/corpus" \
    "parse-only=.build/release/pathlint lint -q --select front-matter $work/corpus" >/dev/null
hyperfine --warmup 0 --runs 3 --ignore-failure --export-json "$work/yamllint.json" \
    -n yamllint "xargs -a $work/yamllint-files.txt yamllint -f parsable -d relaxed" >/dev/null

python3 - "$work/big.json" "$work/yamllint.json" "$n" "$m" <<'PY'
import json, statistics, sys
times = json.load(open(sys.argv[1]))["times"]
yl = json.load(open(sys.argv[2]))["results"][0]
n, m = int(sys.argv[3]), int(sys.argv[4])
median = {name: statistics.median(values) for name, values in times.items()}
def ratio(name):  # floor time / this time, within each round: (median, min, max)
    rounds = [f / t for f, t in zip(times["floor"], times[name])]
    return statistics.median(rounds), min(rounds), max(rounds)
yamllint = m / yl["median"]
print(f"  floor (libyaml only) {median['floor']:8.2f} s median  {n / median['floor']:10.0f} files/s")
print(f"  pathlint lint        {median['pathlint']:8.2f} s median  {n / median['pathlint']:10.0f} files/s")
print(f"  pathlint, one rule   {median['parse-only']:8.2f} s median  {n / median['parse-only']:10.0f} files/s"
      f"  (--select front-matter: reading, parsing, tree and typed view; {ratio('parse-only')[0]:.2f}x the floor)")
print(f"  yamllint ({m} files) {yl['median']:8.2f} s median  {yamllint:10.0f} files/s")
r, low, high = ratio("pathlint")
print(f"  pathlint / floor:    {r:6.2f}x  per round, median of {len(times['floor'])} (range {low:.2f}-{high:.2f}; "
      f"goal >= 0.5x: {'met' if r >= 0.5 else 'missed'})")
pathlint = n / median["pathlint"]
print(f"  pathlint / yamllint: {pathlint / yamllint:6.1f}x  (goal >= 100x: {'met' if pathlint / yamllint >= 100 else 'missed'})")
PY
