#!/usr/bin/env bash
# Where a file's lint goes, in instructions: what `bench-corpus.sh`'s ratio to the libyaml
# floor is made of. Runs pathlint and the floor under callgrind over A and then B copies
# of the corpus (default 2 and 6), and prints per-file costs from the difference of the
# two runs: the steady state of a long run, with the reference caches warm, which is what
# the 50,000-file benchmark measures. Instruction counts do not depend on the machine's
# load, so two builds can be compared here on a shared machine; time also depends on
# instructions per cycle, so the ratio here is an upper bound of bench-corpus.sh's.
#
# Usage: scripts/profile-corpus.sh [A B]
# Environment: PATHLINT_CORPUS (default ../shared/corpus/pfocr; its *.md files are used).
# Needs valgrind (apt-get install valgrind). Takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-2}
large=${2:-6}
[ "$large" -gt "$small" ] || { echo "profile-corpus.sh: B must be larger than A" >&2; exit 2; }
corpus=${PATHLINT_CORPUS:-../shared/corpus/pfocr}
command -v valgrind >/dev/null || { echo "profile-corpus.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "profile-corpus.sh: no corpus at $corpus" >&2; exit 2; }
work=$(mktemp -d /tmp/pathlint-profile.XXXXXX)
trap 'rm -rf "$work"' EXIT

swift build -c release --product pathlint >/dev/null
cc -O2 -g -o "$work/yaml-floor" scripts/bench/yaml-floor.c $(pkg-config --cflags --libs yaml-0.1) -lpthread
mapfile -t originals < <(find "$corpus" -name '*.md' | sort)

profile() {  # copies → callgrind files for pathlint and the floor
    local copies=$1 dirs=()
    for ((k = 0; k < copies; k++)); do
        mkdir -p "$work/$copies/$k"
        cp "${originals[@]}" "$work/$copies/$k/"
        dirs+=("$work/$copies/$k")
    done
    find "$work/$copies" -name '*.md' | sort > "$work/$copies.files"
    valgrind --tool=callgrind --callgrind-out-file="$work/pathlint-$copies.cg" \
        .build/release/pathlint lint -q "${dirs[@]}" >/dev/null 2>&1 || true
    valgrind --tool=callgrind --callgrind-out-file="$work/floor-$copies.cg" \
        "$work/yaml-floor" "$work/$copies.files" 1 >/dev/null 2>&1
}
profile "$small"
profile "$large"

python3 - "$work" "$small" "$large" "${#originals[@]}" <<'PY'
import re, subprocess, sys
work, small, large, originals = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
files = (large - small) * originals

def inclusive(path):
    """Inclusive instructions per function (the largest figure callgrind gives a name)."""
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True, check=True).stdout
    costs = {"TOTAL": 0}
    for line in out.splitlines():
        if "PROGRAM TOTALS" in line:
            costs["TOTAL"] = int(line.split()[0].replace(",", ""))
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\S+?:(\S+)", line)
        if m:
            name, value = m.group(2), int(m.group(1).replace(",", ""))
            costs[name] = max(costs.get(name, 0), value)
    return costs

def per_file(kind):
    a, b = inclusive(f"{work}/{kind}-{small}.cg"), inclusive(f"{work}/{kind}-{large}.cg")
    return {name: (b[name] - a.get(name, 0)) / files for name in b}

def find(costs, pattern):
    matches = [v for k, v in costs.items() if re.search(pattern, k)]
    return max(matches) if matches else 0.0

p, f = per_file("pathlint"), per_file("floor")
libyaml = find(p, r"^yaml_parser_parse$")
tree = find(p, r"TreeBuilder.*V3runAA15YAMLParseResultVyF$") - libyaml
view = find(p, r"AnnotationV4rootAcA11YAMLMappingV_tcfC")
lint = find(p, r"LinterV4lintySayAA10DiagnosticVGAA18AnnotationDocumentVF$")
free = find(p, r"RecentResults.*keep")
total, floor = p["TOTAL"], f["TOTAL"]
rows = [("libyaml's parser (yaml_parser_parse)", libyaml), ("building the YAML tree", tree),
        ("the typed view (Annotation)", view), ("the rules (Linter.lint)", lint),
        ("freeing each file's results", free),
        ("the rest: reading, front matter, output", total - libyaml - tree - view - lint - free)]
print(f"per file, steady state ({files} files: {large} - {small} copies of {originals}), instructions:")
for label, value in rows:
    print(f"  {label:42s} {value / 1e6:6.2f}M  {100 * value / total:4.0f}%")
print(f"  {'pathlint, whole process':42s} {total / 1e6:6.2f}M")
print(f"  {'floor (libyaml only), whole process':42s} {floor / 1e6:6.2f}M")
print(f"  floor / pathlint in instructions: {floor / total:.2f}x "
      "(bench-corpus.sh's time ratio is lower: our code runs fewer instructions per cycle)")

rules = {}
for name, value in p.items():
    m = re.match(r"\$s12PathLintCore(\d+)(\w+)V5checkySayAA10DiagnosticVGAA11RuleContextVF", name)
    if m:
        rule = m.group(2)[:int(m.group(1))]
        rules[rule] = max(rules.get(rule, 0), value)
print("the costliest rules, per file:")
for rule, value in sorted(rules.items(), key=lambda item: -item[1])[:10]:
    print(f"  {rule:42s} {value / 1e3:6.0f}K")
PY
