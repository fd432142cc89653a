#!/usr/bin/env python3
"""Long lines and big tables: does every path stay near linear in the number of items?

Usage: scripts/bench-long-lines.py [BIN_DIR ...]   (default .build/release)

Each BIN_DIR holds `pathlint` and `pathlint-lsp` (give two, e.g. a build of main and one of
this branch, to compare them side by side on the same machine at the same time). For a
file whose `genes:` is one flow list of N items on one line (`genes: [1,1,…]`, a
`field-type` finding per item) and N in 10,000, 30,000, 100,000, prints the wall time of
  - `pathlint lint --format json` (output to /dev/null),
  - `pathlint lint` (text; output counted, not kept),
  - `pathlint-lsp`: didOpen to publishDiagnostics,
each the best of 3 runs, and its ratio to the 10,000-item time: near linear is ~3 and
~10. A run over TIMEOUT seconds is stopped and shown as `>TIMEOUT`. Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 60
SIZES = [10_000, 30_000, 100_000]
HEADER = """---
figid: PMC199174__JCI0110934.f9
pmcid: PMC199174
filename: JCI0110934.f9.jpg
figlink: /pmc/articles/PMC199174/figure/F9/
"""


def long_line_file(items):
    return HEADER + "genes: [" + ",".join(["1"] * items) + "]\n---\n"


def timed_cli(binary, path, args):
    """Best wall time of 3 runs, and the bytes printed; None when a run timed out."""
    best, printed = None, 0
    for _ in range(3):
        started = time.perf_counter()
        process = subprocess.Popen([binary, "lint", *args, path], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL)
        count = 0
        timed_out = False
        while True:
            chunk = process.stdout.read(1 << 20)
            if not chunk:
                break
            count += len(chunk)
            if time.perf_counter() - started > TIMEOUT:
                process.kill()
                timed_out = True
                break
        process.wait()
        if timed_out:
            return None, count
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
        printed = count
    return best, printed


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def timed_server(binary, path):
    """Best of 3: didOpen to the publishDiagnostics for it, in seconds."""
    text = open(path).read()
    uri = "file://" + path
    best = None
    for _ in range(3):
        process = subprocess.Popen([binary], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, cwd=ROOT)
        process.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                   "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
        process.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        process.stdin.flush()
        reader = process.stdout

        def next_message():
            # Header lines, then exactly the body: no re-scanning of a growing buffer (a
            # 30 MB publishDiagnostics read that way cost the reader more than the server).
            length = None
            while True:
                line = reader.readline()
                if not line:
                    return None
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            body = reader.read(length)
            if len(body) != length:
                return None
            # Not parsed when large: only its method is wanted, which comes first.
            if b"textDocument/publishDiagnostics" in body[:200]:
                return {"method": "textDocument/publishDiagnostics"}
            return json.loads(body)

        while (message := next_message()) is not None and message.get("id") != 1:
            pass
        started = time.perf_counter()
        process.stdin.write(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}}))
        process.stdin.flush()
        elapsed = None
        while (message := next_message()) is not None:
            if message.get("method") == "textDocument/publishDiagnostics":
                elapsed = time.perf_counter() - started
                break
            if time.perf_counter() - started > TIMEOUT:
                break
        process.kill()
        process.wait()
        if elapsed is None:
            return None
        best = elapsed if best is None else min(best, elapsed)
    return best


def show(value):
    return f">{TIMEOUT}s" if value is None else f"{value:.3f}s"


def main():
    directories = sys.argv[1:] or [os.path.join(ROOT, ".build", "release")]
    with tempfile.TemporaryDirectory() as scratch:
        files = {}
        for n in SIZES:
            files[n] = os.path.join(scratch, f"PMC199174__JCI0110934.f9-{n}.md")
            with open(files[n], "w") as f:
                f.write(long_line_file(n))
        for directory in directories:
            cli = os.path.join(directory, "pathlint")
            server = os.path.join(directory, "pathlint-lsp")
            print(f"== {directory}")
            print(f"{'items':>8} {'json':>10} {'ratio':>6} {'text':>10} {'ratio':>6} {'text bytes':>14} {'server':>10} {'ratio':>6}")
            base = {}
            for n in SIZES:
                json_time, _ = timed_cli(cli, files[n], ["--format", "json"])
                text_time, text_bytes = timed_cli(cli, files[n], ["--no-color"])
                server_time = timed_server(server, files[n])
                row = {"json": json_time, "text": text_time, "server": server_time}
                if n == SIZES[0]:
                    base = row

                def ratio(key):
                    if row[key] is None or not base.get(key):
                        return "-"
                    return f"{row[key] / base[key]:.1f}"
                print(f"{n:>8} {show(json_time):>10} {ratio('json'):>6} {show(text_time):>10} {ratio('text'):>6} "
                      f"{text_bytes:>14,} {show(server_time):>10} {ratio('server'):>6}", flush=True)


if __name__ == "__main__":
    main()
