#!/usr/bin/env python3
"""The HTML report in a real browser: Debian's headless Chromium.

    scripts/test-html-report.py PATHLINT [CORPUS] [--screenshot PNG]

Lints CORPUS (default ../shared/corpus/pfocr beside the checkout, else examples/) with `--format json` and `--format html`,
then checks the report against the JSON findings:

- self-contained: no external style sheet, script, image or font; every link is an
  anchor in the page, a PFOCR figure page or a PMC article;
- `chromium --headless --dump-dom`: the rendered DOM's totals and per-rule counts, the
  first page of figure sections, their PFOCR/PMC links and rule links;
- through chromedriver (selenium): paging through every page shows every finding once
  (the same rule/severity/message multiset as the JSON); the severity, rule and text
  filters hide and show exactly the findings they should; a link to a figure on another
  page goes there; with scripts off, the sections are there without filters;
- a screenshot of the first screen (to look at).

Exit status 0 when every check passes, 1 when one fails, 2 when it cannot run (no
Chromium, chromedriver or selenium, or no such corpus): skipped, not failed.
"""
import argparse
import collections
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


def skip(message):
    print("pathlint: HTML report browser test skipped: " + message, file=sys.stderr)
    sys.exit(2)


def pathlint(binary, args):
    run = subprocess.run([binary, "lint", *args], capture_output=True)
    if run.returncode not in (0, 1):
        print(run.stderr.decode(), file=sys.stderr)
        sys.exit(f"pathlint {' '.join(args)} exited {run.returncode}")
    return run.stdout


