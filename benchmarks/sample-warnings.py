#!/usr/bin/env python3
"""Draws a seeded random sample of `false-match` warnings from figures that are NOT in the
hand-labelled set (benchmarks/labels/), for an out-of-sample check of precision by hand.

Usage: benchmarks/sample-warnings.py [--pathlint BIN] [--corpus DIR] [--seed N] [--count N]

Lints every figure of pfocr/frontmatter (old layout) and of pfocr/sidecar/_figures and
pfocr-more/_figures (current layout, with their tables) except the labelled ones, keeps the
warnings of `false-match`, and prints `count` of them drawn with random.Random(seed), each
with the figure's titles and the start of its caption, for a person to judge.
"""
import argparse
import csv
import glob
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def labelled_figures():
    figures = set()
    for name in ("old-layout.tsv", "current-layout.tsv"):
        with open(os.path.join(HERE, "labels", name), newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                stem = os.path.basename(row["file"])
                figures.add(re.sub(r"-(genes|chemicals|diseases)\.tsv$|\.md$", "", stem))
    return figures


def field(text, key):
    match = re.search(r"^" + key + r":(.*(?:\n  .*)*)", text, re.M)
    return " ".join(match.group(1).split()).strip("'\"") if match else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pathlint", default=os.path.join(ROOT, ".build", "debug", "pathlint"))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--count", type=int, default=40)
    options = parser.parse_args()
    corpus = os.path.abspath(options.corpus)
    skip = labelled_figures()
    paths = sorted(glob.glob(os.path.join(corpus, "pfocr/frontmatter/*.md"))
                   + glob.glob(os.path.join(corpus, "pfocr/sidecar/_figures/*.md"))
                   + glob.glob(os.path.join(corpus, "pfocr-more/_figures/*.md")))
    paths = [p for p in paths if os.path.basename(p)[:-3] not in skip]
    result = subprocess.run([options.pathlint, "lint", "--format", "json", "--exit-zero", "--select", "false-match", *paths],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"sample-warnings: pathlint exited {result.returncode}: {result.stderr.strip()}")
    warnings = [d for d in json.loads(result.stdout) if d["severity"] == "warning"]
    warnings.sort(key=lambda d: (d["path"], d["line"], d["column"]))
    figures = {os.path.basename(p)[:-3] for p in paths}
    print(f"{len(paths)} unlabelled figures, {len(warnings)} false-match warnings; drawing {options.count} with seed {options.seed}")
    for number, d in enumerate(random.Random(options.seed).sample(warnings, min(options.count, len(warnings))), 1):
        path = os.path.relpath(os.path.abspath(d["path"]), corpus)
        stem = re.sub(r"-(genes|chemicals|diseases)\.tsv$|\.md$", "", os.path.basename(d["path"]))
        figure = next(iter(glob.glob(os.path.join(corpus, "**", "_figures", stem + ".md"), recursive=True)
                           + glob.glob(os.path.join(corpus, "pfocr/frontmatter", stem + ".md"))), None)
        text = open(figure, encoding="utf-8").read() if figure else ""
        with open(d["path"], encoding="utf-8") as handle:
            line = handle.read().split("\n")[d["line"] - 1]
        print(f"\n[{number}] {path}:{d['line']}\n  line: {line.strip()[:160]}\n  {d['message']}")
        print(f"  paper: {field(text, 'papertitle')[:160]}\n  figure: {field(text, 'figtitle')[:160]}"
              f"\n  caption: {field(text, 'caption')[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
