/**
 * Issue 11: one precise message per fault, at its cell, at the severity it deserves — on the example workbook.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { load } from "../packages/cli/test/helpers.js";
import { existsSync } from "node:fs";
import { runCli, scoreWorkbookFile } from "../packages/cli/src/index.js";

const example = fileURLToPath(new URL("../examples/kabupaten-contoh.xlsx", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "inovasi-fault-"));

/** The example with cells changed: `Inovasi` by (row, header prefix), `SPD` by indicator code in column A. */
export async function exampleEdited(name: string, edit: { inovasi?: [number, string, unknown][]; spd?: [string, unknown][] }): Promise<string> {
  const wb = await load(example);
  const ws = wb.getWorksheet("Inovasi")!;
  const headers = ws.getRow(1).values as unknown[];
  for (const [row, prefix, value] of edit.inovasi ?? []) {
    const col = headers.findIndex((h) => typeof h === "string" && h.startsWith(prefix));
    if (col < 0) throw new Error(`no column ${prefix}`);
    ws.getCell(row, col).value = value as ExcelJS.CellValue;
  }
  wb.getWorksheet("SPD")!.eachRow((r) => {
    for (const [code, value] of edit.spd ?? []) if (r.getCell(1).value === code) r.getCell(3).value = value as ExcelJS.CellValue;
  });
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function scored(file: string, locale: "id" | "en" = "id") {
  const r = await scoreWorkbookFile({ input: file, locale });
  if (!r.ok) throw new Error(r.messages.join("\n"));
  return r;
}

const at = (r: Awaited<ReturnType<typeof scored>>, cellRe: RegExp) => r.issues.filter((i) => i.severity !== "info" && cellRe.test(`${i.sheet}!${i.cell ?? ""}`));

describe("one precise message per fault (examples/kabupaten-contoh.xlsx)", () => {
  it("SDM = -5: one error at its cell with the value and the range the tiers cover, not 'belum dijawab'", async () => {
    const r = await scored(await exampleEdited("sdm.xlsx", { inovasi: [[2, "2. ", -5]] }));
    const here = at(r, /^Inovasi!Q2$/);
    expect(here.map((i) => [i.severity, i.code])).toEqual([["error", "value_outside_tiers"]]);
    expect(here[0]!.message).toBe(
      "Inovasi!Q2: nilai -5 di luar rentang yang dinilai indikator SID-2 (minimal 1 orang); jawaban ini tidak mendapat tingkat (0) — periksa angkanya; indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi",
    );
    expect(r.issues.some((i) => i.code === "mandatory_unanswered" && i.cell === "Q2")).toBe(false);
    expect(r.result.innovations[0]!.verified.counted).toBe(false);
    const en = await scored(await exampleEdited("sdm-en.xlsx", { inovasi: [[2, "2. ", -5]] }), "en");
    expect(at(en, /^Inovasi!Q2$/)[0]!.text).toContain("value -5 is outside the range indicator SID-2 scores (at least 1 person)");
  });

  it("an unknown option: one message listing the accepted options", async () => {
    const r = await scored(await exampleEdited("opt.xlsx", { inovasi: [[3, "1. Regulasi", "Ada"]] }));
    const here = at(r, /^Inovasi!O3$/);
    expect(here.map((i) => [i.severity, i.code])).toEqual([["error", "unknown_option"]]);
    expect(here[0]!.text).toContain('pilihan yang sah: "SK Kepala Perangkat Daerah (a.n. Kepala Daerah) atau SK Kepala Daerah", "Peraturan Kepala Daerah (Perkada)", "Peraturan Daerah (Perda)"');
  });

  it("abbreviations the option labels hold are accepted: WTP (SPD-8), Perkada (SID-1)", async () => {
    const base = await scored(await exampleEdited("base.xlsx", { spd: [["SPD-8", "Wajar Tanpa Pengecualian (WTP)"]], inovasi: [[3, "1. Regulasi", "Peraturan Kepala Daerah (Perkada)"]] }));
    const short = await scored(await exampleEdited("short.xlsx", { spd: [["SPD-8", "WTP"]], inovasi: [[3, "1. Regulasi", "Perkada"]] }));
    expect(short.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect([short.result.claimed.index, short.result.verified.index]).toEqual([base.result.claimed.index, base.result.verified.index]);
    expect(short.result.claimed.spd.rows.find((x) => x.indicatorId === "SPD-8")!.answeredTier).toBe(3);
  });
});

describe("a 40,000-character value (examples/kabupaten-contoh.xlsx, Tahapan of row 2)", () => {
  it("its message is cut at Excel's 32,767 characters on the Masalah sheet of the scored file, as output cells are", async () => {
    const long = `Penerapan ${"panjang ".repeat(5_000)}`;
    const r = await scored(await exampleEdited("long.xlsx", { inovasi: [[2, "Tahapan", long]] }));
    const issue = r.issues.find((i) => i.given === long)!;
    expect(issue.text.length).toBeGreaterThan(32_767);
    const file = join(dir, "long.scored.xlsx");
    writeFileSync(file, r.output);
    const cells: string[] = [];
    (await load(file)).getWorksheet("Masalah")!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "string") cells.push(c.value); }));
    expect(cells).toContain(`${issue.text.slice(0, 32_766)}…`);
    expect(Math.max(...cells.map((c) => c.length))).toBe(32_767);
  });
});

