/**
 * inovasi rekap on the example province with Kota Baru Contoh's file missing two innovation rows' required cells
 * (a Tahapan and a Perangkat Daerah left blank): the reader leaves both rows out of the input, so its count towards
 * "Target Jumlah Inovasi" (100) is 78 instead of 80. How many innovations the region has is unknown until the file is
 * fixed: it is neither short nor met of its count target — not in the line's "belum" list, counted apart as a figure
 * not valid yet (recap25's rule), and `--json` says met null with the count as read (recap27; it said met false).
 * The file's own warning on the target names the rows its count is short by, as a compliance rule's warning does.
 */
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RECAP_HEADERS } from "@inovasi/workbook";
import { cli, colOf, load, tmp } from "./helpers.js";

const folder = fileURLToPath(new URL("../../../examples/provinsi-contoh/", import.meta.url));

describe("inovasi rekap: a file whose errors left innovation rows out is neither short nor met of its count target (recap27)", () => {
  let dir: string, out: string, r: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    dir = tmp();
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".xlsx"))) copyFileSync(join(folder, f), join(dir, f));
    const wb = await load(join(folder, "kota-baru-contoh.xlsx"));
    const inv = wb.getWorksheet("Inovasi")!;
    inv.getCell(3, colOf(inv, "Tahapan")).value = null;
    inv.getCell(4, colOf(inv, "Perangkat Daerah")).value = null;
    await wb.xlsx.writeFile(join(dir, "kota-baru-contoh.xlsx"));
    out = join(dir, "rekap.xlsx");
    r = await cli(["rekap", dir, "-o", out, "-q"]);
  }, 60_000);

  it("the count-target line counts it apart, not among those short (the example says 'Kota Baru Contoh 80 dari 100')", async () => {
    const line = "Target jumlah inovasi: tercapai 1 dari 5 daerah bertarget; belum: Kabupaten Hulu Contoh 95 dari 100, Kabupaten Tanah Datar Contoh 70 dari 80, Kabupaten Bukit Contoh 48 dari 60; 1 daerah belum dihitung: angka belum valid (lihat Status Angka).";
    expect(r.out.split("\n")).toContain(line);
    const ws = (await load(out)).getWorksheet("Rekap")!;
    const cells: unknown[] = [];
    let at = 0;
    ws.eachRow((row, n) => {
      cells.push(row.getCell(1).value, row.getCell(2).value); // a region in A, a note in B
      if (row.getCell(1).value === "Kota Baru Contoh") at = n;
    });
    expect(cells).toContain(line);
    const col = (h: (typeof RECAP_HEADERS)[number]) => ws.getRow(at).getCell(RECAP_HEADERS.indexOf(h) + 1).value;
    // the count as read stays; whether it is met waits for the file
    expect([col("Target Jumlah Inovasi"), col("Inovasi Dihitung untuk Target"), col("Target Jumlah Tercapai")]).toEqual([100, 78, "angka belum valid"]);
  });

  it("--json: the count as read, met null (unknown), with the file's errors; a sound region's target keeps met", async () => {
    const j = await cli(["rekap", dir, "-o", out, "--overwrite", "--json"]);
    const recap = JSON.parse(j.out).recap as { regions: { region: { name: string }; flaws: { errors: number } | null; countTargets: { target: number; count: number; met: boolean | null }[] }[] };
    const baru = recap.regions.find((x) => x.region.name === "Kota Baru Contoh")!;
    expect(baru.flaws?.errors).toBeGreaterThanOrEqual(2);
    expect(baru.countTargets).toMatchObject([{ target: 100, count: 78, met: null }]);
    expect(recap.regions.find((x) => x.region.name === "Kabupaten Bukit Contoh")!.countTargets).toMatchObject([{ target: 60, count: 48, met: false }]);
  });

  it("the file's own warning on its count target says the rows left out of the count (it said '78 dari 100 inovasi' alone)", async () => {
    const j = JSON.parse((await cli(["rekap", dir, "-o", out, "--overwrite", "--json"])).out) as { files: { file: string; problems: { code?: string; message: string }[] }[] };
    const baru = j.files.find((f) => f.file.endsWith("kota-baru-contoh.xlsx"))!;
    expect(baru.problems.filter((p) => p.code === "compliance_target_not_met").map((p) => p.message)).toEqual([
      'Pengaturan!B11: target "Target 100 inovasi": 78 dari 100 inovasi pada 2026 — 2 baris inovasi tidak dihitung karena ada kesalahan (Inovasi!C3, Inovasi!B4); perbaiki lalu nilai ulang',
    ]);
    const en = JSON.parse((await cli(["rekap", dir, "-o", out, "--overwrite", "--json", "--lang", "en"])).out) as typeof j;
    expect(en.files.find((f) => f.file.endsWith("kota-baru-contoh.xlsx"))!.problems.find((p) => p.code === "compliance_target_not_met")!.message).toMatch(
      / — 2 innovation rows are not counted because of an error \(Inovasi!C3, Inovasi!B4\); fix and score again$/,
    );
  });
});

