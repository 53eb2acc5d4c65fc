/**
 * The Rekap sheet as printed (print36 left it): it runs across pages with the region's column A on each, so its notes
 * sit right of that column, each merged across the rest of the first page and wrapped, the row as tall as its text.
 * On the pages after the first they printed over column A (or cut at it); the title wraps within column A.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { firstPageLastCol, recapWorkbook, wrappedRowHeights } from "@inovasi/workbook";
import { recapFiles, recapXlsx } from "../src/recap.js";
import { packageParts, partText } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));

describe("the Rekap sheet's notes as printed", async () => {
  const { files, recap } = await recapFiles({ inputs: ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kota-baru-contoh.xlsx"].map(example) });
  const scored = files.filter((f) => !f.skipped);
  const parts = await packageParts(await recapXlsx(recap, scored));
  // the Rekap sheet is the first the recap writes
  const xml = partText(parts.get("xl/worksheets/sheet1.xml"));
  const { writes, output } = recapWorkbook(recap, scored);
  const spec = output.ownedSheets.find((s) => s.name === "Rekap")!;
  const notes = spec.merges!;

  it("merges each note from column B to the first page's last column (I), none in column A beside it", () => {
    expect(firstPageLastCol(spec.widths, spec.print!)).toBe(8);
    expect(notes.length).toBeGreaterThan(3);
    for (const m of notes) {
      expect(xml).toContain(`<mergeCell ref="B${m.row + 1}:I${m.row + 1}"/>`);
      expect(xml).not.toMatch(new RegExp(`<c r="A${m.row + 1}"[^>]*t="`)); // no text in A
    }
  });

  it("wraps the notes top-aligned, each row as tall as its text across B–I, and the title within column A", () => {
    const heights = wrappedRowHeights(writes, spec);
    const tall = notes.filter((m) => heights.has(m.row));
    expect(tall.length).toBeGreaterThan(0);
    for (const m of tall) expect(xml).toMatch(new RegExp(`<row r="${m.row + 1}"[^>]* ht="${heights.get(m.row)}"`));
    const styles = partText(parts.get("xl/styles.xml"));
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((x) => x[0]);
    const styleOf = (cell: string) => xfs[Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xml)![1])]!;
    expect(styleOf(`B${notes[0]!.row + 1}`)).toMatch(/<alignment [^>]*wrapText="1"/);
    expect(styleOf(`B${notes[0]!.row + 1}`)).toMatch(/vertical="top"/);
    expect(styleOf("A1")).toMatch(/wrapText="1"/);
    expect(xml).toMatch(/<row r="1"[^>]* ht="30"/); // the title's two lines in column A
  });
});
