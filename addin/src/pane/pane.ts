/**
 * The task pane UI: plain DOM, no framework (keeps the bundle small). It receives the host's functions as a
 * parameter so tests can drive it with a fake; the only Office.js is in `../excel/adapter.ts`.
 */
import { type Edition, defaultEdition, editions, formatIssue, validateEdition } from "@inovasi/core";
import { type CellValue, type CellWrite, templateGrids, EVIDENCE_LABELS, type LocatedIssue, SHEETS, labelOf, type SummaryChartRef, type WorkbookGrids, findSheet } from "@inovasi/workbook";
import { scoreGrids } from "../pipeline.js";
import { type Lang, type TextKey, t } from "./i18n.js";

/** What the pane needs from Excel. */
export interface PaneHost {
  readGrids(): Promise<WorkbookGrids>;
  applyWrites(writes: CellWrite[], chart: (SummaryChartRef & { sheet: string }) | undefined, headingRows: number[], progress: (done: number, total: number) => void): Promise<unknown>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Insert the missing template sheets; returns the names inserted. */
  insertSheets(sheets: { name: string; headerRow: number; cells: CellValue[][] }[]): Promise<string[]>;
}

const REQUIRED = [SHEETS.innovations, SHEETS.spd, SHEETS.agencies] as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
}

/** Mount the pane in `root`. */
export function mountPane(root: HTMLElement, host: PaneHost, opts: { lang?: Lang } = {}): void {
  let lang: Lang = opts.lang ?? "id";
  let edition: Edition | undefined;
  let last: { render: () => void } | undefined;
  const tx = (k: TextKey) => t(lang, k);

  const render = () => {
    root.replaceChildren();
    document.documentElement.lang = lang;
    const langBtn = el("button", { type: "button", class: "link", id: "lang" }, tx("lang"));
    langBtn.onclick = () => { lang = lang === "id" ? "en" : "id"; render(); last?.render(); };
    root.append(el("header", {}, el("h1", {}, tx("title")), langBtn));

    const select = el("select", { id: "edition" });
    for (const e of Object.values(editions)) select.append(el("option", { value: e.id }, `${e.id} — ${e.name[lang]}`));
    select.value = (edition ?? defaultEdition).id;
    select.onchange = () => { edition = editions[select.value as keyof typeof editions]; };
    const file = el("input", { type: "file", id: "model", accept: ".json,application/json" });
    const modelMsg = el("p", { id: "model-msg", role: "status" });
    file.onchange = async () => {
      const f = file.files?.[0];
      if (!f) return;
      let json: unknown;
      try { json = JSON.parse(await f.text()); } catch (e) { modelMsg.textContent = `${tx("modelInvalid")}: ${f.name}: ${(e as Error).message}`; return; }
      const v = validateEdition(json, { locale: lang });
      if (!v.ok) { modelMsg.textContent = `${tx("modelInvalid")}: ${v.issues.map((i) => `${f.name}: ${formatIssue(i, lang)}`).join("; ")}`; return; }
      edition = v.value;
      modelMsg.textContent = `${tx("modelLoaded")}: ${v.value.id}`;
    };
    root.append(el("section", {}, el("label", { for: "edition" }, tx("edition")), select, el("label", { for: "model" }, tx("modelFile")), file, modelMsg));

    const sheets = el("p", { id: "sheets" });
    const btn = el("button", { type: "button", id: "score", class: "primary" }, tx("score"));
    const progress = el("progress", { id: "progress", hidden: "", max: "100" });
    const status = el("p", { id: "status", role: "status", "aria-live": "polite" });
    const results = el("div", { id: "results", "aria-live": "polite" });
    root.append(el("section", {}, sheets, btn, progress, status), results);

    const detect = () => host.readGrids().then((g) => {
      const found = REQUIRED.filter((s) => findSheet(g, s));
      const missing = REQUIRED.filter((s) => !findSheet(g, s));
      sheets.replaceChildren(`${tx("sheetsFound")}: ${found.join(", ") || "—"}` + (missing.length ? ` · ${tx("sheetsMissing")}: ${missing.join(", ")} ` : ""));
      if (missing.length) {
        const ins = el("button", { type: "button", id: "insert-template" }, tx("insertTemplate"));
        ins.onclick = async () => {
          const tpl = templateGrids(edition ?? defaultEdition, { inputRows: 0 });
          const added = await host.insertSheets(tpl.map((s) => ({ name: s.name, headerRow: s.headerRow, cells: [...Array.from({ length: s.headerRow }, () => []), s.columns.map((c) => c.header), ...s.rows] })));
          status.textContent = `${tx("inserted")}: ${added.join(", ") || "—"}`;
          void detect();
        };
        sheets.append(ins);
      }
    }).catch(() => {});
    void detect();

    btn.onclick = async () => {
      btn.disabled = true;
      progress.hidden = false;
      progress.value = 10;
      status.textContent = tx("reading");
      try {
        const grids = await host.readGrids();
        status.textContent = tx("working");
        progress.value = 40;
        const out = scoreGrids(grids, { locale: lang, ...(edition ? { edition } : {}) });
        if (!out.ok) { last = { render: () => showResults(results, lang, out.issues, undefined, host) }; last.render(); status.textContent = tx("done"); return; }
        status.textContent = tx("writing");
        await host.applyWrites(out.writes, out.chart, out.summaryHeadingRows, (d, n) => { progress.value = 50 + Math.round((50 * d) / Math.max(1, n)); });
        progress.value = 100;
        last = { render: () => showResults(results, lang, out.issues, out, host) };
        last.render();
        status.textContent = tx("done");
      } catch (e) {
        status.textContent = String((e as Error).message ?? e);
      } finally {
        btn.disabled = false;
        progress.hidden = true;
      }
    };
  };
  render();
}

