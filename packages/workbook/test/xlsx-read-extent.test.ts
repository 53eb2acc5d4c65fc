/**
 * `readGrids`' `extentOnly`: a sheet scoring writes whole again on every run (its marker in A1) is read for its title
 * rows and for where values were, not the values — a scored copy's Masalah sheet lists tens of thousands of issues
 * (20 MB of grid at 30,000). Another sheet, or one whose A1 only looks alike, is read whole.
 */
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { EXTENT_ONLY_FROM, type Inflater, openPackage, readGrids } from "../src/xlsx-read/index.js";
import { PROBLEMS_MARKER, isScoreColumnHeader, isScoreSheetMarker } from "../src/index.js";
import { WORKBOOK_PARTS, zipOf } from "./xlsx-zip.js";

const inflater: Inflater = {
  inflate: (raw) => zlib.inflateRawSync(raw),
  async *chunks(raw) {
    yield zlib.inflateRawSync(raw);
  },
};

const cell = (r: number, c: string, v: string | number) =>
  typeof v === "number" ? `<c r="${c}${r}"><v>${v}</v></c>` : `<c r="${c}${r}" t="inlineStr"><is><t>${v}</t></is></c>`;

function bookWith(first: string, rows: number) {
  let data = `<row r="1">${cell(1, "A", first)}</row>`;
  for (let r = 2; r <= rows; r++) data += `<row r="${r}">${cell(r, "A", "Peringatan")}${cell(r, "B", `Inovasi!Q${r}`)}${r % 3 ? cell(r, "D", r) : ""}</row>`;
  const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;
  return openPackage(zipOf(WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, text: xml } : p))), inflater);
}

describe("readGrids with extentOnly", () => {
  it("a marked sheet keeps its first rows' values and, past them, `true` where a value was", async () => {
    const grids = await readGrids(bookWith(PROBLEMS_MARKER, 40), { extentOnly: isScoreSheetMarker });
    const cells = grids["Data & <Satu>"]!.cells;
    expect(cells).toHaveLength(40);
    expect(cells[0]).toEqual([PROBLEMS_MARKER]);
    expect(cells[EXTENT_ONLY_FROM - 1]).toEqual(["Peringatan", `Inovasi!Q${EXTENT_ONLY_FROM}`, null, EXTENT_ONLY_FROM]);
    expect(cells[EXTENT_ONLY_FROM]).toEqual([true, true, null, true]);
    expect(cells[EXTENT_ONLY_FROM + 1]).toEqual([true, true]);
    expect(cells[39]).toEqual([true, true, null, true]);
    // the other sheet, not marked, whole
    expect(grids["Tersembunyi"]!.cells).toEqual([["x"]]);
  });

  it("past the first rows, rows of one pattern are one frozen array (30,000 Masalah rows held once); a row number written twice still joins its cells", async () => {
    const grids = await readGrids(bookWith(PROBLEMS_MARKER, 40), { extentOnly: isScoreSheetMarker });
    const cells = grids["Data & <Satu>"]!.cells;
    // sheet rows 12, 15, 18 … have no D (r % 3); the others have
    expect(cells[EXTENT_ONLY_FROM]).toBe(cells[39]);
    expect(cells[EXTENT_ONLY_FROM + 1]).toBe(cells[EXTENT_ONLY_FROM + 4]);
    expect(cells[EXTENT_ONLY_FROM]).not.toBe(cells[EXTENT_ONLY_FROM + 1]);
    expect(Object.isFrozen(cells[39])).toBe(true);
    // before the extent rows, each row its own
    expect(cells[EXTENT_ONLY_FROM - 3]).not.toBe(cells[EXTENT_ONLY_FROM - 6]);
    expect(Object.isFrozen(cells[EXTENT_ONLY_FROM - 3])).toBe(false);

    const twice = `<row r="1">${cell(1, "A", PROBLEMS_MARKER)}</row><row r="12">${cell(12, "A", "x")}</row><row r="13">${cell(13, "A", "x")}</row><row r="12">${cell(12, "C", "y")}</row>`;
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${twice}</sheetData></worksheet>`;
    const pkg = openPackage(zipOf(WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, text: xml } : p))), inflater);
    const joined = (await readGrids(pkg, { extentOnly: isScoreSheetMarker }))["Data & <Satu>"]!.cells;
    expect(joined[11]).toEqual([true, null, true]);
    // the shared [true] of row 13 is not changed by row 12's second part
    expect(joined[12]).toEqual([true]);
  });

  it("an unmarked sheet, or no extentOnly, is read whole", async () => {
    const whole = await readGrids(bookWith(PROBLEMS_MARKER, 40));
    const other = await readGrids(bookWith("Masalah dalam Buku Kerja", 40), { extentOnly: isScoreSheetMarker });
    for (const grids of [whole, other]) expect(grids["Data & <Satu>"]!.cells[39]).toEqual(["Peringatan", "Inovasi!Q40", null, 40]);
  });

  it("columns headed as scoring's output (extentOnlyColumns): `true` below the header where a value is, blanks kept; other columns and a header below the first rows read whole", async () => {
    const head = ["Nama Inovasi", "Skor Klaim", "Skor 18 Terverifikasi", "Catatan"];
    let data = `<row r="1">${head.map((h, i) => cell(1, "ABCD"[i]!, h)).join("")}</row>`;
    for (let r = 2; r <= 14; r++) data += `<row r="${r}">${cell(r, "A", `Inovasi ${r}`)}${r % 2 ? cell(r, "B", r / 2) : cell(r, "B", " ")}${cell(r, "C", 3)}${cell(r, "D", "teks analis")}</row>`;
    // a second table lower down: its "Skor Klaim" header is past the rows looked at
    data += `<row r="20">${cell(20, "F", "Skor Klaim")}</row><row r="21">${cell(21, "F", 7)}</row>`;
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;
    const pkg = openPackage(zipOf(WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, text: xml } : p))), inflater);
    const cells = (await readGrids(pkg, { extentOnlyColumns: isScoreColumnHeader }))["Data & <Satu>"]!.cells;
    expect(cells[0]).toEqual(head);
    expect(cells[1]).toEqual(["Inovasi 2", " ", true, "teks analis"]);
    expect(cells[2]).toEqual(["Inovasi 3", true, true, "teks analis"]);
    expect(cells[20]).toEqual([null, null, null, null, null, 7]);
  });
});
