import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { CELL_TEXT_LIMIT, PROBLEMS_HEADERS, PROBLEMS_MARKER, PROBLEMS_SHEET, locateIssues, readWorkbook, writeResults, type LocatedIssue, type WorkbookGrids, problemsSheetContent } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function score(grids: WorkbookGrids, opts: { overwrite?: boolean; locale?: "id" | "en" } = {}) {
  const locale = opts.locale ?? "id";
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  return { issues, out: writeResults(grids, result, { source: read.source, issues, locale, ...(opts.overwrite ? { overwrite: true } : {}) }) };
}

function gridsWithProblems(): WorkbookGrids {
  const g = templateAsGrids();
  addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "Si Bersih", "Dinas Lingkungan Hidup", "Lingkungan Hidup"), "Tahapan": "Penerapn", "20. Bukti": "Tidak Ada" });
  return g;
}

const rowsOf = (grids: WorkbookGrids) => grids[PROBLEMS_SHEET]!.cells;

describe("Masalah sheet", () => {
  it("cuts a cell at Excel's limit of 32,767 characters, as output cells are (a 40,000-character value quoted in its message)", () => {
    const g = templateAsGrids();
    const long = `Penerapan${"x".repeat(40_000)}`;
    addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "Si Panjang", "Dinas Kesehatan", "Kesehatan"), "Tahapan": long });
    const { issues, out } = score(g);
    const issue = issues.find((i) => i.given === long)!;
    expect(issue.text.length).toBeGreaterThan(CELL_TEXT_LIMIT); // the message quotes the whole value
    const cell = out.writes.find((w) => w.sheet === PROBLEMS_SHEET && typeof w.value === "string" && w.value.startsWith(issue.text.slice(0, 200)))!;
    expect(cell.value).toBe(`${issue.text.slice(0, CELL_TEXT_LIMIT - 1)}…`);
    const longest = Math.max(...out.writes.filter((w) => w.sheet === PROBLEMS_SHEET).map((w) => String(w.value ?? "").length));
    expect(longest).toBe(CELL_TEXT_LIMIT);
    // the same cut as an output cell's (Skor Catatan) quoting the same value
    const note = out.writes.find((w) => w.sheet === "Inovasi" && typeof w.value === "string" && w.value.length === CELL_TEXT_LIMIT);
    expect(String(note?.value).endsWith("…")).toBe(true);
  });

  it("lists every located issue (sheet, cell, severity, field, message), errors first, in one rectangle", () => {
    const grids = gridsWithProblems();
    const { issues, out } = score(grids);
    expect(issues.some((i) => i.severity === "error")).toBe(true);
    applyWrites(grids, out.writes);
    const rows = rowsOf(grids);
    expect(rows[0]![0]).toBe(PROBLEMS_MARKER);
    expect(rows[2]).toEqual([...PROBLEMS_HEADERS]);
    const listed = rows.slice(3);
    const shown = [...issues, ...out.issues].filter((i) => i.severity !== "info");
    expect(listed).toHaveLength(shown.length);
    for (const i of shown) expect(listed).toContainEqual([i.sheet, i.cell ?? null, i.severity === "error" ? "Kesalahan" : "Peringatan", i.field || null, i.text]);
    expect(listed[0]![2]).toBe("Kesalahan");
    const stage = issues.find((i) => i.given === "Penerapn")!;
    expect(listed).toContainEqual(["Inovasi", stage.cell, "Kesalahan", stage.field, stage.text]);
    // one rectangle: every written row is as wide as the header
    const ws = out.writes.filter((w) => w.sheet === PROBLEMS_SHEET);
    expect(ws.length).toBe(rows.length * PROBLEMS_HEADERS.length);
    expect(out.output.ownedSheets.map((s) => s.name)).toContain(PROBLEMS_SHEET);
  });

  it("is rewritten whole: a shorter list clears the rows of the longer one; messages follow the locale", () => {
    const grids = gridsWithProblems();
    applyWrites(grids, score(grids).out.writes);
    rowsOf(grids).push([], ["sisa lama", "A1"]);
    const before = rowsOf(grids).length;
    const inv = grids["Inovasi"]!.cells;
    inv[2]![inv[0]!.indexOf("Tahapan")] = "Penerapan";
    const { out } = score(grids, { locale: "en" });
    applyWrites(grids, out.writes);
    const rows = rowsOf(grids);
    expect(rows.length).toBe(before);
    expect(rows.flat()).not.toContain("sisa lama");
    expect(rows.flat()).not.toContain("Penerapn");
    expect(rows[rows.length - 1]!.every((v) => v === null)).toBe(true);
    expect(rows[1]![0]).toMatch(/^\d+ errors, \d+ warnings$/);
  });

  it("groups the count line's numbers past a thousand as each language writes them (was '1234 peringatan')", () => {
    const warning = (k: number): LocatedIssue => ({ severity: "warning", code: "unknown_urusan", sheet: "Inovasi", cell: `H${k + 2}`, field: "Urusan", text: "urusan tidak dikenal", message: `Inovasi!H${k + 2}: urusan tidak dikenal` });
    const issues = Array.from({ length: 1234 }, (_, k) => warning(k));
    expect(problemsSheetContent(issues, "id")[1]).toEqual(["0 kesalahan, 1.234 peringatan"]);
    expect(problemsSheetContent(issues, "en")[1]).toEqual(["0 errors, 1,234 warnings"]);
  });

  it("is not made when there is nothing to list, and a Masalah sheet the tool did not make is left alone", () => {
    const clean = templateAsGrids();
    addRow(clean["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const c = score(clean);
    if (c.issues.every((i) => i.severity === "info")) expect(c.out.writes.some((w) => w.sheet === PROBLEMS_SHEET)).toBe(false);
    const grids = gridsWithProblems();
    grids[PROBLEMS_SHEET] = { name: PROBLEMS_SHEET, cells: [["catatan rapat"]] };
    const { out } = score(grids);
    expect(out.writes.some((w) => w.sheet === PROBLEMS_SHEET)).toBe(false);
    expect(out.issues.map((i) => i.message)).toContain('Masalah: lembar "Masalah" sudah ada dan bukan buatan alat ini; tidak ditimpa (pakai --overwrite untuk menimpa)');
    expect(score(grids, { overwrite: true }).out.writes.find((w) => w.sheet === PROBLEMS_SHEET && w.address === "A1")!.value).toBe(PROBLEMS_MARKER);
  });
});
