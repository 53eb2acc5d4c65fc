/**
 * The task pane's DOM: draws the store's state and the results view model, and turns clicks and keys into store
 * actions and host calls. Everything it shows is computed in the pure modules beside it (state, view-model,
 * messages, links, format); the only Office.js is in `../excel/adapter.ts`.
 */
import { recapWorkbooks } from "../commands/recap.js";
import { readRegionListFile } from "../recap.js";
import { scoreWorkbook } from "../commands/score.js";
import { followLink } from "../commands/select.js";
import { insertTemplateSheets } from "../commands/template.js";
import type { PaneHost } from "../commands/host.js";
import type { CellLink } from "./links.js";
import { formatNumber } from "./format.js";
import { msg, otherLang, t, type TextKey } from "./messages.js";
import { readModelFile } from "./model-file.js";
import { isRecapBusy, recapProgress, recapStatusText } from "./recap-state.js";
import { parseRecapYear, recapTargetOptions, recapYearHint } from "./recap-target.js";
import { type RecapView, recapView } from "./recap-view.js";
import { MODEL_OPTION, type PaneState, type Store, editionOptions, isBusy, isStale, isWorkbookBusy, modelText, recapPreviousText, regionListProblems, sheetsNow, sheetsText, statusText } from "./state.js";
import { type Item, type ListView, type ResultsView, resultsView } from "./view-model.js";

export type { PaneHost } from "../commands/host.js";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
}

/** Mount the pane in `root`, drawing `store` and calling `host`. Returns a function that unmounts it. */
export function mountPane(root: HTMLElement, host: PaneHost, store: Store): () => void {
  const detect = () => host.sheetNames().then((names) => store.dispatch({ type: "sheets", ...sheetsNow(store.get(), names) }), () => {});
  let ui = build(root, host, store);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      ui = build(root, host, store);
      document.getElementById("lang")?.focus();
      return;
    }
    ui.update(s, prev);
  });
  void detect();
  return unsubscribe;
}

interface Ui { update(s: PaneState, prev: PaneState | undefined): void }

/** Select a link's cell in Excel; when Excel cannot, the reason (also in the status line), else undefined. */
type Follow = (link: CellLink) => Promise<string | undefined>;

