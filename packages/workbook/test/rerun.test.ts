/**
 * A re-run on an edited workbook gives what scoring the edited workbook from scratch gives: nothing stale left in the
 * output columns, on Ringkasan, Rencana or Masalah, and every cell the analyst typed as it was.
 */
import { describe, expect, it } from "vitest";
import type { Edition } from "@inovasi/core";
import { type WorkbookGrids, type WriteResult, SHEETS, a1, isIndicatorScoreHeader, normaliseHeader, readWorkbook } from "../src/index.js";
import { e2026 } from "./helpers.js";
import { EDITS, OUTPUT_HEADERS, scoreInPlace, secondDayBase, view } from "./rerun.js";

const clone = (g: WorkbookGrids): WorkbookGrids => structuredClone(g);

/** The analyst's cells: every cell of the Inovasi sheet outside the tool's columns, and every other input sheet. */
function oursIn(grids: WorkbookGrids): Set<number> {
  const cells = grids[SHEETS.innovations]!.cells;
  const header = cells.find((r) => r?.includes("Nama Inovasi")) ?? cells[0]!;
  return new Set(header.flatMap((h, c) => (h !== null && (OUTPUT_HEADERS.has(normaliseHeader(String(h))) || isIndicatorScoreHeader(String(h))) ? [c] : [])));
}

function typed(grids: WorkbookGrids, ours = oursIn(grids)): unknown {
  const inv = grids[SHEETS.innovations]!.cells;
  return {
    inv: inv.map((row) => Array.from(row, (v, c) => (ours.has(c) ? undefined : (v ?? null))).filter((v) => v !== undefined)),
    rest: [SHEETS.agencies, SHEETS.spd, SHEETS.settings].map((s) => grids[s]!.cells),
  };
}

/** The cells of the tool's sheets a host styles, with how. */
function styled(w: WriteResult): string[] {
  return w.writes
    .filter((x) => x.sheet !== SHEETS.innovations && (x.header || x.fill || x.numFmt))
    .map((x) => `${x.sheet}!${x.address} ${x.header ? "bold" : ""} ${x.fill ?? ""} ${x.numFmt ?? ""}`)
    .sort();
}