type Scored = Extract<ReturnType<typeof scoreGrids>, { ok: true }>;

function showResults(box: HTMLElement, lang: Lang, issues: LocatedIssue[], out: Scored | undefined, host: PaneHost) {
  const tx = (k: TextKey) => t(lang, k);
  box.replaceChildren();
  if (out) {
    const r = out.result;
    const table = el("table", { id: "totals" },
      el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", { scope: "col" }, tx("claimed")), el("th", { scope: "col" }, tx("verified")))),
      el("tbody", {},
        el("tr", {}, el("th", { scope: "row" }, tx("index")), el("td", { id: "index-claimed" }, String(r.claimed.index ?? "—")), el("td", { id: "index-verified" }, String(r.verified.index ?? "—"))),
        el("tr", {}, el("th", { scope: "row" }, tx("predicate")), el("td", { id: "predicate-claimed" }, r.claimed.predicate?.label[lang] ?? "—"), el("td", { id: "predicate-verified" }, r.verified.predicate?.label[lang] ?? "—"))));
    box.append(table);
    const nc = r.compliance.rules.flatMap((rule) => rule.agencies.filter((a) => !a.complies).map((a) => `${a.agency} (${a.count}/${a.required})`));
    box.append(el("h2", {}, tx("nonCompliant")), nc.length ? el("ul", { id: "non-compliant" }, ...nc.map((s) => el("li", {}, s))) : el("p", {}, tx("none")));
    const gaps = r.innovations.flatMap((i) => i.evidenceGaps?.map((g) => `${i.name}: ${g.indicatorName[lang]} (${lang === "id" ? labelOf(EVIDENCE_LABELS, g.evidence) : g.evidence})`) ?? []);
    box.append(el("h2", {}, `${tx("gaps")} (${gaps.length})`), gaps.length ? el("ul", { id: "gaps" }, ...gaps.slice(0, 50).map((s) => el("li", {}, s))) : el("p", {}, tx("none")));
  }
  box.append(el("h2", {}, `${tx("problems")} (${issues.length})`));
  if (!issues.length) { box.append(el("p", {}, tx("noProblems"))); return; }
  const ul = el("ul", { id: "problems" });
  for (const i of issues.slice(0, 500)) {
    const li = el("li", { class: i.severity });
    if (i.cell) {
      const a = el("button", { type: "button", class: "link cell" }, `${i.sheet}!${i.cell}`);
      a.onclick = () => void host.selectCell(i.sheet, i.cell!);
      li.append(a, ` ${i.text}`);
    } else li.append(i.message);
    ul.append(li);
  }
  box.append(ul);
}
