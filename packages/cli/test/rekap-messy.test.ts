/**
 * A province's real folder: a kab/kota re-sent under another spelling, last year's file, the province's own workbook,
 * a region with an edition that cannot compute its index, a very long name, a CSV, workbooks kept in subfolders.
 * Each is named where the analyst reads the recap (terminal and the Rekap sheet), never silently ranked with the rest.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));

/** A copy of an example with some Pengaturan values changed (by key in column A), saved at `saved` (the workbook's own date). */
async function variant(src: string, dst: string, settings: Record<string, string | number>, saved?: Date) {
  const wb = await load(example(src));
  wb.getWorksheet("Pengaturan")!.eachRow((row) => {
    const key = String(row.getCell(1).value);
    if (key in settings) row.getCell(2).value = settings[key]!;
  });
  if (saved) wb.modified = saved;
  await wb.xlsx.writeFile(dst);
}

describe("inovasi rekap on a messy folder", () => {
  const dir = tmp();
  const out = join(dir, "..", `rekap-${Date.now()}.xlsx`);
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    for (const f of ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kota-baru-contoh.xlsx"]) copyFileSync(example(f), join(dir, f));
    // re-sent a fortnight later, under another spelling; the first copy (saved 2026-05-15) is still in the folder
    await variant("kab-bukit-contoh.xlsx", join(dir, "kab-bukit-kirim-ulang.xlsx"), { "Nama Daerah": "Kab. Bukit Contoh" }, new Date(Date.UTC(2026, 4, 29, 9, 30)));
    await variant("kab-hulu-contoh.xlsx", join(dir, "kab-hulu-2025.xlsx"), { "Tahun Penilaian": 2025 });
    await variant("kab-rawa-contoh.xlsx", join(dir, "provinsi.xlsx"), { "Nama Daerah": "Provinsi Contoh", Tingkat: "Provinsi" });
    await variant("kab-gunung-contoh.xlsx", join(dir, "kab-gunung-2023.xlsx"), { "Edisi Model": "iid-2023" });
    await variant("kab-muara-contoh.xlsx", join(dir, "kab-panjang.xlsx"), { "Nama Daerah": `Kabupaten ${"Panjang Sekali ".repeat(12)}Contoh` });
    writeFileSync(join(dir, "kab-pesisir.csv"), "Nama Inovasi;Perangkat Daerah\n");
    run = await cli(["rekap", dir, "-o", out, "-q"]);
  }, 60_000);

  it("names the re-sent region with both spellings, last year's file and the province's own workbook", () => {
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      '! Kabupaten Bukit Contoh 2026 muncul 2 kali (kab-bukit-contoh.xlsx, kab-bukit-kirim-ulang.xlsx): ditulis "Kabupaten Bukit Contoh" dan "Kab. Bukit Contoh"; ' +
        "yang dihitung hanya yang terbaru, kab-bukit-kirim-ulang.xlsx (disimpan 2026-05-29 09:30:00 UTC, menurut tanggal simpan di buku kerja); " +
        "tidak dihitung: kab-bukit-contoh.xlsx (2026-05-15 00:00:00 UTC). Bila yang lama yang benar, keluarkan kab-bukit-kirim-ulang.xlsx dari rekap.",
    );
    expect(run.out).toContain("! Tahun penilaian berbeda: kebanyakan berkas 2026; 2025: kab-hulu-2025.xlsx.");
    expect(run.out).toContain("! Buku kerja tingkat provinsi di antara kab/kota: provinsi.xlsx; diberi peringkat sendiri");
    // last year's file and the province are each first in their own group, and the year stands beside the name
    expect(run.out).toMatch(/^ *1 {2}Kabupaten Hulu Contoh \(2025\) /m);
    expect(run.out).toMatch(/^ *1 {2}Provinsi Contoh /m);
  });

  it("ranks the re-sent copy only, on the terminal and on every sheet; the old copy is named where its problems are", async () => {
    // one row for Bukit on the terminal, the newer spelling
    const rows = run.out.split("\n").filter((l) => /^ *\d+ {2}.*Bukit Contoh/.test(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^ *\d+ {2}Kab\. Bukit Contoh /);
    const wb = await load(out);
    const col = (sheet: string, c: number) => {
      const xs: string[] = [];
      wb.getWorksheet(sheet)!.getColumn(c).eachCell((cell) => xs.push(String(cell.value)));
      return xs;
    };
    // the Berkas column (10th since print36 put the figures an official reads first)
    expect(col("Rekap", 10).filter((f) => f.startsWith("kab-bukit"))).toEqual(["kab-bukit-kirim-ulang.xlsx"]);
    expect(col("Peringkat", 2).filter((n) => n.includes("Bukit"))).toEqual(["Kab. Bukit Contoh"]);
    // the distribution counts regions, not files, of this year's kab/kota: 8 scored files, 7 regions, of which last
    // year's file and the province's own workbook are named, not counted
    expect(run.out).toContain("  (Tidak dihitung dalam sebaran: provinsi.xlsx (tingkat provinsi), kab-hulu-2025.xlsx (tahun 2025); sebaran menghitung kab/kota tahun ini, yang diberi peringkat bersama.)");
    expect(String(wb.getWorksheet("Sebaran Predikat")!.getCell("A3").value)).toBe("Tidak dihitung dalam sebaran: provinsi.xlsx (tingkat provinsi), kab-hulu-2025.xlsx (tahun 2025); sebaran menghitung kab/kota tahun ini, yang diberi peringkat bersama.");
    const dist = wb.getWorksheet("Sebaran Predikat")!;
    let verified = 0;
    dist.eachRow((row, r) => { if (r > 5 && typeof row.getCell(3).value === "number") verified += row.getCell(3).value as number; });
    expect(verified).toBe(5);
    const problems = wb.getWorksheet("Masalah per Berkas")!;
    const old: string[] = [];
    problems.eachRow((row) => { if (row.getCell(1).value === "kab-bukit-contoh.xlsx") old.push(`${row.getCell(2).value} | ${row.getCell(4).value}`); });
    const json = JSON.parse((await cli(["rekap", dir, "-o", out, "--overwrite", "--json"])).out);
    expect(json.files.filter((f: { counted?: boolean }) => f.counted === false).map((f: { file: string }) => f.file)).toEqual(["kab-bukit-contoh.xlsx"]);
    // the files that could not be scored are the recap's regions not scored, with their problems (was [], audit22b R3)
    const unscored = json.files.filter((f: { scored: boolean; skipped?: boolean }) => !f.scored && !f.skipped);
    expect(unscored.length).toBeGreaterThan(0);
    expect(json.recap.notScored).toEqual(unscored.map((f: { file: string; problems: unknown[] }) => ({ id: f.file, issues: f.problems })));
    expect(json.recap.duplicates[0]).toMatchObject({ kept: "kab-bukit-kirim-ulang.xlsx", left: ["kab-bukit-contoh.xlsx"], by: "workbook" });
    expect(old[0]).toBe("tidak dihitung | dinilai, tetapi tidak masuk rekap: kab-bukit-kirim-ulang.xlsx adalah salinan yang lebih baru dari daerah yang sama (lihat catatan di lembar Rekap)");
  });

  it("prints no plan towards an unknown target, and cuts a long name in the terminal only", async () => {
    const gunung = run.out.split("\n").find((l) => l.includes("Kabupaten Gunung Contoh"))!;
    expect(gunung).not.toContain("ke ?");
    expect(gunung).not.toContain("+?");
    expect(run.out).toContain("(tanpa predikat) 1");
    expect(run.out).toMatch(/Kabupaten Panjang Sekali .*…/);
    const wb = await load(out);
    const names: string[] = [];
    // the regions in column A, the notes in B
    for (const c of [1, 2]) wb.getWorksheet("Rekap")!.getColumn(c).eachCell((cell) => names.push(String(cell.value)));
    expect(names).toContain(`Kabupaten ${"Panjang Sekali ".repeat(12)}Contoh`);
    expect(names.some((n) => n.startsWith("Tahun penilaian berbeda: kebanyakan berkas 2026; 2025: kab-hulu-2025.xlsx"))).toBe(true);
    expect(names.some((n) => n.includes('ditulis "Kabupaten Bukit Contoh" dan "Kab. Bukit Contoh"; yang dihitung hanya yang terbaru, kab-bukit-kirim-ulang.xlsx'))).toBe(true);
    const rank = wb.getWorksheet("Peringkat")!;
    expect(rank.getRow(3).values).toContain("Tahun");
  });

  it("lists a CSV in the folder with what to do, instead of leaving that region out silently", () => {
    expect(run.err).toMatch(/kab-pesisir\.csv: berkas \.csv tidak dapat dibaca; buka di Excel lalu simpan sebagai Buku Kerja Excel/);
  });
});

