/**
 * What the IID functions read and the sheets would note: `=IID.CATATAN_INOVASI` gives a row's notes as the Inovasi
 * sheet's Skor Catatan column does ("3 hari kerja" dibaca 3 hari …), `=IID.CATATAN_INDEKS` the tables' errors and
 * warnings as the Masalah sheet lists them — the number functions cannot carry a note (fn22).
 */
import { readFile } from "node:fs/promises";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { type CellValue, a1 } from "@inovasi/workbook";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import { setFunctionContext } from "../src/functions/context.js";
import { scoreGrids } from "../src/pipeline.js";
import { addRow, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { errorMessage as message, stubCustomFunctions } from "./custom-functions-stub.js";

beforeAll(() => stubCustomFunctions());
beforeEach(() => { setFunctionContext({ lang: "id", edition: undefined, model: undefined }); });
const fns = () => import("../src/functions/functions.js");

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");
const weight = (id: string) => sid.find((i) => i.id === id)!.weight!;
/** A row of answers, blank but for `given` (by indicator id). */
const answers = (given: Record<string, CellValue>) => [sid.map((i) => given[i.id] ?? "")];
const header = (id: string) => `${id.slice(4)}. ${sid.find((i) => i.id === id)!.name.id}`;

/** The notes the Inovasi sheet's Skor Catatan column gets for one innovation with these answers (by header), cell by cell. */
function sheetNotes(given: Record<string, CellValue>): Record<string, string> {
  const g = templateAsGrids(e);
  addRow(g["Inovasi"]!, { ...fullInnovation(e, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...Object.fromEntries(Object.entries(given).map(([id, v]) => [header(id), v])) });
  const pane = scoreGrids(g);
  const cells = g["Inovasi"]!.cells;
  const out: Record<string, string> = {};
  for (const id of Object.keys(given)) {
    const cell = a1(1, cells[0]!.indexOf(header(id)));
    out[id] = pane.issues.filter((i) => i.sheet === "Inovasi" && i.cell === cell).map((i) => i.text).join("; ");
  }
  return out;
}

describe("=IID.CATATAN_INOVASI: a row's readings, as the Inovasi sheet notes them", () => {
  it("SKOR_INOVASI gives the number the sheet gives; CATATAN_INOVASI the notes the sheet writes beside it, at each answer's position", async () => {
    const { catatanInovasi, skorInovasi } = await fns();
    const given = { "SID-2": "2,5 orang", "SID-13": "3 hari kerja" };
    const sheet = sheetNotes(given);
    expect(sheet["SID-13"]).toMatch(/^"3 hari kerja" dibaca 3 hari \(tingkat 2\)/);
    expect(sheet["SID-2"]).toMatch(/^"2,5 orang": jumlah orang selalu bilangan bulat/);
    expect(skorInovasi(answers(given), "iid-2026")).toBe(weight("SID-2") * 1 + weight("SID-13") * 2);
    // before: no function said it; the number stood as if the reading were sure
    expect(catatanInovasi(answers(given), "iid-2026")).toBe(`jawaban ke-2 (SID-2): ${sheet["SID-2"]}; jawaban ke-13 (SID-13): ${sheet["SID-13"]}`);
    // hours read as days, and a grouped count (a note on the sheet too)
    const more = { "SID-2": "1.500 orang", "SID-13": "24 jam" };
    const sheetMore = sheetNotes(more);
    expect(catatanInovasi(answers(more), "iid-2026")).toBe(`jawaban ke-2 (SID-2): ${sheetMore["SID-2"]}; jawaban ke-13 (SID-13): ${sheetMore["SID-13"]}`);
    expect(sheetMore["SID-13"]).toMatch(/^"24 jam" dibaca 1 hari \(tingkat 3\)/);
  });

  it("nothing to note: empty; an answer SKOR_INOVASI refuses: the same sentence, so the #VALUE! has a visible reason", async () => {
    const { catatanInovasi, skorInovasi } = await fns();
    expect(catatanInovasi(answers({ "SID-1": 3, "SID-2": "25 orang" }), "iid-2026")).toBe("");
    const wrong = answers({ "SID-1": "bukan pilihan", "SID-13": "3 hari kerja" });
    const refused = message(() => skorInovasi(wrong, "iid-2026"));
    expect(catatanInovasi(wrong, "iid-2026")).toMatch(new RegExp(`^${refused.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}; jawaban ke-13 \\(SID-13\\): "3 hari kerja" dibaca`));
    // the argument itself wrong: #VALUE! as SKOR_INOVASI
    expect(message(() => catatanInovasi([["x"]], "iid-2026"))).toBe(message(() => skorInovasi([["x"]], "iid-2026")));
  });

  it("in English when the pane is", async () => {
    const { catatanInovasi } = await fns();
    setFunctionContext({ lang: "en", edition: undefined, model: undefined });
    expect(catatanInovasi(answers({ "SID-13": "24 jam" }), "iid-2026")).toMatch(/^answer 13 \(SID-13\): "24 jam" is read as 1 day \(tier 3\)/);
  });
});

describe("=IID.CATATAN_INDEKS: the tables' errors and warnings, as the Masalah sheet lists them", () => {
  const blank = (rows: unknown[][]) => rows.map((r) => Array.from(r, (v) => (v === null || v === undefined ? "" : v)));
  it("every error and warning the pane says at a cell of the SPD or Inovasi table, with its text, placed in the range; INDEKS still gives its number", async () => {
    const { catatanIndeks, indeks } = await fns();
    const grids = (await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)))).grids;
    const inv = grids["Inovasi"]!.cells;
    const c13 = inv[0]!.indexOf(header("SID-13"));
    inv[3]![c13] = "3 hari kerja";
    const spd = grids["SPD"]!.cells;
    const r13a = spd.findIndex((r) => r[0] === "SPD-13a");
    spd[r13a]![2] = "5,5 rekomendasi"; // a count with a fraction: read, and warned (the SPD's readings were dropped too)
    const pane = scoreGrids(structuredClone(grids), { edition: e });
    if (!pane.ok) throw new Error("not scored");
    const list = catatanIndeks(blank(spd), blank(inv), "iid-2026").map((r) => r[0]!);
    expect(list.every((x) => /^(Kesalahan|Peringatan) — /.test(x))).toBe(true);
    const said = pane.issues.filter((i) => (i.sheet === "Inovasi" || i.sheet === "SPD") && i.cell && i.severity !== "info");
    expect(said.length).toBeGreaterThan(0);
    for (const i of said) expect(list.some((x) => x.endsWith(`: ${i.text}`)), `${i.cell}: ${i.text}`).toBe(true);
    // the warning placed as the functions place things: the argument, the row and column counted from the range
    expect(list).toContainEqual(expect.stringMatching(new RegExp(`^Peringatan — rentang_inovasi baris ke-4, kolom ke-${c13 + 1} \\(13\\. Kemudahan proses\\): "3 hari kerja" dibaca 3 hari`)));
    expect(list).toContainEqual(expect.stringMatching(new RegExp(`^Peringatan — rentang_spd baris ke-${r13a + 1}, kolom ke-3 \\(13a\\. Rekomendasi kebijakan\\): "5,5 rekomendasi": jumlah rekomendasi selalu bilangan bulat`)));
    expect(typeof indeks(blank(spd), blank(inv), "iid-2026")).toBe("number");
  });

  it("an error comes first and is what stops INDEKS; nothing to say: one empty cell", async () => {
    const { catatanIndeks, indeks } = await fns();
    const g = templateAsGrids(e);
    addRow(g["Inovasi"]!, fullInnovation(e, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const inv = blank(g["Inovasi"]!.cells);
    const stage = inv[0]!.indexOf("Tahapan");
    const typo = inv.map((r) => [...r]);
    typo[1]![stage] = "Penerapn";
    const list = catatanIndeks(blank(g["SPD"]!.cells), typo, "iid-2026").map((r) => r[0]!);
    const stopped = message(() => indeks(blank(g["SPD"]!.cells), typo, "iid-2026"));
    expect(list[0]).toBe(`Kesalahan — ${stopped}`);
    setFunctionContext({ lang: "en", edition: undefined, model: undefined });
    expect(catatanIndeks(blank(g["SPD"]!.cells), typo, "iid-2026")[0]![0]).toMatch(/^Error — rentang_inovasi row 2, column \d+ \(Tahapan\): /);
  });
});