function build(root: HTMLElement, host: PaneHost, store: Store): Ui {
  const s0 = store.get();
  const follow: Follow = async (link) => ((await followLink(host, store, link)) ? undefined : statusText(store.get()));
  const tx = (k: TextKey) => t(store.get().lang, k);
  root.replaceChildren();
  document.documentElement.lang = s0.lang;
  document.title = tx("title");

  const langBtn = el("button", { type: "button", class: "link", id: "lang", lang: otherLang(s0.lang) }, tx("langSwitch"));
  langBtn.onclick = () => store.dispatch({ type: "lang", lang: otherLang(store.get().lang) });
  root.append(el("header", {}, el("h1", {}, tx("title")), langBtn));

  // model: a shipped edition, or a province's model file (own button and label: no browser "Choose file" text)
  const select = el("select", { id: "edition" });
  select.onchange = () => { if (select.value !== MODEL_OPTION) store.dispatch({ type: "edition", id: select.value || undefined }); };
  const file = el("input", { type: "file", id: "model", accept: ".json,application/json", hidden: "", tabindex: "-1", "aria-hidden": "true" });
  const fileBtn = el("button", { type: "button", id: "model-button", class: "secondary", "aria-describedby": "model-msg" }, tx("chooseModel"));
  fileBtn.onclick = () => file.click();
  const modelMsg = el("p", { id: "model-msg", role: "status" });
  // a loaded model's warnings (the maximum re-derived, "ISI: …" left from model init), in the pane's language
  const modelNotes = el("ul", { id: "model-notes", class: "notes", hidden: "" });
  file.onchange = async () => {
    const f = file.files?.[0];
    if (!f) return;
    store.dispatch({ type: "model", model: readModelFile(f.name, await f.text()) });
    file.value = "";
  };
  root.append(el("section", { "aria-labelledby": "edition-label" },
    el("label", { for: "edition", id: "edition-label" }, tx("edition")), select,
    el("div", { role: "group", "aria-labelledby": "model-label", class: "file" }, el("span", { id: "model-label", class: "label" }, tx("modelFile")), fileBtn, file, modelMsg, modelNotes)));

  // the run
  const sheets = el("p", { id: "sheets" });
  const insertBtn = el("button", { type: "button", id: "insert-template", class: "secondary", hidden: "" }, tx("insertTemplate"));
  const scoreBtn = el("button", { type: "button", id: "score", class: "primary" }, tx("score"));
  insertBtn.onclick = async () => {
    const hadFocus = document.activeElement === insertBtn;
    // one insertion at a time (the store's `inserting` disables the button): a second click would add them twice
    await insertTemplateSheets(host, store);
    // the button hides once nothing is missing: keep the keyboard where the next step is
    if (insertBtn.hidden && hadFocus) scoreBtn.focus();
  };
  scoreBtn.onclick = () => void scoreWorkbook(host, store);
  const progress = el("progress", { id: "progress", max: "100", hidden: "", "aria-label": tx("progress") });
  const status = el("p", { id: "status", role: "status", "aria-live": "polite" });
  // results kept from an earlier run while the last one failed: said above them, not left to look current
  const stale = el("p", { id: "stale", class: "caveat", hidden: "" }, tx("stale"));
  // what Excel would not give while reading (merged areas): the rows it concerns may be reported wrongly
  const readNote = el("p", { id: "read-note", class: "caveat", hidden: "" });
  // problem texts come from the run, in the language it ran in: said after a language switch
  const langNote = el("p", { id: "lang-note", class: "more", hidden: "" }, tx("otherLangIssues"));
  root.append(el("section", { "aria-label": tx("sheets") }, sheets, insertBtn, scoreBtn, progress, status, stale, readNote, langNote));

  const results = el("div", { id: "results" });
  root.append(results);

  // the province recap: kab/kota files picked here (own button and label: no browser "Choose files" text)
  const recapFiles = el("input", { type: "file", id: "recap-files", multiple: "", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hidden: "", tabindex: "-1", "aria-hidden": "true" });
  const recapBtn = el("button", { type: "button", id: "recap-button", class: "secondary", "aria-describedby": "recap-hint" }, tx("chooseRecap"));
  recapBtn.onclick = () => recapFiles.click();
  // the dialog closed without a file (Chromium-based webviews tell it): say so rather than nothing
  recapFiles.addEventListener("cancel", () => void recapWorkbooks(host, store, []));
  recapFiles.onchange = () => {
    const picked = [...(recapFiles.files ?? [])].map((f) => ({ name: f.name, bytes: () => fileBytes(f), lastModified: f.lastModified }));
    recapFiles.value = "";
    void recapWorkbooks(host, store, picked);
  };
  // the province's list of kab/kota (optional), as `inovasi rekap --regions`: the recap then names who sent nothing
  const regionsFile = el("input", { type: "file", id: "recap-regions-file", accept: ".txt,.csv,.tsv,.xlsx,text/plain,text/csv", hidden: "", tabindex: "-1", "aria-hidden": "true" });
  const regionsBtn = el("button", { type: "button", id: "recap-regions-button", class: "secondary", "aria-describedby": "recap-regions" }, tx("chooseRegions"));
  regionsBtn.onclick = () => regionsFile.click();
  regionsFile.onchange = () => {
    const f = regionsFile.files?.[0];
    regionsFile.value = "";
    if (!f) return;
    void readRegionListFile({ name: f.name, bytes: () => fileBytes(f) }, store.get().lang).then((list) =>
      store.dispatch({ type: "recap-regions", list: { file: f.name, regions: list.regions, problems: list.problems, problemsIn: list.problemsIn } }));
  };
  const regionsDrop = el("button", { type: "button", id: "recap-regions-drop", class: "secondary", hidden: "" }, tx("dropRegions"));
  regionsDrop.onclick = () => store.dispatch({ type: "recap-regions", list: undefined });
  const regionsNote = el("div", { id: "recap-regions", role: "status", "aria-live": "polite" });
  // last year's kab/kota files (optional), as `inovasi rekap --previous`: kept, and read at the next recap after this
  // year's; the recap then writes Banding Tahun too (the system dialog opens only from a click, so it is picked first)
  const previousFiles = el("input", { type: "file", id: "recap-previous-files", multiple: "", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hidden: "", tabindex: "-1", "aria-hidden": "true" });
  const previousBtn = el("button", { type: "button", id: "recap-previous-button", class: "secondary", "aria-describedby": "recap-previous" }, tx("choosePrevious"));
  previousBtn.onclick = () => previousFiles.click();
  previousFiles.onchange = () => {
    const picked = [...(previousFiles.files ?? [])].map((f) => ({ name: f.name, bytes: () => fileBytes(f), lastModified: f.lastModified }));
    previousFiles.value = "";
    if (picked.length) store.dispatch({ type: "recap-previous", files: picked });
  };
  const previousDrop = el("button", { type: "button", id: "recap-previous-drop", class: "secondary", hidden: "" }, tx("dropPrevious"));
  previousDrop.onclick = () => {
    store.dispatch({ type: "recap-previous", files: undefined });
    previousBtn.focus(); // the drop button hides: keep the keyboard in the section
  };
  const previousNote = el("p", { id: "recap-previous", role: "status", "aria-live": "polite" });
  // the assessment year, as `inovasi rekap --year`: empty = the files' most common year
  const yearInput = el("input", { type: "text", inputmode: "numeric", id: "recap-year", maxlength: "4", size: "6", "aria-describedby": "recap-year-hint" });
  const yearHint = el("span", { id: "recap-year-hint", class: "more" }, tx("recapYearHint"));
  yearInput.onchange = () => {
    const y = parseRecapYear(yearInput.value);
    store.dispatch({ type: "recap-year", year: y.year, invalid: y.valid ? undefined : yearInput.value.trim() });
  };
  const targetSelect = el("select", { id: "recap-target" });
  targetSelect.onchange = () => store.dispatch({ type: "recap-target", id: targetSelect.value || undefined });
  const recapBar = el("progress", { id: "recap-progress", max: "100", hidden: "", "aria-label": tx("recapProgress") });
  const recapStatus = el("p", { id: "recap-status", role: "status", "aria-live": "polite" });
  const recapBox = el("div", { id: "recap-results" });
  root.append(el("section", { id: "recap", "aria-labelledby": "recap-h" },
    el("h2", { id: "recap-h", tabindex: "-1" }, tx("recap")), el("p", { id: "recap-hint" }, tx("recapHint")),
    el("label", { for: "recap-target", id: "recap-target-label" }, tx("recapTarget")), targetSelect,
    el("label", { for: "recap-year", id: "recap-year-label" }, tx("recapYear")), yearInput, yearHint,
    regionsBtn, regionsFile, regionsDrop, regionsNote, previousBtn, previousFiles, previousDrop, previousNote, recapBtn, recapFiles, recapBar, recapStatus, recapBox));

  const update = (s: PaneState, prev: PaneState | undefined) => {
    if (!prev || s.editionId !== prev.editionId || s.model !== prev.model) {
      const opts = editionOptions(s);
      select.replaceChildren(...opts.map((o) => el("option", { value: o.value }, o.label)));
      select.value = opts.find((o) => o.selected)?.value ?? "";
    }
    const m = modelText(s);
    modelMsg.textContent = m.text;
    modelMsg.className = m.error ? "error" : "";
    if (!prev || s.model !== prev.model || s.lang !== prev.lang) {
      modelNotes.replaceChildren(...(m.notes ?? []).map((n) => el("li", {}, n)));
      modelNotes.hidden = !m.notes?.length;
    }
    sheets.textContent = sheetsText(s);
    insertBtn.hidden = !s.sheets?.missing.length;
    const busy = isBusy(s);
    // the edition, the model and the language stay as they are while a run, a recap or an insertion is under way
    select.disabled = fileBtn.disabled = langBtn.disabled = isWorkbookBusy(s);
    // a recap writes into the same workbook: no scoring (or inserting) meanwhile
    scoreBtn.disabled = isWorkbookBusy(s);
    scoreBtn.setAttribute("aria-busy", String(busy));
    if (!insertBtn.hidden) insertBtn.disabled = isWorkbookBusy(s);
    progress.hidden = !busy;
    progress.value = s.progress;
    status.textContent = statusText(s);
    stale.hidden = !isStale(s);
    readNote.hidden = !(s.mergesSkipped || s.hiddenColumnsUnread) || busy;
    langNote.hidden = busy || !s.outcome?.issues.length || !s.runLang || s.runLang === s.lang;
    readNote.textContent = [s.mergesSkipped && msg.mergesSkipped(s.lang, s.mergesSkipped), s.hiddenColumnsUnread && msg.hiddenColumnsUnread(s.lang, s.hiddenColumnsUnread)].filter(Boolean).join(" ");
    const recapBusy = isRecapBusy(s.recap);
    if (!prev || s.recapTarget !== prev.recapTarget || s.editionId !== prev.editionId || s.model !== prev.model) {
      targetSelect.replaceChildren(...recapTargetOptions(s).map((o) => el("option", { value: o.value }, o.label)));
      targetSelect.value = s.recapTarget ?? "";
    }
    targetSelect.disabled = recapBusy;
    yearInput.disabled = recapBusy;
    // the box shows the year in use, or the text that is no year (kept across a language switch, which redraws the pane)
    const shownYear = s.recapYearInvalid ?? (s.recapYear === undefined ? "" : String(s.recapYear));
    if (document.activeElement !== yearInput && yearInput.value.trim() !== shownYear) yearInput.value = shownYear;
    const hint = recapYearHint(s);
    yearInput.setAttribute("aria-invalid", String(hint.error));
    yearHint.textContent = hint.text;
    yearHint.className = hint.error ? "more error" : "more";
    regionsBtn.disabled = recapBusy;
    regionsDrop.hidden = !s.recapRegions;
    regionsDrop.disabled = recapBusy;
    if (!prev || s.recapRegions !== prev.recapRegions || s.lang !== prev.lang) {
      const r = s.recapRegions;
      regionsNote.className = r?.problems.length ? "error" : "";
      regionsNote.replaceChildren(...(!r ? [] : r.problems.length
        ? [el("p", {}, msg.regionsRefused(s.lang, r.file)), el("ul", {}, ...regionListProblems(r, s.lang).map((p) => el("li", {}, p)))]
        : [el("p", {}, msg.regionsLoaded(s.lang, r.file, formatNumber(r.regions.length, s.numberLocale)))]));
    }
    previousBtn.disabled = recapBusy;
    previousDrop.hidden = !s.recapPrevious;
    previousDrop.disabled = recapBusy;
    previousNote.textContent = recapPreviousText(s);
    recapBtn.disabled = isWorkbookBusy(s) || s.recapYearInvalid !== undefined; // no recap of every year while the box says otherwise
    recapBtn.setAttribute("aria-busy", String(recapBusy));
    recapBar.hidden = !recapBusy;
    recapBar.value = recapProgress(s.recap);
    recapStatus.textContent = recapStatusText(s.recap, s.lang, s.numberLocale);
    // a disabled button loses the keyboard focus: give it back when the run ends
    if (prev && isRecapBusy(prev.recap) && !recapBusy && (document.activeElement === document.body || document.activeElement === recapBtn)) recapBtn.focus();
    if (!prev || s.recap.run !== prev.recap.run || s.recap.written !== prev.recap.written) {
      drawRecap(recapBox, s.recap.run ? recapView(s.recap.run, !!s.recap.written, s.lang, s.numberLocale) : undefined, follow);
    }
    // the score button is disabled while it runs, so the keyboard focus fell to the page: give it back when the run ends
    // (not when the pane is not where the analyst is: a ribbon run with the focus in the grid)
    if (prev && isBusy(prev) && !busy && document.hasFocus() && (document.activeElement === document.body || document.activeElement === scoreBtn)) scoreBtn.focus();
    if (!prev || s.outcome !== prev.outcome) {
      const hadFocus = results.contains(document.activeElement);
      drawResults(results, s.outcome ? resultsView(s.outcome, s.lang, s.numberLocale) : undefined, follow, tx, () => void scoreWorkbook(host, store, { plan: true }));
      // a plan asked for from the results: focus its heading (the button that asked is gone)
      if (hadFocus || (s.planning && s.outcome?.ok)) document.getElementById(s.planning ? "plan-h" : "results-h")?.focus();
    }
  };
  update(s0, undefined);
  return { update };
}

