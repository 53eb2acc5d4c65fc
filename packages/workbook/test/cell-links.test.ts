/**
 * The cells of Masalah, Rencana and Ringkasan that name a cell of the workbook are described as links to it
 * (`OwnedSheetSpec.links`), for the hosts to draw as hyperlinks inside the workbook: the real sheet name, quoted.
 */
import { describe, expect, it } from "vitest";
import { planRegion, scoreRegion } from "@inovasi/core";
import { type CellLinkSpec, MAX_LINKS_PER_SHEET, PLAN_SHEET, PROBLEMS_SHEET, SHEETS, issueGroups, type WorkbookGrids, cellAt, locateIssues, readWorkbook, writePlanSheet, writeProblemsSheet, writeResults } from "../src/index.js";
import { capLinks, cellLink } from "../src/cell-links.js";
import { addRow, applyWrites, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

/** With `gaps`: two counted innovations' evidence not accepted yet (evidence gaps on Ringkasan). */
function workbook(gaps = false): WorkbookGrids {
  const g = templateAsGrids();
  const urusan = e2026.yandas.urusan;
  const [a, b] = e2026.indicators.filter((i) => i.aspect === "SID").map((i) => `${i.number}. Bukti`);
  const evidence = (k: number) => (gaps && k < 2 ? { [a!]: "Menunggu", [b!]: "Tidak Ada" } : {});
  for (let k = 0; k < 6; k++) addRow(g["Inovasi"]!, { ...fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", urusan[k % 6]!), ...evidence(k) });
  addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "Si Bersih", "Dinas Lingkungan Hidup", "Lingkungan Hidup"), "Tahapan": "Penerapn", "20. Bukti": "Tidak Ada" });
  spdAtTier2(g);
  return g;
}

function run(grids: WorkbookGrids, locale: "id" | "en" = "id", maxLinks?: number) {
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  const plan = planRegion(read.input!, read.edition, { target: { index: 70 }, maxNewInnovations: 1 });
  const out = writeResults(grids, result, { source: read.source, issues, locale, plan, edition: read.edition, ...(maxLinks ? { maxLinks } : {}) });
  applyWrites(grids, out.writes);
  const links = (name: string): CellLinkSpec[] => out.output.ownedSheets.find((s) => s.name === name)?.links ?? [];
  return { issues, out, links };
}

