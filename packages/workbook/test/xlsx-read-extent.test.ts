/**
 * `readGrids`' `extentOnly`: a sheet scoring writes whole again on every run (its marker in A1) is read for its title
 * rows and for where values were, not the values — a scored copy's Masalah sheet lists tens of thousands of issues
 * (20 MB of grid at 30,000). Another sheet, or one whose A1 only looks alike, is read whole.
 */
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { EXTENT_ONLY_FROM, type Inflater, openPackage, readGrids } from "../src/xlsx-read/index.js";
import { PROBLEMS_MARKER, isScoreSheetMarker } from "../src/index.js";
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

  it("an unmarked sheet, or no extentOnly, is read whole", async () => {
    const whole = await readGrids(bookWith(PROBLEMS_MARKER, 40));
    const other = await readGrids(bookWith("Masalah dalam Buku Kerja", 40), { extentOnly: isScoreSheetMarker });
    for (const grids of [whole, other]) expect(grids["Data & <Satu>"]!.cells[39]).toEqual(["Peringatan", "Inovasi!Q40", null, 40]);
  });
});
