/// The style sheet and the script of `--format html`, inline in every report (a report
/// opens without a network).
enum HTMLReportAssets {
    static let css = #"""
    :root { --error: #c62828; --warning: #d68a00; --info: #1565c0; --hint: #00838f; --line: #d0d7de; --muted: #57606a; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1f2328;
           max-width: 70rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
    h1 { margin-bottom: 0.2rem; }
    h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; margin-top: 2rem; }
    a { color: #0550ae; }
    code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
    table { border-collapse: collapse; margin: 0.5rem 0; }
    th, td { border: 1px solid var(--line); padding: 0.2rem 0.6rem; text-align: left; vertical-align: top; }
    td { font-variant-numeric: tabular-nums; }
    table.totals td, table.rules td:not(:first-child), table.ranking td:nth-child(n+3):not(:last-child) { text-align: right; }
    th.sev-error, .sev.sev-error { color: var(--error); }
    th.sev-warning, .sev.sev-warning { color: var(--warning); }
    th.sev-info, .sev.sev-info { color: var(--info); }
    th.sev-hint, .sev.sev-hint { color: var(--hint); }
    rect.sev-error, .key.sev-error { fill: var(--error); background: var(--error); }
    rect.sev-warning, .key.sev-warning { fill: var(--warning); background: var(--warning); }
    rect.sev-info, .key.sev-info { fill: var(--info); background: var(--info); }
    rect.sev-hint, .key.sev-hint { fill: var(--hint); background: var(--hint); }
    .chart { margin: 0.5rem 0; overflow-x: auto; }
    .chart svg { font-size: 13px; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
    .chart svg a text { fill: #0550ae; }
    .key { display: inline-block; width: 0.8em; height: 0.8em; margin: 0 0.3em 0 0.8em; vertical-align: -0.05em; }
    .note, .lede, .location, .truncated { color: var(--muted); }
    .warning { color: var(--error); }
    .filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 0.5rem 0;
               display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; align-items: center; z-index: 1; }
    .filters fieldset { border: none; margin: 0; padding: 0; }
    .filters legend { float: left; margin-right: 0.5rem; }
    .filters input[type=search] { width: 16rem; }
    #figures, section.figure, section.rule-doc { scroll-margin-top: 7rem; }
    .pager { margin: 0.8rem 0; display: flex; gap: 0.8rem; align-items: center; }
    section.figure { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 0.5rem; margin: 1rem 0; }
    section.figure h3 { margin: 0.7rem 0 0.2rem; font-size: 1.05rem; }
    section.figure .title { margin: 0.1rem 0; font-style: italic; }
    section.figure .links { margin: 0.1rem 0 0.5rem; }
    .count { font-size: 0.8rem; font-weight: normal; border-radius: 1em; padding: 0.05em 0.6em; color: #fff; margin-left: 0.3em; }
    .count.sev-error { background: var(--error); } .count.sev-warning { background: var(--warning); }
    .count.sev-info { background: var(--info); } .count.sev-hint { background: var(--hint); }
    ol.findings { padding-left: 0; list-style: none; margin: 0; }
    li.finding { border-top: 1px solid var(--line); padding: 0.4rem 0; }
    li.finding p { margin: 0.1rem 0; }
    .sev { font-weight: 600; text-transform: uppercase; font-size: 0.75rem; }
    a.rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
    .location { font-size: 0.85rem; }
    pre.source { background: #f6f8fa; padding: 0.3rem 0.6rem; margin: 0.3rem 0; overflow-x: auto; white-space: pre; }
    .line-number { display: inline-block; min-width: 3.5em; color: var(--muted); user-select: none; }
    mark { background: #ffe08a; outline: 1px solid #d68a00; }
    mark:empty { padding-left: 2px; background: var(--error); }
    ul.fixes { margin: 0.2rem 0; padding-left: 1.2rem; }
    .safety { font-size: 0.8rem; font-weight: 600; }
    .fix.safe .safety { color: #1a7f37; } .fix.unsafe .safety { color: var(--warning); }
    pre.doc { white-space: pre-wrap; background: #f6f8fa; padding: 0.6rem; }
    section.rule-doc:target h3 { background: #fff8c5; }
    [hidden] { display: none !important; }

    """#

    /// Pages and filters. The sections of each page are inert text (`#page-N`); the
    /// index (`#figure-index`) says, per figure in rank order, how many findings it has per
    /// rule and severity, so counting and choosing the figures that pass a filter never
    /// touches the sections. A text search reads a figure's sections only when asked
    /// (once, then cached).
    static let script = #"""
    (() => {
      "use strict";
      const indexElement = document.getElementById("figure-index");
      if (!indexElement) return;
      const index = JSON.parse(indexElement.textContent);
      const severities = ["error", "warning", "info", "hint"];
      const pageSize = index.pageSize, figures = index.figures, rules = index.rules;
      const form = document.getElementById("filters");
      const list = document.getElementById("figures");
      const status = document.getElementById("match-count");
      const pagers = Array.from(document.querySelectorAll("nav.pager"));
      const pages = [];
      const section = (rank) => {
        const page = Math.floor(rank / pageSize);
        if (!pages[page]) pages[page] = document.getElementById("page-" + page).textContent.split("\u001f");
        return pages[page][rank % pageSize];
      };
      const entities = { lt: "<", gt: ">", quot: "\"", "#39": "'", amp: "&" };
      const plain = (html) => html.replace(/<[^>]*>/g, " ").replace(/&(lt|gt|quot|#39|amp);/g, (_, e) => entities[e]).toLowerCase();
      // Per figure, when a search needs it: its heading's text and each finding's severity, rule and text.
      const parsed = [];
      const parse = (rank) => {
        if (parsed[rank]) return parsed[rank];
        const parts = section(rank).split("<li class=\"finding\"");
        const findings = parts.slice(1).map((part) => {
          const match = /data-severity="([a-z]+)" data-rule="([^"]*)"/.exec(part);
          return { severity: match[1], rule: match[2], text: plain(part) };
        });
        return (parsed[rank] = { heading: plain(parts[0]), findings });
      };
      let matches = [], page = 0;

      const filters = () => ({
        severities: new Set(Array.from(form.querySelectorAll("input[name=severity]:checked"), (box) => box.value)),
        rule: form.elements.rule.value,
        query: form.elements.query.value.trim().toLowerCase(),
      });
      const passes = (f, severity, rule) => f.severities.has(severity) && (!f.rule || f.rule === rule);
      const findingPasses = (f, heading, finding) =>
        passes(f, finding.severity, finding.rule) && (heading.includes(f.query) || finding.text.includes(f.query));

      function select() {
        const f = filters();
        matches = [];
        let count = 0;
        figures.forEach((codes, rank) => {
          let n = 0;
          if (!f.query) {
            for (let k = 0; k < codes.length; k += 2) {
              if (passes(f, severities[codes[k] & 3], rules[codes[k] >> 2])) n += codes[k + 1];
            }
          } else {
            const figure = parse(rank);
            for (const finding of figure.findings) if (findingPasses(f, figure.heading, finding)) n += 1;
          }
          if (n > 0) { matches.push(rank); count += n; }
        });
        return { f, count };
      }

      function render(selection) {
        const { f, count } = selection;
        const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
        page = Math.min(page, pageCount - 1);
        const shown = matches.slice(page * pageSize, (page + 1) * pageSize);
        list.innerHTML = shown.map(section).join("");
        shown.forEach((rank, position) => {
          const element = list.children[position];
          const items = element.querySelectorAll("li.finding");
          const figure = f.query ? parse(rank) : null;
          items.forEach((item, k) => {
            item.hidden = f.query ? !findingPasses(f, figure.heading, figure.findings[k])
                                  : !passes(f, item.dataset.severity, item.dataset.rule);
          });
        });
        const all = figures.length;
        status.textContent = count + " finding" + (count === 1 ? "" : "s") + " in " + matches.length + " of " + all
          + " figure" + (all === 1 ? "" : "s");
        for (const pager of pagers) {
          pager.hidden = pageCount < 2;
          pager.innerHTML = "";
          const button = (label, target, name) => {
            const b = document.createElement("button");
            b.type = "button"; b.textContent = label; b.className = name;
            b.disabled = target < 0 || target >= pageCount;
            b.addEventListener("click", () => { page = target; render(selection); list.scrollIntoView(); });
            return b;
          };
          const where = document.createElement("span");
          where.className = "page-status";
          where.textContent = "page " + (page + 1) + " of " + pageCount;
          pager.append(button("‹ previous", page - 1, "previous"), where, button("next ›", page + 1, "next"));
        }
      }

      function update() { page = 0; render(select()); }

      function follow() {
        const target = /^#fig-(\d+)$/.exec(location.hash);
        if (!target) return;
        const rank = Number(target[1]);
        if (rank >= figures.length) return;
        let position = matches.indexOf(rank);
        if (position < 0) {
          form.reset();  // the figure is filtered out: show everything again
          select();
          position = matches.indexOf(rank);
        }
        page = Math.floor(position / pageSize);
        render(select());
        const element = document.getElementById("fig-" + rank);
        if (element) element.scrollIntoView();
      }

      form.hidden = false;
      form.addEventListener("input", update);
      form.addEventListener("change", update);
      form.addEventListener("submit", (event) => event.preventDefault());
      window.addEventListener("hashchange", follow);
      update();
      follow();
    })();

    """#
}
