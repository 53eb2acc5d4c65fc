import { describe, expect, it } from "vitest";
import { CHART_NAME, applyWrites, groupWrites, readGrids, selectCell, type XContext } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

const all = () => true;
const ctxOf = (h: FakeExcelHost) => h.context as unknown as XContext;

async function scoreInHost(host: FakeExcelHost, opts: { chunkBytes?: number } = {}) {
  const before = host.syncCount;
  const grids = await readGrids(ctxOf(host));
  const readSyncs = host.syncCount - before;
  const out = scoreGrids(grids);
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  const report = await applyWrites(ctxOf(host), out.writes, { chart: out.chart, summaryHeadingRows: out.summaryHeadingRows, supports: all, ...opts });
  return { grids, out, report, readSyncs };
}

describe("Office.js adapter against the in-memory host", () => {
  it("scores 10,000 innovations in a bounded number of syncs, writes every output cell and no input cell", async () => {
    const seed = regionGrids(10_000);
    const host = new FakeExcelHost(structuredClone(seed));
    const { out, report, readSyncs } = await scoreInHost(host);
    expect(readSyncs).toBeLessThanOrEqual(7); // names, sizes and tables, sample, then row blocks (read-blocks.test.ts)
    // 1 (names, calc mode, chart lookup) + payload chunks; the chart and calc mode ride in the last chunk
    expect(report.syncs).toBe(1 + report.chunks);
    expect(report.syncs).toBeLessThanOrEqual(5);
    expect(host.maxPayload).toBeLessThanOrEqual(5 * 1024 * 1024);

    // every contract write landed, exactly
    for (const w of out.writes) {
      const got = host.sheet(w.sheet)!.cells[w.row]?.[w.col] ?? null;
      expect(got, `${w.sheet}!${w.address}`).toEqual(w.value === "" ? null : w.value);
    }
    // no other cell changed (holes in a rectangle are sent as null, which Excel leaves alone)
    const wanted = new Set(out.writes.map((w) => `${w.sheet}!${w.row},${w.col}`));
    for (const st of host.sheets) {
      const before = seed[st.name]?.cells ?? [];
      st.cells.forEach((row, r) => row.forEach((v, c) => {
        const was = before[r]?.[c] ?? null;
        if ((v ?? null) !== was && !wanted.has(`${st.name}!${r},${c}`)) expect.fail(`${st.name} ${r},${c} changed: ${String(was)} → ${String(v)}`);
      }));
    }
    // ranges are rectangles, not cells: one per sheet written, plus at most one cut per chunk boundary
    const ranges = host.writes.filter((x) => x.kind === "values");
    expect(ranges.length).toBeLessThanOrEqual(3 + report.chunks - 1); // Inovasi outputs, Ringkasan, Masalah
    // input cells never written: every seeded non-blank cell is unchanged
    for (const g of Object.values(seed)) {
      const st = host.sheet(g.name)!;
      g.cells.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== "") expect(st.cells[r]![c], `${g.name} ${r},${c}`).toEqual(v); }));
    }
    for (const name of ["Pengaturan", "SPD", "Perangkat Daerah"]) expect(host.writes.some((w) => w.sheet === name)).toBe(false);
    expect(out.result.innovations.length).toBe(10_000 - 200); // rows with an unreadable stage are reported, not scored
    expect(host.calculationMode).toBe("Automatic");
    expect(host.screenUpdatingSuspensions).toBe(report.chunks);
    expect(report.chart).toBe("added");
  }, 120_000);

  it("a second run updates the same cells and chart, never duplicates", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(30)));
    await scoreInHost(host);
    const sheetsAfterFirst = host.sheets.map((s) => s.name);
    const snapshot = host.sheets.map((s) => s.cells.map((r) => [...r]));
    const second = await scoreInHost(host);
    expect(host.sheets.map((s) => s.name)).toEqual(sheetsAfterFirst);
    host.sheets.forEach((s, i) => s.cells.forEach((r, ri) => r.forEach((v, ci) => { if (v !== (snapshot[i]![ri]?.[ci] ?? null)) expect.fail(`${s.name} ${ri},${ci}: ${String(snapshot[i]![ri]?.[ci])} → ${String(v)}`); })));
    expect(second.report.chart).toBe("updated");
    const charts = host.sheets.flatMap((s) => s.charts);
    expect(charts).toHaveLength(1);
    expect(charts[0]!.name).toBe(CHART_NAME);
  });

  it("chunks writes under the payload limit; the host refuses an oversized request", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(2_000)));
    host.payloadLimit = 60_000;
    const { report } = await scoreInHost(host, { chunkBytes: 50_000 });
    expect(report.chunks).toBeGreaterThan(3);
    expect(host.maxPayload).toBeLessThanOrEqual(60_000);

    const tooBig = new FakeExcelHost(structuredClone(regionGrids(2_000)));
    const grids = await readGrids(ctxOf(tooBig));
    const out = scoreGrids(grids);
    if (!out.ok) throw new Error("unreadable");
    tooBig.payloadLimit = 60_000;
    await expect(applyWrites(ctxOf(tooBig), out.writes, { supports: all, chunkBytes: 10_000_000 })).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("the host throws when a property is read without load and sync, as Office.js does", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(1)));
    const range = host.context.workbook.worksheets.getItem("Inovasi").getUsedRangeOrNullObject(true);
    expect(() => range.values).toThrow(/not available/);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await host.context.sync();
    expect(range.values[0]![0]).toBe("Nama Inovasi");
  });

  it("groups writes into rectangles across holes (sent as null) and keeps the later of two writes to one cell", () => {
    const w = (row: number, col: number, value: number | null) => ({ sheet: "S", row, col, address: "", value });
    const blocks = groupWrites([w(1, 2, 1), w(1, 3, 2), w(2, 2, 3), w(3, 2, null), w(1, 3, 9), w(40, 3, 7)]);
    expect(blocks.map((b) => [b.row, b.col, b.values])).toEqual([[1, 2, [[1, 9], [3, null], ["", null]]], [40, 2, [[null, 7]]]]);
  });

  it("selects the offending cell of a problem", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(1)));
    await selectCell(ctxOf(host), "Inovasi", "C2");
    expect(host.selection).toEqual({ sheet: "Inovasi", row: 1, col: 2 });
  });

  it("without ExcelApi 1.8/1.9 it neither touches calculation mode nor suspends screen updating", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(5)));
    const grids = await readGrids(ctxOf(host));
    const out = scoreGrids(grids);
    if (!out.ok) throw new Error("unreadable");
    host.calculationMode = "Automatic";
    await applyWrites(ctxOf(host), out.writes, { supports: () => false });
    expect(host.screenUpdatingSuspensions).toBe(0);
  });
});

describe("template insertion", () => {
  it("inserts missing template sheets with headers and leaves existing sheets alone", async () => {
    const { templateGrids } = await import("@inovasi/workbook");
    const { getEdition } = await import("@inovasi/core");
    const { insertSheets } = await import("../src/excel/adapter.js");
    const host = new FakeExcelHost({ Inovasi: { name: "Inovasi", cells: [["saya punya data"]] } });
    const tpl = templateGrids(getEdition("iid-2026")!, { inputRows: 0 });
    const added = await insertSheets(ctxOf(host), tpl.map((s) => ({ name: s.name, headerRow: s.headerRow, cells: [s.columns.map((c) => c.header), ...s.rows] })));
    expect(added).not.toContain("Inovasi");
    expect(added).toEqual(expect.arrayContaining(["SPD", "Perangkat Daerah", "Pengaturan"]));
    expect(host.sheet("Inovasi")!.cells).toEqual([["saya punya data"]]);
    expect(host.sheet("SPD")!.cells[0]![0]).toBe("Kode");
    expect(host.syncCount).toBe(2);
  });
});
