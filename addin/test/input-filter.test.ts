/**
 * The analyst's AutoFilter on the Inovasi table, in the pane (in-memory host; not run in a real Excel): after Nilai it
 * reaches the output columns the run wrote beside the table, with the criteria it had, hiding the rows it hid — as the
 * CLI's scored copy has it (`output.inputFilters`, `widenedFilter`). A second press changes nothing more.
 */
import { describe, expect, it } from "vitest";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost, type SheetState } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { secondDayBase } from "../../packages/workbook/test/rerun.js";
import { ctxOf } from "./fixtures.js";

const all = () => true;

async function nilai(host: FakeExcelHost, supports: (version: string) => boolean = all) {
  const grids = await readGrids(ctxOf(host), { supports: all });
  const out = scoreGrids(grids, { plan: true });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  return { out, report: await applyWrites(ctxOf(host), out.writes, { output: out.output, supports }) };
}

/** The sheet's table filtered to one agency (header row to the last row, the analyst's columns): the rows it hides. */
function filterToAgency(st: SheetState): { agencyCol: number; hidden: number[]; width: number; rows: number } {
  const header = st.cells[0]!;
  const width = header.length;
  const agencyCol = header.indexOf("Perangkat Daerah");
  const agency = String(st.cells[1]![agencyCol]);
  const rows = st.cells.length;
  const hidden = st.cells.flatMap((row, r) => (r > 0 && String(row[agencyCol] ?? "") !== agency ? [r] : []));
  const criteria = Array.from({ length: width }, (_, i) => (i === agencyCol ? { filterOn: "Values", values: [agency] } : undefined));
  st.autoFilter = { box: { row: 0, col: 0, rows, cols: width }, hiddenRows: hidden, criteria };
  return { agencyCol, hidden, width, rows };
}

describe("the analyst's AutoFilter on the Inovasi table, after Nilai in the pane", () => {
  it("reaches the last output column with the criteria it had, hiding the same rows; a second press changes nothing", async () => {
    const host = new FakeExcelHost(structuredClone(secondDayBase()));
    const was = filterToAgency(host.sheet("Inovasi")!);
    expect(was.hidden.length).toBeGreaterThan(0);
    const { out, report } = await nilai(host);
    expect(report.filtersWidened).toBe(1);
    const spec = out.output.inputFilters![0]!;
    const lastCol = Math.max(...out.writes.filter((w) => w.sheet === "Inovasi").map((w) => w.col));
    expect(spec).toMatchObject({ sheet: "Inovasi", row: 0, col: 0, lastCol });
    const f = host.sheet("Inovasi")!.autoFilter!;
    expect(f.box).toEqual({ row: 0, col: 0, rows: was.rows, cols: lastCol + 1 });
    expect(f.criteria?.[was.agencyCol]).toMatchObject({ filterOn: "Values" });
    expect(f.criteria?.filter(Boolean)).toHaveLength(1);
    expect(f.hiddenRows).toEqual(was.hidden);

    const before = structuredClone(f);
    const again = await nilai(host);
    expect(again.report.filtersWidened).toBeUndefined();
    expect(host.sheet("Inovasi")!.autoFilter).toEqual(before);
  });

  it("when Excel refuses the criteria over the wider range, the filter goes back to its range with them", async () => {
    const host = new FakeExcelHost(structuredClone(secondDayBase()));
    const was = filterToAgency(host.sheet("Inovasi")!);
    const grids = await readGrids(ctxOf(host), { supports: all });
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok) throw new Error("not scored");
    const probe = new FakeExcelHost(structuredClone(secondDayBase()));
    filterToAgency(probe.sheet("Inovasi")!);
    const clean = await applyWrites(ctxOf(probe), out.writes, { output: out.output, supports: all });
    host.refuseSync(clean.syncs, "InvalidArgument");
    const report = await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: all });
    expect(report.filtersWidened).toBeUndefined();
    const f = host.sheet("Inovasi")!.autoFilter!;
    expect(f.box).toEqual({ row: 0, col: 0, rows: was.rows, cols: was.width });
    expect(f.hiddenRows).toEqual(was.hidden);
  });

  it("a filter elsewhere on the sheet, or an Excel before ExcelApi 1.9, is left as it is", async () => {
    const host = new FakeExcelHost(structuredClone(secondDayBase()));
    const st = host.sheet("Inovasi")!;
    st.autoFilter = { box: { row: 2, col: 0, rows: 4, cols: 3 }, hiddenRows: [3] };
    expect((await nilai(host)).report.filtersWidened).toBeUndefined();
    expect(host.sheet("Inovasi")!.autoFilter).toEqual({ box: { row: 2, col: 0, rows: 4, cols: 3 }, hiddenRows: [3] });

    const old = new FakeExcelHost(structuredClone(secondDayBase()));
    const was = filterToAgency(old.sheet("Inovasi")!);
    const { report } = await nilai(old, (v) => Number(v.split(".")[1]) < 9);
    expect(report.filtersWidened).toBeUndefined();
    expect(old.sheet("Inovasi")!.autoFilter!.box).toEqual({ row: 0, col: 0, rows: was.rows, cols: was.width });
  });
});
