/**
 * An English run's own sheets read in English (audit38): each sheet's title in A1 follows the run's language, and a
 * re-run in the other language still knows the sheet as the tool's; the Ringkasan's headings over numbers sit above
 * them; the words a person reads beside Bahasa values (the legend's Ya/Tidak, a date's example) are English.
 */
import { describe, expect, it } from "vitest";
import { type MessageLocale, compareYears, planRegion, scoreRegion } from "@inovasi/core";
import {
  PLAN_SHEET,
  PROBLEMS_SHEET,
  RECAP_SHEETS,
  SHEETS,
  SHEET_TITLES,
  type CellWrite,
  type WorkbookGrids,
  comparisonWorkbook,
  isExtentOnlySheetMarker,
  isRecapTitle,
  isScoreSheetMarker,
  isSheetTitle,
  locateIssues,
  ownWorkbookKind,
  readWorkbook,
  summaryEditionId,
  writeBlocked,
  writeResults,
} from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

function book(): WorkbookGrids {
  const grids = templateAsGrids();
  const urusan = e2026.yandas.urusan;
  for (let k = 0; k < 8; k++) addRow(grids["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", urusan[k % 6]!));
  const h = grids["Inovasi"]!.cells[0]!;
  grids["Inovasi"]!.cells[1]![h.indexOf("20. Bukti")] = "Tidak Ada";
  grids["Inovasi"]!.cells[2]![h.indexOf("Tahapan")] = "Penerapn";
  spdAtTier2(grids);
  return grids;
}

/** Score (and plan) `grids` in `locale` and write the results into them, as a run does; the run's writes. */
function run(grids: WorkbookGrids, locale: MessageLocale): { writes: CellWrite[]; out: ReturnType<typeof writeResults> } {
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, read.edition);
  const plan = planRegion(read.input!, read.edition, { target: { index: 60 } });
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  const out = writeResults(grids, result, { source: read.source, issues, locale, edition: read.edition, plan });
  applyWrites(grids, out.writes);
  return { writes: out.writes, out };
}

const a1 = (grids: WorkbookGrids, sheet: string) => grids[sheet]!.cells[0]![0];

describe("the titles of the tool's sheets", () => {
  it("follow the run's language in A1: Ringkasan, Rencana, Masalah", () => {
    for (const locale of ["id", "en"] as const) {
      const grids = book();
      run(grids, locale);
      expect(a1(grids, SHEETS.summary)).toBe(SHEET_TITLES.summary[locale]);
      expect(a1(grids, PLAN_SHEET)).toBe(SHEET_TITLES.plan[locale]);
      expect(a1(grids, PROBLEMS_SHEET)).toBe(SHEET_TITLES.problems[locale]);
    }
    expect(SHEET_TITLES.summary.en).toBe("Regional Innovation Index Score Summary (made by inovasi)");
  });

  it("a re-run in the other language knows the sheets as the tool's and rewrites them (either way round)", () => {
    for (const [first, second] of [["en", "id"], ["id", "en"]] as const) {
      const grids = book();
      run(grids, first);
      const again = run(grids, second);
      // not "a sheet named Ringkasan the tool did not make" (it would be left, and the run's summary unwritten)
      expect(again.out.issues.map((i) => i.code)).not.toContain("summary_sheet_not_ours");
      expect(a1(grids, SHEETS.summary)).toBe(SHEET_TITLES.summary[second]);
      expect(a1(grids, PLAN_SHEET)).toBe(SHEET_TITLES.plan[second]);
      expect(a1(grids, PROBLEMS_SHEET)).toBe(SHEET_TITLES.problems[second]);
      // the edition the last run scored with is read back from the English Ringkasan too (a re-run's tiers)
      expect(summaryEditionId(grids)).toBe("iid-2026");
    }
  });

  it("the reader's re-run markers, a refused run's marks, and the recap's own-workbook check take either language", () => {
    for (const t of [SHEET_TITLES.summary, SHEET_TITLES.plan, SHEET_TITLES.problems]) for (const v of [t.id, t.en]) expect(isScoreSheetMarker(v), v).toBe(true);
    expect(isExtentOnlySheetMarker(SHEET_TITLES.plan.en)).toBe(true);
    expect(isExtentOnlySheetMarker(SHEET_TITLES.problems.en)).toBe(true);
    expect(isExtentOnlySheetMarker(SHEET_TITLES.summary.en)).toBe(false);
    expect(isScoreSheetMarker("Ringkasan")).toBe(false);
    // a run the reader refuses marks the English sheets as holding an earlier run's results
    const grids = book();
    run(grids, "en");
    const blocked = writeBlocked(grids, [], { locale: "id" });
    expect(blocked.stale.sort()).toEqual([PLAN_SHEET, SHEETS.summary].sort());
    expect(blocked.output.ownedSheets.map((s) => s.name)).toEqual([PROBLEMS_SHEET]);
    // an English recap or comparison in a folder is the tool's own, skipped, not a region that failed
    expect(ownWorkbookKind({ [RECAP_SHEETS.recap]: { name: RECAP_SHEETS.recap, cells: [[SHEET_TITLES.recap.en]] } })).toBe("recap");
    expect(ownWorkbookKind({ Banding: { name: "Banding", cells: [[SHEET_TITLES.comparison.en]] } })).toBe("comparison");
    // the recap's sheets written into an open workbook (the pane): either language's title is the tool's sheet
    for (const [k, t] of [["recap", "recap"], ["ranking", "ranking"], ["distribution", "distribution"], ["problems", "recapProblems"]] as const) {
      expect(isRecapTitle(k, SHEET_TITLES[t].en), k).toBe(true);
      expect(isRecapTitle(k, SHEET_TITLES[t].id), k).toBe(true);
    }
    expect(isRecapTitle("ranking", "Peringkat lomba inovasi desa")).toBe(false);
    expect(isSheetTitle("recapYears", SHEET_TITLES.recapYears.en)).toBe(true);
  });

  it("the comparison sheet's title follows the language", () => {
    const grids = book();
    const read = readWorkbook(grids);
    const r = scoreRegion(read.input!, e2026);
    const c = compareYears({ result: r, input: read.input!, edition: e2026 }, { result: r, input: read.input!, edition: e2026 });
    expect(comparisonWorkbook(c, "en").writes.find((w) => w.address === "A1")!.value).toBe(SHEET_TITLES.comparison.en);
    expect(comparisonWorkbook(c, "id").writes.find((w) => w.address === "A1")!.value).toBe(SHEET_TITLES.comparison.id);
  });
});

