import { describe, expect, it } from "vitest";
import { applyWrites, insertSheets, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost, validSheetName } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

describe("sheet names as Excel takes them", () => {
  it("the fake refuses a name taken in any case (ItemAlreadyExists) and a name Excel cannot hold (InvalidArgument)", async () => {
    const host = new FakeExcelHost({ Ringkasan: { name: "Ringkasan", cells: [] } });
    const add = async (name: string) => { host.context.workbook.worksheets.add(name); await host.context.sync(); };
    await expect(add("RINGKASAN")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    for (const bad of ["x".repeat(32), "a/b", "a\\b", "a?b", "a*b", "a[b", "a]b", "a:b", "", "'awal", "akhir'", "History"]) {
      await expect(add(bad), JSON.stringify(bad)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await add("x".repeat(31));
    await add("Rencana (2026)");
    expect(host.sheets.map((s) => s.name)).toEqual(["Ringkasan", "x".repeat(31), "Rencana (2026)"]);
    expect(validSheetName("Perangkat Daerah")).toBe(true);
    // getItem finds a sheet in any case, as Excel does
    expect(host.sheet("ringkasan")?.name).toBe("Ringkasan");
  });

  it("a run on a workbook whose sheets are named in another case writes into them, adding none", async () => {
    const seed = regionGrids(5);
    const host = new FakeExcelHost(structuredClone(seed));
    const run = async () => {
      const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
      if (!out.ok) throw new Error("unreadable");
      await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports });
    };
    await run();
    const names = host.sheets.map((s) => s.name);
    // the analyst renames the tool's sheet in another case; the next run finds it and adds no second one
    host.sheet("Ringkasan")!.name = "RINGKASAN";
    await run();
    expect(host.sheets.map((s) => s.name)).toEqual(names.map((n) => (n === "Ringkasan" ? "RINGKASAN" : n)));
  });

  it("writes to a sheet named in another case go into it: no second sheet asked for (Excel would refuse it)", async () => {
    const host = new FakeExcelHost({ RINGKASAN: { name: "RINGKASAN", cells: [["lama"]] } });
    await applyWrites(ctxOf(host), [{ sheet: "Ringkasan", row: 0, col: 0, address: "A1", value: "Daerah" }], { supports: host.supports });
    expect(host.sheets.map((s) => [s.name, s.cells[0]![0]])).toEqual([["RINGKASAN", "Daerah"]]);
  });

  it("the SPD sheet renamed 'SPD 2026' is read by the pane as by the CLI: the same index, and said", async () => {
    const seed = regionGrids(5);
    const spd = seed["SPD"]!;
    const [kode, jawaban] = ["Kode", "Jawaban"].map((h) => spd.cells[0]!.indexOf(h));
    spd.cells.find((r) => r[kode!] === "SPD-1")![jawaban!] = 3;
    const score = async (grids: typeof seed) => {
      const host = new FakeExcelHost(structuredClone(grids));
      const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
      if (!out.ok) throw new Error("unreadable");
      return out;
    };
    const base = await score(seed);
    const renamed = Object.fromEntries(Object.entries(seed).map(([k, g]) => (k === "SPD" ? ["SPD 2026", { ...g, name: "SPD 2026" }] : [k, g])));
    const out = await score(renamed);
    expect(base.result.claimed.spd.score).toBeGreaterThan(0);
    expect(out.result.claimed.index).toBe(base.result.claimed.index);
    expect(out.issues.filter((i) => i.code === "sheet_read_as").map((i) => i.sheet)).toEqual(["SPD 2026"]);
  });

  it("the Inovasi and Perangkat Daerah sheets renamed 'Data Inovasi' and 'OPD' are read by the pane as by the CLI", async () => {
    const seed = regionGrids(5);
    const score = async (grids: typeof seed) => {
      const host = new FakeExcelHost(structuredClone(grids));
      const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
      if (!out.ok) throw new Error("unreadable");
      return out;
    };
    const base = await score(seed);
    const names: Record<string, string> = { Inovasi: "Data Inovasi", "Perangkat Daerah": "OPD" };
    const renamed = Object.fromEntries(Object.entries(seed).map(([k, g]) => [names[k] ?? k, { ...g, name: names[k] ?? k }]));
    const out = await score(renamed);
    expect(out.result.claimed.index).toBe(base.result.claimed.index);
    expect(out.issues.filter((i) => i.code === "sheet_read_as").map((i) => i.sheet)).toEqual(["OPD", "Data Inovasi"]);
  });

  it("template sheets are not inserted over a sheet of the same name in another case", async () => {
    const host = new FakeExcelHost({ daftar: { name: "daftar", cells: [["x"]] } });
    expect(await insertSheets(ctxOf(host), [{ name: "Daftar", headerRow: 0, cells: [["Kode"]] }])).toEqual([]);
  });
});
