#!/usr/bin/env bash
# Writes the sidecar table the real-editor tests open beside the seed figure: a genes
# table (current header) whose human MAP2K1 row has MAP2K2's Entrez ID (5605), after a
# word with Greek, an en dash and an astral character. Usage: editors/broken-table.sh OUTPUT
set -euo pipefail
mkdir -p "$(dirname "$1")"
printf '%s\n' \
    "organism_id	organism_name	organism_group	word	match	ncbigene_symbol	ncbigene_id	source	count_direct	count_synonym	count_match" \
    "9606	Homo sapiens	Primates	MEK1 – αβ😀	MEK1	MAP2K1	5605	ncbigene_synonym	0	1	1" > "$1"
