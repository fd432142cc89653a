#!/usr/bin/env bash
# Installs the Debian packages pathlint builds against, when they are missing.
# Sourced by scripts/lint-examples.sh and scripts/test.sh; safe to run again.
# With --editors, also the editors of the real-editor tests (neovim, emacs-nox with
# elpa-eglot; about 30 s on a fresh machine); with --browser, Chromium and its WebDriver
# (chromium, chromium-driver) for the HTML report's browser test. Those never fail the
# script: without root (or password-less sudo) or a package mirror their tests are
# skipped instead.
set -euo pipefail
packages=(libyaml-dev libjson-c-dev pkg-config)
missing_from() {
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo "$package"
    done
}
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}
mapfile -t missing < <(missing_from "${packages[@]}")
updated=false
if [ ${#missing[@]} -gt 0 ]; then
    echo "pathlint: installing ${missing[*]}" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    updated=true
fi
# Optional packages for tests, installed together (one apt-get update at most).
optional=()
for option in "$@"; do
    case $option in
        --editors) optional+=(neovim emacs-nox elpa-eglot) ;;
        --browser) optional+=(chromium chromium-driver) ;;
    esac
done
if [ ${#optional[@]} -gt 0 ]; then
    mapfile -t extras < <(missing_from "${optional[@]}")
    if [ ${#extras[@]} -gt 0 ]; then
        if [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
            echo "pathlint: not root; ${extras[*]} not installed, their tests will be skipped" >&2
        else
            echo "pathlint: installing ${extras[*]} for the editor and browser tests" >&2
            { $updated || as_root apt-get update -qq; } \
                && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                    "${extras[@]}" >/dev/null \
                || echo "pathlint: could not install ${extras[*]}; their tests will be skipped" >&2
        fi
    fi
fi