describe("links of the tool's sheets to the cells they name", () => {
  it("Masalah: each issue's cell (column B) links to it on its sheet; a sheet-level issue has none", () => {
    const grids = workbook();
    const { links } = run(grids);
    const masalah = grids[PROBLEMS_SHEET]!;
    const located = masalah.cells.slice(3).filter((r) => r[1] !== null).length;
    expect(located).toBeGreaterThan(0);
    expect(links(PROBLEMS_SHEET)).toHaveLength(located);
    for (const l of links(PROBLEMS_SHEET)) {
      expect(l.col).toBe(1);
      const [sheet, cell] = [cellAt(masalah, l.row, 0), cellAt(masalah, l.row, 1)];
      expect(l.to).toBe(`'${sheet}'!${cell}`);
      expect(l.tip).toBe(`Buka ${l.to}`);
    }
    expect(links(PROBLEMS_SHEET).map((l) => l.to)).toContain(`'Inovasi'!${cellAt(masalah, links(PROBLEMS_SHEET)[0]!.row, 1)}`);
  });

  it("Rencana: every step with a cell links to it (the first of two cells, a range whole), the text unchanged", () => {
    const grids = workbook();
    const { links, out } = run(grids);
    const rencana = grids[PLAN_SHEET]!;
    const steps = links(PLAN_SHEET).filter((l) => l.col === 2);
    expect(steps.length).toBeGreaterThan(1);
    for (const l of steps) {
      const text = String(cellAt(rencana, l.row, 2));
      // Inovasi!O26, Inovasi!O26:P26, Inovasi!O26 dan R26, SPD!D5
      const m = /^(\w+)!([A-Z]+\d+(?::[A-Z]+\d+)?)/.exec(text)!;
      expect(l.to).toBe(`'${m[1]}'!${m[2]}`);
    }
    // no formula written for them: the cells are text
    for (const w of out.writes.filter((x) => x.sheet === PLAN_SHEET && x.col === 2)) expect(typeof w.value === "string" && w.value.startsWith("=")).toBe(false);
  });

  it("Ringkasan: each evidence gap's Sel (column H) links to its cell, and each kind of problem or note at a cell its first place (column C)", () => {
    const grids = workbook(true);
    const { links, issues } = run(grids);
    const sheet = grids[SHEETS.summary]!;
    const all = links(SHEETS.summary);
    const gapsAt = sheet.cells.findIndex((r) => r[0] === "Kekurangan Bukti");
    const notesAt = sheet.cells.findIndex((r) => r[0] === "Catatan");
    expect(gapsAt).toBeGreaterThan(0);
    // every gap row with a Sel (between the two headings) has its link, on H, to the cell that Sel names
    const gapRows = sheet.cells.map((r, k) => k).filter((k) => k > gapsAt && k < notesAt && typeof sheet.cells[k]![7] === "string");
    expect(gapRows.length).toBeGreaterThan(0);
    const gaps = all.filter((l) => l.col === 7);
    expect(gaps.map((l) => l.row)).toEqual(gapRows);
    for (const l of gaps) {
      expect(cellAt(sheet, l.row, 7)).toMatch(/^Inovasi!|^SPD!/);
      expect(l.to).toBe(`'${String(cellAt(sheet, l.row, 7)).replace("!", "'!")}`);
      expect(l.tip).toBe(`Buka ${l.to}`);
    }
    // the notes: errors and warnings a row per kind (issueGroups), the model's notes each; a row whose first issue is
    // at a cell names that place in column C, a link to it (the message beside it is not a link: LibreOffice printed a
    // linked message on one line, cut at its column); the rest have none
    const rows = [...issueGroups(issues).map((g) => g[0]!), ...issues.filter((i) => i.severity === "info")];
    const located = rows.filter((i) => i.cell && i.sheet).length;
    expect(located).toBeGreaterThan(0);
    const notes = all.filter((l) => l.col === 2);
    expect(notes).toHaveLength(located);
    for (const l of notes) {
      expect(l.row).toBeGreaterThan(notesAt);
      expect(cellAt(sheet, l.row, 2)).toBe(l.to.replace(/^'(\w+)'!/, "$1!"));
    }
    expect(all).toHaveLength(gaps.length + notes.length);
  });

  it("a sheet read under another name ('Data Inovasi' read as Inovasi): the links go to it by its real name, quoted", () => {
    const grids = workbook(true);
    grids["Data Inovasi"] = { ...grids["Inovasi"]!, name: "Data Inovasi" };
    delete grids["Inovasi"];
    const { links } = run(grids, "en");
    const all = [...links(PROBLEMS_SHEET), ...links(PLAN_SHEET), ...links(SHEETS.summary)];
    // every issue with a cell, every step and every evidence gap still links (none lost to the sheet's other name)
    expect(links(PROBLEMS_SHEET)).toHaveLength(grids[PROBLEMS_SHEET]!.cells.slice(3).filter((r) => r[1] !== null).length);
    expect(links(PLAN_SHEET).filter((l) => l.col === 2)).toHaveLength(grids[PLAN_SHEET]!.cells.filter((r) => typeof r[2] === "string" && /!/.test(r[2])).length);
    const summary = grids[SHEETS.summary]!;
    expect(links(SHEETS.summary).filter((l) => l.col === 7)).toHaveLength(summary.cells.filter((r) => typeof r[7] === "string" && /!/.test(r[7])).length);
    expect(links(SHEETS.summary).filter((l) => l.col === 7 && l.to.startsWith("'Data Inovasi'!")).length).toBeGreaterThan(0);
    expect(all.filter((l) => l.to.startsWith("'Data Inovasi'!")).length).toBeGreaterThan(0);
    for (const l of all) expect(l.to).toMatch(/^'(Data Inovasi|SPD|Pengaturan|Perangkat Daerah)'![A-Z]+\d+(:[A-Z]+\d+)?$/);
    expect(links(PROBLEMS_SHEET)[0]!.tip).toMatch(/^Go to '/);
  });

  it("cellLink: apostrophes doubled, the grid's own spelling of the name, none for a sheet the workbook lacks", () => {
    const grids: WorkbookGrids = { "Inovasi Bu'Ani": { name: "Inovasi Bu'Ani", cells: [] }, INOVASI: { name: "INOVASI", cells: [] } };
    expect(cellLink(grids, 3, 1, "'Inovasi Bu''Ani'!H12", "id")).toEqual({ row: 3, col: 1, to: "'Inovasi Bu''Ani'!H12", tip: "Buka 'Inovasi Bu''Ani'!H12" });
    expect(cellLink(grids, 0, 0, "Inovasi!O26 dan R26", "id")?.to).toBe("'INOVASI'!O26");
    expect(cellLink(grids, 0, 0, "SPD!D5", "id")).toBeUndefined();
    expect(cellLink(grids, 0, 0, "tanpa sel: tidak ada barisnya di lembar Inovasi", "id")).toBeUndefined();
  });

  it("the cap is Excel's limit of hyperlinks on one worksheet (65,530), in the workbook layer both hosts draw from", () => {
    expect(MAX_LINKS_PER_SHEET).toBe(65_530);
    const many = Array.from({ length: 65_531 }, (_, row) => ({ row, col: 1, to: "'Inovasi'!A1", tip: "Buka 'Inovasi'!A1" }));
    expect(capLinks(many, "id").links).toHaveLength(65_530);
    expect(capLinks(many, "id").note).toBe("Tautan hanya untuk 65.530 sel pertama (batas Excel); sel berikutnya tetap menyebut letaknya.");
    expect(capLinks(many, "en").note).toBe("Links only on the first 65,530 cells (Excel's limit); the cells after them still name their place.");
    expect(capLinks(many.slice(1), "id")).toEqual({ links: many.slice(1) });
  });

  it("past the cap (2 here) Masalah links its first cells only, keeps every cell's text, and its count line says so", () => {
    const grids = workbook();
    for (const k of [2, 3]) addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, `Si Bersih ${k}`, "Dinas Lingkungan Hidup", "Lingkungan Hidup"), "Tahapan": "Penerapn" });
    const { issues } = run(structuredClone(grids));
    const full = writeProblemsSheet(grids, issues).sheet!.links!;
    expect(full.length).toBeGreaterThan(2);
    for (const locale of ["id", "en"] as const) {
      const capped = writeProblemsSheet(grids, issues, { locale, maxLinks: 2 });
      const all = writeProblemsSheet(grids, issues, { locale });
      expect(capped.sheet!.links).toEqual(all.sheet!.links!.slice(0, 2));
      const count = capped.writes.find((w) => w.row === 1 && w.col === 0)!.value;
      expect(count).toBe(`${all.writes.find((w) => w.row === 1 && w.col === 0)!.value}. ${capLinks(full, locale, 2).note}`);
      expect(count).toMatch(locale === "en" ? /Links only on the first 2 cells \(Excel's limit\)/ : /Tautan hanya untuk 2 sel pertama \(batas Excel\)/);
      // the cells past the cap still name their place: every other write is the same
      expect(capped.writes.filter((w) => w.row !== 1)).toEqual(all.writes.filter((w) => w.row !== 1));
    }
    expect(writeProblemsSheet(grids, issues, { maxLinks: full.length }).writes.find((w) => w.row === 1 && w.col === 0)!.value).not.toMatch(/Tautan/);
  });

  it("past the cap (1 here) Rencana links its first step only and says so in a row under the plan", () => {
    const grids = workbook();
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, read.edition, { target: { index: 70 }, maxNewInnovations: 1 });
    const all = writePlanSheet(grids, plan, read.source, { edition: read.edition });
    const capped = writePlanSheet(grids, plan, read.source, { edition: read.edition, maxLinks: 1 });
    expect(all.sheet!.links!.length).toBeGreaterThan(1);
    expect(capped.sheet!.links).toEqual(all.sheet!.links!.slice(0, 1));
    const last = Math.max(...all.writes.map((w) => w.row));
    expect(capped.writes.filter((w) => w.row <= last)).toEqual(all.writes);
    expect(capped.writes.filter((w) => w.row > last).map((w) => w.value)).toEqual(["Tautan hanya untuk 1 sel pertama (batas Excel); sel berikutnya tetap menyebut letaknya."]);
  });

  it("past the cap (1 here) Ringkasan links its first cell only and says so in a row at its end; every other cell as before", () => {
    const all = run(workbook(true));
    const capped = run(workbook(true), "id", 1);
    const summary = (o: typeof all) => o.out.writes.filter((w) => w.sheet === SHEETS.summary);
    expect(all.links(SHEETS.summary).length).toBeGreaterThan(1);
    expect(capped.links(SHEETS.summary)).toEqual(all.links(SHEETS.summary).slice(0, 1));
    const last = Math.max(...summary(all).map((w) => w.row));
    // the rows above keep their cells (the summary's notes list the same issues)
    expect(summary(capped).filter((w) => w.row <= last)).toEqual(summary(all));
    expect(summary(capped).filter((w) => w.row > last && w.value !== null).map((w) => w.value)).toEqual(["Tautan hanya untuk 1 sel pertama (batas Excel); sel berikutnya tetap menyebut letaknya."]);
    // the same option caps Rencana and Masalah too
    for (const name of [PLAN_SHEET, PROBLEMS_SHEET]) expect(capped.links(name)).toEqual(all.links(name).slice(0, 1));
  });
});
