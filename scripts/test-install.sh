#!/usr/bin/env bash
# End-to-end tests of what a user installs, run by scripts/test.sh after the unit tests:
#  1. scripts/install.sh: ldd of both binaries names no Swift library (nor libyaml, json-c);
#     completions and the man page are there;
#  2. the installed tree, moved elsewhere, lints examples/ from another directory with the
#     toolchain off PATH (and, where a mount namespace can be made, the toolchain's
#     directory hidden altogether); pathlint-lsp publishes a diagnostic; without its
#     share/pathlint/snapshot, one error names where it looked;
#     scripts/build-archive.sh: the archive, unpacked and run through a link, does the same;
#  3. scripts/build-wheel.sh: auditwheel agrees with the wheel's platform tag; the wheel in a
#     fresh venv (pip install --no-index) does the same;
#  4. pre-commit try-repo with the installed pathlint: a commit touching only a
#     _data/*-genes.tsv with a wrong NCBI Gene ID fails and names it; a passing run shows
#     its warnings; the strict hook fails on them.
# Needs a release build (scripts/build-release.sh; about 5 minutes on 2 cores the first
# time). wheel, auditwheel and pre-commit come from PyPI: when they cannot be installed, steps 3 and 4
# are skipped, not failed. Exit status: 0 passed, 1 a check failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
skipped=0
pass() { echo "test-install: ok: $1"; passed=$((passed + 1)); }
fail() { echo "test-install: FAILED: $1" >&2; failed=$((failed + 1)); }
skip() { echo "test-install: skipped: $1" >&2; skipped=$((skipped + 1)); }

# A PATH without the Swift toolchain, and the toolchain's directory (to hide it).
toolchain=""
if command -v swift >/dev/null; then toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")"); fi
clean_path=$(tr ':' '\n' <<< "$PATH" | while read -r dir; do
    [ -n "$dir" ] && [ ! -x "$dir/swift" ] && [ ! -x "$dir/swiftc" ] && printf '%s:' "$dir"
done)
clean_path=${clean_path%:}
# Runs a command with that PATH, no LD_LIBRARY_PATH and, when possible, the toolchain
# directory covered by an empty tmpfs in a private mount namespace.
hide_toolchain=false
if [ -n "$toolchain" ] && [ "$(id -u)" -eq 0 ] \
    && unshare -m --propagation private sh -c "mount -t tmpfs tmpfs '$toolchain' && [ ! -e '$toolchain/bin/swift' ]" 2>/dev/null; then
    hide_toolchain=true
fi
without_toolchain() {
    if $hide_toolchain; then
        env -u LD_LIBRARY_PATH -u PATHLINT_REFERENCE PATH="$clean_path" unshare -m --propagation private \
            sh -c 'mount -t tmpfs tmpfs "$0" && exec "$@"' "$toolchain" "$@"
    else
        env -u LD_LIBRARY_PATH -u PATHLINT_REFERENCE PATH="$clean_path" "$@"
    fi
}
if $hide_toolchain; then
    echo "test-install: the toolchain ($toolchain) is hidden from the installed binaries"
else
    echo "test-install: the toolchain is only off PATH (no mount namespace here); ldd checks the rest"
fi

# Lints examples/ with the pathlint at $1, from another directory; checks what it found.
lints_examples() {
    local pathlint=$1 label=$2 out status
    mkdir -p "$work/elsewhere"
    out=$(cd "$work/elsewhere" && without_toolchain "$pathlint" lint "$root/examples" 2>&1)
    status=$?
    if [ $status -eq 1 ] && grep -q 'error\[entrez-mismatch\]' <<< "$out" \
        && grep -q 'warning\[not-a-gene-word\]' <<< "$out" && grep -q '^Found ' <<< "$out"; then
        pass "$label lints examples/ from another directory"
    else
        fail "$label lints examples/ (status $status): $(tail -5 <<< "$out")"
    fi
}

start=$(date +%s)
if ! "$root/scripts/install.sh" "$work/prefix" > "$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    fail "scripts/install.sh"
    echo "test-install: $passed passed, $failed failed"
    exit 1
fi
echo "test-install: scripts/install.sh took $(( $(date +%s) - start )) s"

# 1. Self-contained binaries, completions, man page.
for binary in pathlint pathlint-lsp; do
    libraries=$(ldd "$work/prefix/bin/$binary")
    if grep -qi swift <<< "$libraries"; then
        fail "ldd $binary names Swift libraries: $(grep -i swift <<< "$libraries" | tr '\n' ' ')"
    elif grep -Eq 'libyaml|libjson-c' <<< "$libraries"; then
        fail "ldd $binary: libyaml or json-c is not linked statically"
    else
        pass "ldd $binary names no Swift library, libyaml or json-c ($(awk '{print $1}' <<< "$libraries" | tr '\n' ' '))"
    fi
