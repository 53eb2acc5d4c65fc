/**
 * A count target read from a file whose errors left innovation rows out (Kota Baru Contoh: a Tahapan and a Perangkat
 * Daerah blanked, 78 of its 80 rows read). Rows left out can only add to a count, so when the rows read already reach
 * the target it is met — said so — and when they do not, it is not certain, naming the rows (recplan29). One rule in
 * `rekap` (was "belum dihitung: angka belum valid", met null), `score`'s Ringkasan and `banding` (both said Ya/Tidak
 * from the count as read).
 */
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import { RECAP_HEADERS } from "@inovasi/workbook";
import { cli, colOf, load, tmp } from "./helpers.js";

const folder = fileURLToPath(new URL("../../../examples/provinsi-contoh/", import.meta.url));
const ROWS = "2 baris inovasi tidak dihitung karena ada kesalahan (Inovasi!C3, Inovasi!B4)";

/** Kota Baru Contoh with two rows left out, its Target Jumlah Inovasi (Pengaturan!B11) set to `target`. */
async function flawed(path: string, target: number): Promise<void> {
  const wb = await load(join(folder, "kota-baru-contoh.xlsx"));
  const inv = wb.getWorksheet("Inovasi")!;
  inv.getCell(3, colOf(inv, "Tahapan")).value = null;
  inv.getCell(4, colOf(inv, "Perangkat Daerah")).value = null;
  wb.getWorksheet("Pengaturan")!.getCell("B11").value = target;
  await wb.xlsx.writeFile(path);
}

/** The Ringkasan's count-target row: [count, target, met]. */
async function summaryTarget(path: string): Promise<unknown[]> {
  const ws: ExcelJS.Worksheet = (await load(path)).getWorksheet("Ringkasan")!;
  let found: unknown[] = [];
  ws.eachRow((row) => {
    if (row.getCell(3).value === "Target") found = [row.getCell(4).value, row.getCell(5).value, row.getCell(6).value];
  });
  return found;
}

describe("a count target from a file whose errors left rows out: met when the rows read reach it, else not certain (recplan29)", () => {
  let dir: string, out: string, r: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    dir = tmp();
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".xlsx"))) copyFileSync(join(folder, f), join(dir, f));
    // 78 read of 80, target 75: met whatever the two rows hold
    await flawed(join(dir, "kota-baru-contoh.xlsx"), 75);
    out = join(dir, "rekap.xlsx");
    r = await cli(["rekap", dir, "-o", out, "-q"]);
  }, 120_000);

  it("rekap: counted as met, said so in the line and the Rekap's column (was 'belum dihitung: angka belum valid')", async () => {
    const line =
      "Target jumlah inovasi: tercapai 2 dari 5 daerah bertarget (1 walau angkanya belum valid: baris yang terbaca sudah mencapainya, baris yang tidak dihitung hanya dapat menambah); belum: Kabupaten Hulu Contoh 95 dari 100, Kabupaten Tanah Datar Contoh 70 dari 80, Kabupaten Bukit Contoh 48 dari 60.";
    expect(r.out.split("\n")).toContain(line);
    const ws = (await load(out)).getWorksheet("Rekap")!;
    let at = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "Kota Baru Contoh") at = n;
    });
    const col = (h: (typeof RECAP_HEADERS)[number]) => ws.getRow(at).getCell(RECAP_HEADERS.indexOf(h) + 1).value;
    expect([col("Target Jumlah Inovasi"), col("Inovasi Dihitung untuk Target"), col("Target Jumlah Tercapai")]).toEqual([75, 78, "Ya (baris yang terbaca sudah mencapainya)"]);
  });

  it("rekap --json: met true with the count as read; the row stays flawed (not ranked)", async () => {
    const j = await cli(["rekap", dir, "-o", out, "--overwrite", "--json"]);
    const recap = JSON.parse(j.out).recap as { regions: { region: { name: string }; rank: number | null; flaws: { errors: number } | null; countTargets: { target: number; count: number; met: boolean | null }[] }[] };
    const baru = recap.regions.find((x) => x.region.name === "Kota Baru Contoh")!;
    expect(baru.countTargets).toMatchObject([{ target: 75, count: 78, met: true }]);
    expect([baru.rank, baru.flaws?.errors]).toEqual([null, 2]);
  });

  it("score's Ringkasan: met, naming the rows (target 75); not certain, naming them (target 100: was 'Tidak')", async () => {
    const d = tmp();
    await flawed(join(d, "met.xlsx"), 75);
    await flawed(join(d, "short.xlsx"), 100);
    await cli(["score", join(d, "met.xlsx"), "-o", join(d, "met-out.xlsx"), "-q"]);
    await cli(["score", join(d, "short.xlsx"), "-o", join(d, "short-out.xlsx"), "-q"]);
    expect(await summaryTarget(join(d, "met-out.xlsx"))).toEqual([75, 78, `Ya, walau ${ROWS}: baris yang terbaca sudah mencapainya`]);
    expect(await summaryTarget(join(d, "short-out.xlsx"))).toEqual([100, 78, `belum pasti — ${ROWS}; perbaiki lalu nilai ulang`]);
    await cli(["score", join(d, "short.xlsx"), "-o", join(d, "short-en.xlsx"), "-q", "--lang", "en"]);
    expect((await summaryTarget(join(d, "short-en.xlsx")))[2]).toBe("not certain — 2 innovation rows are not counted because of an error (Inovasi!C3, Inovasi!B4); fix and score again");
    // the sound file keeps its plain word
    await cli(["score", join(folder, "kota-baru-contoh.xlsx"), "-o", join(d, "clean-out.xlsx"), "-q"]);
    expect(await summaryTarget(join(d, "clean-out.xlsx"))).toEqual([100, 80, "Tidak"]);
  }, 120_000);

  it("banding: the flawed year's target is not certain (was 'belum tercapai'), the sound year's as counted; the sheet and --json too", async () => {
    const d = tmp();
    await flawed(join(d, "baru.xlsx"), 100);
    const b = await cli(["banding", join(folder, "kota-baru-contoh.xlsx"), join(d, "baru.xlsx"), "-o", join(d, "banding.xlsx")]);
    const lines = b.out.split("\n").filter((l) => l.startsWith("Target "));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/: 80\/100 \(80 %\) belum tercapai$/);
    expect(lines[1]).toMatch(new RegExp(`: 78/100 \\(78 %\\) belum pasti — ${ROWS.replace(/[()]/g, "\\$&")}; perbaiki lalu nilai ulang$`));
    const ws = (await load(join(d, "banding.xlsx"))).worksheets[0]!;
    const met: unknown[] = [];
    ws.eachRow((row) => {
      if (row.getCell(4).value === 100 && typeof row.getCell(3).value === "number") met.push(row.getCell(6).value);
    });
    expect(met).toEqual(["Tidak", `belum pasti — ${ROWS}; perbaiki lalu nilai ulang`]);
    const j = JSON.parse((await cli(["banding", join(folder, "kota-baru-contoh.xlsx"), join(d, "baru.xlsx"), "--json"])).out) as { targetsMet: { before: { met: boolean | null }[]; after: { met: boolean | null; note: string | null }[] } };
    expect([j.targetsMet.before[0]!.met, j.targetsMet.after[0]!.met]).toEqual([false, null]);
  }, 120_000);
});
