/**
 * A re-run in Excel: the long sheets scoring writes whole again (its marker in A1 — Masalah, Rencana; not Ringkasan,
 * whose breakdown a re-run reads, see raised-answer.test.ts) are read
 * for their top rows and where their cells are, not their text, as `inovasi score` reads them (`extentOnly`): a scored
 * Masalah of 30,000 issues was ~20 MB of text read back in syncs of 4 MB. The writes are the same.
 */
import { describe, expect, it } from "vitest";
import { type CellValue, PROBLEMS_MARKER, type WorkbookGrids } from "@inovasi/workbook";
import { type ReadReport, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, norm, regionGrids } from "./fixtures.js";

/** The region with a Masalah sheet of `rows` issue rows under its title, count line and headers, A1 `first`. */
function withProblems(first: string, rows: number): WorkbookGrids {
  const g = regionGrids(40);
  const cells: CellValue[][] = [[first], ["12000 masalah"], ["Tingkat", "Sel", "Kolom", "Pesan"]];
  for (let k = 0; k < rows; k++) cells.push(["Peringatan", `Q${k + 2}`, "5. Jumlah pengguna", `Inovasi!Q${k + 2}: jumlah pengguna ${k},5 orang bukan bilangan bulat; dibaca apa adanya`]);
  g["Masalah"] = { name: "Masalah", cells };
  return g;
}

async function readIn(seed: WorkbookGrids) {
  const host = new FakeExcelHost(structuredClone(seed));
  const report: ReadReport = { syncs: 0, retries: 0 };
  const grids = await readGrids(ctxOf(host), { supports: host.supports }, report);
  return { host, grids, bytes: host.responses.reduce((a, b) => a + b, 0) };
}

describe("the tool's own sheets read for their extent", () => {
  it("Masalah with its marker: the top rows as typed, `true` below; the text is not carried back; the writes are the same", async () => {
    const seed = withProblems(PROBLEMS_MARKER, 12_000);
    const text = JSON.stringify(seed["Masalah"]!.cells).length;
    const { grids, bytes } = await readIn(seed);
    const cells = grids["Masalah"]!.cells;
    expect(cells).toHaveLength(12_003);
    expect(cells.slice(0, 3).map((r) => r.filter((v) => v !== "" && v !== null))).toEqual(seed["Masalah"]!.cells.slice(0, 3));
    expect(cells[12_002]).toEqual([true, true, true, true]);
    // the issue rows' 1.4 MB of text is not in the responses (the 40 innovations and the template are ~0.2 MB)
    expect(text).toBeGreaterThan(1_400_000);
    expect(bytes).toBeLessThan(text / 2);
    // what scoring writes there is what it wrote from the sheet as typed
    const written = (grids: WorkbookGrids) => {
      const out = scoreGrids(grids, { plan: true });
      if (!out.ok) throw new Error("not scored");
      return out.writes.filter((w) => w.sheet === "Masalah");
    };
    const wrote = written(grids);
    expect(wrote.length).toBeGreaterThan(12_000 * 4);
    expect(wrote).toEqual(written(seed));
  }, 60_000);

  it("a sheet named Masalah without the marker (the analyst's own) is read whole", async () => {
    const seed = withProblems("Masalah yang kami catat", 2_000);
    const { grids } = await readIn(seed);
    expect(norm(grids["Masalah"]!.cells)).toEqual(norm(seed["Masalah"]!.cells));
  }, 60_000);
});