describe("the year trap (examples/kabupaten-contoh.xlsx with Tahun = 2025 in every row)", () => {
  it("the rule says it found no innovation of 2026 while 90 are of 2025", async () => {
    const rows = Array.from({ length: 90 }, (_, k): [number, string, unknown] => [k + 2, "Tahun", 2025]);
    const r = await scored(await exampleEdited("year.xlsx", { inovasi: rows }));
    const trap = r.issues.filter((i) => i.code === "compliance_year_mismatch");
    expect(trap).toHaveLength(1);
    expect(trap[0]!.severity).toBe("warning");
    expect(trap[0]!.message).toContain("menghitung inovasi tahun 2026, tetapi tidak ada satu pun inovasi bertahun 2026; ada 90 inovasi bertahun 2025");
    expect(r.result.compliance.rules[0]!.otherYears).toEqual([{ year: 2025, count: 90 }]);
  });
});

describe("one bad cell must not stop the region: inovasi score", () => {
  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (x) => out.push(x), err: (x) => err.push(x) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it.each([
    ["Jumlah Kata Rancang Bangun = -100", "Jumlah Kata", -100, "L", "-100 terlalu kecil; paling kecil 0; nilai ini tidak dipakai"],
    ["SDM = -5", "2. ", -5, "Q", "nilai -5 di luar rentang yang dinilai indikator SID-2 (minimal 1 orang)"],
  ])("%s: writes the scored copy, exits 1, and gives one located message", async (_, header, value, col, text) => {
    const input = await exampleEdited(`cli-${col}.xlsx`, { inovasi: [[4, header, value]] });
    const output = join(dir, `cli-${col}.scored.xlsx`);
    const r = await cli(["score", input, "-o", output, "--verbose", "--quiet"]);
    expect(r.code).toBe(1);
    expect(existsSync(output)).toBe(true);
    expect(r.out).toContain("Kabupaten Sungai Contoh");
    const here = r.err.split("\n").filter((l) => l.includes(`Inovasi!${col}4`));
    expect(here).toHaveLength(1);
    expect(here[0]).toContain(`✗ Inovasi!${col}4: ${text}`);
    expect(r.err).not.toMatch(/diharapkan|\bnumber\b|innovations[.[]/);
    // the rest is scored: every innovation, and an index that moves only by what that one cell gave
    const fixed = await scored(example);
    const now = await scored(input);
    expect(now.result.innovations).toHaveLength(fixed.result.innovations.length);
    expect(now.result.claimed.index).toBeCloseTo(fixed.result.claimed.index!, 0);
  });
});