/** A picked file's bytes (`Blob.arrayBuffer`, or FileReader in webviews older than Safari 14). */
function fileBytes(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === "function") return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}

function linkButton(link: CellLink, follow: Follow): HTMLButtonElement {
  const b = el("button", { type: "button", class: "link cell", title: link.label }, link.text);
  b.onclick = async () => {
    const why = await follow(link);
    // said beside the link too: the status line may be scrolled out of sight (a recap link far below it)
    const next = b.nextElementSibling;
    if (next?.classList.contains("link-error")) next.remove();
    if (why) b.after(el("span", { class: "link-error" }, ` ${why}`));
  };
  return b;
}

function itemLi(item: Item, host: Follow, attrs: Record<string, string> = {}, prefix: Node[] = [], linkLast = false): HTMLLIElement {
  const li = el("li", attrs, ...prefix);
  if (item.link && !linkLast) li.append(linkButton(item.link, host), " ");
  li.append(item.text);
  if (item.link && linkLast) li.append(" ", linkButton(item.link, host));
  return li;
}

function list(box: HTMLElement, id: string, heading: string, view: ListView | undefined, host: Follow, none: string) {
  if (!view) return;
  box.append(el("h2", { id: `${id}-h` }, `${heading} (${view.total})`));
  if (!view.items.length) box.append(el("p", {}, none));
  else {
    box.append(el("ul", { id, "aria-labelledby": `${id}-h` }, ...view.items.map((i) => itemLi(i, host))));
    if (view.more) box.append(el("p", { class: "more" }, view.more));
  }
  // what the list leaves out on purpose (gaps on innovations not counted), also under an empty list
  if (view.note) box.append(el("p", { class: "more", id: `${id}-note` }, view.note));
}