describe("a re-run on an edited workbook equals scoring the edited workbook from scratch", () => {
  const base = secondDayBase();
  const scored = clone(base);
  scoreInPlace(scored);

  it("the base workbook has what the edits need: an error on Masalah, a plan, an agency without innovations", () => {
    expect(scored["Masalah"]!.cells.length).toBeGreaterThan(3);
    expect(scored["Rencana"]!.cells.length).toBeGreaterThan(10);
    expect(scored[SHEETS.summary]!.cells.some((r) => r[0] === "Perangkat daerah tanpa inovasi" && r[1] === 1)).toBe(true);
  });

  it.each(EDITS.map((e) => [e.name, e] as const))("%s", (_name, edit) => {
    const again = clone(scored);
    edit.apply(again);
    const before = typed(again);
    const w = scoreInPlace(again);
    // the analyst's cells are as the edit left them
    expect(typed(again)).toEqual(before);

    const fresh = clone(base);
    if (!edit.oursOnly) edit.apply(fresh);
    const f = scoreInPlace(fresh);
    expect(view(again)).toEqual(view(fresh));
    // what the hosts draw on the tool's sheets (bold, fills, number formats): the same cells, not a longer earlier run's
    expect(styled(w)).toEqual(styled(f));
  });

  it("the tool's sheets read as Office.js gives them (a used range: every row as wide as the widest, empty cells as empty text): the same cells styled", () => {
    const rect = clone(scored);
    for (const name of [SHEETS.summary, "Rencana", "Masalah"]) {
      const cells = rect[name]!.cells;
      const width = Math.max(...cells.map((r) => r.length));
      for (const r of cells) { for (let c = 0; c < width; c++) r[c] ??= ""; }
    }
    expect(styled(scoreInPlace(rect))).toEqual(styled(scoreInPlace(clone(scored))));
  });

  it("scored with a province model that adds an indicator, then with the shipped edition: the extra indicator's points columns are emptied, as if never written", () => {
    // a model with a 21st SID indicator (a copy of SID-19): its points get "Skor 21 Klaim" / "Skor 21 Terverifikasi"
    const sid19 = e2026.indicators.find((i) => i.id === "SID-19")!;
    const model: Edition = { ...e2026, id: "model-uji", indicators: [...e2026.indicators, { ...sid19, id: "SID-21", number: "21" }] };
    const withModel = clone(base);
    scoreInPlace(withModel, "id", model);
    const header = withModel[SHEETS.innovations]!.cells[0]!;
    const extra = header.indexOf("Skor 21 Klaim");
    expect(extra).toBeGreaterThan(0);
    expect(withModel[SHEETS.innovations]!.cells[1]![extra]).toEqual(expect.any(Number));
    // read with the shipped edition, the extra points columns are output, not input: rows whose input was cleared are
    // blank rows, not innovations with every field missing
    const cleared = EDITS.find((e) => e.name.startsWith("the last innovations' input cleared"))!;
    const a = clone(withModel), b = clone(scored);
    cleared.apply(a);
    cleared.apply(b);
    expect(readWorkbook(a).issues).toEqual(readWorkbook(b).issues);
    const ours = oursIn(withModel);
    const before = typed(withModel, ours);
    scoreInPlace(withModel);
    expect(typed(withModel, ours)).toEqual(before);
    expect(view(withModel)).toEqual(view(scored));
    expect(readWorkbook(withModel).issues).toEqual(readWorkbook(scored).issues);
  });

  it("a province model numbering its own indicator 'P1': its columns are read with the model, and its points columns are emptied when scored with the shipped edition", () => {
    const sid19 = e2026.indicators.find((i) => i.id === "SID-19")!;
    const model: Edition = { ...e2026, id: "model-p1", indicators: [...e2026.indicators, { ...sid19, id: "SID-P1", number: "P1", name: { id: "Kolaborasi desa", en: "Village collaboration" } }] };
    // the workbook as the model's template lays it out: the indicator's answer and evidence columns after the others
    const g = clone(base);
    const inv = g[SHEETS.innovations]!.cells;
    const at = inv[0]!.length;
    inv[0]![at] = "P1. Kolaborasi desa";
    inv[0]![at + 1] = "P1. Bukti";
    for (let r = 1; r < inv.length; r++) if (inv[r]?.[0]) { inv[r]![at] = sid19.options.find((o) => o.tier === 2)!.label.id; inv[r]![at + 1] = "Diterima"; }
    // read with the model, the P1 answers count (SID-19's options, tier 2)
    const read = readWorkbook(g, { edition: model });
    expect(read.input!.innovations[0]!.answers["SID-P1"]).toEqual({ option: sid19.options.find((o) => o.tier === 2)!.label.id, evidence: "accepted" });
    scoreInPlace(g, "id", model);
    const header = inv[0]!;
    const extra = header.indexOf("Skor P1 Klaim");
    expect(extra).toBeGreaterThan(at + 1);
    expect(header[extra + 1]).toBe("Skor P1 Terverifikasi");
    expect(inv[1]![extra]).toEqual(expect.any(Number));
    // then scored with the shipped edition: the P1 points columns are the tool's, emptied header and all; P1's own
    // columns are the analyst's (kept as typed) and said to be an indicator the edition does not have
    const numbers = new Set(["p1"]);
    const ours = new Set([...oursIn(g)].filter((c) => c !== extra && c !== extra + 1));
    const before = typed(g, new Set([...ours, extra, extra + 1]));
    scoreInPlace(g);
    expect(typed(g, new Set([...ours, extra, extra + 1]))).toEqual(before);
    expect(inv.map((r) => r?.[extra] ?? null).every((v) => v === null || v === "")).toBe(true);
    expect(inv.map((r) => r?.[extra + 1] ?? null).every((v) => v === null || v === "")).toBe(true);
    expect(isIndicatorScoreHeader("Skor P1 Klaim", numbers)).toBe(true);
    expect(readWorkbook(g).issues.filter((i) => i.code === "column_unknown_indicator").map((i) => i.cell)).toEqual([a1(0, at), a1(0, at + 1)]);
  });

  it("an analyst's own columns named like points ('Skor Akhir Klaim', 'Skor 2023 Terverifikasi') are input: never emptied, read as they were", () => {
    const g = clone(scored);
    const inv = g[SHEETS.innovations]!.cells;
    const at = inv[0]!.length + 2;
    inv[0]![at] = "Skor Akhir Klaim";
    inv[0]![at + 1] = "Skor 2023 Terverifikasi";
    for (let r = 1; r <= 3; r++) {
      inv[r]![at] = 70 + r;
      inv[r]![at + 1] = 60 + r;
    }
    const w = scoreInPlace(g);
    expect(w.writes.filter((x) => x.sheet === SHEETS.innovations && (x.col === at || x.col === at + 1))).toEqual([]);
    expect([1, 2, 3].map((r) => [inv[r]![at], inv[r]![at + 1]])).toEqual([[71, 61], [72, 62], [73, 63]]);
    expect(inv[0]![at]).toBe("Skor Akhir Klaim");
  });

  it("an analyst's own columns beside a 'Bukti' column of their own ('2023. Bukti', 'Catatan: Bukti', 'No. Bukti Dukung') stay input: 'Skor 2023 Klaim' and 'Skor Catatan Klaim' are never emptied, 'No.' is no indicator", () => {
    const g = clone(scored);
    const inv = g[SHEETS.innovations]!.cells;
    const at = inv[0]!.length + 2;
    const headers = ["2023. Bukti", "Skor 2023 Klaim", "Catatan: Bukti", "Skor Catatan Klaim", "No. Bukti Dukung", "No.", "No. SK"];
    headers.forEach((h, k) => (inv[0]![at + k] = h));
    for (let r = 1; r <= 3; r++) {
      inv[r]![at + 1] = 70 + r;
      inv[r]![at + 3] = 50 + r;
      inv[r]![at + 5] = r;
    }
    const w = scoreInPlace(g);
    expect(w.writes.filter((x) => x.sheet === SHEETS.innovations && x.col >= at)).toEqual([]);
    expect(inv[0]!.slice(at, at + headers.length)).toEqual(headers);
    expect([1, 2, 3].map((r) => [inv[r]![at + 1], inv[r]![at + 3], inv[r]![at + 5]])).toEqual([[71, 51, 1], [72, 52, 2], [73, 53, 3]]);
    expect(readWorkbook(g).issues.filter((i) => i.code === "column_unknown_indicator")).toEqual([]);
  });

  it.each(["P-1", "P.1", "1.1", "P 1"])("a province model numbering its indicator '%s' reads the columns its template writes ('<number>. Kolaborasi desa', '<number>. Bukti')", (number) => {
    const sid19 = e2026.indicators.find((i) => i.id === "SID-19")!;
    const model: Edition = { ...e2026, id: "model-own", indicators: [...e2026.indicators, { ...sid19, id: "SID-P1", number, name: { id: "Kolaborasi desa", en: "Village collaboration" } }] };
    const g = clone(base);
    const inv = g[SHEETS.innovations]!.cells;
    const at = inv[0]!.length;
    inv[0]![at] = `${number}. Kolaborasi desa`;
    inv[0]![at + 1] = `${number}. Bukti`;
    for (let r = 1; r < inv.length; r++) if (inv[r]?.[0]) { inv[r]![at] = sid19.options.find((o) => o.tier === 2)!.label.id; inv[r]![at + 1] = "Diterima"; }
    const read = readWorkbook(g, { edition: model });
    expect(read.input!.innovations[0]!.answers["SID-P1"]).toEqual({ option: sid19.options.find((o) => o.tier === 2)!.label.id, evidence: "accepted" });
    expect(read.issues.filter((i) => i.code === "indicator_column_missing" || i.code === "column_unknown_indicator")).toEqual([]);
  });

  it("a province model's points column inside an Excel table keeps its header on the re-run (a table header cannot be empty), its cells emptied", () => {
    const sid19 = e2026.indicators.find((i) => i.id === "SID-19")!;
    const model: Edition = { ...e2026, id: "model-uji", indicators: [...e2026.indicators, { ...sid19, id: "SID-21", number: "21" }] };
    const g = clone(base);
    scoreInPlace(g, "id", model);
    const cells = g[SHEETS.innovations]!.cells;
    const extra = cells[0]!.indexOf("Skor 21 Klaim");
    const width = Math.max(...cells.map((r) => r.length));
    g[SHEETS.innovations]!.tables = [{ name: "TabelInovasi", row: 0, col: 0, rows: cells.length, cols: width, headerRow: true, totalsRow: false }];
    scoreInPlace(g);
    expect(cells[0]![extra]).toBe("Skor 21 Klaim");
    expect(cells.slice(1).map((r) => r[extra] ?? null).every((v) => v === null || v === "")).toBe(true);
  });

  it("a third run changes nothing", () => {
    const again = clone(scored);
    scoreInPlace(again);
    const twice = clone(again);
    scoreInPlace(twice);
    expect(twice).toEqual(again);
  });
});
