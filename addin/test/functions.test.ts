import { beforeAll, describe, expect, it } from "vitest";
import { getEdition, innovationsNeeded } from "@inovasi/core";
import { readWorkbook } from "@inovasi/workbook";
import { readFile } from "node:fs/promises";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import { addRow, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { type CFError, stubCustomFunctions } from "./custom-functions-stub.js";

const registered: Record<string, unknown> = {};
beforeAll(() => stubCustomFunctions((n, f) => { registered[n] = f; }));
const load = () => import("../src/functions/functions.js");

describe("IID custom functions", () => {
  it("registers PREDIKAT and SKOR_INOVASI", async () => {
    await load();
    expect(Object.keys(registered).sort()).toEqual(["CATATAN_INDEKS", "CATATAN_INOVASI", "INDEKS", "INOVASI_DIBUTUHKAN", "PREDIKAT", "SKOR_INOVASI"]);
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

  it("SKOR_INOVASI reads each answer as the Inovasi sheet's reader does: a tier typed as text, a loose label, a value with its unit", async () => {
    const { skorInovasi } = await load();
    const e = getEdition("iid-2026")!;
    const sid = e.indicators.filter((i) => i.aspect === "SID");
    const only = (k: number, v: unknown) => [sid.map((_, j) => (j === k ? v : ""))];
    const w = (id: string) => sid.find((i) => i.id === id)!.weight!;
    // before: pilihan "2" tidak dikenal (a tier typed as text was taken for an option label)
    expect(skorInovasi([sid.map(() => "2")])).toBe(74);
    expect(skorInovasi(only(0, " 3 "))).toBe(w("SID-1") * 3);
    expect(skorInovasi(only(13, "51-90 %"))).toBe(w("SID-14") * 2); // "51–90 %" typed with a hyphen
    expect(skorInovasi(only(1, "25 orang"))).toBe(w("SID-2") * 2); // 11–30 orang
    expect(skorInovasi(only(0, "peraturan daerah (perda)"))).toBe(w("SID-1") * 3);
    // what the reader makes of the same cells in the Inovasi sheet (SID-1 has no measures: a number is its tier there too)
    const grids = templateAsGrids(e);
    const row = { ...fullInnovation(e, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), "1. Regulasi inovasi daerah": " 3 ", "14. Penyelesaian layanan pengaduan": "51-90 %", "2. Ketersediaan SDM pelaksana inovasi": "25 orang" };
    for (const k of Object.keys(row)) if (!grids["Inovasi"]!.cells[0]!.includes(k)) throw new Error(`no column ${k}`);
    addRow(grids["Inovasi"]!, row);
    const read = readWorkbook(grids).input!.innovations[0]!.answers;
    expect(read["SID-1"]).toMatchObject({ tier: 3 });
    expect(read["SID-14"]).toMatchObject({ option: sid[13]!.options.find((o) => o.tier === 2)!.label.id });
    expect(read["SID-2"]).toMatchObject({ value: 25 });
    // still refused, at its position, in plain words
    expect(() => skorInovasi(only(0, "bukan pilihan"))).toThrow(/^jawaban ke-1 \(SID-1\): .*"bukan pilihan"/);
    expect(() => skorInovasi(only(0, "9"))).toThrow('jawaban ke-1 (SID-1): tingkat 9 tidak sah untuk indikator SID-1; tingkat yang sah: "0", "1", "2", "3"');
    // a text that could mean two options is said as the sheet says it, naming both (it said "tidak dikenal")
    expect(() => skorInovasi(only(0, "Bupati"))).toThrow(/^jawaban ke-1 \(SID-1\): pilihan "Bupati" untuk indikator SID-1 cocok dengan lebih dari satu pilihan \(tingkat 1 .*; tingkat 2 /);
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
    // typed as text with the decimal comma (an Excel with English separators keeps "57,5" as text): read as the sheets read it
    expect(inovasiDibutuhkan(spd, inv, "Inovatif", "57,5", "iid-2026")).toBe(want({ target: { predicate: "inovatif" }, expectedScore: 57.5 }));
    expect(inovasiDibutuhkan(spd, inv, "Inovatif", " 90 ", "iid-2026")).toBe(high);
    expect(() => inovasiDibutuhkan(spd, inv, "", "banyak", "iid-2026")).toThrow('skor_harapan: skor yang diharapkan "banyak" harus berupa angka lebih dari 0, mis. 57,5');
    // above what one innovation can score in the edition: refused in its terms, not a RangeError from the library
    expect(() => inovasiDibutuhkan(spd, inv, "", 500, "iid-2026")).toThrow('skor yang diharapkan "500" bukan skor yang dapat dicapai; tulis angka 0 sampai 111 (skor tertinggi satu inovasi pada edisi iid-2026), mis. 60 atau 57,5');
    expect(() => inovasiDibutuhkan(spd, inv, 100, 1, "iid-2026")).toThrow(/indeks 100 tidak tercapai berapa pun jumlah inovasi baru berskor \d+ \(indeks tertinggi \d+,\d\d\)/);
    try { inovasiDibutuhkan(spd, inv, "Hebat"); } catch (e) { expect((e as CFError).code).toBe("#VALUE!"); }
  });

  it("#VALUE! says where in the function's own terms, with the decimal comma and no engine path; an error in the tables is no silent number", async () => {
    const { indeks, inovasiDibutuhkan, predikat, skorInovasi } = await load();
    const book = await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const blank = (rows: unknown[][]) => rows.map((r) => Array.from(r, (v) => (v === null || v === undefined ? "" : v)));
    const spd = blank(book.grids["SPD"]!.cells);
    const inv = blank(book.grids["Inovasi"]!.cells);
    expect(() => predikat(105.5)).toThrow("indeks 105,5 tidak berada di rentang predikat mana pun pada edisi iid-2026; tulis angka 0 sampai 100");
    expect(() => predikat("abc" as unknown as number)).toThrow('"abc" bukan angka indeks; tulis angka 0 sampai 100');
    // before: "jawaban ke-1 (SID-1): [0].tier: tingkat 9 …"
    expect(() => skorInovasi([[9, ...Array(19).fill("")]])).toThrow('jawaban ke-1 (SID-1): tingkat 9 tidak sah untuk indikator SID-1; tingkat yang sah: "0", "1", "2", "3"');
    // a misspelt stage: before, INDEKS gave another index without a word; the place is counted from the range's first cell
    const stage = inv[0]!.indexOf("Tahapan");
    const typo = inv.map((r) => [...r]);
    typo[3]![stage] = "Penerapn";
    const said = `rentang_inovasi baris ke-4, kolom ke-${stage + 1} (Tahapan): isian "Penerapn" tidak dikenal untuk "Tahapan"`;
    expect(() => indeks(spd, typo)).toThrow(said);
    expect(() => inovasiDibutuhkan(spd, typo)).toThrow(said);
    // an answer that is not an option of the indicator (found by the engine, not the reader)
    const answer = inv[0]!.findIndex((h) => typeof h === "string" && /^1\. (?!Bukti)/.test(h));
    const wrong = inv.map((r) => [...r]);
    wrong[5]![answer] = "Ada sekali";
    expect(() => indeks(spd, wrong)).toThrow(/^rentang_inovasi baris ke-6, kolom ke-\d+ .*"Ada sekali"/);
    // the SPD table without its header row: before, an index of 21.55 as if nothing were answered
    expect(() => indeks(spd.slice(1), inv)).toThrow('rentang_spd: kolom "Kode" tidak ditemukan di baris judul');
    // the level argument, not a Pengaturan cell the analyst never saw
    expect(() => indeks(spd, inv, undefined, "Kabupatn")).toThrow(/^tingkat: isian "Kabupatn" tidak dikenal untuk "Tingkat"; pilihan yang sah: /);
  });
  it("SKOR_INOVASI reads a bare 3 on SID-2 as tier 3; the Inovasi sheet reads the same column of 3s as 3 orang and says so at its header (audit17 F1: as its help says)", async () => {
    const { skorInovasi } = await load();
    const e = getEdition("iid-2026")!;
    const sid = e.indicators.filter((i) => i.aspect === "SID");
    const w = sid.find((i) => i.id === "SID-2")!.weight!;
    expect(skorInovasi([sid.map((_, j) => (j === 1 ? 3 : ""))])).toBe(w * 3);
    expect(skorInovasi([sid.map((_, j) => (j === 1 ? "3 orang" : ""))])).toBe(w * 1);
    const grids = templateAsGrids(e);
    addRow(grids["Inovasi"]!, { ...fullInnovation(e, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), "2. Ketersediaan SDM pelaksana inovasi": 3 });
    const read = readWorkbook(grids);
    expect(read.input!.innovations[0]!.answers["SID-2"]).toMatchObject({ value: 3 });
    expect(read.issues.filter((i) => i.code === "column_unsure").map((i) => `${i.severity}@${i.cell}`)).toEqual(["warning@Q1"]);
  });
});