function recapList(box: HTMLElement, id: string, part: { heading: string; items: Item[] }, host: Follow) {
  if (!part.items.length) return;
  box.append(el("h3", { id: `${id}-h` }, `${part.heading} (${part.items.length})`));
  box.append(el("ul", { id, class: "steps", role: "list", "aria-labelledby": `${id}-h` }, ...part.items.map((i) => itemLi(i, host, {}, [], true))));
}

function drawRecap(box: HTMLElement, v: RecapView | undefined, host: Follow) {
  box.replaceChildren();
  if (!v) return;
  box.append(el("p", { id: "recap-summary" }, v.summary));
  for (const note of v.notes) box.append(el("p", { class: "note" }, note));
  // the province's totals one short line each (the Rekap sheet's line above its table)
  if (v.totals.length) box.append(el("ul", { id: "recap-totals", class: "notes" }, ...v.totals.map((x) => el("li", {}, x))));
  recapList(box, "recap-ranking", v.ranking, host);
  recapList(box, "recap-distribution", v.distribution, host);
  recapList(box, "recap-gaps", v.gaps, host);
  recapList(box, "recap-not-scored", v.notScored, host);
  recapList(box, "recap-skipped", v.skipped, host);
  if (v.years) {
    box.append(el("h3", { id: "recap-years-h" }, v.years.heading));
    for (const note of v.years.notes) box.append(el("p", { class: "note" }, note));
    if (v.years.items.length) box.append(el("ul", { id: "recap-years", class: "steps", role: "list", "aria-labelledby": "recap-years-h" }, ...v.years.items.map((i) => itemLi(i, host, {}, [], true))));
    recapList(box, "recap-previous-not-scored", v.years.notScored, host);
    recapList(box, "recap-previous-skipped", v.years.skipped, host);
  }
}

