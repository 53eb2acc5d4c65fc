/**
 * inovasi rekap on example workbooks: what an auditor found the recap claiming against what the plan and the engine
 * give (tenth session) — a region that did not report aims where its plan aims; an index the edition cannot compute
 * is neither ranked above nor counted below; the evidence-gap answers are those the plan counts.
 */
import { copyFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RECAP_HEADERS, readWorkbook } from "@inovasi/workbook";
import { getEdition, planRegion } from "@inovasi/core";
import { loadWorkbook } from "../src/index.js";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));
const FILES = ["kab-sunyi-contoh.xlsx", "kab-muara-contoh.xlsx", "kab-bukit-contoh.xlsx"];

describe("inovasi rekap: figures that agree with the plan", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp();
    for (const f of FILES) copyFileSync(example(f), join(dir, f));
  });

  /** The Rekap table's row of a region, by heading. */
  async function rekapRow(out: string, region: string) {
    const ws = (await load(out)).getWorksheet("Rekap")!;
    let header = 0, at = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "Daerah") header = n;
      if (row.getCell(1).value === region) at = n;
    });
    const col = (h: (typeof RECAP_HEADERS)[number]) => ws.getRow(at).getCell(RECAP_HEADERS.indexOf(h) + 1).value;
    expect(header).toBeGreaterThan(0);
    return col;
  }

  it("a region that did not report: Target (juga Rencana) is the target inovasi plan names for it, and the plan's status says why it has no step", async () => {
    const read = readWorkbook((await loadWorkbook(await readFile(example("kab-sunyi-contoh.xlsx")))).grids);
    const plan = planRegion(read.input!, read.edition);
    expect(plan.target!.predicate!.label.id).toBe("Kurang Inovatif");
    const out = join(dir, "rekap.xlsx");
    const r = await cli(["rekap", dir, "-o", out, "-q"]);
    expect(r.code).toBe(0);
    // no shortfall number and no points for reporting (was "Kurang Inovatif +0,01" and "+250,00 poin"), and no rank
    expect(r.out).toMatch(/^ ?-  Kabupaten Sunyi Contoh .* belum melapor +ke Kurang Inovatif: belum melapor +Daerah belum melapor$/m);
    const col = await rekapRow(out, "Kabupaten Sunyi Contoh");
    expect(col("Target (juga Rencana)")).toBe(plan.target!.predicate!.label.id); // was Sangat Inovatif
    expect(col("Kurang ke Target (indeks)")).toBe("belum melapor");
    expect([col("Peringkat"), col("Status Angka"), col("Poin")]).toEqual([null, "belum melapor: tanpa peringkat", null]);
    expect(col("Rencana: Menuju")).toBe("Kurang Inovatif");
    expect(col("Rencana: Status")).toMatch(/^tanpa langkah: daerah belum melapor/);
  });

  it("the evidence-gap answers are the ones the plan's evidence groups count (on innovations counted)", async () => {
    const read = readWorkbook((await loadWorkbook(await readFile(example("kab-bukit-contoh.xlsx")))).grids);
    const plan = planRegion(read.input!, read.edition, { maxActions: 0 });
    const answers = plan.evidence.byAgency.reduce((n, g) => n + g.answers, 0);
    const out = join(dir, "rekap-bukti.xlsx");
    expect((await cli(["rekap", dir, "-o", out, "-q"])).code).toBe(0);
    const col = await rekapRow(out, "Kabupaten Bukit Contoh");
    expect(col("Kekurangan Bukti (jawaban)")).toBe(answers); // 145; was 189, with 44 on innovations not counted
  });

  it("an edition whose index is unknown: no region ranked above the unknown ones unsaid, none counted below the target unless known", async () => {
    expect(getEdition("iid-2023")).toBeTruthy();
    const out = join(dir, "rekap-2023.xlsx");
    const r = await cli(["rekap", dir, "-o", out, "-q", "--edition", "iid-2023"]);
    expect(r.out).toContain(`rekap ditulis: ${out}`);
    expect(r.out).toMatch(/^-  Kabupaten Bukit Contoh /m);
    // its target: no next predicate can be named for an unknown index (was "Sangat Inovatif ?", the top band; audit21 F9e)
    expect(r.out).toMatch(/^-  Kabupaten Bukit Contoh .*\? \(indeks tidak diketahui\)/m);
    expect(r.out).not.toContain("Sangat Inovatif ?");
    expect(r.out).toMatch(/^-  Kabupaten Muara Contoh /m);
    // the region that did not report has errors in its file under iid-2023: counted as its Status Angka and the
    // province's line say (figures not valid), not as "belum melapor"; the other two are unknown, not below
    expect(r.out).toContain("; 1 daerah angkanya belum valid (lihat Status Angka; tanpa peringkat); 2 daerah indeksnya tidak diketahui (tidak dihitung)");
    expect(r.out).not.toContain("belum melapor (tanpa peringkat)");
    expect(r.out).toContain("; tidak termasuk: 2 indeksnya tidak diketahui, 1 berkasnya memuat kesalahan atau lembar atau kolomnya kurang)");
    // an index the edition cannot compute: the distribution's word, not "? ?"
    expect(r.out).toMatch(/^-  Kabupaten Muara Contoh \(angka belum valid\)  \? \(tanpa predikat\) +\? \(tanpa predikat\) /m);
    expect(r.out).toContain("! Indeks 2 daerah tidak dapat dihitung");
    // Sunyi's index is known (0) but it did not report: no region is ranked (was "among the 1 region whose index is known")
    expect(r.out).toContain("! Indeks 2 daerah tidak dapat dihitung (angka yang diperlukan belum diketahui edisi, atau belum diisi): tanpa peringkat, tidak dihitung di bawah target; tidak ada daerah yang diberi peringkat.");
    expect(r.out).not.toContain("peringkat hanya di antara");
    const col = await rekapRow(out, "Kabupaten Muara Contoh");
    expect(col("Peringkat")).toBeNull();
    expect(col("Kurang ke Target (indeks)")).toBe("?");
    const ws = (await load(out)).getWorksheet("Rekap")!;
    const notes: string[] = [];
    ws.eachRow((row) => { const v = row.getCell(1).value ?? row.getCell(2).value; if (typeof v === "string") notes.push(v); }); // a note in B
    expect(notes.some((n) => n.startsWith("Indeks 2 daerah tidak dapat dihitung") && n.endsWith("tidak ada daerah yang diberi peringkat."))).toBe(true);
    // the province's line: nothing ranked, so no average, and why each region is left out of it
    const line = notes.find((n) => n.startsWith("Seluruh daerah tahun 2026: 3 daerah, 2 melapor, 0 diberi peringkat · "));
    expect(line).toContain(" · rata-rata indeks terverifikasi: tidak ada (tidak ada daerah berperingkat; tidak termasuk: 2 indeksnya tidak diketahui, 1 ");
    expect(line).toContain(", (tanpa predikat) 2 · ");
    expect(r.out).toContain(line);
  });
  it("a file with errors or without its SPD sheet: marked on its Rekap and Peringkat rows, not ranked, counted in the summary, exit 1 (prov13 F2, F4)", async () => {
    const flawed = tmp();
    copyFileSync(example("kab-bukit-contoh.xlsx"), join(flawed, "kab-bukit-contoh.xlsx"));
    copyFileSync(example("kab-muara-contoh.xlsx"), join(flawed, "kab-muara-contoh.xlsx"));
    const wb = await load(example("kab-rawa-contoh.xlsx"));
    wb.removeWorksheet(wb.getWorksheet("SPD")!.id);
    await wb.xlsx.writeFile(join(flawed, "kab-rawa-contoh.xlsx"));
    const out = join(flawed, "rekap.xlsx");
    const r = await cli(["rekap", flawed, "-o", out, "-q"]);
    expect(r.code).toBe(1); // a warning only while reading, but the region's SPD counts 0
    expect(r.out).toMatch(/^-  Kabupaten Rawa Contoh \(angka belum valid\) /m);
    expect(r.out).toMatch(/^1  Kabupaten Bukit Contoh /m);
    expect(r.out).toContain("! 1 daerah tanpa peringkat (lihat kolom Status Angka): 1 berkasnya memuat kesalahan atau lembar atau kolomnya kurang");
    // among the 2 ranked, not the 3 whose index is known (Rawa's has one, from a file without its SPD sheet)
    expect(r.out).toContain("Peringkat hanya di antara 2 daerah yang diberi peringkat (indeksnya diketahui, sudah melapor, berkasnya tanpa kesalahan).");
    const col = await rekapRow(out, "Kabupaten Rawa Contoh");
    expect([col("Peringkat"), col("Status Angka")]).toEqual([null, "lembar SPD tidak ada: SPD dihitung 0, tanpa peringkat"]);
    const ranking = (await load(out)).getWorksheet("Peringkat")!;
    const rows: unknown[][] = [];
    ranking.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((x) => x[1] === "Kabupaten Rawa Contoh")).toMatchObject([undefined, "Kabupaten Rawa Contoh", expect.any(Number), "Kurang Inovatif", expect.any(Number), "iid-2026", 2026, "lembar SPD tidak ada: SPD dihitung 0, tanpa peringkat"]);
    const json = JSON.parse((await cli(["rekap", flawed, "-o", join(flawed, "r2.xlsx"), "--json"])).out);
    expect(json.recap.regions.find((x: { id: string }) => x.id === "kab-rawa-contoh.xlsx").flaws).toEqual({ errors: 0, missing: ["SPD"], columns: [] });
    // no shortfall from an index scored with SPD 0 (was "Inovatif +18,68" in the table and the sheet), nor in --json;
    // counted apart from the regions below their target (recap23)
    expect(r.out).toMatch(/^-  Kabupaten Rawa Contoh \(angka belum valid\) .* \? \(angka belum valid\) /m);
    expect(col("Kurang ke Target (indeks)")).toBe("angka belum valid");
    // its plan starts from the index with SPD 0, not the region's: no steps until the file is fixed (were "ke Inovatif:
    // 7 langkah" and a first step, as if valid), and the status says what to do first
    expect(col("Rencana: Status")).toBe("tanpa langkah sampai angkanya valid (lihat Status Angka): salin lembar SPD dari buku kerja inovasi template ke berkas ini dan isi, lalu jalankan lagi");
    expect([col("Rencana: Langkah"), col("Rencana: Upaya"), col("Rencana: Indeks Akhir"), col("Rencana: Langkah Pertama")]).toEqual([null, null, null, null]);
    expect(r.out).toMatch(/^-  Kabupaten Rawa Contoh \(angka belum valid\) .* tanpa langkah: angka belum valid, perbaiki berkasnya dulu$/m);
    expect(json.recap.regions.find((x: { id: string }) => x.id === "kab-rawa-contoh.xlsx").target).toMatchObject({ met: null, indexNeeded: null, pointsNeeded: null });
    expect(r.out).toMatch(/^Belum di predikat tertinggi: 2 daerah .*; 1 daerah angkanya belum valid \(lihat Status Angka; tanpa peringkat\)$/m);
  });
});
