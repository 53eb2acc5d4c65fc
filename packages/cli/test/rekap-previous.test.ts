/**
 * `rekap --previous`: the province against last year. 2025: "Kab. Bukit Contoh" (Bukit's own file, spelt otherwise),
 * Danau (Rawa's figures under Danau's name: 21,08 then, 24,00 now) and Gunung (no 2026 file); 2026: Bukit, Danau and
 * Muara (no 2025 file).
 */
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RECAP_YEARS_SHEET, RECAP_YEARS_TITLE } from "@inovasi/workbook";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));

async function copy(src: string, dst: string, settings: Record<string, string | number>) {
  const wb = await load(example(src));
  wb.getWorksheet("Pengaturan")!.eachRow((row) => {
    const key = String(row.getCell(1).value);
    if (key in settings) row.getCell(2).value = settings[key]!;
  });
  await wb.xlsx.writeFile(dst);
}

describe("inovasi rekap --previous", () => {
  const now = tmp();
  const last = tmp();
  const last2023 = tmp();
  const last2024 = tmp();
  const outs = tmp();
  beforeAll(async () => {
    for (const f of ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kab-muara-contoh.xlsx"]) await copy(f, join(now, f), {});
    const year = { "Tahun Penilaian": 2025 };
    await copy("kab-bukit-contoh.xlsx", join(last, "kab-bukit-2025.xlsx"), { ...year, "Nama Daerah": "Kab. Bukit Contoh" });
    await copy("kab-rawa-contoh.xlsx", join(last, "kab-danau-2025.xlsx"), { ...year, "Nama Daerah": "Kabupaten Danau Contoh" });
    await copy("kab-gunung-contoh.xlsx", join(last, "kab-gunung-2025.xlsx"), year);
    // last year's folder with Muara's file of 2024 among the 2025 ones
    await copy("kab-bukit-contoh.xlsx", join(last2024, "kab-bukit-2025.xlsx"), year);
    await copy("kab-danau-contoh.xlsx", join(last2024, "kab-danau-2025.xlsx"), year);
    await copy("kab-muara-contoh.xlsx", join(last2024, "kab-muara-2024.xlsx"), { "Tahun Penilaian": 2024 });
    await copy("kab-rawa-contoh.xlsx", join(last2023, "kab-danau-2025.xlsx"), { ...year, "Nama Daerah": "Kabupaten Danau Contoh", "Edisi Model": "iid-2023-inferred" });
  }, 60_000);

  it("names who rose or fell, the province's average and predicates then → now, and the regions of one year only", async () => {
    const out = join(outs, "rekap.xlsx");
    const r = await cli(["rekap", now, "-o", out, "-q", "--previous", last]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Dibanding tahun 2025: 2 daerah ada di kedua tahun — 1 naik, 0 turun, 1 tetap; predikat naik 0, turun 0");
    expect(r.out).toMatch(/^Kabupaten Danau Contoh +21,08 Kurang Inovatif +24,00 Kurang Inovatif +\+2,92 +tetap +2 → 2 +2 → 2 \(tetap\)$/m);
    // "Kab. Bukit Contoh" in 2025 is Kabupaten Bukit Contoh
    expect(r.out).toMatch(/^Kabupaten Bukit Contoh +26,30 Kurang Inovatif +26,30 Kurang Inovatif +±0,00 +tetap +1 → 1 +1 → 1 \(tetap\)$/m);
    // like for like (Danau and Bukit, ranked in both years: (21,08 + 26,30) / 2 → (24,00 + 26,30) / 2), then each
    // year's own average over its own regions (Gunung only in 2025, Muara only in 2026), named (audit21 F1)
    expect(r.out).toContain("Provinsi 2025 → 2026 (kab/kota): rata-rata indeks terverifikasi 2 daerah berperingkat di kedua tahun 23,69 → 25,15 (+1,46) · rata-rata seluruh daerah berperingkat 19,54 (3 daerah) → 21,99 (3 daerah) · daerah 3 → 3 · Sangat Inovatif 0 → 0 · Inovatif 0 → 0 · Kurang Inovatif 3 → 3 · Tidak Dapat Dinilai 0 → 0");
    expect(r.out).toContain("Berperingkat 2025 saja: Kabupaten Gunung Contoh (tidak ada berkas 2026); berperingkat 2026 saja: Kabupaten Muara Contoh (tidak ada berkas 2025).");
    expect(r.out).toContain("Hanya di 2025 (tidak ada berkas 2026 yang cocok menurut nama dan tingkat): Kabupaten Gunung Contoh");
    expect(r.out).toContain("Hanya di 2026 (tidak ada berkas 2025 yang cocok menurut nama dan tingkat): Kabupaten Muara Contoh");
    expect(r.out).not.toContain("edisi berbeda");

    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name).at(-1)).toBe(RECAP_YEARS_SHEET);
    const rows: unknown[][] = [];
    wb.getWorksheet(RECAP_YEARS_SHEET)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([RECAP_YEARS_TITLE]);
    const danau = rows.find((x) => x[0] === "Kabupaten Danau Contoh")!;
    expect(danau.slice(0, 12)).toEqual(["Kabupaten Danau Contoh", "Kabupaten", 21.08, "Kurang Inovatif", 2, "iid-2026", 24, "Kurang Inovatif", 2, "iid-2026", 2.92, "tetap"]);
    // ranks among the regions ranked in both years, and the move as a number its format words (prov22)
    expect(danau.slice(12, 15)).toEqual([2, 2, 0]);
    let moveCell: { numFmt: string } | undefined;
    wb.getWorksheet(RECAP_YEARS_SHEET)!.eachRow((row) => { if (row.getCell(1).value === "Kabupaten Danau Contoh") moveCell = row.getCell(15); });
    expect(moveCell).toBeDefined();
    expect(moveCell!.numFmt).toBe('"naik "0;"turun "0;"tetap"');
    expect(rows.find((x) => x[0] === "Kabupaten Gunung Contoh")?.at(-1)).toBe("hanya 2025");
    expect(rows).toContainEqual(["Rata-rata 2 daerah berperingkat di kedua tahun", 23.69, 25.15, 1.46]);
    expect(rows).toContainEqual(["Rata-rata seluruh daerah berperingkat (daerahnya berbeda)", 19.54, 21.99]);

    const json = JSON.parse((await cli(["rekap", now, "-o", join(outs, "rekap-json.xlsx"), "--previous", last, "--json"])).out);
    expect(json.previous.comparison.regions.map((x: { after: { name: string }; delta: number }) => [x.after.name, x.delta])).toEqual([["Kabupaten Danau Contoh", 2.92], ["Kabupaten Bukit Contoh", 0]]);
    expect(json.previous.comparison.regions.map((x: { rankLikeForLike: unknown }) => x.rankLikeForLike)).toEqual([{ before: 2, after: 2, move: 0 }, { before: 1, after: 1, move: 0 }]);
    expect(json.previous.files.map((f: { file: string }) => f.file)).toEqual(["kab-bukit-2025.xlsx", "kab-danau-2025.xlsx", "kab-gunung-2025.xlsx"]);
  });

  it("--regions names last year's regions as the list spells them too: one spelling per region on Banding Tahun (audit35)", async () => {
    // last year's Gunung file spelt its region otherwise; Gunung sent no 2026 file, so only last year's row names it
    const renamed = tmp();
    for (const f of ["kab-bukit-2025.xlsx", "kab-danau-2025.xlsx"]) copyFileSync(join(last, f), join(renamed, f));
    await copy("kab-gunung-contoh.xlsx", join(renamed, "kab-gunung-2025.xlsx"), { "Tahun Penilaian": 2025, "Nama Daerah": "KAB. GUNUNG CONTOH" });
    const list = example("daftar-daerah.txt");
    const out = join(outs, "rekap-list.xlsx");
    const r = await cli(["rekap", now, "-o", out, "-q", "--previous", renamed, "--regions", list]);
    expect(r.out).toContain("Hanya di 2025 (tidak ada berkas 2026 yang cocok menurut nama dan tingkat): Kabupaten Gunung Contoh");
    expect(r.out).not.toContain("KAB. GUNUNG CONTOH");
    const wb = await load(out);
    const names: unknown[] = [];
    wb.getWorksheet(RECAP_YEARS_SHEET)!.eachRow((row) => names.push(row.getCell(1).value));
    expect(names).toContain("Kabupaten Gunung Contoh");
    expect(names).not.toContain("KAB. GUNUNG CONTOH");
    // without the list, the file's spelling, as before (no list to spell it otherwise)
    const bare = await cli(["rekap", now, "-o", join(outs, "rekap-nolist.xlsx"), "-q", "--previous", renamed]);
    expect(bare.out).toContain("Hanya di 2025 (tidak ada berkas 2026 yang cocok menurut nama dan tingkat): KAB. GUNUNG CONTOH");
  });

  it("last year scored with another edition: said beside the change and in banding's words, never mixed unsaid", async () => {
    const r = await cli(["rekap", now, "-o", join(outs, "rekap-2023.xlsx"), "-q", "--previous", last2023, "--lang", "en"]);
    // Danau's 2025 answers do not fit iid-2023-inferred (errors): its figures are in no change (audit21 F5)
    expect(r.out).toMatch(/^Kabupaten Danau Contoh .*\(figures not valid yet\) .* — \(iid-2023-inferred → iid-2026\) /m);
    expect(r.out).toContain("! The two years were scored with different editions: the change mixes model changes with the region's. Edition 2025: iid-2023-inferred; edition 2026: iid-2026. For a clean change, score both with one edition: --edition <id>.");
    expect(r.out).toContain("Only in 2026 (no file of 2025 matches by name and level): Kabupaten Bukit Contoh, Kabupaten Muara Contoh");
  });

  it("takes several --previous (files or folders); one with nothing to score is refused before anything is written", async () => {
    const r = await cli(["rekap", now, "-o", join(outs, "rekap-files.xlsx"), "-q", "--previous", join(last, "kab-bukit-2025.xlsx"), "--previous", join(last, "kab-gunung-2025.xlsx")]);
    expect(r.out).toContain("Dibanding tahun 2025: 1 daerah ada di kedua tahun");
    expect(r.out).toContain("Hanya di 2025 (tidak ada berkas 2026 yang cocok menurut nama dan tingkat): Kabupaten Gunung Contoh");
    const out = join(outs, "tidak.xlsx");
    const bad = await cli(["rekap", now, "-o", out, "-q", "--previous", join(outs, "tidak-ada")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`--previous ${join(outs, "tidak-ada")}: tidak ada buku kerja tahun sebelumnya yang dapat dinilai; rekap tidak ditulis`);
    expect(existsSync(out)).toBe(false);
  });

  it("a file of another year among last year's is named (terminal, Banding Tahun, --json), not dropped silently", async () => {
    const out = join(outs, "rekap-2024.xlsx");
    const r = await cli(["rekap", now, "-o", out, "-q", "--previous", last2024]);
    // a file left out of the comparison is exit 1, as a file left out of the recap (audit29 F2; was 0)
    expect(r.code).toBe(1);
    const said = "Banding tahun 2025: 1 berkas tahun lain tidak dibandingkan (daerahnya dianggap tidak punya berkas 2025): kab-muara-2024.xlsx (2024).";
    expect(r.out).toContain(said);
    expect(r.out).toContain("Hanya di 2026 (tidak ada berkas 2025 yang cocok menurut nama dan tingkat): Kabupaten Muara Contoh");
    const wb = await load(out);
    const notes: unknown[] = [];
    wb.getWorksheet(RECAP_YEARS_SHEET)!.eachRow((row) => notes.push(row.getCell(1).value));
    expect(notes).toContain(said);
    const json = JSON.parse((await cli(["rekap", now, "-o", join(outs, "rekap-2024-json.xlsx"), "--previous", last2024, "--json"])).out);
    expect(json.previous.comparison.outsideYear).toEqual({ before: [{ id: "kab-muara-2024.xlsx", year: 2024 }], after: [] });
    const en = await cli(["rekap", now, "-o", join(outs, "rekap-2024-en.xlsx"), "-q", "--previous", last2024, "--lang", "en"]);
    expect(en.out).toContain("Comparison of 2025: 1 file of another year left out (their regions count as having no 2025 file): kab-muara-2024.xlsx (2024).");
  });
});