describe("Ringkasan as printed", () => {
  const summary = (locale: MessageLocale) => {
    const grids = book();
    const { out } = run(grids, locale);
    const ws = out.writes.filter((w) => w.sheet === SHEETS.summary);
    const at = (row: number, col: number) => ws.find((w) => w.row === row && w.col === col);
    const rowOf = (text: string) => ws.find((w) => w.col === 0 && w.value === text)!.row;
    return { ws, at, rowOf, spec: out.output.ownedSheets.find((s) => s.name === SHEETS.summary)! };
  };

  it("each heading over a column of numbers is aligned right, as its numbers are; the words' headings stay left", () => {
    for (const [locale, breakdown, component, compliance, gaps] of [
      ["en", "Breakdown by Indicator", "Component", "Agency Compliance", "Evidence Gaps"],
      ["id", "Rincian per Indikator", "Komponen", "Kepatuhan Perangkat Daerah", "Kekurangan Bukti"],
    ] as const) {
      const { at, rowOf, spec } = summary(locale);
      const b = rowOf(breakdown);
      // Weight, the contributions and the maxima: C–G, right; the indicator's id and name: left
      expect([0, 1, 2, 3, 4, 5, 6].map((c) => at(b, c)!.horizontal ?? "left"), locale).toEqual(["left", "left", "right", "right", "right", "right", "right"]);
      expect(typeof at(b + 1, 3)!.value).toBe("number");
      // "Claimed Contribution" is wider than column D: the heading row wraps (and is as tall as it needs)
      expect(spec.wrapRows).toContain(b);
      // the totals table: its three columns whole (figures and the predicate's words alike) under their headings
      const t = rowOf(component);
      for (let r = t; r <= t + 6; r++) expect([1, 2, 3].map((c) => at(r, c)?.value === null ? "right" : at(r, c)?.horizontal), `${locale} ${r}`).toEqual(["right", "right", "right"]);
      expect(at(t, 0)!.horizontal).toBeUndefined();
      // compliance: Innovations and Required (numbers) right; Complies? and its Yes/No centred, clear of the numbers
      const c = rowOf(compliance);
      expect([3, 4, 5].map((col) => at(c, col)!.horizontal ?? "left")).toEqual(["right", "right", "center"]);
      const g = rowOf(gaps);
      expect([3, 4, 5, 6, 7].map((col) => at(g, col)!.horizontal ?? "left")).toEqual(["left", "right", "left", "right", "left"]);
    }
  });

  it("the legend says what Skor Dihitung?'s Ya and Tidak are in English (the column keeps the template's words)", () => {
    const en = summary("en").ws.map((w) => w.value);
    expect(en).toContain("Innovation not counted (Skor Dihitung? = Tidak, Bahasa for No; Ya = Yes)");
    expect(summary("id").ws.map((w) => w.value)).toContain("Inovasi tidak dihitung (Skor Dihitung? = Tidak)");
  });
});

describe("words an English run wrote in Bahasa (audit38)", () => {
  it("a date that does not read gives English examples, and the example given reads", () => {
    const grids = book();
    const h = grids["Inovasi"]!.cells[0]!;
    grids["Inovasi"]!.cells[3]![h.indexOf("Tanggal Penerapan")] = "kemarin";
    const en = readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "not_a_date")!;
    expect(en.message).toContain("(valid: 2024-03-01, 01/03/2024 or 1 March 2024)");
    expect(en.message).not.toContain("Maret");
    expect(readWorkbook(grids).issues.find((i) => i.code === "not_a_date")!.message).toContain("atau 1 Maret 2024");
    grids["Inovasi"]!.cells[3]![h.indexOf("Tanggal Penerapan")] = "1 March 2024";
    expect(readWorkbook(grids, { locale: "en" }).issues.filter((i) => i.code === "not_a_date")).toEqual([]);
  });

  it("the Rencana names an innovation the plan adds in the sheet's language", () => {
    const grids = book();
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 70 }, maxNewInnovations: 2 });
    expect(plan.actions.some((a) => a.kind === "new_innovation")).toBe(true);
    const texts = (locale: MessageLocale) => {
      const out = writeResults(structuredClone(grids), scoreRegion(read.input!, e2026), { source: read.source, locale, edition: e2026, plan });
      return out.writes.filter((w) => w.sheet === PLAN_SHEET && typeof w.value === "string").map((w) => w.value as string);
    };
    const en = texts("en");
    expect(en.some((t) => /^New innovation \d/.test(t))).toBe(true);
    expect(en.filter((t) => t.includes("Inovasi baru"))).toEqual([]);
    expect(texts("id").some((t) => /^Inovasi baru \d/.test(t))).toBe(true);
  });
});
