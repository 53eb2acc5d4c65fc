import { beforeAll, describe, expect, it } from "vitest";
import { getEdition, innovationsNeeded } from "@inovasi/core";
import { readWorkbook } from "@inovasi/workbook";
import { readFile } from "node:fs/promises";
import { loadWorkbook } from "../../packages/cli/src/index.js";

class CFError extends Error { constructor(public code: string, message: string) { super(message); } }
const registered: Record<string, unknown> = {};
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: CFError, ErrorCode: { invalidValue: "#VALUE!" }, associate: (n: string, f: unknown) => { registered[n] = f; } };
});
const load = () => import("../src/functions/functions.js");

describe("IID custom functions", () => {
  it("registers PREDIKAT and SKOR_INOVASI", async () => {
    await load();
    expect(Object.keys(registered).sort()).toEqual(["INDEKS", "INOVASI_DIBUTUHKAN", "PREDIKAT", "SKOR_INOVASI"]);
  });
  it("PREDIKAT gives the band, rounding at the edition's decimals", async () => {
    const { predikat } = await load();
    expect(predikat(40.01)).toBe("Inovatif");
    expect(predikat(40.004, "iid-2026")).toBe("Kurang Inovatif");
    expect(() => predikat(50, "iid-1999")).toThrow(/edisi "iid-1999" tidak dikenal/);
    try { predikat(Number.NaN); } catch (e) { expect((e as CFError).code).toBe("#VALUE!"); }
  });
  it("SKOR_INOVASI sums weight × tier over the SID indicators, from labels or tiers", async () => {
    const { skorInovasi } = await load();
    const sid = getEdition("iid-2026")!.indicators.filter((i) => i.aspect === "SID");
    const labels = sid.map((i) => i.options.find((o) => o.tier === 2)!.label.id);
    expect(skorInovasi([labels])).toBe(74);
    expect(skorInovasi([sid.map(() => 2)])).toBe(74);
    expect(skorInovasi([sid.map(() => "")])).toBe(0);
    expect(() => skorInovasi([labels.slice(1)])).toThrow(/diharapkan 20 jawaban/);
    expect(() => skorInovasi([["bukan pilihan", ...labels.slice(1)]])).toThrow(/jawaban ke-1 \(SID-1\)/);
  });

  it("INDEKS reproduces the example workbook's verified index from its SPD and Inovasi tables", async () => {
    const { indeks } = await load();
    const book = await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const exp = JSON.parse(await readFile(new URL("../../examples/kabupaten-contoh.expected.json", import.meta.url), "utf8"));
    const blank = (rows: unknown[][]) => rows.map((r) => Array.from(r, (v) => (v === null || v === undefined ? "" : v))); // Excel hands "" for empty cells
    expect(indeks(blank(book.grids["SPD"]!.cells), blank(book.grids["Inovasi"]!.cells), "iid-2026")).toBe(exp.verified.index);
    expect(() => indeks([["x"]], [["y"]])).toThrow(/.+/);
  });
  it("INOVASI_DIBUTUHKAN answers the plan's one-number question from the SPD and Inovasi tables, as core's innovationsNeeded", async () => {
    const { inovasiDibutuhkan } = await load();
    const book = await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const blank = (rows: unknown[][]) => rows.map((r) => Array.from(r, (v) => (v === null || v === undefined ? "" : v)));
    const spd = blank(book.grids["SPD"]!.cells);
    const inv = blank(book.grids["Inovasi"]!.cells);
    const ed = getEdition("iid-2026")!;
    const input = readWorkbook(book.grids, { edition: ed }).input!;
    const want = (o: Parameters<typeof innovationsNeeded>[2]) => innovationsNeeded(input, ed, o).needed;
    // the example stands at 38.55 (Kurang Inovatif): the default target is the next band up, Inovatif
    const next = inovasiDibutuhkan(spd, inv, "", undefined, "iid-2026");
    expect(next).toBeGreaterThan(0);
    expect(next).toBe(want({}));
    expect(inovasiDibutuhkan(spd, inv, "Inovatif", undefined, "iid-2026")).toBe(next);
    expect(inovasiDibutuhkan(spd, inv, 30, undefined, "iid-2026")).toBe(0);
    const high = inovasiDibutuhkan(spd, inv, "Inovatif", 90, "iid-2026");
    expect(high).toBe(want({ target: { predicate: "inovatif" }, expectedScore: 90 }));
    expect(high).toBeLessThanOrEqual(next);
    expect(() => inovasiDibutuhkan(spd, inv, "Hebat", undefined, "iid-2026")).toThrow(/target "Hebat" tidak dikenal/);
    expect(() => inovasiDibutuhkan(spd, inv, "", -5, "iid-2026")).toThrow(/skor yang diharapkan "-5" harus berupa angka/);
    expect(() => inovasiDibutuhkan(spd, inv, 100, 1, "iid-2026")).toThrow(/indeks 100 tidak tercapai dengan sampai \d+ inovasi baru berskor \d+ \(indeks tertinggi \d+,\d\d\)/);
    try { inovasiDibutuhkan(spd, inv, "Hebat"); } catch (e) { expect((e as CFError).code).toBe("#VALUE!"); }
  });
});