class Collector(html.parser.HTMLParser):
    """Every start tag with its attributes, and the text of <style> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def parse(text):
    collector = Collector()
    collector.feed(text)
    return collector


def pfocr_url(figid):
    return "https://pfocr.wikipathways.org/figures/" + urllib.parse.quote(figid, safe="-._~") + ".html"


def pictured(text):
    """Text as the report shows it: C0 controls (but tab and line break) and DEL as their
    Unicode pictures (U+241F for U+001F), C1 controls as U+FFFD."""
    return "".join(chr(0x2400 + (0x21 if c == "\x7f" else ord(c))) if (ord(c) < 0x20 and c not in "\t\n") or c == "\x7f"
                   else "\ufffd" if 0x80 <= ord(c) <= 0x9f else c for c in text)


def check_self_contained(report):
    page = parse(report)
    for tag, attrs in page.tags:
        check(tag not in ("link", "img", "iframe", "object", "embed", "image"), f"external resource element <{tag}>")
        check("src" not in attrs or tag == "script" and attrs["src"] is None, f"<{tag} src=…>")
        if tag == "script":
            check("src" not in attrs, "a script with src")
        href = attrs.get("href")
        if href is not None:
            check(href.startswith("#") or href.startswith("https://pfocr.wikipathways.org/figures/")
                  or re.fullmatch(r"https://pmc\.ncbi\.nlm\.nih\.gov/articles/PMC\d+/", href) is not None,
                  f"unexpected link {href}")
    check("@import" not in page.style and "url(" not in page.style, "the style sheet loads something")
    check("@font-face" not in page.style, "the style sheet loads a font")


def dump_dom(chromium, url):
    run = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url],
                         capture_output=True, timeout=120)
    check(run.returncode == 0, f"chromium --dump-dom exited {run.returncode}: {run.stderr.decode()[-500:]}")
    return run.stdout.decode()


def check_dumped_dom(dom, findings, index):
    # With scripts on, a <noscript>'s content is text, which the dump writes out unescaped.
    dom = re.sub(r"<noscript>.*?</noscript>", "", dom, flags=re.S)
    page = parse(dom)
    by_id = {attrs.get("id"): (tag, attrs) for tag, attrs in page.tags if attrs.get("id")}
    totals = {}
    # Totals: <td data-severity="error">N</td>; read with a regex over the dumped DOM.
    for severity, count in re.findall(r'<td data-severity="([a-z]+)">(\d+)</td>', dom):
        totals[severity] = int(count)
    expected = collections.Counter(f["severity"] for f in findings)
    for severity in ("error", "warning", "info", "hint"):
        check(totals.get(severity) == expected.get(severity, 0),
              f"total {severity}: report {totals.get(severity)}, JSON {expected.get(severity, 0)}")
    check(totals.get("all") == len(findings), f"total: report {totals.get('all')}, JSON {len(findings)}")

    per_rule = collections.Counter(f["rule"] for f in findings)
    rows = re.findall(r'<tr data-rule="([^"]+)"><td><a href="#rule-[^"]+">[^<]+</a></td>((?:<td>\d+</td>){7})</tr>', dom)
    check(len(rows) == len(per_rule), f"{len(rows)} rule rows, {len(per_rule)} rules in the JSON")
    for rule, cells in rows:
        numbers = [int(n) for n in re.findall(r"\d+", cells)]
        check(numbers[4] == per_rule[rule], f"{rule}: report {numbers[4]}, JSON {per_rule[rule]}")
        check(sum(numbers[:4]) == numbers[4], f"{rule}: severities do not add up")
        check(("rule-" + rule) in by_id, f"no documentation section for {rule}")
    bars = re.findall(r'<g class="bar" data-rule="([^"]+)" data-count="(\d+)">', dom)
    check({rule: int(count) for rule, count in bars} == dict(per_rule), "the chart's bars differ from the JSON counts")

    check(sum(index["figures"][rank][k + 1] for rank in range(len(index["figures"]))
              for k in range(0, len(index["figures"][rank]), 2)) == len(findings), "the index does not count every finding")

    # The first page, rendered by the script.
    sections = [attrs for tag, attrs in page.tags if tag == "section" and "figure" in attrs.get("class", "").split()]
    check(len(sections) == min(index["pageSize"], len(index["figures"])),
          f"{len(sections)} figure sections on the first page, expected {min(index['pageSize'], len(index['figures']))}")
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a" and "href" in attrs]
    for attrs in sections:
        check(pfocr_url(attrs["data-figid"]) in links, f"no PFOCR link for {attrs['data-figid']}")
    pmc = [href for href in links if href.startswith("https://pmc.ncbi.nlm.nih.gov/")]
    check(len(pmc) >= len(sections), f"{len(pmc)} PMC links for {len(sections)} figures")
    rule_links = {attrs["href"][len("#rule-"):] for tag, attrs in page.tags
                  if tag == "a" and "rule" in attrs.get("class", "").split()}
    check(rule_links and all(("rule-" + rule) in by_id for rule in rule_links), "a rule link leads nowhere")
    check(f"{len(findings)} findings in {len(index['figures'])} of {len(index['figures'])} figures" in dom,
          "the status line does not count every finding")


def browser_checks(driver, url, findings, index, screenshot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(url)
    form = driver.find_element(By.ID, "filters")
    check(form.is_displayed(), "the filters are not shown with scripts on")

    def visible():
        return driver.execute_script("""
            return Array.from(document.querySelectorAll('#figures li.finding:not([hidden])'), (li) => [
              li.dataset.rule, li.dataset.severity, li.querySelector('.message').textContent,
              li.closest('section.figure').dataset.figid]);""")

    def every_page():
        """The visible findings of every page, following the pager's next button."""
        shown = []
        for _ in range(10000):
            shown += visible()
            nexts = driver.find_elements(By.CSS_SELECTOR, "nav.pager button.next")
            if not nexts or not nexts[-1].is_displayed() or not nexts[-1].is_enabled():
                return shown
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", nexts[-1])
            nexts[-1].click()
        return shown

    def status():
        return driver.find_element(By.ID, "match-count").text

    expected = collections.Counter((f["rule"], f["severity"], pictured(f["message"])) for f in findings)
    driver.save_screenshot(screenshot)
    print(f"pathlint: screenshot of the report: {screenshot}", file=sys.stderr)

    everything = every_page()
    shown = collections.Counter(tuple(x[:3]) for x in everything)
    check(shown == expected, f"paging through shows {len(everything)} findings, not the JSON's {len(findings)}: "
          f"{list((shown - expected).items())[:3]} instead of {list((expected - shown).items())[:3]}")

    rule, count = collections.Counter(f["rule"] for f in findings).most_common(1)[0]
    driver.get(url)
    Select(driver.find_element(By.NAME, "rule")).select_by_value(rule)
    shown = every_page()
    check(len(shown) == count and all(x[0] == rule for x in shown),
          f"filter by rule {rule}: {len(shown)} shown, {count} expected")
    check(status().startswith(f"{count} finding"), f"status with rule {rule}: {status()}")
    Select(driver.find_element(By.NAME, "rule")).select_by_value("")

    errors = sum(1 for f in findings if f["severity"] == "error")
    driver.get(url)
    driver.find_element(By.CSS_SELECTOR, "input[name=severity][value=error]").click()
    shown = every_page()
    check(len(shown) == len(findings) - errors and all(x[1] != "error" for x in shown),
          f"without errors: {len(shown)} shown, {len(findings) - errors} expected")
    driver.find_element(By.CSS_SELECTOR, "input[name=severity][value=error]").click()
    check(status().startswith(f"{len(findings)} finding"), f"errors back: {status()}")

    # Text search: the last figure's figid shows that figure's findings, and others only
    # when they name it.
    last = len(index["figures"]) - 1
    figid = re.search(r'data-figid="([^"]+)"', driver.execute_script(
        f"return document.getElementById('page-{last // index['pageSize']}').textContent.split('\\u001f')"
        f"[{last % index['pageSize']}]")).group(1)
    own = sum(index["figures"][last][1::2])
    driver.get(url)
    search = driver.find_element(By.NAME, "query")
    search.send_keys(figid)
    shown = every_page()
    check(sum(1 for x in shown if x[3] == figid) == own
          and all(x[3] == figid or figid.lower() in x[2].lower() for x in shown),
          f"search {figid}: {len(shown)} shown ({collections.Counter(x[3] for x in shown)}), {own} expected")

    # A message: every finding shown says it.
    message = findings[0]["message"]
    search.clear()
    search.send_keys(message)
    shown = every_page()
    same = sum(1 for f in findings if f["message"] == message)
    check(len(shown) >= same and all(message.lower() in x[2].lower() for x in shown),
          f"search for a message: {len(shown)} shown, {same} with that message")
    search.clear()
    search.send_keys("no finding says this: ¶¶¶")
    check(visible() == [] and status().startswith("0 findings in 0 of"), f"a search for nothing: {status()}")

    # Every severity off: nothing shown.
    driver.get(url)
    for box in driver.find_elements(By.CSS_SELECTOR, "input[name=severity]"):
        box.click()
    check(visible() == [] and status().startswith("0 findings"), f"no severity: {status()}")

    # A link to the last figure: its page is shown, even from a filtered view.
    last = len(index["figures"]) - 1
    driver.get(url + f"#fig-{last}")
    check(driver.find_elements(By.ID, f"fig-{last}") != [], f"#fig-{last} is not on the page after following its link")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pathlint")
    # The PFOCR corpus beside the checkout when there is one, else the examples.
    corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus", "pfocr")
    examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
    parser.add_argument("corpus", nargs="?", default=corpus if os.path.isdir(corpus) else examples)
    parser.add_argument("--screenshot", default=os.path.join(tempfile.gettempdir(), "pathlint-report.png"))
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        skip("no chromium (apt-get install chromium chromium-driver)")
    if not shutil.which("chromedriver"):
        skip("no chromedriver (apt-get install chromium-driver)")
    try:
        from selenium import webdriver
    except ImportError:
        skip("no selenium (pip install selenium)")
    if not os.path.isdir(args.corpus):
        skip(f"no corpus at {args.corpus}")

    findings = json.loads(pathlint(args.pathlint, [args.corpus, "--format", "json"]))
    report = pathlint(args.pathlint, [args.corpus, "--format", "html"]).decode()
    check(findings != [], "the corpus gave no findings: nothing to test")
    index = json.loads(re.search(r'<script type="application/json" id="figure-index">(.*?)</script>', report, re.S).group(1))
    check_self_contained(report)
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "report.html")
        with open(path, "w", encoding="utf-8") as file:
            file.write(report)
        url = "file://" + path
        check_dumped_dom(dump_dom(chromium, url), findings, index)

        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
            options.add_argument(flag)
        service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
        driver = webdriver.Chrome(options=options, service=service)
        try:
            browser_checks(driver, url, findings, index, args.screenshot)
        finally:
            driver.quit()

        # Scripts off: the <noscript> sections, no filters.
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        driver = webdriver.Chrome(options=options, service=service)
        try:
            from selenium.webdriver.common.by import By
            driver.get(url)
            sections = driver.find_elements(By.CSS_SELECTOR, "section.figure")
            check(len(sections) == len(index["figures"]),
                  f"scripts off: {len(sections)} figure sections shown, {len(index['figures'])} figures")
            check(not driver.find_element(By.ID, "filters").is_displayed(), "scripts off: the filters are shown")
            shown = len(driver.find_elements(By.CSS_SELECTOR, "li.finding"))
            check(shown == len(findings), f"scripts off: {shown} findings shown, {len(findings)} in the JSON")
        finally:
            driver.quit()

    if failures:
        print(f"pathlint: HTML report browser test: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print(f"pathlint: HTML report browser test passed ({len(findings)} findings, {len(index['figures'])} figures)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
