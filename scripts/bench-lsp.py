#!/usr/bin/env python3
"""Latency benchmark for pathlint-lsp, as an editor sees it.

Usage: scripts/bench-lsp.py [path/to/pathlint-lsp]   (default .build/release/pathlint-lsp)

Measures, each over many runs, and prints percentiles:
  - start-up: process start to the first publishDiagnostics for a typical file (the seed
    figure, ~50 genes); goal under 100 ms;
  - didChange -> publishDiagnostics (overtyping a digit; and typing a digit then deleting
    it, which moves every later entry), and completion requests, for that file and for a
    5,000-gene file; goals p99 under 10 ms and under 50 ms;
  - the server's peak resident memory (VmHWM); goal under 100 MB.
Standard library only.
"""
import json
import os
import select
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "pathlint-lsp")
SEED = os.path.join(ROOT, "examples", "PMC199174__JCI0110934.f9.md")


class Client:
    def __init__(self):
        self.started = time.perf_counter()
        self.process = subprocess.Popen([BINARY], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, cwd=ROOT)
        self.buffer = b""
        self.next_id = 0

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.next_id

    def read(self, timeout=10.0):
        deadline = time.perf_counter() + timeout
        while True:
            wanted = 1 << 16
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = int([line.split(b":")[1] for line in self.buffer[:end].split(b"\r\n")
                              if line.lower().startswith(b"content-length")][0])
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
                # Ask for the rest of a big message at once, as an editor's reader would.
                wanted = max(wanted, end + 4 + length - len(self.buffer))
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or not select.select([self.process.stdout], [], [], remaining)[0]:
                raise TimeoutError("no message from the server")
            self.buffer += os.read(self.process.stdout.fileno(), wanted)

    def wait(self, predicate):
        while True:
            message = self.read()
            if predicate(message):
                return message

    def initialize(self):
        request = self.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        self.wait(lambda m: m.get("id") == request)
        self.send({"method": "initialized", "params": {}})

    def peak_rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(name, samples, goal):
    ms = [s * 1000 for s in samples]
    p50, p99 = percentile(ms, 50), percentile(ms, 99)
    print(f"  {name:44s} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  ({len(ms)} runs; goal p99 < {goal} ms: "
          f"{'met' if p99 < goal else 'missed'})")


def big_document(genes=5000):
    """The seed figure with `genes` real gene entries: those of the bundled examples and,
    when present, the PFOCR corpus, repeated as needed (a repeat is a duplicate-gene)."""
    text = open(SEED).read()
    head, rest = text.split("genes:\n", 1)
    entries = []
    corpus = os.path.join(ROOT, "..", "shared", "corpus", "pfocr", "frontmatter")
    folders = [corpus] if os.path.isdir(corpus) else [os.path.join(ROOT, "examples")]
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            body = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()
            if "\ngenes:\n" not in body:
                continue
            block = body.split("\ngenes:\n", 1)[1].split("\nchemicals:", 1)[0]
            entries += ["- " + e for e in block.split("\n- ") if "hgnc_symbol" in e]
    entries = [e[2:] if e.startswith("- - ") else e for e in entries]
    chosen = (entries * (genes // max(1, len(entries)) + 1))[:genes]
    return head + "genes:\n" + "\n".join(e.rstrip("\n") for e in chosen) + "\nchemicals:" + rest.split("chemicals:", 1)[1]


def edit_latency(text, label, runs, goal):
    client = Client()
    client.initialize()
    uri = "file:///tmp/PMC199174__JCI0110934.f9.md"
    client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    lines = text.split("\n")
    line = next(i for i, l in enumerate(lines) if l.startswith("  entrez: '"))
    changes, typing, completions = [], [], []

    def change(version, start_character, end_character, new_text):
        started = time.perf_counter()
        client.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": start_character},
                                          "end": {"line": line, "character": end_character}}, "text": new_text}]}})
        client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                    and m["params"].get("version") == version)
        return time.perf_counter() - started

    version = 1
    for run in range(runs):
        # Overtyping one digit of the first entry's entrez (the text keeps its length) ...
        version += 1
        changes.append(change(version, 14, 15, str(version % 10)))
        started = time.perf_counter()
        request = client.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                              "position": {"line": line - 1, "character": 17}})
        client.wait(lambda m: m.get("id") == request)
        completions.append(time.perf_counter() - started)
        # ... and typing a digit, then deleting it: every later entry moves by one byte.
        if run % 2 == 0:
            version += 1
            typing.append(change(version, 15, 15, "7"))
            version += 1
            typing.append(change(version, 15, 16, ""))
    report(f"didChange -> publishDiagnostics, {label}", changes, goal)
    report(f"didChange (typing, text moves), {label}", typing, goal)
    report(f"completion, {label}", completions, goal)
    rss = client.peak_rss_mb()
    client.close()
    return rss


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"bench-lsp: {BINARY} not found; build with `swift build -c release`")
    seed = open(SEED).read()
    startups = []
    for _ in range(20):
        client = Client()
        client.initialize()
        client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": "file:///tmp/PMC199174__JCI0110934.f9.md", "languageId": "markdown", "version": 1, "text": seed}}})
        client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        startups.append(time.perf_counter() - client.started)
        client.close()
    print("pathlint-lsp latency (wall clock, client and server on the same machine)")
    report("start-up to first diagnostics, typical file", startups, 100)
    rss_small = edit_latency(seed, "typical file (~50 genes)", 200, 10)
    rss_big = edit_latency(big_document(), "5,000-gene file", 200, 50)
    peak = max(rss_small, rss_big)
    print(f"  peak resident memory {peak:.1f} MB (goal < 100 MB: {'met' if peak < 100 else 'missed'})")


if __name__ == "__main__":
    main()
