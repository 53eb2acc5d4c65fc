/**
 * `rekap --year`: a province recapping 2025 while some kab/kota already sent their 2026 files. Without it the recap's
 * year is the folder's most common one (2026 here); with it, the 2025 files are the recap and the 2026 ones are named,
 * never ranked or counted.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));

async function ofYear(src: string, dst: string, year: number) {
  const wb = await load(example(src));
  wb.getWorksheet("Pengaturan")!.eachRow((row) => { if (row.getCell(1).value === "Tahun Penilaian") row.getCell(2).value = year; });
  await wb.xlsx.writeFile(dst);
}

describe("inovasi rekap --year", () => {
  const dir = tmp();
  const outs = tmp();
  beforeAll(async () => {
    await ofYear("kab-bukit-contoh.xlsx", join(dir, "kab-bukit-2025.xlsx"), 2025);
    await ofYear("kab-danau-contoh.xlsx", join(dir, "kab-danau-2025.xlsx"), 2025);
    for (const f of ["kota-baru-contoh.xlsx", "kab-muara-contoh.xlsx", "kab-rawa-contoh.xlsx"]) await ofYear(f, join(dir, f), 2026);
    writeFileSync(join(outs, "daftar-2025.txt"), "Kabupaten Bukit Contoh\nKabupaten Danau Contoh\nKota Baru Contoh\n");
  }, 60_000);

  it("without it, the recap is of the most common year (2026) and the note says how to choose another", async () => {
    const r = await cli(["rekap", dir, "-o", join(outs, "r-bawaan.xlsx"), "-q"]);
    expect(r.out).toContain("! Tahun penilaian berbeda: kebanyakan berkas 2026; 2025: ");
    expect(r.out).toContain("Untuk merekap satu tahun saja, pilih tahunnya (inovasi rekap --year, atau Tahun penilaian di panel).");
  });

  it("recaps the year asked for; files of other years are named on the terminal, the Rekap notes and Masalah per Berkas, not ranked", async () => {
    const out = join(outs, "r-2025.xlsx");
    const r = await cli(["rekap", dir, "-o", out, "--year", "2025", "--regions", join(outs, "daftar-2025.txt"), "-q"]);
    expect(r.code).toBe(1); // Kota Baru, listed, sent no 2025 file
    const note = "Rekap tahun 2025: 3 berkas tahun lain tidak direkap (tidak diberi peringkat, tidak dihitung): kab-muara-contoh.xlsx (2026), kab-rawa-contoh.xlsx (2026), kota-baru-contoh.xlsx (2026).";
    expect(r.out).toContain(`! ${note}`);
    expect(r.out).not.toContain("Tahun penilaian berbeda");
    const ranked = r.out.split("\n").filter((l) => /^ *\d+ {2}\S/.test(l));
    expect(ranked.map((l) => l.trim().split(/ {2,}/).slice(0, 2))).toEqual([["1", "Kabupaten Bukit Contoh"], ["2", "Kabupaten Danau Contoh"]]);
    expect(r.out).toMatch(/^Sebaran predikat \(terverifikasi\): .*$/m);
    const counted = /^Sebaran predikat \(terverifikasi\): (.*)$/m.exec(r.out)![1]!.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
    expect(counted).toBe(2);
    // the list is checked for 2025: Kota Baru sent only its 2026 file
    expect(r.out).toContain("1 dari 3 daerah dalam daftar daerah belum mengirim berkas 2025:");
    expect(r.out).toContain("· Kota Baru Contoh (daftar-2025.txt baris 3): hanya berkas tahun lain, kota-baru-contoh.xlsx");
    const wb = await load(out);
    const notes: string[] = [];
    wb.getWorksheet("Rekap")!.eachRow((row) => notes.push(String(row.getCell(1).value ?? row.getCell(2).value ?? ""))); // a note in B
    expect(notes).toContain(note);
    expect(notes.slice(notes.indexOf("Daerah") + 1)).toEqual(["Kabupaten Bukit Contoh", "Kabupaten Danau Contoh"]); // the table's rows
    expect(String(wb.getWorksheet("Sebaran Predikat")!.getCell("A2").value)).toBe("2 daerah dinilai (tahun 2025)");
    const problems: string[][] = [];
    wb.getWorksheet("Masalah per Berkas")!.eachRow((row) => problems.push([String(row.getCell(1).value), String(row.getCell(2).value), String(row.getCell(4).value)]));
    expect(problems.find((p) => p[0] === "kab-rawa-contoh.xlsx")).toEqual(["kab-rawa-contoh.xlsx", "tidak dihitung", "dinilai, tetapi tidak masuk rekap: berkas tahun 2026, rekap ini tahun 2025 (lihat catatan di lembar Rekap)"]);
    // --json: the same recap, the other year's files scored but not counted
    const json = JSON.parse((await cli(["rekap", dir, "-o", join(outs, "r-2025b.xlsx"), "--year", "2025", "--json"])).out);
    expect(json.recap.year).toBe(2025);
    expect(json.recap.outsideYear).toEqual([{ id: "kab-muara-contoh.xlsx", year: 2026 }, { id: "kab-rawa-contoh.xlsx", year: 2026 }, { id: "kota-baru-contoh.xlsx", year: 2026 }]);
    expect(json.files.filter((f: { counted?: boolean }) => f.counted === false).map((f: { file: string }) => f.file)).toEqual(["kab-muara-contoh.xlsx", "kab-rawa-contoh.xlsx", "kota-baru-contoh.xlsx"]);
  });

  it("refuses a year no file has (naming the years there are) and a value that is not a year; nothing is written", async () => {
    const none = await cli(["rekap", dir, "-o", join(outs, "r-2024.xlsx"), "--year", "2024", "-q"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--year 2024: tidak ada berkas tahun 2024 yang dapat dinilai; tahun di berkas: 2026 (3 berkas), 2025 (2 berkas); rekap tidak ditulis");
    const en = await cli(["--lang", "en", "rekap", dir, "-o", join(outs, "r-x.xlsx"), "--year", "dua ribu"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain('--year "dua ribu": not a year; write the assessment year, e.g. --year 2025');
  });
});
