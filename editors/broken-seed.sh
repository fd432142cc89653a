#!/usr/bin/env bash
# Writes the file the real-editor tests open: the corpus seed figure (examples/ holds the
# same bytes) with two deliberate changes, a wrong entrez for MAP2K1 (5605 is MAP2K2's) and
# one hgnc_symbol cut short, to complete. Usage: editors/broken-seed.sh OUTPUT
# Exit status: 0 written, 1 the seed did not have the lines to change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
seed=$root/../shared/corpus/pfocr/seed/PMC199174__JCI0110934.f9.md
[ -f "$seed" ] || seed=$root/examples/PMC199174__JCI0110934.f9.md
sed -e "0,/  entrez: '5604'$/s//  entrez: '5605'/" -e '0,/  hgnc_symbol: IGF1$/s//  hgnc_symbol: MAP2K/' "$seed" > "$out"
grep -q "entrez: '5605'" "$out" && grep -q 'hgnc_symbol: MAP2K$' "$out" \
    || { echo "editor tests: could not prepare $out from $seed" >&2; exit 1; }