describe("inovasi rekap on a folder of subfolders", () => {
  it("says the workbooks are in subfolders, which are not read, and names them", async () => {
    const dir = tmp();
    for (const [sub, f] of [["kab-a", "kab-bukit-contoh.xlsx"], ["kab-b", "kab-hulu-contoh.xlsx"]] as const) {
      mkdirSync(join(dir, sub));
      copyFileSync(example(f), join(dir, sub, f));
    }
    const r = await cli(["rekap", dir, "-o", join(dir, "rekap.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${dir}: folder ini tidak berisi buku kerja .xlsx, tetapi subfoldernya berisi (kab-a, kab-b); subfolder tidak dibaca`);
    const en = await cli(["rekap", dir, "-o", join(dir, "rekap.xlsx"), "--lang", "en"]);
    expect(en.err).toContain("but its subfolders do (kab-a, kab-b); subfolders are not read — name each subfolder");
  });

  it("a workbook of its own beside subfolders of workbooks: the recap names the subfolders it did not read, exit 1 (prov13 F3)", async () => {
    const dir = tmp();
    copyFileSync(example("kota-bandar-contoh.xlsx"), join(dir, "kota-bandar-contoh.xlsx"));
    for (const [sub, f] of [["Kab Bukit", "kab-bukit-contoh.xlsx"], ["Kab Hulu", "kab-hulu-contoh.xlsx"]] as const) {
      mkdirSync(join(dir, sub));
      copyFileSync(example(f), join(dir, sub, f));
    }
    const r = await cli(["rekap", dir, "-o", join(dir, "rekap.xlsx"), "-q"]);
    expect(r.code).toBe(1); // was 0: a recap of one region, nothing said
    expect(r.err).toContain(`${dir}: subfolder yang berisi buku kerja tidak dibaca (Kab Bukit, Kab Hulu); rekap ini tanpa buku kerja di dalamnya`);
    const en = await cli(["rekap", dir, "-o", join(dir, "rekap2.xlsx"), "-q", "--lang", "en"]);
    expect(en.err).toContain(`${dir}: subfolders holding workbooks are not read (Kab Bukit, Kab Hulu)`);
  });
});

describe("inovasi rekap beside a workbook open in Excel", () => {
  it("skips Excel's lock file, given by a shell's *.xlsx or found in a folder, and names the open workbook", async () => {
    const dir = tmp();
    copyFileSync(example("kab-bukit-contoh.xlsx"), join(dir, "kab-bukit-contoh.xlsx"));
    // what Excel writes beside an open workbook: a small owner file, not a zip package
    writeFileSync(join(dir, "~$kab-bukit-contoh.xlsx"), Buffer.from("\u000bAnalis Provinsi".padEnd(165, " "), "latin1"));
    for (const args of [[join(dir, "kab-bukit-contoh.xlsx"), join(dir, "~$kab-bukit-contoh.xlsx")], [dir]]) {
      const r = await cli(["rekap", ...args, "-o", join(dir, "..", `rekap-lock-${args.length}-${Date.now()}.xlsx`), "-q"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Rekap 1 berkas: 1 dinilai, 0 tidak dapat dinilai");
      expect(r.err).toContain("· dilewati: ~$kab-bukit-contoh.xlsx (berkas kunci Excel: kab-bukit-contoh.xlsx sedang terbuka; perubahan yang belum disimpan tidak ikut");
    }
  });
});

describe("inovasi rekap --regions: the province's list of kab/kota", () => {
  const dir = tmp();
  const list = join(dir, "..", `daftar-${Date.now()}.txt`);
  beforeAll(async () => {
    for (const f of ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kota-baru-contoh.xlsx"]) copyFileSync(example(f), join(dir, f));
    // Hulu sent only last year's file; Muara's workbook names a region the list spells otherwise
    await variant("kab-hulu-contoh.xlsx", join(dir, "kab-hulu-2025.xlsx"), { "Tahun Penilaian": 2025 });
    await variant("kab-muara-contoh.xlsx", join(dir, "kab-muara.xlsx"), { "Nama Daerah": "Kabupaten Muaro Contoh" });
    writeFileSync(list, ["# kab/kota Provinsi Contoh", "Kab. Bukit Contoh", "Kabupaten Danau Contoh", "Kota Baru Contoh", "Kabupaten Hulu Contoh", "Kabupaten Muara Contoh", "Kabupaten Sunyi Contoh", ""].join("\n"));
  }, 60_000);

  it("names every listed region with no file of this year, where the list has it, and every file not on the list, where the workbook names it", async () => {
    const out = join(dir, "..", `rekap-daftar-${Date.now()}.xlsx`);
    const r = await cli(["rekap", dir, "-o", out, "--regions", list, "-q"]);
    expect(r.code).toBe(1); // a region that sent nothing is a problem, as a file with errors is
    const name = list.split("/").pop();
    expect(r.out).toContain(
      [
        "! 3 dari 6 daerah dalam daftar daerah belum mengirim berkas 2026:",
        `  · Kabupaten Hulu Contoh (${name} baris 5): hanya berkas tahun lain, kab-hulu-2025.xlsx`,
        `  · Kabupaten Muara Contoh (${name} baris 6)`,
        `  · Kabupaten Sunyi Contoh (${name} baris 7)`,
        "! 1 berkas dinilai untuk daerah yang tidak ada dalam daftar daerah (periksa ejaan nama daerah di buku kerjanya, atau tambahkan daerah itu ke daftar):",
        `  · kab-muara.xlsx: "Kabupaten Muaro Contoh" (Pengaturan!B2) — mirip "Kabupaten Muara Contoh" (${name} baris 6), yang belum mengirim berkas`,
      ].join("\n"),
    );
    const wb = await load(out);
    const notes: string[] = [];
    wb.getWorksheet("Rekap")!.getColumn(2).eachCell((c) => notes.push(String(c.value))); // the notes: column B
    expect(notes).toContain(`· Kabupaten Sunyi Contoh (${name} baris 7)`);
    expect(notes).toContain(`· kab-muara.xlsx: "Kabupaten Muaro Contoh" (Pengaturan!B2) — mirip "Kabupaten Muara Contoh" (${name} baris 6), yang belum mengirim berkas`);
    const json = JSON.parse((await cli(["rekap", dir, "-o", out, "--overwrite", "--regions", list, "--json"])).out);
    expect(json.recap.expected.missing.map((m: { name: string }) => m.name)).toEqual(["Kabupaten Hulu Contoh", "Kabupaten Muara Contoh", "Kabupaten Sunyi Contoh"]);
    expect(json.recap.expected.notListed).toEqual([{ id: "kab-muara.xlsx", name: "Kabupaten Muaro Contoh", level: "kabupaten", at: "Pengaturan!B2", near: { name: "Kabupaten Muara Contoh", level: "kabupaten", at: { id: `${name} baris 6`, en: `${name} line 6` } } }]);
    const en = await cli(["rekap", dir, "-o", out, "--overwrite", "--regions", list, "-q", "--lang", "en"]);
    expect(en.out).toContain("! 3 of the 6 regions on the list of regions sent no 2026 file:");
    expect(en.out).toContain(`  · Kabupaten Hulu Contoh (${name} line 5): only a file of another year, kab-hulu-2025.xlsx`);
    // the Rekap sheet's notes follow the run's language, as its headings: the list's line is "line" there
    const enNotes: string[] = [];
    (await load(out)).getWorksheet("Rekap")!.getColumn(2).eachCell((c) => enNotes.push(String(c.value)));
    expect(enNotes).toContain(`· Kabupaten Hulu Contoh (${name} line 5): only a file of another year, kab-hulu-2025.xlsx`);
    expect(enNotes.join("\n")).not.toContain(" baris ");
  }, 60_000);

  it("names a matched region as the list spells it on the terminal, every sheet and --json; what the file typed is said (audit34)", async () => {
    const own = tmp();
    copyFileSync(example("kab-danau-contoh.xlsx"), join(own, "kab-danau-contoh.xlsx"));
    await variant("kab-rawa-contoh.xlsx", join(own, "kab-rawa-contoh.xlsx"), { "Nama Daerah": "KABUPATEN  RAWA CONTOH" });
    await variant("kab-bukit-contoh.xlsx", join(own, "kab-bukit.xlsx"), { "Nama Daerah": "Kab. Bukit Contoh" });
    const daftar = join(own, "..", `daftar-nama-${Date.now()}.txt`);
    writeFileSync(daftar, "Kabupaten Bukit Contoh\nKabupaten Danau Contoh\nKabupaten Rawa Contoh\n");
    const out = join(own, "..", `rekap-nama-${Date.now()}.xlsx`);
    const r = await cli(["rekap", own, "-o", out, "--regions", daftar, "-q"]);
    const rows = r.out.split("\n").filter((l) => /^ *[-\d]+ {2}\S/.test(l));
    expect(rows.map((l) => l.replace(/^ *[-\d]+ {2}/, "").split(/ {2,}/)[0])).toEqual(expect.arrayContaining(["Kabupaten Bukit Contoh", "Kabupaten Danau Contoh", "Kabupaten Rawa Contoh"]));
    expect(r.out).not.toContain("KABUPATEN  RAWA");
    // a spelling that is more than letter case and spaces is said once, with the file and what it typed
    const note = 'Nama daerah di rekap ini ditulis seperti di daftar daerah; berkas yang menulisnya lain (Nama Daerah di lembar Pengaturan): kab-bukit.xlsx ("Kab. Bukit Contoh" = Kabupaten Bukit Contoh).';
    expect(r.out).toContain(`\n${note}\n`);
    const wb = await load(out);
    const col = (sheet: string, c: number) => {
      const xs: string[] = [];
      wb.getWorksheet(sheet)!.getColumn(c).eachCell((cell) => xs.push(String(cell.value)));
      return xs;
    };
    expect(col("Rekap", 1)).toEqual(expect.arrayContaining(["Kabupaten Bukit Contoh", "Kabupaten Rawa Contoh"]));
    expect(col("Rekap", 1).filter((x) => /Kab\. Bukit|RAWA/.test(x))).toEqual([]);
    expect(col("Rekap", 2).filter((x) => /Kab\. Bukit|RAWA/.test(x))).toEqual([note]); // the notes: column B
    expect(col("Peringkat", 2).filter((x) => /Bukit|Rawa|RAWA/i.test(x)).sort()).toEqual(["Kabupaten Bukit Contoh", "Kabupaten Rawa Contoh"]);
    const json = JSON.parse((await cli(["rekap", own, "-o", out, "--overwrite", "--regions", daftar, "--json"])).out);
    const byId = Object.fromEntries(json.recap.regions.map((x: { id: string; region: { name: string }; nameInFile?: string }) => [x.id, [x.region.name, x.nameInFile ?? null]]));
    expect(byId).toEqual({
      "kab-bukit.xlsx": ["Kabupaten Bukit Contoh", "Kab. Bukit Contoh"],
      "kab-danau-contoh.xlsx": ["Kabupaten Danau Contoh", null],
      "kab-rawa-contoh.xlsx": ["Kabupaten Rawa Contoh", "KABUPATEN  RAWA CONTOH"],
    });
    const en = await cli(["rekap", own, "-o", out, "--overwrite", "--regions", daftar, "-q", "--lang", "en"]);
    expect(en.out).toContain('Region names in this recap are spelt as on the list of regions; files that spell them otherwise (the region\'s name on their Pengaturan sheet): kab-bukit.xlsx ("Kab. Bukit Contoh" = Kabupaten Bukit Contoh).');
  }, 60_000);

  it("reads the list from a workbook (names in column A, a level in column B when the name does not say it)", async () => {
    const xlsx = join(dir, "daftar.xlsx"); // in the input folder: not read as a region
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Daftar");
    ws.addRows([["Daerah", "Tingkat"], ["Bukit Contoh", "Kabupaten"], ["Kabupaten Danau Contoh"], ["Kota Baru Contoh"], ["Hulu Contoh", "Kab"], ["Muaro Contoh", "Kabupaten"]]);
    await wb.xlsx.writeFile(xlsx);
    const r = await cli(["rekap", dir, "-o", join(dir, "..", `rekap-x-${Date.now()}.xlsx`), "--regions", xlsx, "-q"]);
    expect(r.out).toContain("! 1 dari 5 daerah dalam daftar daerah belum mengirim berkas 2026:\n  · Hulu Contoh (daftar.xlsx Daftar!A5): hanya berkas tahun lain, kab-hulu-2025.xlsx");
    expect(r.out).not.toContain("tidak ada dalam daftar");
    expect(r.out).toContain("Rekap 5 berkas");
  }, 60_000);

  it("refuses a list it cannot use, naming each row and what to write; every region sent: says so", async () => {
    const bad = join(dir, "..", `daftar-buruk-${Date.now()}.csv`);
    writeFileSync(bad, "Nama Daerah;Tingkat\nBukit Contoh\nKota Baru Contoh;Kotamadya\nKab. Danau Contoh\nKabupaten Danau Contoh\n");
    const r = await cli(["rekap", dir, "-o", join(dir, "..", `rekap-y-${Date.now()}.xlsx`), "--regions", bad, "-q"]);
    const name = bad.split("/").pop();
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toEqual([
      `${name} baris 2: "Bukit Contoh" — tingkatnya tidak diketahui; tulis "Kabupaten Bukit Contoh" atau "Kota Bukit Contoh", atau isi kolom Tingkat di sebelah nama`,
      `${name} baris 3: tingkat "Kotamadya" tidak dikenal; pilihan yang sah: "Kabupaten", "Kota", "Provinsi"`,
      `${name} baris 5: "Kabupaten Danau Contoh" adalah daerah yang sama dengan ${name} baris 4 ("Kab. Danau Contoh"); tulis sekali saja`,
    ]);
    const all = join(dir, "..", `daftar-lengkap-${Date.now()}.txt`);
    writeFileSync(all, "Kabupaten Bukit Contoh\r\nKabupaten Danau Contoh\r\nKota Baru Contoh\r\n");
    const only = await cli(["rekap", join(dir, "kab-bukit-contoh.xlsx"), join(dir, "kab-danau-contoh.xlsx"), join(dir, "kota-baru-contoh.xlsx"), "-o", join(dir, "..", `rekap-z-${Date.now()}.xlsx`), "--regions", all, "-q"]);
    expect(only.out).toContain("\nSemua 3 daerah dalam daftar daerah mengirim berkas 2026.\n");
  }, 60_000);
});
