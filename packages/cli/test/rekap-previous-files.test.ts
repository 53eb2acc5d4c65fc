/**
 * `rekap --previous` and a province model, as a province analyst saves them (audit21 F2, F3, F7): last year's file
 * that cannot be read is said to be unreadable (not "no file"), on screen and in the workbook, and the run exits 1;
 * last year's files' problems are on stderr and on Masalah per Berkas; `--previous-model` scores last year with its
 * own model; a recap made with a province model says in the workbook what that model is, and a target of the model
 * is placed at its entry in the model file, not at an empty cell of the kab/kota workbook.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RECAP_YEARS_SHEET } from "@inovasi/workbook";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/${f}`, import.meta.url));

/** A province model of 2026 (extends iid-2026) with a target of 50 innovations; `year` and `id` for last year's. */
const model = (id: string, year: number) => ({
  extends: "iid-2026",
  id,
  name: { id: `Model Provinsi Contoh ${year}`, en: `Example province model ${year}` },
  year,
  sources: [{ id: "pergub", title: "Pergub contoh", publisher: "Pemprov Contoh", date: `${year}-01-15` }],
  indicators: [{ id: "SID-1", weight: 4, source: { ref: "pergub", confidence: "confirmed" } }],
  compliance: { rules: [], targets: [{ id: "target-50", name: { id: "Target 50 inovasi", en: "Target 50 innovations" }, count: 50, source: { ref: "pergub", confidence: "confirmed" } }] },
});

async function sheetText(path: string, sheet: string): Promise<string[]> {
  const wb = await load(path);
  const out: string[] = [];
  // a merged range's text once (exceljs gives each of its cells the first one's value)
  wb.getWorksheet(sheet)!.eachRow((row) => {
    const xs: string[] = [];
    row.eachCell((c) => { if (c.value !== null && (!c.isMerged || c.master === c)) xs.push(String(c.value)); });
    out.push(xs.join(" | "));
  });
  return out;
}

