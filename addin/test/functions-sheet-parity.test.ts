/**
 * The IID functions give the numbers the sheets get for the same answers: `=IID.SKOR_INOVASI` over a row's answers is
 * the Inovasi sheet's Skor Klaim for that row (the value the pane writes, not only the engine's total).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Edition, getEdition, innovationsNeeded, resolveAnswer } from "@inovasi/core";
import { type CellValue, type WorkbookGrids, OUTPUT_COLUMNS, SETTINGS_KEYS, readWorkbook, unitAfter } from "@inovasi/workbook";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import { setFunctionContext } from "../src/functions/context.js";
import { numberText } from "../src/functions/messages.js";
import { readModelFile } from "../src/pane/model-file.js";
import { scoreGrids } from "../src/pipeline.js";
import { errorMessage as message, stubCustomFunctions } from "./custom-functions-stub.js";

beforeAll(() => stubCustomFunctions());
const fns = () => import("../src/functions/functions.js");

const example = async () => (await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)))).grids;

/**
 * Each counted innovation row of the workbook as `=IID.SKOR_INOVASI`'s answers (a number the sheet read as a measured
 * value written with its unit, as the function's help asks), beside the Skor Klaim the pane writes on that row.
 */
function rowsAndScores(grids: WorkbookGrids, ed: Edition): { answers: CellValue[]; sheet: CellValue; row: number; total: number | null }[] {
  const read = readWorkbook(structuredClone(grids), { edition: ed });
  const inv = read.source.innovations!;
  const pane = scoreGrids(structuredClone(grids), { edition: ed });
  if (!pane.ok) throw new Error("the example is not scored");
  const header = pane.writes.find((w) => w.sheet === inv.sheet && w.row === inv.headerRow && w.value === OUTPUT_COLUMNS.claimed);
  const claimedCol = header ? header.col : grids[inv.sheet]!.cells[inv.headerRow]!.indexOf(OUTPUT_COLUMNS.claimed);
  if (claimedCol < 0) throw new Error("no Skor Klaim column");
  const sid = ed.indicators.filter((i) => i.aspect === "SID");
  const cells = grids[inv.sheet]!.cells;
  return inv.rows.flatMap((row, k) => {
    const innovation = read.input!.innovations[k]!;
    if (innovation.rejected) return []; // Skor Klaim 0: the function has no Ditolak
    const answers = sid.map((ind) => {
      const v = cells[row]?.[inv.indicators[ind.id]?.answer ?? -1] ?? "";
      const a = innovation.answers[ind.id];
      if (typeof v !== "number" || a?.value === undefined) return v ?? "";
      const m = ind.measures.find((x) => x.id === a.measure) ?? ind.measures[0]!;
      // a unit two of the indicator's measures share (SID-18's cakupan, efisiensi, pendapatan: %) cannot say which
      // measure without the Dasar Ukur the function has no place for: the tier the sheet gave it
      if (ind.measures.filter((x) => x.unit === m.unit).length > 1) return resolveAnswer(ind, a, []).tier;
      const n = numberText(a.value, "id", 10);
      return `${n} ${unitAfter(m, "id", n)}`;
    });
    const sheet = pane.writes.find((w) => w.sheet === inv.sheet && w.row === row && w.col === claimedCol)?.value;
    return [{ answers, sheet: sheet ?? null, row, total: pane.result.innovations[k]!.claimed.total }];
  });
}

describe("=IID.SKOR_INOVASI and the Inovasi sheet's Skor Klaim", () => {
  beforeEach(() => { setFunctionContext({ lang: "id", edition: undefined, model: undefined }); });

  it("the example workbook: every counted row's answers give the row's Skor Klaim", async () => {
    const { skorInovasi } = await fns();
    const ed = getEdition("iid-2026")!;
    const rows = rowsAndScores(await example(), ed);
    expect(rows.length).toBeGreaterThan(60);
    for (const r of rows) expect(skorInovasi([r.answers], ed.id), `row ${r.row + 1}`).toBe(r.sheet);
  });

  it("a province model with weights in decimals: the function's number is the sheet's, not the sum's binary noise (2,0999999999999996 for 0,7 × 3)", async () => {
    const { skorInovasi } = await fns();
    const model = structuredClone(getEdition("iid-2026")!);
    model.id = "prov-bobot-desimal";
    // weights 0,7 … 3,1: sums a double cannot hold exactly
    model.indicators.filter((i) => i.aspect === "SID").forEach((i, k) => { i.weight = 0.7 + (k % 9) * 0.3; });
    setFunctionContext({ lang: "id", edition: model, model });
    const rows = rowsAndScores(await example(), model);
    // the engine's sums carry a double's noise on some rows; the sheet writes them rounded
    expect(rows.filter((r) => r.total !== r.sheet).length).toBeGreaterThan(0);
    for (const r of rows) expect(skorInovasi([r.answers], model.id), `row ${r.row + 1}`).toBe(r.sheet);
    const one = Array(20).fill("");
    one[0] = 3; // SID-1 at tier 3, weight 0,7
    expect(skorInovasi([one], model.id)).toBe(2.1);
  });
});