done
if grep -q '^\.Dt PATHLINT 1' "$work/prefix/share/man/man1/pathlint.1" \
    && grep -q 'fail-on' "$work/prefix/share/man/man1/pathlint.1" \
    && grep -q 'complete' "$work/prefix/share/bash-completion/completions/pathlint" \
    && grep -q 'compdef' "$work/prefix/share/zsh/site-functions/_pathlint" \
    && grep -q 'complete' "$work/prefix/share/fish/vendor_completions.d/pathlint.fish"; then
    pass "man page and bash, zsh, fish completions installed"
else
    fail "man page or completions missing"
fi
echo "test-install: installed size $(du -sh "$work/prefix" | cut -f1) (binaries $(du -ch "$work/prefix/bin/"* | tail -1 | cut -f1))"

# 2. The tree, moved, from another directory, without the toolchain.
mkdir -p "$work/moved"
mv "$work/prefix" "$work/moved/tree"
lints_examples "$work/moved/tree/bin/pathlint" "the moved installed tree"
lsp_check() {
    # initialize, open the seed figure with a wrong entrez, expect that diagnostic back.
    without_toolchain python3 - "$1" "$root/examples/broken-gene-pairs.md" <<'PY'
import json, subprocess, sys, os
server, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body
uri = "file://" + path
messages = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}},
    {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    {"jsonrpc": "2.0", "method": "textDocument/didOpen",
     "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}},
]
process = subprocess.Popen(sys.argv[1:2], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
process.stdin.write(b"".join(frame(m) for m in messages))
process.stdin.flush()
found = False
buffer = b""
while not found:
    chunk = process.stdout.read1(65536)
    if not chunk:
        break
    buffer += chunk
    while b"\r\n\r\n" in buffer:
        header, rest = buffer.split(b"\r\n\r\n", 1)
        length = int([l for l in header.split(b"\r\n") if l.lower().startswith(b"content-length")][0].split(b":")[1])
        if len(rest) < length:
            break
        message, buffer = json.loads(rest[:length]), rest[length:]
        if message.get("method") == "textDocument/publishDiagnostics":
            codes = [d.get("code") for d in message["params"]["diagnostics"]]
            found = "entrez-mismatch" in codes
process.kill()
sys.exit(0 if found else 1)
PY
}
if (cd "$work/elsewhere" && lsp_check "$work/moved/tree/bin/pathlint-lsp"); then
    pass "the moved pathlint-lsp publishes the entrez-mismatch diagnostic"
else
    fail "the moved pathlint-lsp did not publish the entrez-mismatch diagnostic"
fi
mv "$work/moved/tree/share/pathlint/snapshot" "$work/moved/snapshot-aside"
out=$(cd "$work/elsewhere" && without_toolchain "$work/moved/tree/bin/pathlint" lint "$root/examples" 2>&1)
status=$?
if [ $status -eq 2 ] && [ "$(wc -l <<< "$out")" -eq 1 ] \
    && grep -qF "no reference snapshot found; looked in $work/moved/tree/share/pathlint/snapshot" <<< "$out"; then
    pass "without its snapshot: one error naming where it looked"
else
    fail "without its snapshot (status $status): $out"
fi
mv "$work/moved/snapshot-aside" "$work/moved/tree/share/pathlint/snapshot"

# The standalone archive, unpacked elsewhere and run through a symbolic link.
if ! archive=$("$root/scripts/build-archive.sh" "$work/dist" "$work/moved/tree" 2> "$work/archive.log"); then
    cat "$work/archive.log" >&2
    fail "scripts/build-archive.sh"
else
    echo "test-install: $(basename "$archive"): $(du -h "$archive" | cut -f1)"
    mkdir -p "$work/unpacked" "$work/links"
    tar -C "$work/unpacked" -xzf "$archive"
    ln -s "$work/unpacked/$(basename "$archive" .tar.gz)/bin/pathlint" "$work/links/pathlint"
    lints_examples "$work/links/pathlint" "the unpacked archive's pathlint, through a symbolic link"
fi

# 3. The wheel, in a fresh venv.
if ! python3 -c "import wheel" 2>/dev/null \
    && ! python3 -m pip install -q --disable-pip-version-check wheel >/dev/null 2>&1; then
    skip "the wheel (cannot install PyPI's wheel)"
elif ! wheel=$("$root/scripts/build-wheel.sh" "$work/dist" "$work/moved/tree" 2> "$work/wheel.log"); then
    cat "$work/wheel.log" >&2
    fail "scripts/build-wheel.sh"
else
    echo "test-install: $(basename "$wheel"): $(du -h "$wheel" | cut -f1)"
    # PyPA's auditwheel reads the binaries' symbol versions and libraries: the tag must be its.
    tag=$(basename "$wheel" .whl)
    tag=${tag##*-}
    if ! command -v auditwheel >/dev/null \
        && ! python3 -m pip install -q --disable-pip-version-check auditwheel >/dev/null 2>&1; then
        skip "auditwheel (cannot install it from PyPI)"
    elif auditwheel show "$wheel" 2>&1 | tr -s ' \n' ' ' | grep -q "consistent with the following platform tag: \"$tag\""; then
        pass "auditwheel finds the wheel consistent with its tag $tag"
    else
        fail "auditwheel does not confirm the tag $tag: $(auditwheel show "$wheel" 2>&1 | head -5)"
    fi
    if ! python3 -m venv "$work/venv" > "$work/venv.log" 2>&1; then
        cat "$work/venv.log" >&2
        skip "the wheel in a venv (python3 -m venv does not work here: Debian's python3-venv?)"
    elif ! "$work/venv/bin/pip" install -q --no-index --disable-pip-version-check "$wheel" > "$work/pip.log" 2>&1; then
        cat "$work/pip.log" >&2
        fail "pip install --no-index of the wheel"
    elif [ "$(PATH="$work/venv/bin:$clean_path" command -v pathlint)" != "$work/venv/bin/pathlint" ] \
        || [ ! -x "$work/venv/bin/pathlint-lsp" ]; then
        fail "the wheel did not put pathlint and pathlint-lsp on the venv's PATH"
    else
        pass "pip install --no-index puts pathlint and pathlint-lsp in the venv's bin"
        clean_path="$work/venv/bin:$clean_path" lints_examples pathlint "the wheel's pathlint (on the venv's PATH)"
    fi
fi

# 4. pre-commit, with the installed pathlint on PATH (the -system hooks build nothing).
if ! command -v pre-commit >/dev/null \
    && ! python3 -m pip install -q --disable-pip-version-check pre-commit >/dev/null 2>&1; then
    skip "pre-commit (cannot install it from PyPI)"
else
    repo="$work/curation"
    mkdir -p "$repo"
    cp -R "$root/examples/sidecar/_figures" "$root/examples/sidecar/_data" "$repo/"
    (cd "$repo" && git init -q && git config user.email ci@example.org && git config user.name CI \
        && echo '# notes' > README.md && git add -A)
    table=$(cd "$repo" && ls _data/*-genes.tsv)
    try_repo() {
        (cd "$repo" && PATH="$work/moved/tree/bin:$clean_path" PRE_COMMIT_HOME="$work/pre-commit-home" \
            pre-commit try-repo "$root" "$1" 2>&1)
    }
    # The example figure's worst findings are warnings: a pass that shows them.
    out=$(try_repo pathlint-system)
    status=$?
    if [ $status -eq 0 ] && grep -q 'warning\[not-a-gene-word\]' <<< "$out"; then
        pass "pre-commit: a passing pathlint-system run shows its warnings"
    else
        fail "pre-commit pathlint-system on warnings only (status $status): $(tail -20 <<< "$out")"
    fi
    out=$(try_repo pathlint-strict-system)
    status=$?
    if [ $status -eq 1 ] && grep -q 'warning\[not-a-gene-word\]' <<< "$out"; then
        pass "pre-commit: pathlint-strict-system fails on the warnings"
    else
        fail "pre-commit pathlint-strict-system (status $status): $(tail -20 <<< "$out")"
    fi
    (cd "$repo" && git commit -qm "figure and table" --no-verify)
    # A commit that touches only the genes table: PURB's NCBI Gene ID becomes PURA's.
    sed -i 's/\tPURB\t5814\t/\tPURB\t5813\t/' "$repo/$table"
    (cd "$repo" && git add "$table")
    out=$(try_repo pathlint-system)
    status=$?
    if [ $status -eq 1 ] && grep -q "$table:.*error\[entrez-mismatch\]" <<< "$out" \
        && [ "$(cd "$repo" && git diff --cached --name-only)" = "$table" ]; then
        pass "pre-commit: a commit touching only $table with a wrong NCBI Gene ID fails and names it"
    else
        fail "pre-commit on the table alone (status $status): $(tail -20 <<< "$out")"
    fi
fi

echo "test-install: took $(( $(date +%s) - start )) s"
echo "test-install: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
