/**
 * The IID functions agree with the pane or say plainly where they cannot (pane11 finding 3): they use the pane's
 * edition, model and language through the shared runtime, take the loaded model's id as an edition, say an empty cell
 * and an Excel error value as such, and refuse a fraction in a percent answer (a function gets no number format).
 */
import { readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getEdition, predicateFor } from "@inovasi/core";
import { SETTINGS_KEYS } from "@inovasi/workbook";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import type { XContext } from "../src/excel/adapter.js";
import { functionContext, setFunctionContext } from "../src/functions/context.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { linkFunctions } from "../src/pane/functions-link.js";
import { readModelFile } from "../src/pane/model-file.js";
import { createStore, initialState } from "../src/pane/state.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";
import { spdAtTier2 } from "../../packages/workbook/test/helpers.js";
import { pastedBlock } from "../../packages/workbook/test/pasted-block.js";
import { CFError, errorMessage as message, stubCustomFunctions } from "./custom-functions-stub.js";

beforeAll(() => stubCustomFunctions());
beforeEach(() => { setFunctionContext({ lang: "id", edition: undefined, model: undefined }); });
const fns = () => import("../src/functions/functions.js");

const model = readModelFile("model-provinsi-contoh.json", readFileSync(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
if (!model.ok) throw new Error("example model refused");
/** An index where the province model's predicate differs from iid-2026's. */
const differing = (() => {
  for (let x = 0; x <= 100; x += 0.5) if (predicateFor(x, model.edition)?.id !== predicateFor(x, getEdition("iid-2026")!)?.id) return x;
  throw new Error("the example model's bands equal iid-2026's");
})();

describe("the IID functions and the pane", () => {
  it("a province model loaded in the pane: PREDIKAT without edition follows it, its id is an edition; Excel is asked to recalculate once", async () => {
    const { predikat } = await fns();
    const national = predicateFor(differing, getEdition("iid-2026")!)!.label.id;
    expect(predikat(differing)).toBe(national);
    // before the model is loaded its id is refused, saying how to load it
    expect(message(() => predikat(differing, model.edition.id))).toMatch(/muat berkasnya di panel IID \(Pilih berkas model\)/);
    const store = createStore(initialState("id"));
    const calcs: string[] = [];
    linkFunctions(store, async () => { calcs.push("full"); });
    store.dispatch({ type: "model", model });
    const provincial = predicateFor(differing, model.edition)!.label.id;
    expect(provincial).not.toBe(national);
    expect(predikat(differing)).toBe(provincial); // before: the national predicate while the pane scored with the model
    expect(predikat(differing, model.edition.id)).toBe(provincial); // before: #VALUE! "tidak dikenal"
    expect(predikat(differing, "IID-2026")).toBe(national); // a shipped edition in any case
    expect(calcs).toEqual(["full"]);
    // the language changes results too (PREDIKAT's label, the notes): Excel is asked to recalculate again (before: the
    // cell kept "Inovatif" in Bahasa until one of its cells was edited)
    store.dispatch({ type: "lang", lang: "en" });
    expect(calcs).toEqual(["full", "full"]);
    expect(message(() => predikat(150))).toMatch(/^index 150 is in no predicate's range of edition prov-contoh-2026/);
    expect(predikat(differing)).toBe(predicateFor(differing, model.edition)!.label.en);
  });

  it("\"Sesuai lembar Pengaturan\": after a run the functions use the edition the sheet named; the recalculation goes to Excel", async () => {
    const grids = regionGrids(4);
    const g = grids["Pengaturan"]!;
    g.cells.find((row) => row[0] === SETTINGS_KEYS.edition)![1] = "iid-2023";
    const excel = new FakeExcelHost(structuredClone(grids));
    const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
    const store = createStore(initialState("id"));
    linkFunctions(store, () => host.recalculate());
    expect(functionContext().edition).toBeUndefined();
    await scoreWorkbook(host, store);
    expect(functionContext().edition?.id).toBe("iid-2023");
    await new Promise((r) => setTimeout(r, 0));
    expect(excel.calculations).toEqual(["Full"]);
    // an edition chosen in the list wins, as it does for the next run
    store.dispatch({ type: "edition", id: "iid-2027-projection" });
    expect(functionContext().edition?.id).toBe("iid-2027-projection");
  });

  it("an empty cell and an Excel error value are said as such (before: \"null\" bukan angka indeks, pilihan \"[object Object]\")", async () => {
    const { predikat, skorInovasi } = await fns();
    expect(message(() => predikat(null as unknown as number))).toBe("sel indeks kosong; tulis angka 0 sampai 100");
    expect(predikat("38,55" as unknown as number)).toBe("Kurang Inovatif"); // an index typed as text, read as the sheets read it
    const row = (v: unknown) => [[v, ...Array(19).fill("")]];
    expect(message(() => skorInovasi(row({ type: "Error", basicValue: "#N/A" })))).toBe("jawaban ke-1 (SID-1): sel berisi kesalahan #N/A; perbaiki sel atau rumus itu dahulu");
    expect(message(() => skorInovasi(row(new CFError("#REF!", ""))))).toMatch(/kesalahan #REF!/);
  });

  it("SKOR_INOVASI on a measured value: the decimal comma and how to give it with its unit (before: \"tingkat 2.5 tidak sah\")", async () => {
    const { skorInovasi } = await fns();
    const cells = Array(20).fill("");
    cells[12] = 2.5; // SID-13, days: a duration may be fractional (a count would be whole)
    expect(message(() => skorInovasi([cells], "iid-2026"))).toBe('jawaban ke-13 (SID-13): 2,5 bukan tingkat indikator SID-13 (tingkat yang sah: 0, 1, 2, 3); bila itu nilai terukur, tulis bersama satuannya, mis. "2,5 hari"');
    setFunctionContext({ lang: "en", edition: undefined, model: undefined });
    // the unit in English (review18 F6), and what it advises is read: "7 elements" for SID-20, past its top tier
    expect(message(() => skorInovasi([cells], "iid-2026"))).toBe('answer 13 (SID-13): 2.5 is not a tier of indicator SID-13 (valid tiers: 0, 1, 2, 3); if it is a measured value, write it with its unit, e.g. "2.5 days"');
    const video = Array(20).fill("");
    video[19] = "7 elements";
    expect(message(() => skorInovasi([video], "iid-2026"))).toMatch(/^answer 20 \(SID-20\): value 7 is outside the range indicator SID-20 scores \(from 1 to 5 elements\)/);
    setFunctionContext({ lang: "id", edition: undefined, model: undefined });
    expect(message(() => skorInovasi([video], "iid-2026"))).toMatch(/^jawaban ke-20 \(SID-20\): nilai 7 di luar rentang yang dinilai indikator SID-20 \(.* 5 unsur\)/);
  });

  it("SKOR_INOVASI's advice on a measured value writes the unit as the sheets do: singular after 1 in English (read21)", async () => {
    const { skorInovasi } = await fns();
    // a province model whose SID-9 has no tier 1 (its options 3–4 and 5 or more agencies): a bare 1 is no tier there
    const e = structuredClone(getEdition("iid-2026")!);
    e.id = "prov-tanpa-tingkat-1";
    const sid9 = e.indicators.find((i) => i.id === "SID-9")!;
    sid9.options = sid9.options.filter((o) => o.tier > 1);
    setFunctionContext({ lang: "en", edition: undefined, model: e });
    const cells = Array(20).fill("");
    cells[8] = 1;
    expect(message(() => skorInovasi([cells], e.id))).toBe('answer 9 (SID-9): 1 is not a tier of indicator SID-9 (valid tiers: 0, 2, 3); if it is a measured value, write it with its unit, e.g. "1 agency"');
    cells[8] = 1.5;
    expect(message(() => skorInovasi([cells], e.id))).toMatch(/e\.g\. "1\.5 agencies"$/);
  });

  it("a fraction in a percent answer: the pane reads a 10% cell as 10, a function gets 0.1 and says it cannot tell (before: a different index)", async () => {
    const { indeks } = await fns();
    const grids = regionGrids(3);
    spdAtTier2(grids);
    const spd = grids["SPD"]!;
    const r = spd.cells.findIndex((row) => row[0] === "SPD-3");
    const c = spd.cells[0]!.indexOf("Jawaban");
    spd.cells[r]![c] = 0.1;
    spd.formats = []; spd.formats[r] = []; spd.formats[r]![c] = "0%";
    const pane = scoreGrids(grids);
    if (!pane.ok) throw new Error("not scored");
    expect(pane.input.spdAnswers["SPD-3"]).toMatchObject({ value: 10 });
    const blank = (rows: unknown[][]) => rows.map((row) => Array.from(row, (v) => (v === null || v === undefined ? "" : v)));
    expect(message(() => indeks(blank(spd.cells), blank(grids["Inovasi"]!.cells)))).toBe(`rentang_spd baris ke-${r + 1}, kolom ke-${c + 1}: 0,1 pada SPD-3 (dalam persen): fungsi tidak melihat format sel, jadi tidak tahu apakah sel menampilkan 10% atau 0,1 %; tulis 10 bila maksudnya 10%, atau ketik teks "0,1%" bila memang 0,1 %`);
    // written as the message says, the function gives the pane's index
    spd.cells[r]![c] = 10;
    expect(indeks(blank(spd.cells), blank(grids["Inovasi"]!.cells))).toBe(pane.result.verified.index);
  });

  it("a fraction in a percent answer of a block pasted under its own header in another order: said at the block's cell (blocks31)", async () => {
    const { catatanIndeks } = await fns();
    const blank = (rows: unknown[][]) => rows.map((row) => Array.from(row, (v) => (v === null || v === undefined ? "" : v)));
    const notes = (permuted: boolean) => {
      const { grids } = pastedBlock(permuted);
      const inv = grids["Inovasi"]!.cells;
      const head = inv[3]!;
      // Si Hulu (row 6): SID-18 measured as coverage, 0.25 typed (a 25% cell to the pane)
      inv[5]![head.indexOf("18. Kemanfaatan inovasi")] = 0.25;
      inv[5]![head.indexOf("18. Dasar Ukur")] = "Cakupan unit layanan";
      spdAtTier2(grids);
      return catatanIndeks(blank(grids["SPD"]!.cells), blank(inv), "iid-2026").flat().filter((x) => x.includes("fungsi tidak melihat format sel"));
    };
    const said = (col: number) => `rentang_inovasi baris ke-6, kolom ke-${col}: 0,25 pada SID-18 (dalam persen)`;
    const plain = notes(false);
    expect(plain).toHaveLength(1);
    expect(plain[0]).toContain(said(49)); // AW, row 1's SID-18 answer column
    const block = notes(true);
    expect(block).toHaveLength(1);
    expect(block[0]).toContain(said(51)); // AY, where the block's header has it
  });
});

describe("SKOR_INOVASI gives the sheets' advice", () => {
  it("an unknown option on a measured indicator says \"atau tulis angka, mis. N <unit>\" as the Inovasi sheet does, in both languages (b8b0493)", async () => {
    const { skorInovasi } = await fns();
    const cells = (k: number, v: string) => [Array.from({ length: 20 }, (_, j) => (j === k ? v : ""))];
    expect(message(() => skorInovasi(cells(1, "banyak sekali"), "iid-2026"))).toBe('jawaban ke-2 (SID-2): pilihan "banyak sekali" tidak dikenal untuk indikator SID-2; pilihan yang sah: "1–10 orang", "11–30 orang", "Lebih dari 30 orang"; atau tulis angka, mis. 25 orang');
    // a number the measure scores: SID-20's elements go to 5, so not "25 unsur"
    expect(message(() => skorInovasi(cells(19, "bagus"), "iid-2026"))).toMatch(/; atau tulis angka, mis\. 5 unsur$/);
    setFunctionContext({ lang: "en", edition: undefined, model: undefined });
    expect(message(() => skorInovasi(cells(1, "banyak sekali"), "iid-2026"))).toMatch(/^answer 2 \(SID-2\): option "banyak sekali" is unknown for indicator SID-2; .*; or write a number, e\.g\. 25 persons$/);
    // an indicator without measures takes no number: no such advice
    expect(message(() => skorInovasi(cells(0, "bukan pilihan"), "iid-2026"))).not.toMatch(/write a number/);
  });
});

describe("INDEKS and INOVASI_DIBUTUHKAN give the sheets' advice", () => {
  it("an unknown option in the Inovasi table says \"atau tulis angka, mis. 25 orang\" as the pane does", async () => {
    const { indeks, inovasiDibutuhkan } = await fns();
    const grids = regionGrids(3);
    spdAtTier2(grids);
    const inv = grids["Inovasi"]!.cells;
    const c = inv[0]!.indexOf("2. Ketersediaan SDM pelaksana inovasi");
    inv[2]![c] = "banyak sekali";
    const blank = (rows: unknown[][]) => rows.map((row) => Array.from(row, (v) => (v === null || v === undefined ? "" : v)));
    const pane = scoreGrids(structuredClone(grids));
    const said = pane.issues.find((i) => i.severity === "error" && i.cell === `${String.fromCharCode(65 + c)}3`);
    expect(said?.text).toContain("; atau tulis angka, mis. 25 orang");
    const want = `rentang_inovasi baris ke-3, kolom ke-${c + 1} (SID-2): ${said!.text}`;
    expect(message(() => indeks(blank(grids["SPD"]!.cells), blank(inv), "iid-2026"))).toBe(want);
    expect(message(() => inovasiDibutuhkan(blank(grids["SPD"]!.cells), blank(inv), undefined, undefined, "iid-2026"))).toBe(want);
  });
});
