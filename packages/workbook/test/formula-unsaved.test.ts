/**
 * A formula cell with no saved (cached) value — a file written by a program that does not calculate (a script, some
 * exporters) and never opened and saved in Excel — read as blank, silently. The .xlsx reader now lists such cells
 * (`Grid.unsavedFormulas`), and the workbook reader reports each at its cell: plain arithmetic of numbers (`=200+250`)
 * is computed here and said so; anything else (a reference, a function) is not read, and the message says to open and
 * save the file in Excel.
 */
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue, Grid } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { arithmetic } from "../src/formula.js";
import { type Inflater, openPackage, readGrids } from "../src/xlsx-read/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";
import { type Part, WORKBOOK_PARTS, zipOf } from "./xlsx-zip.js";

const inflater: Inflater = { inflate: (raw, max) => zlib.inflateRawSync(raw, { maxOutputLength: max }), async *chunks(raw) { yield zlib.inflateRawSync(raw); } };
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe("the .xlsx reader lists formula cells without a saved value", () => {
  // audit17 F7: openpyxl writes <f>20+15</f><v/> — an empty saved value, read as a blank answer ("belum dijawab")
  it("takes an empty <v/> of a number formula for no saved value (as openpyxl writes it); an empty text result stays a value", async () => {
    const sheet = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1"><f>20+15</f><v /></c><c r="B1"><f>300+50</f><v></v></c><c r="C1" t="str"><f>IF(1=1,"","x")</f><v/></c><c r="D1"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`;
    const parts: Part[] = WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, text: sheet } : p));
    const g = (await readGrids(openPackage(zipOf(parts), inflater)))["Data & <Satu>"]!;
    expect(g.cells).toEqual([[null, null, "", 2]]);
    expect(g.unsavedFormulas).toEqual([
      { row: 0, col: 0, formula: "20+15" },
      { row: 0, col: 1, formula: "300+50" },
    ]);
  });

  it("gives their formula text (none for a shared formula's follower), not cells with a saved value, even an empty text", async () => {
    const sheet = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1"><f>200+250</f></c><c r="B1"><f>SUM(C1:C3)</f></c><c r="C1"><f t="shared" si="0"/></c><c r="D1" t="str"><f>A1&amp;""</f><v></v></c><c r="E1"><f>1+1</f><v>2</v></c></row><row r="2"><c r="A2"><f>&quot;a&quot;&amp;&quot;b&quot;</f></c></row></sheetData></worksheet>`;
    const parts: Part[] = WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, text: sheet } : p));
    const grids = await readGrids(openPackage(zipOf(parts), inflater));
    const g = grids["Data & <Satu>"]!;
    expect(g.cells).toEqual([[null, null, null, "", 2], []]);
    expect(g.unsavedFormulas).toEqual([
      { row: 0, col: 0, formula: "200+250" },
      { row: 0, col: 1, formula: "SUM(C1:C3)" },
      { row: 0, col: 2 },
      { row: 1, col: 0, formula: '"a"&"b"' },
    ]);
    // a sheet without any has no list
    expect(grids["Tersembunyi"]!.unsavedFormulas).toBeUndefined();
  });
});

describe("arithmetic of numbers only", () => {
  it.each([
    ["200+250", 450],
    ["=200+250", 450],
    ["(1+2)*3", 9],
    ["10/4", 2.5],
    ["-3+5", 2],
    ["2*-3", -6],
    ["0.1+0.2", 0.3],
    ["50%", 0.5],
    [" 1 + 2 ", 3],
    ["1.5E3", 1500],
  ])("%s = %s", (f, v) => expect(arithmetic(f)).toBe(v));

  it.each(["A1+1", "SUM(1,2)", "1/0", "2^3", "1+", "(1+2", "1,5+1", '"a"', "", "TRUE"])("%s is not computed", (f) => expect(arithmetic(f)).toBeUndefined());
});

