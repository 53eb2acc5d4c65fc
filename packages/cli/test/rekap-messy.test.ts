/**
 * A province's real folder: a kab/kota re-sent under another spelling, last year's file, the province's own workbook,
 * a region with an edition that cannot compute its index, a very long name, a CSV, workbooks kept in subfolders.
 * Each is named where the analyst reads the recap (terminal and the Rekap sheet), never silently ranked with the rest.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));

/** A copy of an example with some Pengaturan values changed (by key in column A). */
async function variant(src: string, dst: string, settings: Record<string, string | number>) {
  const wb = await load(example(src));
  wb.getWorksheet("Pengaturan")!.eachRow((row) => {
    const key = String(row.getCell(1).value);
    if (key in settings) row.getCell(2).value = settings[key]!;
  });
  await wb.xlsx.writeFile(dst);
}

describe("inovasi rekap on a messy folder", () => {
  const dir = tmp();
  const out = join(dir, "..", `rekap-${Date.now()}.xlsx`);
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    for (const f of ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kota-baru-contoh.xlsx"]) copyFileSync(example(f), join(dir, f));
    await variant("kab-bukit-contoh.xlsx", join(dir, "kab-bukit-kirim-ulang.xlsx"), { "Nama Daerah": "Kab. Bukit Contoh" });
    await variant("kab-hulu-contoh.xlsx", join(dir, "kab-hulu-2025.xlsx"), { "Tahun Penilaian": 2025 });
    await variant("kab-rawa-contoh.xlsx", join(dir, "provinsi.xlsx"), { "Nama Daerah": "Provinsi Contoh", Tingkat: "Provinsi" });
    await variant("kab-gunung-contoh.xlsx", join(dir, "kab-gunung-2023.xlsx"), { "Edisi Model": "iid-2023" });
    await variant("kab-muara-contoh.xlsx", join(dir, "kab-panjang.xlsx"), { "Nama Daerah": `Kabupaten ${"Panjang Sekali ".repeat(12)}Contoh` });
    writeFileSync(join(dir, "kab-pesisir.csv"), "Nama Inovasi;Perangkat Daerah\n");
    run = await cli(["rekap", dir, "-o", out, "-q"]);
  }, 60_000);

  it("names the re-sent region with both spellings, last year's file and the province's own workbook", () => {
    expect(run.code).toBe(1);
    expect(run.out).toContain("! Kabupaten Bukit Contoh 2026 muncul 2 kali: kab-bukit-contoh.xlsx, kab-bukit-kirim-ulang.xlsx");
    expect(run.out).toContain('(ditulis "Kabupaten Bukit Contoh" dan "Kab. Bukit Contoh"');
    expect(run.out).toContain("! Tahun penilaian berbeda: kebanyakan berkas 2026; 2025: kab-hulu-2025.xlsx.");
    expect(run.out).toContain("! Buku kerja tingkat provinsi di antara kab/kota: provinsi.xlsx; diberi peringkat sendiri");
    // last year's file and the province are each first in their own group, and the year stands beside the name
    expect(run.out).toMatch(/^ *1 {2}Kabupaten Hulu Contoh \(2025\) /m);
    expect(run.out).toMatch(/^ *1 {2}Provinsi Contoh /m);
  });

  it("prints no plan towards an unknown target, and cuts a long name in the terminal only", async () => {
    const gunung = run.out.split("\n").find((l) => l.includes("Kabupaten Gunung Contoh"))!;
    expect(gunung).not.toContain("ke ?");
    expect(gunung).not.toContain("+?");
    expect(run.out).toContain("(tanpa predikat) 1");
    expect(run.out).toMatch(/Kabupaten Panjang Sekali .*…/);
    const wb = await load(out);
    const names: string[] = [];
    wb.getWorksheet("Rekap")!.getColumn(1).eachCell((c) => names.push(String(c.value)));
    expect(names).toContain(`Kabupaten ${"Panjang Sekali ".repeat(12)}Contoh`);
    expect(names.some((n) => n.startsWith("Tahun penilaian berbeda: kebanyakan berkas 2026; 2025: kab-hulu-2025.xlsx"))).toBe(true);
    expect(names.some((n) => n.includes('ditulis "Kabupaten Bukit Contoh" dan "Kab. Bukit Contoh"'))).toBe(true);
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
