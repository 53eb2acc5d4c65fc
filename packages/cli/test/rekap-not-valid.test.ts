/**
 * inovasi rekap on the example province with three files whose figures are not valid yet (recap25): Kota Bandar (its
 * count target met) and Kabupaten Hulu (short of it) without their SPD sheet, Kabupaten Tanah Datar with its "Jumlah
 * Kata Rancang Bangun" column renamed. Such a region is in no province figure: not among the count targets met nor
 * among those short, counted apart and said; its largest gap waits for the fix as its plan does.
 */
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RECAP_HEADERS } from "@inovasi/workbook";
import { cli, colOf, load, tmp } from "./helpers.js";

const folder = fileURLToPath(new URL("../../../examples/provinsi-contoh/", import.meta.url));

describe("inovasi rekap: figures not valid yet are in no count of the province (recap25)", () => {
  let dir: string, out: string, r: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    dir = tmp();
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".xlsx"))) copyFileSync(join(folder, f), join(dir, f));
    for (const f of ["kota-bandar-contoh.xlsx", "kab-hulu-contoh.xlsx"]) {
      const wb = await load(join(folder, f));
      wb.removeWorksheet(wb.getWorksheet("SPD")!.id);
      await wb.xlsx.writeFile(join(dir, f));
    }
    const wb = await load(join(folder, "kab-tanah-datar-contoh.xlsx"));
    const inv = wb.getWorksheet("Inovasi")!;
    inv.getCell(1, colOf(inv, "Jumlah Kata Rancang Bangun")).value = "Rancangan";
    await wb.xlsx.writeFile(join(dir, "kab-tanah-datar-contoh.xlsx"));
    out = join(dir, "rekap.xlsx");
    r = await cli(["rekap", dir, "-o", out, "-q"]);
  }, 60_000);

  /** The Rekap table's row of a region, by heading. */
  async function rekapRow(region: string) {
    const ws = (await load(out)).getWorksheet("Rekap")!;
    let at = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === region) at = n;
    });
    expect(at).toBeGreaterThan(0);
    return (h: (typeof RECAP_HEADERS)[number]) => ws.getRow(at).getCell(RECAP_HEADERS.indexOf(h) + 1).value;
  }

  it("the count-target line counts a region whose figures are not valid only when the rows read reach its target (Bandar without its SPD sheet: 160 of 150, recplan29), and says how many wait", async () => {
    const line = "Target jumlah inovasi: tercapai 1 dari 5 daerah bertarget (1 walau angkanya belum valid: baris yang terbaca sudah mencapainya, baris yang tidak dihitung hanya dapat menambah); belum: Kabupaten Bukit Contoh 48 dari 60, Kota Baru Contoh 80 dari 100; 2 daerah belum dihitung: angka belum valid (lihat Status Angka).";
    expect(r.out.split("\n")).toContain(line);
    const ws = (await load(out)).getWorksheet("Rekap")!;
    const notes: unknown[] = [];
    ws.eachRow((row) => notes.push(row.getCell(2).value)); // the notes: column B
    expect(notes).toContain(line);
    // the column the line points at says the same of each row; the count itself stays as read
    const bandar = await rekapRow("Kota Bandar Contoh");
    expect([bandar("Target Jumlah Inovasi"), bandar("Inovasi Dihitung untuk Target"), bandar("Target Jumlah Tercapai")]).toEqual([150, 160, "Ya (baris yang terbaca sudah mencapainya)"]);
    const hulu = await rekapRow("Kabupaten Hulu Contoh");
    expect([hulu("Target Jumlah Inovasi"), hulu("Inovasi Dihitung untuk Target"), hulu("Target Jumlah Tercapai")]).toEqual([100, 95, "angka belum valid"]);
    expect((await rekapRow("Kabupaten Bukit Contoh"))("Target Jumlah Tercapai")).toBe("Tidak");
    const en = await cli(["rekap", dir, "-o", join(dir, "recap-en.xlsx"), "-q", "--lang", "en"]);
    expect(en.out.split("\n")).toContain("Innovation count targets: met by 1 of the 5 regions with one (1 although its figures are not valid yet: the rows read already reach it, and rows left out can only add); not met: Kabupaten Bukit Contoh 48 of 60, Kota Baru Contoh 80 of 100; 2 not counted: figures not valid yet (see Figures Status).");
  });

  it("a row whose figures are not valid: its largest gap waits for the fix, as its plan does (was read from the file's figures, SPD 0)", async () => {
    for (const name of ["Kota Bandar Contoh", "Kabupaten Hulu Contoh", "Kabupaten Tanah Datar Contoh"]) {
      const col = await rekapRow(name);
      expect([col("Kekurangan Terbesar"), col("Poin"), col("Kekurangan Berikutnya")], name).toEqual(["menunggu angka valid (lihat Status Angka)", null, null]);
    }
    // the terminal's last column: no gap from the file's figures either (a missing column's row showed "Jumlah inovasi (+… poin)")
    expect(r.out).toMatch(/^-  Kabupaten Tanah Datar Contoh \(angka belum valid\) .* tanpa langkah: beri judul "Jumlah Kata Rancang Bangun" dulu$/m);
    expect(r.out).toMatch(/^-  Kabupaten Hulu Contoh \(angka belum valid\) .* tanpa langkah: angka belum valid, perbaiki berkasnya dulu$/m);
    // a sound row keeps its gap
    expect((await rekapRow("Kabupaten Bukit Contoh"))("Kekurangan Terbesar")).toMatch(/^Bukti dukung|^Skor jumlah inovasi|^SPD-|^SID-/);
  });
});