describe("the workbook reader says so at the cell", () => {
  const sid3 = e2026.indicators.find((i) => i.id === "SID-3")!;
  const answer3 = `${sid3.number}. ${sid3.name.id}`;
  function read(over: Record<string, CellValue>, unsaved: Record<string, string | undefined>, locale: "id" | "en" = "id") {
    const grids = templateAsGrids();
    const g: Grid = grids["Inovasi"]!;
    const row = addRow(g, { ...fullInnovation(e2026, "Satu", "Dinas Kesehatan", "Kesehatan"), ...over });
    g.unsavedFormulas = Object.entries(unsaved).map(([h, formula]) => ({ row, col: g.cells[0]!.indexOf(h), ...(formula !== undefined ? { formula } : {}) }));
    for (const u of g.unsavedFormulas) g.cells[row]![u.col] = null;
    return readWorkbook(grids, { locale });
  }

  it("computes =200+250 in a count cell, and says it did", () => {
    const r = read({}, { "Jumlah Kata Rancang Bangun": "200+250" });
    expect(r.input!.innovations[0]!.designWords).toBe(450);
    const w = r.issues.filter((i) => i.field === "Jumlah Kata Rancang Bangun");
    expect(w.map((i) => [i.code, i.severity, i.cell])).toEqual([["formula_computed", "warning", "L2"]]);
    expect(w[0]!.text).toBe(
      'rumus =200+250 belum punya nilai tersimpan (berkas disimpan oleh aplikasi yang tidak menghitung rumus); karena hanya berisi angka, hasilnya dihitung di sini: 450; buka berkas di Excel lalu simpan agar nilainya tersimpan',
    );
    const en = read({}, { "Jumlah Kata Rancang Bangun": "200+250" }, "en").issues.find((i) => i.code === "formula_computed")!;
    expect(en.text).toBe("the formula =200+250 has no saved value (the file was saved by a program that does not calculate formulas); as it holds numbers only, it is computed here: 450; open the file in Excel and save it so the value is saved");
  });

  it("reports a formula it cannot compute as not read, once, with what to do; a mandatory answer is not also 'unanswered'", () => {
    const r = read({}, { [answer3]: "VLOOKUP(Z2,Daftar!A:B,2,FALSE)", "Tanggal Penerapan": undefined });
    const at = r.issues.filter((i) => i.sheet === "Inovasi" && i.cell?.endsWith("2"));
    expect(at.map((i) => [i.code, i.severity])).toEqual([["formula_without_value", "error"], ["formula_without_value", "error"]]);
    expect(at.find((i) => i.field === answer3)!.text).toBe(
      `rumus =VLOOKUP(Z2,Daftar!A:B,2,FALSE) belum punya nilai tersimpan (berkas disimpan oleh aplikasi yang tidak menghitung rumus), jadi "${answer3}" tidak terbaca; buka berkas di Excel lalu simpan (Excel menghitung dan menyimpan hasilnya), atau ketik nilainya`,
    );
    expect(at.find((i) => i.field === "Tanggal Penerapan")!.text).toBe(
      'rumus di sel ini belum punya nilai tersimpan (berkas disimpan oleh aplikasi yang tidak menghitung rumus), jadi "Tanggal Penerapan" tidak terbaca; buka berkas di Excel lalu simpan (Excel menghitung dan menyimpan hasilnya), atau ketik nilainya',
    );
    const inv = r.input!.innovations[0]!;
    expect(inv.answers["SID-3"]).toBeUndefined();
    expect(inv.leftOut).toEqual(["implementationDate", "answers.SID-3"]);
    // its evidence is not "without an answer", and the scorer does not say the date is missing
    expect(r.issues.filter((i) => i.code === "evidence_without_answer")).toEqual([]);
    const scored = scoreRegion(r.input!, e2026);
    expect(scored.issues.filter((i) => i.path[0] === "innovations").map((i) => i.code)).not.toContain("outside_window");
  });

  it("a row of such formulas only is not skipped as blank: each required cell says its formula, not 'wajib diisi'", () => {
    const grids = templateAsGrids();
    const g: Grid = grids["Inovasi"]!;
    const h = g.cells[0]!;
    g.cells.push([]);
    const row = g.cells.length - 1;
    g.unsavedFormulas = ["Nama Inovasi", "Perangkat Daerah", "Tahapan", "Urusan"].map((name) => ({ row, col: h.indexOf(name), formula: `Daftar!A${row}` }));
    const r = readWorkbook(grids);
    const at = r.issues.filter((i) => i.sheet === "Inovasi" && i.cell?.endsWith(String(row + 1)));
    expect(at.map((i) => [i.code, i.field])).toEqual([
      ["formula_without_value", "Nama Inovasi"],
      ["formula_without_value", "Perangkat Daerah"],
      ["formula_without_value", "Urusan"],
      ["formula_without_value", "Tahapan"],
    ]);
    expect(r.input?.innovations ?? []).toEqual([]);
  });
});
