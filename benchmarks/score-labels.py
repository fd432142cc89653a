#!/usr/bin/env python3
"""Scores pathlint against the hand-labelled rows in benchmarks/labels/.

Usage: benchmarks/score-labels.py [--pathlint BIN] [--corpus DIR] [--show-misses] [--show-false-alarms]

Each labelled row (a front-matter entry or a table row) is "flagged" when pathlint reports a
finding of warning or error severity whose range touches it; info and hint do not count, as a
curator's run does not show them by default. The script prints, per layout:
  recall       = flagged rows among those labelled `error`
  false alarms = flagged rows among those labelled `ok`
(`unsure` rows are left out), then the same split by the label's category and by the rule
(and, for `false-match`, the evidence family) that flagged the row.

The labels were made from the files and the raw reference data before pathlint was run on
them (benchmarks/labels/README.md); the script never changes them.
"""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LAYOUTS = [("old layout", "old-layout.tsv"), ("current layout", "current-layout.tsv")]
TOP_LEVEL_KEY = re.compile(r"^[A-Za-z_@][^:\s]*:")
COUNTED = {"error", "warning"}


def read_labels(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def entry_spans(corpus, labels):
    """(file, first line, last line) of every labelled row. A front-matter entry runs to the
    line before the next labelled entry or the next top-level key; a table row is one line."""
    spans = {}
    by_file = collections.defaultdict(list)
    for label in labels:
        by_file[label["file"]].append(int(label["line"]))
    for name, starts in by_file.items():
        starts = sorted(set(starts))
        if name.endswith(".tsv"):
            for start in starts:
                spans[(name, start)] = (start, start)
            continue
        with open(os.path.join(corpus, name), encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        boundaries = sorted(set(starts) | {number for number, text in enumerate(lines, 1)
                                           if TOP_LEVEL_KEY.match(text) or text.rstrip() == "---"})
        for start in starts:
            later = [b for b in boundaries if b > start]
            spans[(name, start)] = (start, (later[0] - 1) if later else len(lines))
    return spans


def lint(pathlint, corpus, files):
    paths = [os.path.join(corpus, name) for name in sorted(files)]
    result = subprocess.run([pathlint, "lint", "--format", "json", "--exit-zero", *paths],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"score-labels: pathlint exited {result.returncode}: {result.stderr.strip()}")
    findings = collections.defaultdict(list)
    for diagnostic in json.loads(result.stdout):
        name = os.path.relpath(os.path.abspath(diagnostic["path"]), corpus)
        findings[name].append(diagnostic)
    return findings


def family(diagnostic):
    """The rule id, and for `false-match` findings the evidence family the message names
    (`… [evidence: organism]`), so a family's share of the recall can be read off."""
    match = re.search(r"\[evidence: ([a-z-]+)", diagnostic["message"])
    return diagnostic["rule"] + (f" ({match.group(1)})" if match else "")


def ratio(part, whole):
    return f"{part}/{whole} = {part / whole:.2f}" if whole else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pathlint", default=os.path.join(ROOT, ".build", "release", "pathlint"))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--show-misses", action="store_true", help="list the error rows nobody flagged")
    parser.add_argument("--show-false-alarms", action="store_true", help="list the ok rows that were flagged")
    options = parser.parse_args()
    corpus = os.path.abspath(options.corpus)
    for layout, label_file in LAYOUTS:
        labels = [row for row in read_labels(os.path.join(HERE, "labels", label_file)) if row["verdict"] != "unsure"]
        spans = entry_spans(corpus, labels)
        findings = lint(options.pathlint, corpus, {row["file"] for row in labels})
        flagged_errors, errors, flagged_ok, oks = 0, 0, 0, 0
        by_category = collections.defaultdict(lambda: [0, 0])
        by_family = collections.defaultdict(lambda: [0, 0])  # [true warnings, false alarms]
        for row in labels:
            first, last = spans[(row["file"], int(row["line"]))]
            hits = [d for d in findings.get(row["file"], [])
                    if d["severity"] in COUNTED and d["line"] <= last and d["endLine"] >= first]
            families = sorted({family(d) for d in hits})
            if row["verdict"] == "error":
                errors += 1
                by_category[row["category"]][1] += 1
                if hits:
                    flagged_errors += 1
                    by_category[row["category"]][0] += 1
                elif options.show_misses:
                    print(f"  miss: {row['file']}:{row['line']} {row['kind']} {row['word']!r} -> {row['annotated']} "
                          f"[{row['category']}] {row['reason']}")
                for name in families:
                    by_family[name][0] += 1
            else:
                oks += 1
                if hits:
                    flagged_ok += 1
                    if options.show_false_alarms:
                        print(f"  false alarm: {row['file']}:{row['line']} {row['word']!r} -> {row['annotated']}: "
                              + "; ".join(f"{d['rule']}: {d['message']}" for d in hits))
                for name in families:
                    by_family[name][1] += 1
        print(f"{layout}: {len(labels)} rows ({errors} errors, {oks} correct)")
        print(f"  recall        {ratio(flagged_errors, errors)}")
        print(f"  false alarms  {ratio(flagged_ok, oks)}")
        print("  recall by category:")
        for name, (hit, total) in sorted(by_category.items()):
            print(f"    {name:<16} {ratio(hit, total)}")
        print("  rows flagged by rule (evidence family): errors caught / correct rows flagged")
        for name, (true_hits, false_hits) in sorted(by_family.items(), key=lambda item: -sum(item[1])):
            print(f"    {name:<40} {true_hits:>4} / {false_hits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
