import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { PLAN_MARKER } from "@inovasi/workbook";
import { cli, load, startedTemplate, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

/** The example workbook with `rows` added to its Pengaturan sheet, written as `name` in a fresh folder. */
async function exampleWith(name: string, rows: [string, number][]): Promise<string> {
  const input = join(tmp(), name);
  const wb = await load(example);
  for (const row of rows) wb.getWorksheet("Pengaturan")!.addRow(row);
  await wb.xlsx.writeFile(input);
  return input;
}

describe("inovasi plan", () => {
  it("prints the plan in Bahasa Indonesia with decimal commas, each step with its cell", async () => {
    const r = await cli(["plan", example]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Rencana Kabupaten Sungai Contoh — edisi iid-2026, terverifikasi");
    expect(lines[1]).toBe("Sekarang: IID 38,55 Kurang Inovatif; target: Inovatif (IID ≥ 40,01), kurang 1,46 poin indeks");
    expect(lines[2]).toBe("Target tercapai dalam 3 langkah (upaya 5).");
    // the agencies the region still has to get an innovation from, on the first screen (they were only counted, at the end)
    expect(lines[3]).toBe("Perangkat daerah tanpa inovasi (5): Dinas Tenaga Kerja, Dinas Perpustakaan dan Kearsipan, Inspektorat Daerah, Kecamatan Bukit, Kelurahan Telaga");
    expect(lines[4]).toMatch(/^ {2}1\. bukti dukung diterima: SPD-4 .* → \+0,80 → IID 39,35 Kurang Inovatif \(upaya 1\) \[SPD!D\d+\]$/);
    expect(lines[6]).toMatch(/→ IID 40,25 Inovatif \(upaya 2\) \[Inovasi![A-Z]+\d+\]$/);
    // what the divisor floor leaves room for, in plain words ("Kursi kosong" read oddly)
    expect(r.out).toContain("Inovasi yang dapat ditambah tanpa menambah pembagi: 0 (pembagi minimum 12, diajukan 90)");
    expect(r.out).not.toMatch(/\d\.\d\d/); // no decimal point in Bahasa text
  });

  it("--target 40: 40,00 is still Kurang Inovatif, said; 65,005 is not printed below what was typed", async () => {
    const r = await cli(["plan", example, "--target", "40"]);
    expect(r.out.split("\n")[1]).toBe("Sekarang: IID 38,55 Kurang Inovatif; target: IID ≥ 40,00 (40,00 masih Kurang Inovatif; Inovatif mulai 40,01), kurang 1,45 poin indeks");
    const up = await cli(["plan", example, "--target", "65,005", "--steps", "1"]);
    expect(up.out.split("\n")[1]).toMatch(/target: IID ≥ 65,01 /);
  });

  it("--lang en, --claimed and an index --target", async () => {
    const r = await cli(["plan", example, "--lang", "en", "--claimed", "--target", "55,5"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      "Plan Kabupaten Sungai Contoh — edition iid-2026, claimed",
      // the band an index target is in, and where the next starts (plan13 F11)
      "Now: claimed IID 53.58 Innovative; target: claimed IID ≥ 55.50 (55.50 is still Innovative; Very innovative starts at 65.01), 1.92 index points to go",
    ]);
    expect(r.out).toMatch(/^Target reached in \d+ steps/m);
  });

  it("a plan stopped at its step limit says how far the target still is, and how to raise the limit", async () => {
    const r = await cli(["plan", example, "--target", "Sangat Inovatif", "--steps", "3"]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[2]).toMatch(/^Rencana berhenti di batas 3 langkah \(upaya \d+\) pada indeks \d+,\d\d .*, masih kurang \d+,\d\d poin indeks — /);
    // the steps the target needs, as the plan planned further finds them (not twice the limit: plan13 F9)
    const needed = await cli(["plan", example, "--target", "Sangat Inovatif", "--steps", "5000", "--json"]);
    const all = JSON.parse(needed.out).plan;
    expect(all.status).toBe("reached");
    const effort = String(all.totalEffort).replace(".", ",");
    expect(lines[3]).toBe(`Target tercapai dalam ${all.actions.length} langkah (upaya ${effort}): --steps ${all.actions.length}, atau ${all.actions.length} di baris "Batas Langkah Rencana" lembar Pengaturan`);
    const en = await cli(["plan", example, "--target", "Sangat Inovatif", "--steps", "3", "--lang", "en"]);
    expect(en.out.split("\n")[3]).toBe(`The target is reached in ${all.actions.length} steps (effort ${all.totalEffort}): --steps ${all.actions.length}, or ${all.actions.length} in the Pengaturan row "Batas Langkah Rencana"`);
    // the same number typed on the Pengaturan sheet plans that far
    expect(all.actions.length).toBeGreaterThan(100);
    // a plan that reaches its target says nothing of the limit
    expect((await cli(["plan", example])).out).not.toContain("--steps");
  });

  it("--json gives the whole plan, each action with its cell and edits", async () => {
    const r = await cli(["plan", example, "--json", "--target", "Sangat Inovatif"]);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(true);
    expect(j.plan.target.predicate.id).toBe("sangat-inovatif");
    expect(j.plan.actions.length).toBeGreaterThan(0);
    for (const a of j.plan.actions) {
      expect(a.cell).toMatch(/^(Inovasi|SPD)!/);
      expect(a.edits.length).toBeGreaterThan(0);
    }
  });

  it("an already reached target says so and exits 0", async () => {
    const r = await cli(["plan", example, "--target", "30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Tidak ada rencana: indeks 38,55 sudah mencapai target (30,00).");
  });

  it("an unknown --target is refused, naming the flag and what it accepts", async () => {
    const r = await cli(["plan", example, "--target", "Juara Umum"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('--target: target "Juara Umum" tidak dikenal; tulis nilai indeks lebih dari 0 sampai 100 (mis. 50 atau 50,5) atau predikat: "Kurang Inovatif", "Inovatif", "Sangat Inovatif"');
  });

  it("--expected states the new innovation's score; a non-number is refused", async () => {
    const r = await cli(["plan", example, "--expected", "20", "--target", "45"]);
    expect(r.code).toBe(0);
    // n = 90 is above the floor: ΔSID = (2967 + 20) / 91 − 2967 / 90 + 0.38 = 32.8242 − 32.9667 + 0.38 = 0.2376;
    // × 100 / 250 = +0.095 → "+0,10" (the count score outweighs the lower average here)
    expect(r.out).toMatch(/^Satu inovasi lagi \(skor 20,00, skor yang ditetapkan\): \+0,10$/m);
    expect(r.out).not.toMatch(/inovasi baru: Inovasi baru/);
    const bad = await cli(["plan", example, "--expected", "banyak"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('--expected: "banyak" bukan skor yang dapat dicapai; tulis angka 0 sampai 111 (skor tertinggi satu inovasi pada edisi iid-2026), mis. 60 atau 57,5');
    // above what an innovation can score: refused as a usage mistake, not a crash of planRegion's own check
    const high = await cli(["plan", example, "--expected", "500", "--lang", "en"]);
    expect(high.code).toBe(2);
    expect(high.err).toBe('--expected: "500" is not a score an innovation can reach; write a number of 0 up to 111 (the highest an innovation scores in edition iid-2026), e.g. 60 or 57.5');
  });

  it("a missing file is refused", async () => {
    const r = await cli(["plan", join(tmp(), "tidak-ada.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/berkas tidak ditemukan/);
  });

  it("lists the problems score finds, the scorer's among them (an urusan the catalogue does not know), and exits 1 on an error", async () => {
    // only the reader's problems were listed: a plan made on unknown urusan said nothing of them and exited 0
    const input = join(tmp(), "urusan.xlsx");
    const wb = await load(example);
    wb.getWorksheet("Inovasi")!.getCell("G2").value = "Urusan Jalan dan Jembatan";
    await wb.xlsx.writeFile(input);
    const r = await cli(["plan", input]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^✗ Inovasi!G2: urusan "Urusan Jalan dan Jembatan" tidak dikenal/m);
    expect(r.out.split("\n")[0]).toBe("Rencana Kabupaten Sungai Contoh — edisi iid-2026, terverifikasi");
    const json = JSON.parse((await cli(["plan", input, "--json"])).out) as { ok: boolean; issues: { code: string; cell?: string }[] };
    expect(json.ok).toBe(false);
    expect(json.issues.find((i) => i.code === "unknown_urusan")).toMatchObject({ cell: "G2" });
    // the example's warnings (scorer and compliance) are listed too, as score lists them
    expect((await cli(["plan", example])).err).toMatch(/^! 5× mis\. Dinas Tenaga Kerja memiliki 0 inovasi pada 2026/m);
  });
});

describe("inovasi score adds the Rencana sheet", () => {
  let out: string;
  beforeAll(async () => {
    const dir = tmp();
    const input = join(dir, "contoh.xlsx");
    copyFileSync(example, input);
    out = join(dir, "hasil.xlsx");
    expect((await cli(["score", input, "-o", out, "--quiet"])).code).toBe(0);
  });

  it("says the plan's target and status in one line", async () => {
    const dir = tmp();
    const r = await cli(["score", example, "-o", join(dir, "a.xlsx"), "-q"]);
    // one colon, no capital mid-line
    expect(r.out.split("\n")).toContain("Rencana (lembar Rencana): target Inovatif (IID ≥ 40,01), kurang 1,46 poin indeks; target tercapai dalam 3 langkah (upaya 5).");
    const en = await cli(["score", example, "-o", join(dir, "b.xlsx"), "-q", "--lang", "en"]);
    expect(en.out).toMatch(/^Plan \(Rencana sheet\): target Innovative \(IID ≥ 40\.01\), [^:]+; target reached in 3 steps \(effort 5\)\.$/m);
  });

  it("with the plan's steps, each naming its cell, laid out like the summary", async () => {
    const wb = await load(out);
    const ws = wb.getWorksheet("Rencana")!;
    expect(ws.getCell("A1").value).toBe(PLAN_MARKER);
    let head = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === "Langkah") head = n; });
    expect(head).toBeGreaterThan(0);
    expect(ws.getCell(head + 1, 3).value).toMatch(/^SPD!D\d+$/);
    expect(ws.getCell(head + 3, 8).value).toBe(40.25);
    expect(ws.getCell(head + 3, 9).value).toBe("Inovatif");
    expect(ws.getColumn(6).width).toBe(50);
    // the Indikator column names the indicator a step answers (step 2 answers mandatory indicator 1; it was always empty)
    expect(ws.getCell(head + 2, 5).value).toBe("1. Regulasi inovasi daerah");
    // each gain is the change of the printed index (plan38): 0,4853 is 0,48 beside 39,35 → 39,83, so the rows add up
    expect([1, 2, 3].map((k) => ws.getCell(head + k, 7).value)).toEqual([0.8, 0.48, 0.42]);
  });

  it("wraps its long texts in the wide column F (step changes, evidence needed), rows as tall as the lines need; the title runs on", async () => {
    const wb = await load(out);
    const ws = wb.getWorksheet("Rencana")!;
    expect(ws.getCell("A1").alignment?.wrapText).toBeFalsy();
    let evidence = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === "Bukti per Indikator") evidence = n; });
    expect(ws.getCell(evidence, 6).value).toBe("Bukti yang Diperlukan");
    const long = ws.getCell(evidence + 1, 6);
    expect(String(long.value).length).toBeGreaterThan(60);
    expect(long.alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getRow(evidence + 1).height).toBeGreaterThanOrEqual(30); // two lines or more
    expect(ws.getCell(evidence + 1, 7).value).toEqual(expect.any(Number)); // Indeks Sesudah beside it
  });

  it("takes efforts from the Pengaturan sheet", async () => {
    const input = await exampleWith("mahal.xlsx", [["Upaya Bukti Dukung", 50]]);
    const r = await cli(["plan", input]);
    expect(r.out).not.toMatch(/1\. bukti dukung/);
    expect(r.out.split("\n")[4]).toMatch(/^ {2}1\. agar inovasi dihitung/);
  });

  it("takes an indicator's own effort from the Pengaturan sheet (Upaya Bukti Dukung SPD-4), and says a row it cannot use at its cell", async () => {
    const input = await exampleWith("per-indikator.xlsx", [["Upaya Bukti Dukung SPD-4", 50], ["Upaya Naik Tingkat SID-99", 20]]);
    const r = await cli(["plan", input]);
    // SPD 4's evidence was the first step at 1; at 50 it is not taken
    expect(r.out).not.toMatch(/bukti dukung diterima: SPD-4 /);
    expect(r.err).toMatch(/Pengaturan!A\d+: indikator "SID-99" tidak ada di edisi iid-2026; baris ini tidak dipakai/);
    const json = JSON.parse((await cli(["plan", input, "--json", "--target", "Sangat Inovatif", "--steps", "5000"])).out);
    expect(json.plan.efforts.indicators).toEqual({ "SPD-4": { evidence: 50 } });
    const spd4 = json.plan.actions.filter((a: { where: { spdRow?: { id: string } } }) => a.where.spdRow?.id === "SPD-4");
    expect(spd4.length).toBeGreaterThan(0);
    for (const a of spd4) expect(a.effort).toBe(50);
  });

  it("takes the step limit from the Pengaturan sheet (Batas Langkah Rencana); --steps wins over it", async () => {
    const input = await exampleWith("batas.xlsx", [["Batas Langkah Rencana", 2]]);
    const r = await cli(["plan", input, "--target", "Sangat Inovatif"]);
    expect(r.out.split("\n")[2]).toMatch(/^Rencana berhenti di batas 2 langkah /);
    const flag = await cli(["plan", input, "--target", "Sangat Inovatif", "--steps", "4"]);
    expect(flag.out.split("\n")[2]).toMatch(/^Rencana berhenti di batas 4 langkah /);
  });
});

describe("inovasi plan: a status that names what bounds it", () => {
  /** Eight innovations at tier 2 everywhere (74 each), evidence accepted; `melapor` on the Pengaturan sheet. */
  async function eight(melapor?: string): Promise<string> {
    const path = join(tmp(), "delapan.xlsx");
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    for (let k = 0; k < 8; k++) eligible(k + 2, `Inovasi ${k + 1}`, "Dinas Kesehatan");
    if (melapor !== undefined) {
      const set = wb.getWorksheet("Pengaturan")!;
      set.eachRow((row) => { if (row.getCell(1).value === "Melapor") row.getCell(2).value = melapor; });
    }
    await wb.xlsx.writeFile(path);
    return path;
  }

  it("out of reach only under the score assumed for new innovations: said, with how to plan with another (--expected)", async () => {
    const path = await eight();
    // to Sangat Inovatif the plan raises its own new innovations and reaches it (plan14a); to 87 they reach 109 at most
    // (SID-17 is the region's record) and the count cap stops them short: 111 each would reach it (80,5 was out of reach
    // until plan14b's "isi data" steps counted the empty SPD rows of record)
    const r = await cli(["plan", path, "--target", "87", "--steps", "5000"]);
    const lines = r.out.split("\n");
    expect(lines[2]).toMatch(/^Target tidak terjangkau dalam rencana ini: indeks tertinggi \d+,\d\d .*\. Rencana ini mengandaikan setiap inovasi baru berskor median inovasi yang dihitung pada langkahnya, yang mengikuti langkah-langkah rencana \(saat ini 74,00, setelah langkah terakhir 109,00\)\. Dengan skor lebih tinggi target terjangkau: bila \d+ dari \d+ inovasi baru dalam rencana ini berskor 111,00, target tercapai\. Skor 111,00 memerlukan juga 17\. Kecepatan penciptaan inovasi pada tingkat 3 \(dalam rencana 2\) — catatan inovasi, yang tidak dinaikkan rencana: inovasi baru dalam rencana ini paling tinggi 109,00\.$/);
    expect(lines[3]).toBe("Untuk merencanakan dengan skor inovasi baru yang lain: --expected <skor> (paling tinggi 111,00)");
    const higher = await cli(["plan", path, "--target", "87", "--steps", "5000", "--expected", "111"]);
    expect(higher.out.split("\n")[2]).toMatch(/^Target tercapai dalam \d+ langkah/);
  });

  it("numbers past a thousand grouped as the language writes them: 'upaya 11.748', 'effort 11,748' (it printed 'upaya 11748')", async () => {
    const path = await eight();
    const wb = await load(path);
    wb.getWorksheet("Pengaturan")!.eachRow((row) => {
      // every action dear: whichever the plan picks, its efforts run past a thousand
      if (String(row.getCell(1).value).startsWith("Upaya ")) row.getCell(2).value = 1500;
    });
    await wb.xlsx.writeFile(path);
    for (const [lang, mark, words] of [["id", ".", "upaya"], ["en", ",", "effort"]] as const) {
      const r = await cli(["plan", path, "--lang", lang]);
      const lines = r.out.split("\n");
      expect(lines[2]).toMatch(new RegExp(`\\(${words} \\d{1,3}\\${mark}\\d{3}\\)\\.$`));
      expect(lines.filter((l) => /^ {2}\d+\. /.test(l)).every((l) => new RegExp(`\\(${words} \\d{1,3}(\\${mark}\\d{3})+\\)( \\[.*\\])?$`).test(l))).toBe(true);
      expect(r.out).not.toMatch(/(upaya|effort) \d{4}/);
    }
  });

  it("a workbook without an SPD sheet: a line of its own under the status — not scored, no cell, where the sheet comes from", async () => {
    const path = await eight();
    const wb = await load(path);
    wb.removeWorksheet(wb.getWorksheet("SPD")!.id);
    await wb.xlsx.writeFile(path);
    const r = await cli(["plan", path]);
    const lines = r.out.split("\n");
    expect(lines[3]).toBe("Lembar SPD tidak ada di buku kerja ini: indikator SPD tidak dinilai (SPD 0), dan langkah rencana pada baris SPD tidak punya sel untuk dikerjakan — buat buku kerja baru dengan inovasi template lalu salin lembar SPD-nya ke buku kerja ini, isi lembarnya, lalu jalankan rencana lagi.");
    // the steps on SPD rows say they have no cell, as before
    expect(lines.some((l) => /^ {2}\d+\. .*SPD-\d+[a-z]? .*\[tanpa sel: buku kerja tidak punya lembar SPD/.test(l))).toBe(true);
    const en = await cli(["plan", path, "--lang", "en"]);
    expect(en.out.split("\n")[3]).toMatch(/^No SPD sheet in this workbook: the SPD indicators were not scored \(SPD 0\), .* — make a new workbook with inovasi template and copy its SPD sheet into this one, fill it in, then plan again\.$/);
    // with its SPD sheet: no such line
    expect((await cli(["plan", await eight()])).out).not.toContain("Lembar SPD tidak ada");
  });

  it("a region recorded as not reporting: no plan, and the Melapor cell to change", async () => {
    const path = await eight("Tidak");
    const r = await cli(["plan", path]);
    expect(r.out.split("\n")[2]).toMatch(/^Tidak ada rencana: daerah tercatat tidak melapor \(Melapor: Tidak\), jadi indeksnya 0 — Tidak Dapat Dinilai\. Bila daerah melapor, isi Melapor dengan Ya lalu nilai ulang\. \[Pengaturan!B\d+\]$/);
    const en = await cli(["plan", path, "--lang", "en"]);
    expect(en.out.split("\n")[2]).toMatch(/^No plan: the region is recorded as not reporting .* \[Pengaturan!B\d+\]$/);
    // score's one line on the plan names the same cell
    const scored = await cli(["score", path, "-o", join(tmp(), "s.xlsx")]);
    expect(scored.out).toMatch(/^Rencana \(lembar Rencana\): .*tidak melapor .* \[Pengaturan!B\d+\]$/m);
  });
});

describe("agencies without an innovation of the rule's year (out13)", () => {
  it("inovasi plan and the scored Ringkasan list an agency whose only innovation is of another year, as the rule counts it short", async () => {
    const dir = tmp();
    const path = join(dir, "tahun.xlsx");
    const { wb, eligible, put } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]]);
    wb.getWorksheet("Pengaturan")!.eachRow((row) => {
      if (row.getCell(1).value === "Wajib Inovasi per Perangkat Daerah") row.getCell(2).value = 1;
      if (row.getCell(1).value === "Jenis Perangkat Daerah Wajib") row.getCell(2).value = "OPD; Kecamatan";
      if (row.getCell(1).value === "Tahun Penilaian") row.getCell(2).value = 2026;
    });
    eligible(2, "Inovasi Dinas", "Dinas Kesehatan");
    put(2, "Tahun", 2026);
    eligible(3, "Inovasi Lama", "Kecamatan Hulu");
    put(3, "Tahun", 2025);
    await wb.xlsx.writeFile(path);
    const plan = await cli(["plan", path]);
    expect(plan.out).toContain("Perangkat daerah tanpa inovasi (1): Kecamatan Hulu");
    const out = join(dir, "dinilai.xlsx");
    expect((await cli(["score", path, "-o", out, "-q"])).code).toBeLessThan(2);
    const ringkasan = (await load(out)).getWorksheet("Ringkasan")!;
    let row: unknown[] = [];
    ringkasan.eachRow((r) => { if (r.getCell(1).value === "Perangkat daerah tanpa inovasi") row = [r.getCell(2).value, r.getCell(3).value]; });
    expect(row).toEqual([1, "Kecamatan Hulu"]);
  });
});

describe("inovasi plan on what holds no one region (audit36)", () => {
  it("a folder: names one of its workbooks (a scored one first) and rekap for them all, both languages", async () => {
    const dir = tmp();
    copyFileSync(example, join(dir, "kab-b.xlsx"));
    copyFileSync(example, join(dir, "kab-c.scored.xlsx"));
    const r = await cli(["plan", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${dir} adalah folder: rencana dibuat untuk satu kab/kota — jalankan inovasi plan pada satu buku kerjanya, mis. inovasi plan ${join(dir, "kab-c.scored.xlsx")}; angka semua daerah di folder itu: inovasi rekap -o rekap.xlsx ${dir}`);
    const en = await cli(["plan", dir, "--lang", "en"]);
    expect(en.err).toMatch(/is a folder: a plan is made for one kab\/kota — run inovasi plan on one of its workbooks, e\.g\. inovasi plan .*kab-c\.scored\.xlsx; the figures of every region in that folder: inovasi rekap -o rekap\.xlsx /);
    expect((await cli(["plan", tmp()])).err).toContain("(folder ini tidak memuat berkas .xlsx)");
  });

  it("a recap workbook (rekap's output): says the recap holds each region's figures and to plan one kab/kota's scored file, not four missing sheets", async () => {
    const dir = tmp();
    copyFileSync(example, join(dir, "kab-a.xlsx"));
    const recap = join(dir, "rekap.xlsx");
    expect((await cli(["rekap", dir, "-o", recap, "-q"])).code).toBe(0);
    const r = await cli(["plan", recap]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${recap} adalah rekap buatan inovasi (lembar Rekap), bukan buku kerja satu daerah: rekap sudah memuat indeks, predikat dan kekurangan ke target setiap daerah; untuk rencana satu kab/kota, jalankan inovasi plan pada buku kerjanya yang dinilai (namanya di kolom Berkas lembar Rekap), mis. inovasi plan kab-contoh.scored.xlsx`);
    expect(r.err).not.toMatch(/tidak ada; lembar yang ada|perbaiki yang tercantum/);
    const en = JSON.parse((await cli(["plan", recap, "--json", "--lang", "en"])).out);
    expect(en).toMatchObject({ ok: false, stage: "read", issues: [] });
    expect(en.messages[0]).toMatch(/is a recap made by inovasi \(Rekap sheet\), not one region's workbook: the recap already holds each region's index/);
  });
});