function drawResults(box: HTMLElement, v: ResultsView | undefined, host: Follow, tx: (k: TextKey) => string, onPlan: () => void) {
  box.replaceChildren();
  if (!v) return;
  if (v.totals) {
    box.append(el("h2", { id: "results-h", tabindex: "-1" }, tx("results")));
    if (v.edition) box.append(el("p", { id: "edition-used" }, v.edition));
    if (v.caveat) box.append(el("p", { class: "caveat", id: "caveat" }, v.caveat));
    const [c0, c1, c2] = v.totals.columns;
    box.append(el("table", { id: "totals", "aria-labelledby": "results-h" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, c0), el("th", { scope: "col" }, c1), el("th", { scope: "col" }, c2))),
      el("tbody", {}, ...v.totals.rows.map((r) => el("tr", {}, el("th", { scope: "row" }, r.label), el("td", { id: `${r.key}-claimed` }, r.claimed), el("td", { id: `${r.key}-verified` }, r.verified))))));
    if (v.nextBand) box.append(el("p", { id: "next-band" }, v.nextBand));
    if (v.summaryLink) box.append(el("p", {}, linkButton(v.summaryLink, host)));
  }
  // errors to fix: said near the top, with a way past the lists to the Masalah list (keyboard: one Tab, one Enter)
  if (v.errorsFirst) {
    const jump = el("button", { type: "button", id: "to-problems", class: "link" }, v.errorsFirst.link);
    jump.onclick = () => {
      const h = document.getElementById("problems-h");
      h?.focus();
      h?.scrollIntoView({ block: "start" });
    };
    box.append(el("p", { id: "errors-first", class: "caveat" }, `${v.errorsFirst.text} `, jump));
  }
  if (v.plan) {
    box.append(el("h2", { id: "plan-h", tabindex: "-1" }, v.plan.heading));
    if (v.plan.summary) box.append(el("p", { id: "plan-summary" }, v.plan.summary));
    if (v.plan.actions.length) box.append(el("ul", { id: "plan", class: "steps", role: "list", "aria-labelledby": "plan-h" }, ...v.plan.actions.map((a) => itemLi(a, host, {}, [], true))));
    if (v.plan.more) box.append(el("p", { class: "more" }, v.plan.more));
  } else if (v.canPlan) {
    const b = el("button", { type: "button", id: "make-plan", class: "secondary", "aria-describedby": "plan-hint" }, tx("planButton"));
    b.onclick = onPlan;
    box.append(el("h2", { id: "plan-h", tabindex: "-1" }, tx("plan")), el("p", { id: "plan-hint" }, tx("planHint")), b);
  }
  list(box, "non-compliant", tx("nonCompliant"), v.nonCompliant, host, tx("none"));
  list(box, "gaps", tx("gaps"), v.gaps, host, tx("none"));
  const p = v.problems;
  box.append(el("h2", { id: "problems-h", tabindex: "-1" }, `${tx("problems")} (${p.total})`));
  if (!p.items.length) { box.append(el("p", {}, tx("noProblems"))); return; }
  box.append(el("p", { id: "problem-counts" }, p.counts));
  box.append(el("ul", { id: "problems", "aria-labelledby": "problems-h" }, ...p.items.map((i) => itemLi(i, host, { class: i.severity }, [el("span", { class: "sev" }, `${i.severityText}: `)]))));
  if (p.more) box.append(el("p", { class: "more" }, p.more));
}
