#!/usr/bin/env bash
# The curator's report at scale: the PFOCR corpus copied to N files (default 50,000) under
# new names (copy k renames each figure's file stem `x` to `xrk` in its paths and text, so
# figids stay unique and consistent: no duplicate-figid findings the real batch would not
# have), then, side by side, how long `pathlint lint` takes to write text, JSON, HTML
# and Markdown (median of ROUNDS interleaved rounds), the sizes, and how long headless
# Chromium (through chromedriver) takes to open the HTML report and to apply the filters.
#
# Usage: scripts/bench-report.sh [N]
# Environment: PATHLINT_CORPUS (default ../shared/corpus/pfocr), ROUNDS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
total=${1:-50000}
corpus=${PATHLINT_CORPUS:-../shared/corpus/pfocr}
rounds=${ROUNDS:-3}
work=$(mktemp -d /tmp/pathlint-bench-report.XXXXXX)
trap 'rm -rf "$work"' EXIT

scripts/ensure-deps.sh --browser
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium >/dev/null 2>&1
swift build -c release --product pathlint >/dev/null
pathlint=$(swift build -c release --show-bin-path)/pathlint

python3 - "$corpus" "$work/corpus" "$total" <<'EOF'
import os, re, sys
corpus, out, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(os.path.relpath(os.path.join(d, f), corpus) for d, _, fs in os.walk(corpus) for f in fs
               if re.search(r"\.(md|tsv)$", f))
def stem(path):
    name = os.path.basename(path)
    name = re.sub(r"(-(genes|chemicals|diseases))?\.(md|tsv)$", "", name)
    return name.split("__", 1)[1] if "__" in name else name
written, k = 0, 0
while written < total:
    for relative in files:
        if written == total:
            break
        s = stem(relative)
        new = s if k == 0 else f"{s}r{k}"
        with open(os.path.join(corpus, relative), "rb") as f:
            data = f.read().replace(s.encode(), new.encode())
        path = os.path.join(out, str(k), relative.replace(s, new))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        written += 1
    k += 1
print(f"{written} files ({k} copies of {len(files)})")
EOF

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
declare -A times
for ((round = 0; round < rounds; round++)); do
    for format in text json html markdown; do
        start=$(date +%s.%N)
        "$pathlint" lint "$work/corpus" --format "$format" --exit-zero > "$work/report.$format"
        end=$(date +%s.%N)
        times[$format]+="$(echo "$end - $start" | bc) "
    done
done
text_time=$(echo ${times[text]} | tr ' ' '\n' | median)
printf '%-9s %9s %8s %12s\n' format seconds "x text" bytes
for format in text json html markdown; do
    t=$(echo ${times[$format]} | tr ' ' '\n' | median)
    printf '%-9s %9.2f %8.2f %12d\n' "$format" "$t" "$(echo "$t / $text_time" | bc -l)" "$(stat -c %s "$work/report.$format")"
done
findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$work/report.json")
echo "findings: $findings; markdown lines: $(wc -l < "$work/report.markdown")"

python3 - "$work/report.html" <<'EOF'
import shutil, statistics, sys, time
from selenium import webdriver
from selenium.webdriver.common.by import By
url = "file://" + sys.argv[1]
def browser(scripts):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        options.add_argument(flag)
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")))
def load(driver):
    start = time.monotonic()
    driver.get(url)  # returns after the load event
    wall = time.monotonic() - start
    timing = driver.execute_script("const n = performance.getEntriesByType('navigation')[0];"
                                   "return [n.domContentLoadedEventEnd, n.loadEventEnd];")
    return wall, timing[0] / 1000, timing[1] / 1000
for scripts in (True, False):
    driver = browser(scripts)
    try:
        runs = [load(driver) for _ in range(3)]
        wall, ready, loaded = (statistics.median(r[i] for r in runs) for i in range(3))
        sections = len(driver.find_elements(By.CSS_SELECTOR, "section.figure"))
        print(f"chromium, scripts {'on ' if scripts else 'off'}: load {wall:.2f} s (DOMContentLoaded {ready:.2f} s, "
              f"load event {loaded:.2f} s), {sections} figure sections in the document")
        if scripts:
            rule = driver.execute_script("return document.querySelector('select[name=rule] option:nth-child(2)').value")
            for label, action in (("rule filter", f"f.elements.rule.value = {rule!r}; f.elements.rule.dispatchEvent(new Event('change', {{bubbles: true}}));"),
                                  ("every rule again", "f.elements.rule.value = ''; f.elements.rule.dispatchEvent(new Event('change', {bubbles: true}));"),
                                  ("text search (first)", "f.elements.query.value = 'map2k'; f.elements.query.dispatchEvent(new Event('input', {bubbles: true}));"),
                                  ("text search (again)", "f.elements.query.value = 'atp'; f.elements.query.dispatchEvent(new Event('input', {bubbles: true}));"),
                                  ("next page", "document.querySelector('nav.pager button.next').click();")):
                seconds = driver.execute_script("const f = document.getElementById('filters'); const t = performance.now(); "
                                                + action + " return (performance.now() - t) / 1000;")
                status = driver.find_element(By.ID, "match-count").text
                print(f"  {label}: {seconds:.2f} s ({status})")
    finally:
        driver.quit()
EOF