describe("=IID.INDEKS and =IID.INOVASI_DIBUTUHKAN against the pane and the CLI", () => {
  const blank = (rows: unknown[][]) => rows.map((r) => Array.from(r, (v) => (v === null || v === undefined ? "" : v)));
  /** `inovasi score --json` on the example workbook (the built CLI, as an analyst runs it). */
  const cli = (...args: string[]) => {
    const out = execFileSync(process.execPath, [fileURLToPath(new URL("../../packages/cli/dist/bin.js", import.meta.url)), "score", fileURLToPath(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)), "-o", join(mkdtempSync(join(tmpdir(), "fn22-")), "x.xlsx"), "--json", "-q", ...args], { encoding: "utf8" });
    return JSON.parse(out) as { verified: { index: number } };
  };

  it("the example workbook under iid-2026 and under the province model loaded in the pane: the same index as the pane and `inovasi score`, to the last decimal; the same count as the plan's", async () => {
    const { indeks, inovasiDibutuhkan } = await fns();
    const grids = await example();
    const spd = blank(grids["SPD"]!.cells);
    const inv = blank(grids["Inovasi"]!.cells);
    const file = readModelFile("model-provinsi-contoh.json", readFileSync(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
    if (!file.ok) throw new Error("example model refused");
    const cases: [Edition, string[]][] = [[getEdition("iid-2026")!, []], [file.edition, ["-m", fileURLToPath(new URL("../../examples/model-provinsi-contoh.json", import.meta.url))]]];
    const seen = new Set<number>();
    for (const [ed, args] of cases) {
      // the pane's run with that edition or model, and the functions with no edisi: what the pane gives them
      const pane = scoreGrids(structuredClone(grids), { edition: ed });
      if (!pane.ok) throw new Error("not scored");
      setFunctionContext({ lang: "id", edition: ed, model: ed === file.edition ? ed : undefined });
      const index = indeks(spd, inv);
      expect(index, ed.id).toBe(pane.result.verified.index);
      expect(index, ed.id).toBe(cli(...args).verified.index);
      expect(indeks(spd, inv, ed.id), ed.id).toBe(index);
      seen.add(index);
      expect(inovasiDibutuhkan(spd, inv), ed.id).toBe(innovationsNeeded(pane.input, ed).needed);
      expect(inovasiDibutuhkan(spd, inv, 50, 80), ed.id).toBe(innovationsNeeded(pane.input, ed, { target: { index: 50 }, expectedScore: 80 }).needed);
    }
    expect(seen.size).toBe(2); // the model's own rules count other innovations: a different index
  }, 30_000);

  it("a workbook whose Pengaturan says Melapor: Tidak: the pane gives index 0 (as `inovasi score`: the same reader); the functions do when told (melapor), as tingkat and total_spd carry the other settings", async () => {
    const { catatanIndeks, indeks, inovasiDibutuhkan } = await fns();
    const ed = getEdition("iid-2026")!;
    setFunctionContext({ lang: "id", edition: ed, model: undefined });
    const grids = await example();
    grids["Pengaturan"]!.cells.find((r) => r[0] === SETTINGS_KEYS.reported)![1] = "Tidak";
    const pane = scoreGrids(structuredClone(grids), { edition: ed });
    if (!pane.ok) throw new Error("not scored");
    expect(pane.result.verified.index).toBe(0);
    const spd = blank(grids["SPD"]!.cells);
    const inv = blank(grids["Inovasi"]!.cells);
    // before: 38.55 whatever the region reported — the tables' index, not the pane's
    expect(indeks(spd, inv, undefined, undefined, undefined, "Tidak")).toBe(0);
    expect(indeks(spd, inv, undefined, undefined, undefined, "Ya")).toBe(38.55);
    expect(indeks(spd, inv)).toBe(38.55); // left out: "Ya", as the template's
    // the reader's words; what the pane and `inovasi score` take meanwhile (none34) is said where a sheet is read: the
    // function itself gives no number (#VALUE!), so its message has no "meanwhile" (words35)
    const unreadable = 'isian "Mungkin" tidak dikenal untuk "Melapor"; pilihan yang sah: "Ya", "Tidak"';
    const meanwhile = "; sampai diperbaiki daerah ini dianggap tidak melapor (indeks 0, tidak dihitung melapor di rekap provinsi)";
    expect(message(() => indeks(spd, inv, undefined, undefined, undefined, "Mungkin"))).toBe(`melapor: ${unreadable}`);
    const sheet = structuredClone(grids);
    sheet["Pengaturan"]!.cells.find((r) => r[0] === SETTINGS_KEYS.reported)![1] = "Mungkin";
    const read = scoreGrids(sheet, { edition: ed });
    if (!read.ok) throw new Error("not scored");
    expect(read.result.verified.index).toBe(0); // what the sheet's message says is taken
    expect(read.issues.find((i) => i.field === SETTINGS_KEYS.reported)!.text).toBe(`${unreadable}${meanwhile}`);
    // no number of new innovations raises it: said so, not "naikkan skor yang diharapkan"
    expect(message(() => inovasiDibutuhkan(spd, inv, undefined, undefined, undefined, undefined, undefined, "Tidak"))).toBe('melapor: daerah yang tidak melapor berindeks 0 berapa pun inovasinya; tulis melapor "Ya" untuk melihat berapa inovasi yang dibutuhkan bila daerah melapor');
    expect(catatanIndeks(spd, inv, undefined, undefined, undefined, "Mungkin")[0]![0]).toBe(`Kesalahan — melapor: ${unreadable}`);
  });
});
