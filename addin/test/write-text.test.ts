import type { CellWrite } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { applyWrites, groupWrites, insertSheets, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

const write = (row: number, col: number, value: CellWrite["value"]): CellWrite => ({ sheet: "Catatan", row, col, address: "", value });

describe("text written through Range.values stays text (Excel parses a string there as if typed)", () => {
  it("the fake host parses strings as Excel does: numbers, percents, booleans, dates, times; the prefix keeps text", async () => {
    const host = new FakeExcelHost({ S: { name: "S", cells: [] } });
    const r = host.context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 10);
    r.values = [["01", "1,234.5", "5%", "TRUE", "1/2/2025", "2025-03-01", "12 Mar 2025", "10:30", "'01", "Dinas 01"]];
    await host.context.sync();
    expect(host.sheet("S")!.cells[0]).toEqual([1, 1234.5, 0.05, true, 45659, 45717, 45728, 0.4375, "01", "Dinas 01"]);
    // a workbook in the 1904 date system counts from 1904; Excel with a decimal comma reads "12,5" as 12.5
    host.date1904 = true;
    host.useSystemSeparators = false;
    host.excelDecimalSeparator = ",";
    r.values = [["2025-03-01", "12,5", "1.000", null, null, null, null, null, null, null]];
    await host.context.sync();
    expect(host.sheet("S")!.cells[0]!.slice(0, 3)).toEqual([45717 - 1462, 12.5, 1000]);
  });

  it("echoed text that looks like a number, date or boolean arrives as text; numbers stay numbers", async () => {
    const host = new FakeExcelHost({ Catatan: { name: "Catatan", cells: [["x"]] } });
    const texts = ["01", "1/2", "2025-03-01", "TRUE", "BENAR", "12,5", "#N/A", "'kutip", "=1+1", "Dinas Kesehatan"];
    const writes = [...texts.map((t, i) => write(i + 1, 0, t)), write(1, 1, 1), write(2, 1, 0.5), write(3, 1, true)];
    await applyWrites(ctxOf(host), writes, { supports: host.supports });
    const cells = host.sheet("Catatan")!.cells;
    texts.forEach((t, i) => expect(cells[i + 1]![0], t).toBe(t));
    expect([cells[1]![1], cells[2]![1], cells[3]![1]]).toEqual([1, 0.5, true]);
    // text Excel would not parse goes as it is (no prefix it does not need)
    expect(groupWrites([write(0, 0, "Dinas Kesehatan")])[0]!.values).toEqual([["Dinas Kesehatan"]]);
  });

  it("a scored run read back, and run again in place, reads the same: names that look like numbers stay names", async () => {
    const seed = regionGrids(12);
    const inv = seed["Inovasi"]!;
    const nameCol = inv.cells[0]!.indexOf("Nama Inovasi");
    inv.cells[1]![nameCol] = "2025";
    inv.cells[2]![nameCol] = "1/2";
    // a region whose name Excel would read as a number: the summary echoes it
    seed["Pengaturan"]!.cells.find((r) => r[0] === "Nama Daerah")![1] = "2025";
    const host = new FakeExcelHost(structuredClone(seed));
    const run = async () => {
      const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
      if (!out.ok) throw new Error("unreadable");
      await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports });
      return out;
    };
    const first = await run();
    // every text the run wrote is text in the workbook, every number a number
    for (const w of first.writes) {
      const got = host.sheet(w.sheet)!.cells[w.row]?.[w.col] ?? null;
      expect(got, `${w.sheet}!${w.address}`).toEqual(w.value === "" ? null : w.value);
    }
    const after = structuredClone(host.sheets.map((st) => st.cells));
    await run();
    expect(host.sheets.map((st) => st.cells)).toEqual(after);
    // the names read back as the analyst typed them
    const read = await readGrids(ctxOf(host), { supports: host.supports });
    expect([read["Inovasi"]!.cells[1]![nameCol], read["Inovasi"]!.cells[2]![nameCol]]).toEqual(["2025", "1/2"]);
    expect(read["Ringkasan"]!.cells.flat()).toContain("2025");
  });

  it("template sheets inserted keep their text as text", async () => {
    const host = new FakeExcelHost({});
    await insertSheets(ctxOf(host), [{ name: "Daftar", headerRow: 0, cells: [["Kode"], ["01"], ["1/2"], [3]] }]);
    expect(host.sheet("Daftar")!.cells.map((r) => r[0])).toEqual(["Kode", "01", "1/2", 3]);
  });
});
