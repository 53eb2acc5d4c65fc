import { describe, expect, it } from "vitest";
import { gridFromBlock, readWorkbook, toIsoDate, toNumber } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("cell values", () => {
  it("reads numbers typed the Indonesian or the English way, and refuses what is not a number", () => {
    const cases: [string | number, number | undefined][] = [
      [12, 12], ["12", 12], [" 1,5 ", 1.5], ["1.234,5", 1234.5], ["1.200", 1200], ["12.345.678", 12345678],
      ["1,234.5", 1234.5], ["0.5", 0.5], ["35%", 35], ["-2,25", -2.25], ["1,234,567", 1234567],
      ["dua", undefined], ["", undefined], ["1.2.3,4,5", undefined], [Number.NaN, undefined],
    ];
    for (const [v, want] of cases) expect(toNumber(v), String(v)).toBe(want);
  });

  it("reads ISO dates, DD/MM/YYYY and Excel serial numbers; refuses impossible dates", () => {
    expect(toIsoDate("2025-02-01")).toBe("2025-02-01");
    expect(toIsoDate("2025-02-01T00:00:00.000Z")).toBe("2025-02-01");
    expect(toIsoDate("01/02/2025")).toBe("2025-02-01");
    expect(toIsoDate(45689)).toBe("2025-02-01"); // Office.js value of a date cell
    expect(toIsoDate("31/02/2025")).toBeUndefined();
    expect(toIsoDate("kemarin")).toBeUndefined();
  });

  it("places an Office.js usedRange block that does not start at A1, so messages name the real cells", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Tahapan: "Selesai" });
    // the same sheet as Office.js would hand it over when its used range starts at C3, with "" for empty cells
    const block = grids["Inovasi"]!.cells.map((r) => r.map((v) => (v === null ? "" : v)));
    grids["Inovasi"] = gridFromBlock("Inovasi", block, 2, 2);
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual([
      'Inovasi!E4: isian "Selesai" tidak dikenal untuk "Tahapan"; pilihan yang sah: "Inisiatif", "Uji Coba", "Penerapan"; sampai diperbaiki, baris ini tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan), kepatuhan, maupun yandas',
    ]);
    expect(r.input!.innovations).toEqual([]); // a row without a valid stage is reported, not scored
  });
});
