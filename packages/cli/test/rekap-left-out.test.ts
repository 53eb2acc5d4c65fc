/**
 * audit29 F2, F4, F5: files a recap leaves out are said, and the exit code says so too (1: "recap written, but …").
 * F2: `--previous` with one 2025 and one 2026 file took 2026 as last year (a tie) and compared Hulu with itself, exit 0;
 * F4: three files of one region, two left out for the newest, exit 0; F5: a stray `~$lock.xlsx` named a `lock.xlsx`
 * that was not there.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, tmp } from "./helpers.js";

const now = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));
const last = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh-2025/${f}`, import.meta.url));

describe("inovasi rekap: files left out are said and exit 1", () => {
  it("--previous: last year is the year before this one, whatever the counts; a file of this year there is named, exit 1", { timeout: 120_000 }, async () => {
    const dir = tmp();
    for (const d of ["now", "prev", "same"]) mkdirSync(join(dir, d));
    for (const f of ["kab-bukit-contoh.xlsx", "kab-hulu-contoh.xlsx"]) copyFileSync(now(f), join(dir, "now", f));
    copyFileSync(last("kab-bukit-2025.xlsx"), join(dir, "prev", "kab-bukit-2025.xlsx"));
    copyFileSync(now("kab-hulu-contoh.xlsx"), join(dir, "prev", "kab-hulu-2025.xlsx")); // a 2026 file by mistake
    const r = await cli(["rekap", join(dir, "now"), "-o", join(dir, "r.xlsx"), "-q", "--previous", join(dir, "prev")]);
    expect(r.out).toMatch(/^Dibanding tahun 2025: 1 daerah ada di kedua tahun/m);
    expect(r.out).toMatch(/^Kabupaten Bukit Contoh +\d+,\d\d Kurang Inovatif +\d+,\d\d /m);
    expect(r.out).not.toMatch(/tidak lebih awal/);
    expect(r.out).toMatch(/^Banding tahun 2025: 1 berkas tahun lain tidak dibandingkan .*: kab-hulu-2025\.xlsx \(2026\)\.$/m);
    expect(r.code).toBe(1);
    // no file of an earlier year: refused, each file with the year it names, nothing written
    copyFileSync(now("kab-hulu-contoh.xlsx"), join(dir, "same", "kab-hulu-2025.xlsx"));
    const same = await cli(["rekap", join(dir, "now"), "-o", join(dir, "r2.xlsx"), "-q", "--previous", join(dir, "same")]);
    expect(same.code).toBe(2);
    expect(same.err).toContain(`--previous ${join(dir, "same")}: tidak ada buku kerja tahun sebelum 2026 (tahun rekap ini); Tahun Penilaian di lembar Pengaturan berkas itu: kab-hulu-2025.xlsx (2026)`);
    const en = await cli(["rekap", join(dir, "now"), "-o", join(dir, "r2.xlsx"), "-q", "--previous", join(dir, "same"), "--lang", "en"]);
    expect(en.err).toContain("no workbook of a year before 2026 (this recap's year)");
  });

  it("one region in several files: the newest counted, the others named, exit 1 (the help's 0 is every file counted)", { timeout: 120_000 }, async () => {
    const dir = tmp();
    copyFileSync(now("kab-bukit-contoh.xlsx"), join(dir, "kab-bukit-contoh.xlsx"));
    copyFileSync(now("kab-bukit-contoh.xlsx"), join(dir, "kab-bukit-kirim-ulang.xlsx"));
    copyFileSync(now("kota-baru-contoh.xlsx"), join(dir, "kota-baru-contoh.xlsx"));
    const r = await cli(["rekap", dir, "-o", join(dir, "r.xlsx"), "-q"]);
    expect(r.out).toMatch(/^! .*muncul 2 kali/m);
    expect(r.code).toBe(1);
    const help = await cli(["rekap", "--help"]);
    expect(help.out).toMatch(/tidak dihitung \(daerah yang sama dalam lebih dari satu berkas: hanya yang terbaru dihitung/);
  });

  it("a lock file whose workbook is not in the folder is named as Excel's lock file of an open workbook, not as a workbook", { timeout: 60_000 }, async () => {
    const dir = tmp();
    copyFileSync(now("kota-baru-contoh.xlsx"), join(dir, "kota-baru-contoh.xlsx"));
    writeFileSync(join(dir, "~$lock.xlsx"), "pemilik");
    writeFileSync(join(dir, "~$ta-baru-contoh.xlsx"), "pemilik"); // Excel's lock of kota-baru-contoh.xlsx (first two characters dropped)
    const r = await cli(["rekap", dir, "-o", join(dir, "r.xlsx"), "-q"]);
    expect(r.err).toContain("· dilewati: ~$lock.xlsx (berkas kunci yang dibuat Excel selama sebuah buku kerja terbuka, bukan buku kerja; buku kerjanya tidak ada di folder ini");
    expect(r.err).not.toMatch(/lock\.xlsx sedang terbuka/);
    expect(r.err).toContain("· dilewati: ~$ta-baru-contoh.xlsx (berkas kunci Excel: kota-baru-contoh.xlsx sedang terbuka");
    const en = await cli(["rekap", dir, "-o", join(dir, "r.xlsx"), "--overwrite", "-q", "--lang", "en"]);
    expect(en.err).toContain("· skipped: ~$lock.xlsx (a lock file Excel makes while a workbook is open, not a workbook; its workbook is not in this folder");
  });
});
