#!/usr/bin/env bash
# Start-up of the self-contained binaries (scripts/build-release.sh: static Swift standard
# library, libyaml, json-c) against Swift hello-worlds and the plain release build, side by
# side in one hyperfine run:
#
#   hello-static       print("hello"), swiftc -O -static-stdlib: built the same way
#   hello-foundation   import Foundation + print, swiftc -O (shared libraries): scripts/bench.sh's
#   one-file           the static pathlint lint examples/PMC199174__JCI0110934.f9.md
#   one-file-dynamic   the same with `swift build -c release` (in .build-dynamic)
#
# then the ratios of one-file to each, in wall time and in CPU time (user + system: on a
# loaded machine the wall time is mostly waiting for a core). Goal: at most 2x a hello-world.
# Also prints the binaries' sizes. Environment: RUNS (default 100), WARMUP (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-100}
warmup=${WARMUP:-5}
example=examples/PMC199174__JCI0110934.f9.md
command -v hyperfine >/dev/null || { echo "bench-static.sh: apt-get install hyperfine" >&2; exit 2; }
static_bin=$(scripts/build-release.sh)
swift build -c release --scratch-path .build-dynamic >&2
dynamic_bin=$(swift build -c release --scratch-path .build-dynamic --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'print("hello")\n' > "$work/hello.swift"
printf 'import Foundation\nprint("hello")\n' > "$work/hello-foundation.swift"
swiftc -O -static-stdlib "$work/hello.swift" -o "$work/hello-static"
swiftc -O "$work/hello-foundation.swift" -o "$work/hello-foundation"
"$static_bin/pathlint" lint "$example" >/dev/null
ls -l "$static_bin/pathlint" "$static_bin/pathlint-lsp" "$dynamic_bin/pathlint" "$work/hello-static" \
    | awk '{printf "%-70s %6.1f MB\n", $NF, $5 / 1e6}'
hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$work/bench.json" \
    -n hello-static "$work/hello-static" -n hello-foundation "$work/hello-foundation" \
    -n one-file "$static_bin/pathlint lint $example" -n one-file-dynamic "$dynamic_bin/pathlint lint $example"
python3 - "$work/bench.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
wall = {name: r["mean"] * 1000 for name, r in results.items()}
cpu = {name: (r["user"] + r["system"]) * 1000 for name, r in results.items()}
for name in results:
    print(f"{name:18} wall {wall[name]:6.2f} ms   cpu {cpu[name]:6.2f} ms")
for base in ("hello-static", "hello-foundation", "one-file-dynamic"):
    print(f"one-file / {base:17} wall {wall['one-file'] / wall[base]:5.2f}x   cpu {cpu['one-file'] / cpu[base]:5.2f}x")
PY