describe("inovasi rekap --previous: last year's files in the saved output", () => {
  const now = tmp();
  const last = tmp();
  const outs = tmp();
  beforeAll(() => {
    for (const f of ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kab-hulu-contoh.xlsx"]) copyFileSync(example(`provinsi-contoh/${f}`), join(now, f));
    for (const f of ["kab-bukit-2025.xlsx", "kab-danau-2025.xlsx"]) copyFileSync(example(`provinsi-contoh-2025/${f}`), join(last, f));
    // Hulu's 2025 file, damaged: not a workbook at all
    writeFileSync(join(last, "kab-hulu-2025.xlsx"), "bukan buku kerja");
    writeFileSync(join(outs, "model-2026.json"), JSON.stringify(model("prov-2026", 2026)));
    writeFileSync(join(outs, "model-2025.json"), JSON.stringify(model("prov-2025", 2025)));
  });

  it("an unreadable file of last year: said unreadable (not 'no 2025 file') on screen and on both sheets; exit 1 (F2)", async () => {
    const out = join(outs, "rekap.xlsx");
    const r = await cli(["rekap", now, "-o", out, "-q", "--previous", last]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Berkas 2025 tidak dapat dinilai, tidak dibandingkan (bukan daerah baru atau yang berhenti): Kabupaten Hulu Contoh — kab-hulu-2025.xlsx");
    expect(r.out).not.toMatch(/Hanya di 2026 \(tidak ada berkas 2025[^\n]*Hulu/);
    expect(r.out).toContain("daerah 2 (+1 berkas tidak dapat dinilai) → 3");
    expect(r.err).toContain("Tahun sebelumnya (--previous): 3 berkas, 1 tidak dapat dinilai:");
    const years = await sheetText(out, RECAP_YEARS_SHEET);
    expect(years.find((x) => x.startsWith("Kabupaten Hulu Contoh"))).toMatch(/berkas 2025 tidak dapat dinilai \(kab-hulu-2025\.xlsx\)$/);
    const problems = await sheetText(out, "Masalah per Berkas");
    expect(problems.some((x) => x.startsWith("kab-hulu-2025.xlsx (tahun sebelumnya, 2025) | tidak dinilai | "))).toBe(true);
    // every one of last year's files is listed, each named with its year
    expect(problems.filter((x) => x.includes("(tahun sebelumnya, 2025)")).length).toBeGreaterThanOrEqual(3);
  });

  it("last year's files scored with this year's edition: said once for the province, with the option for last year's model (F3)", async () => {
    const r = await cli(["rekap", now, "-o", join(outs, "rekap-f3.xlsx"), "-q", "--previous", last]);
    expect(r.out).toContain("! 2 daerah 2025 dinilai dengan edisi iid-2026 (tahun 2026): predikat, ambang dan aturannya dari tahun 2026, bukan 2025. Untuk model tahun itu: --previous-model <model.json>.");
    // last year's files grouped as this year's are, on stderr
    expect(r.err).toMatch(/^ {4}kab-danau-2025\.xlsx: 0 kesalahan, \d+ peringatan$/m);
    const years = await sheetText(join(outs, "rekap-f3.xlsx"), RECAP_YEARS_SHEET);
    expect(years.some((x) => x.startsWith("2 daerah 2025 dinilai dengan edisi iid-2026 (tahun 2026)"))).toBe(true);
  });

  it("--previous-model scores last year with its own model; documented in --help (F3)", async () => {
    const r = await cli(["rekap", now, "-o", join(outs, "rekap-models.xlsx"), "-q", "--model", join(outs, "model-2026.json"), "--previous", last, "--previous-model", join(outs, "model-2025.json"), "--json"]);
    const json = JSON.parse(r.out);
    expect(json.previous.comparison.editions).toEqual({ before: ["prov-2025"], after: ["prov-2026"], same: false });
    expect(json.previous.comparison.offYear).toEqual({ before: [], after: [] });
    // the editions differ: a clean change is one model for both years, not an --edition that drops the province's (audit35 #4)
    for (const lang of ["id", "en"]) {
      const text = await cli(["rekap", now, "-o", join(outs, `rekap-models-${lang}.xlsx`), "-q", "--model", join(outs, "model-2026.json"), "--previous", last, "--previous-model", join(outs, "model-2025.json"), "--lang", lang]);
      expect(text.out).toContain(lang === "id" ? "nilai keduanya dengan satu model: --model <model.json> tanpa --previous-model." : "score both with one model: --model <model.json> without --previous-model.");
      expect(text.out).not.toContain("--edition <id>");
    }
    const alone = await cli(["rekap", now, "-o", join(outs, "rekap-alone.xlsx"), "-q", "--previous-model", join(outs, "model-2025.json")]);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain("--previous-model: hanya bersama --previous");
    const help = await cli(["rekap", "--help"]);
    expect(help.out).toContain("--previous-model");
  });

  it("a file that cannot be read is named by its name, however its reader words the message (audit21 F9b)", async () => {
    const dir = tmp();
    copyFileSync(example("provinsi-contoh/kab-bukit-contoh.xlsx"), join(dir, "kab-bukit-contoh.xlsx"));
    writeFileSync(join(dir, "catatan.xlsx"), "PK\x03\x04 x");
    const r = await cli(["rekap", dir, "-o", join(outs, "rekap-f9.xlsx"), "-q"]);
    expect(r.err).toMatch(/^ {2}✗ catatan\.xlsx: bukan buku kerja/m);
    expect(r.err).not.toContain(`✗ ${join(dir, "catatan.xlsx")}`);
  });

  it("a recap made with a province model names the model in the workbook, and a model's target at its entry (F7)", async () => {
    const out = join(outs, "rekap-model.xlsx");
    const file = join(outs, "model-2026.json");
    await cli(["rekap", now, "-o", out, "-q", "--model", file]);
    const rekap = await sheetText(out, "Rekap");
    expect(rekap.some((x) => /^Model prov-2026 — Model Provinsi Contoh 2026, turunan dari iid-2026; indeks dari total maksimum \d+; model provinsi, bukan edisi bawaan$/.test(x))).toBe(true);
    const problems = await sheetText(out, "Masalah per Berkas");
    const target = problems.filter((x) => x.includes('target "Target 50 inovasi"'));
    expect(target.length).toBeGreaterThan(0);
    for (const t of target) expect(t).toContain(`compliance.targets[0] ("target-50") di ${file}: target "Target 50 inovasi"`);
    expect(target.some((t) => t.includes("Pengaturan!"))).toBe(false);
  });
});
