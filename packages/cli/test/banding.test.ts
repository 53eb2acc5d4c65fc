/**
 * inovasi banding on two small workbooks of one kabupaten, figures checked by hand (iid-2026: floor 12, SPD left
 * blank = 0, maximum 250). Neither year covers 5 of the 6 yandas urusan, so skor jumlah inovasi is 0 in both.
 * 2025: "Si Sehat" and "Sapa Warga", tier 2 everywhere (74 each): SID 148 / 12 = 12.3333; IID 4.9333 → 4.93.
 * 2026: "SI-SEHAT" (the same innovation) at tier 3 (111) and "Posyandu Digital" at tier 2 (74): 185 / 12 = 15.4167;
 * IID 6.1667 → 6.17. Every change is between the figures as printed (rounded): 6.17 − 4.93 = 1.24; SID 15.42 −
 * 12.33 = 3.09 (the exact 3.0833 would print 3.08 beside them).
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compareYears, getEdition, parseRegionInput, scoreRegion } from "@inovasi/core";
import { comparisonLines } from "../src/commands/banding.js";
import { cli, colOf, load, tmp } from "./helpers.js";

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");

async function workbook(dir: string, file: string, year: number, edition: string, innovations: [string, string, string, number][]): Promise<string> {
  const path = join(dir, file);
  expect((await cli(["template", path])).code).toBe(0);
  const wb = await load(path);
  wb.getWorksheet("Pengaturan")!.eachRow((row) => {
    const key = row.getCell(1).value;
    if (key === "Nama Daerah") row.getCell(2).value = "Kabupaten Banding";
    if (key === "Tingkat") row.getCell(2).value = "Kabupaten";
    if (key === "Tahun Penilaian") row.getCell(2).value = year;
    if (key === "Edisi Model") row.getCell(2).value = edition;
    if (key === "Target Jumlah Inovasi") row.getCell(2).value = 2;
  });
  const ag = wb.getWorksheet("Perangkat Daerah")!;
  [["Dinas Kesehatan", "Dinas"], ["Dinas Sosial", "Dinas"], ["Kecamatan Utara", "Kecamatan"]].forEach(([n, t], i) => { ag.getCell(i + 2, 1).value = n; ag.getCell(i + 2, 2).value = t; });
  const inv = wb.getWorksheet("Inovasi")!;
  const put = (row: number, header: string, v: ExcelJS.CellValue) => (inv.getCell(row, colOf(inv, header)).value = v);
  innovations.forEach(([name, agency, urusan, tier], k) => {
    const r = k + 2;
    put(r, "Nama Inovasi", name);
    put(r, "Perangkat Daerah", agency);
    put(r, "Tahapan", "Penerapan");
    put(r, "Urusan", urusan);
    put(r, "Tanggal Penerapan", new Date(Date.UTC(2025, 1, 1)));
    put(r, "Jumlah Kata Rancang Bangun", 800);
    for (const ind of sid) {
      put(r, `${ind.number}. ${ind.name.id}`, ind.options.find((o) => o.tier === tier)!.label.id);
      put(r, `${ind.number}. Bukti`, "Diterima");
    }
  });
  await wb.xlsx.writeFile(path);
  return path;
}

/** The kabupaten example compared with itself (a comparison whose lines a test then edits). */
function exampleAgainstItself() {
  const json = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/kabupaten-contoh.region.json", import.meta.url)), "utf8"));
  const ed = getEdition("iid-2026");
  const parsed = parseRegionInput(json);
  if (!parsed.ok) throw new Error("example does not parse");
  const r = scoreRegion(parsed.value, ed);
  return compareYears({ result: r, edition: ed }, { result: r, edition: ed });
}

describe("inovasi banding", () => {
  let dir: string;
  let lama: string;
  let baru: string;
  beforeAll(async () => {
    dir = tmp();
    lama = await workbook(dir, "lama.xlsx", 2025, "iid-2026", [["Si Sehat", "Dinas Kesehatan", "Kesehatan", 2], ["Sapa Warga", "Dinas Sosial", "Sosial", 2]]);
    baru = await workbook(dir, "baru.xlsx", 2026, "iid-2026", [["SI-SEHAT", "dinas kesehatan", "Kesehatan", 3], ["Posyandu Digital", "Dinas Kesehatan", "Kesehatan", 2]]);
  });

  it("prints each year's index and predicate with its edition, the change, and what moved", async () => {
    const r = await cli(["banding", lama, baru]);
    expect(r.out).toContain("Banding Kabupaten Banding: 2025 → 2026");
    expect(r.out).toMatch(/Indeks terverifikasi\s+4,93 Kurang Inovatif\s+6,17 Kurang Inovatif\s+\+1,24/);
    expect(r.out).toMatch(/^  \s+2025 \(iid-2026\)\s+2026 \(iid-2026\)\s+Selisih$/m);
    // 15.4167 and 12.3333 print 15,42 and 12,33: the change beside them is their printed difference, +3,09 (the exact
    // 3.0833 would print +3,08, which does not add up), with the decimal comma score prints
    expect(r.out).toMatch(/SID \(terverifikasi\)\s+12,33\s+15,42\s+\+3,09/);
    expect(r.out).toContain("Inovasi: 1 berlanjut, 1 baru, 1 tidak dilaporkan lagi");
    expect(r.out).toContain("  baru: Posyandu Digital (Dinas Kesehatan)");
    expect(r.out).toContain("  tidak dilaporkan lagi: Sapa Warga (Dinas Sosial)");
    expect(r.out).toContain("  berlanjut, skor terverifikasi berubah: SI-SEHAT +37,00");
    expect(r.out).toContain("Perangkat daerah tanpa inovasi di kedua tahun (1): Kecamatan Utara");
    expect(r.out).toContain("Target 2025 — Target 2 inovasi (2025): 2/2 (100 %) tercapai");
    // SID-20 (bobot 4): 2 × 8 / 12 = 1.3333 → 12 + 8 = 20, / 12 = 1.6667; printed 1,33 → 1,67, so +0,34
    expect(r.out).toContain("SID-20 Kualitas inovasi (video): 1,33 → 1,67 (+0,34)");
    expect(r.out).not.toContain("edisi berbeda");
  });

  it("a year whose figures are not valid (a column the score needs missing) is marked and gets no change, as rekap --previous gives it '—' (audit22b B1)", async () => {
    const renamed = await workbook(dir, "baru-tanpa-kolom.xlsx", 2026, "iid-2026", [["SI-SEHAT", "dinas kesehatan", "Kesehatan", 3], ["Posyandu Digital", "Dinas Kesehatan", "Kesehatan", 2]]);
    const wb = await load(renamed);
    const inv = wb.getWorksheet("Inovasi")!;
    inv.getCell(1, colOf(inv, "Jumlah Kata Rancang Bangun")).value = "Rancangan";
    await wb.xlsx.writeFile(renamed);
    const out = join(dir, "banding-tanpa-kolom.xlsx");
    const r = await cli(["banding", lama, renamed, "-o", out]);
    expect(r.out).toContain('! Angka 2026 belum valid (kolom "Jumlah Kata Rancang Bangun" tidak ditemukan; tercantum di bawah): selisihnya tidak dihitung, seperti di rekap --previous; perbaiki berkasnya lalu bandingkan lagi.');
    expect(r.out).toMatch(/^  \s+2025 \(iid-2026\)\s+2026 \(iid-2026\) \(angka belum valid\)\s+Selisih$/m);
    expect(r.out).toMatch(/Indeks terverifikasi\s+4,93 Kurang Inovatif\s+0,00 Tidak Dapat Dinilai\s+—$/m);
    const sheet = (await load(out)).getWorksheet("Banding")!;
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain("2026 (iid-2026) (angka belum valid)");
    expect(cells).not.toContain(-4.93);
    const json = JSON.parse((await cli(["banding", lama, renamed, "--json"])).out);
    expect(json.notValid).toEqual({ before: null, after: 'kolom "Jumlah Kata Rancang Bangun" tidak ditemukan' });
    // both valid: the change as before
    expect((await cli(["banding", lama, baru])).out).not.toContain("belum valid");
  });

  it("names both editions beside every figure and says the change mixes models when the years use different editions", async () => {
    const other = await workbook(dir, "lama-2023.xlsx", 2025, "iid-2023-inferred", [["Si Sehat", "Dinas Kesehatan", "Kesehatan", 2]]);
    const r = await cli(["banding", other, baru]);
    expect(r.out).toMatch(/^  edisi 2025: iid-2023-inferred — .+/m);
    expect(r.out).toContain("! Kedua tahun dinilai dengan edisi berbeda");
    // the 2025 file has an error under iid-2023 (marked, no change: see the test above)
    expect(r.out).toMatch(/2025 \(iid-2023-inferred\) \(angka belum valid\)\s+2026 \(iid-2026\)\s+Selisih \(iid-2023-inferred → iid-2026\)/);
    const same = await cli(["banding", other, baru, "--edition", "iid-2026"]);
    expect(same.out).not.toContain("edisi berbeda");
    const json = JSON.parse((await cli(["banding", other, baru, "--json"])).out);
    expect(json.comparison.editions.same).toBe(false);
    expect(json.comparison.notes).toEqual(["different_edition"]);
  });

  it("across editions, names the models' largest differences and the command for all of them (audit38 #5: nothing said why)", async () => {
    const other = await workbook(dir, "lama-2023-beda.xlsx", 2025, "iid-2023-inferred", [["Si Sehat", "Dinas Kesehatan", "Kesehatan", 2]]);
    const r = await cli(["banding", other, baru]);
    const lines = r.out.split("\n");
    const k = lines.findIndex((l) => l.startsWith("! Kedua tahun dinilai dengan edisi berbeda"));
    expect(lines.slice(k + 1, k + 8)).toEqual([
      "  Perbedaan model iid-2023-inferred → iid-2026 (5 yang paling berpengaruh dari 11):",
      "    - Rentang waktu penerapan atau pengembangan: tidak ada → 1 Januari 2024 s.d. 31 Desember 2025",
      "    - Predikat: Kurang Inovatif (0, 35); Inovatif [35, 60]; Sangat Inovatif (60, 100] → Kurang Inovatif (0, 40]; Inovatif (40, 65]; Sangat Inovatif (65, 100]",
      "    - Batas bawah pembagi SID, MAX(batas, n): 10 → 12",
      '    - SID-9 Jejaring inovasi: pilihan per tingkat: tingkat 1 "1–2 perangkat daerah" → "2 perangkat daerah"',
      '    - SID-14 Penyelesaian layanan pengaduan: pilihan per tingkat: tingkat 1 "≤ 40 %" → "≤ 50 % atau tidak ada"; tingkat 2 "40,01–70,99 %" → "51–90 %"; tingkat 3 "≥ 71 %" → "≥ 91 %"',
      "  Semua perbedaan, dengan nilai dan sumbernya: inovasi model diff iid-2023-inferred iid-2026",
    ]);
    const en = (await cli(["banding", other, baru, "--lang", "en"])).out;
    expect(en).toContain("  Model differences iid-2023-inferred → iid-2026 (the 5 most consequential of 11):\n    - Implementation or development window: none → 1 January 2024 to 31 December 2025\n");
    expect(en).toContain("  Every difference, with its values and sources: inovasi model diff iid-2023-inferred iid-2026");
    // --json: every difference with its sentence, and the command
    const json = JSON.parse((await cli(["banding", other, baru, "--json"])).out);
    expect(json.modelDifferences.command).toBe("inovasi model diff iid-2023-inferred iid-2026");
    expect(json.modelDifferences.differences).toHaveLength(11);
    expect(json.modelDifferences.differences[2]).toMatchObject({ field: "sidDivisorFloor", message: "Batas bawah pembagi SID, MAX(batas, n): 10 → 12" });
    // one edition for both: nothing of the kind
    const same = await cli(["banding", other, baru, "--edition", "iid-2026"]);
    expect(same.out).not.toMatch(/Perbedaan model|model diff/);
    expect(JSON.parse((await cli(["banding", other, baru, "--edition", "iid-2026", "--json"])).out).modelDifferences).toBeNull();
    // a model that only renames iid-2026: different editions by id, the same rules — said, so the change is read as the region's
    const renamed = join(dir, "nama-lain.json");
    writeFileSync(renamed, JSON.stringify({ extends: "iid-2026", id: "nama-lain-2026", name: { id: "Nama lain", en: "Another name" } }));
    const alike = await cli(["banding", lama, baru, "--old-model", renamed, "--lang", "en"]);
    expect(alike.out).toContain("! The two years were scored with different editions");
    expect(alike.out).toContain("\n  nama-lain-2026 and iid-2026 score by the same rules (only their names, sources or descriptions differ): the change is the region's.\n");
    expect(alike.out).not.toContain("model diff");
  });

  it("scores each year with its own model (--old-model, --new-model), names each beside its figures, and keeps --model for both", async () => {
    // the 2025 model divides by MAX(10, n), the 2026 one by MAX(14, n): 148 / 10 = 14.8 → IID 5.92; 185 / 14 = 13.2143 →
    // IID 5.2857 → 5.29; the change between the printed figures −0.63
    const model = (file: string, id: string, floor: number) => {
      const path = join(dir, file);
      const src = { ref: "prov", confidence: "confirmed" };
      writeFileSync(path, JSON.stringify({ extends: "iid-2026", id, name: { id: `Model ${id}`, en: `Model ${id}` }, sources: [{ id: "prov", title: "Pergub" }], formula: { sidDivisorFloor: { value: floor, source: src } } }));
      return path;
    };
    const m2025 = model("model-2025.json", "prov-a-2025", 10);
    const m2026 = model("model-2026.json", "prov-b-2026", 14);
    const r = await cli(["banding", lama, baru, "--old-model", m2025, "--new-model", m2026]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^  edisi 2025: prov-a-2025$/m);
    expect(r.out).toMatch(/^  edisi 2026: prov-b-2026$/m);
    expect(r.out).toContain("! Kedua tahun dinilai dengan edisi berbeda");
    // a clean change: one model for both, not an --edition that drops the province's model (audit35 #4)
    expect(r.out).toContain("Untuk selisih yang murni, nilai keduanya dengan satu model: --model <model.json> (bukan --old-model / --new-model).");
    expect(r.out).not.toContain("--edition <id>");
    // the models' one difference, and the command with the two files
    expect(r.out).toContain(`! Kedua tahun dinilai dengan edisi berbeda: setiap angka diberi nama edisinya, dan selisihnya mencampur perubahan model dengan perubahan daerah. Untuk selisih yang murni, nilai keduanya dengan satu model: --model <model.json> (bukan --old-model / --new-model).\n  Perbedaan model prov-a-2025 → prov-b-2026:\n    - Batas bawah pembagi SID, MAX(batas, n): 10 → 14\n  Semua perbedaan, dengan nilai dan sumbernya: inovasi model diff ${m2025} ${m2026}\n`);
    const en = await cli(["banding", lama, baru, "--old-model", m2025, "--new-model", m2026, "--lang", "en"]);
    expect(en.out).toContain("For a clean change, score both with one model: --model <model.json> (not --old-model / --new-model).");
    expect(r.out).toMatch(/Indeks terverifikasi\s+5,92 Kurang Inovatif\s+5,29 Kurang Inovatif\s+−0,63/);
    // one year's own model, the other year its Pengaturan sheet's edition
    const one = await cli(["banding", lama, baru, "--new-model", m2026]);
    expect(one.out).toMatch(/2025 \(iid-2026\)\s+2026 \(prov-b-2026\)/);
    expect(one.out).toMatch(/Indeks terverifikasi\s+4,93 Kurang Inovatif\s+5,29 Kurang Inovatif/);
    // --model still scores both years with one model
    const both = await cli(["banding", lama, baru, "--model", m2025]);
    expect(both.out).toMatch(/2025 \(prov-a-2025\)\s+2026 \(prov-a-2025\)\s+Selisih$/m);
    expect(both.out).not.toContain("edisi berbeda");
    // a year's own model contradicts one for both years: refused, in words
    const clash = await cli(["banding", lama, baru, "--model", m2025, "--new-model", m2026]);
    expect(clash.code).not.toBe(0);
    expect(clash.err).toMatch(/--new-model.*--model|--model.*--new-model/);
    // a model file that cannot be used is refused with its reason, before anything is scored
    const missing = await cli(["banding", lama, baru, "--old-model", join(dir, "tidak-ada.json")]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain("tidak-ada.json");
  });

  it("says a wrong order for a later first year, and two submissions of one year for the same year (a re-sent copy)", async () => {
    // as rekap names the files and their Tahun Penilaian when last year's are not earlier (blk32): each file's year and
    // cell, and the command in the right order (before: "the second workbook's year is not later than the first")
    const year = async (f: string) => {
      const ws = (await load(f)).getWorksheet("Pengaturan")!;
      let at = "";
      ws.eachRow((r, i) => { if (String(r.getCell(1).value).trim() === "Tahun Penilaian") at = `Pengaturan!B${i}`; });
      return at;
    };
    const [atLama, atBaru] = [await year(lama), await year(baru)];
    expect(atLama).toMatch(/^Pengaturan!B\d+$/);
    const reversed = await cli(["banding", baru, lama]);
    expect(reversed.out).toContain(`! Buku kerja pertama lebih baru dari yang kedua: ${baru} tahun 2026 (Tahun Penilaian di ${atBaru}), ${lama} tahun 2025 (di ${atLama}); selisihnya di bawah dihitung dari 2026 ke 2025. Urutannya inovasi banding <lama.xlsx> <baru.xlsx>: inovasi banding ${lama} ${baru}; bila tahun yang tertulis keliru, perbaiki Tahun Penilaian di sel itu lalu jalankan lagi.`);
    expect((await cli(["banding", baru, lama, "--lang", "en"])).out).toContain(`! The first workbook is later than the second: ${baru} is 2026 (Tahun Penilaian at ${atBaru}), ${lama} is 2025 (at ${atLama}); the changes below run from 2026 to 2025. The order is inovasi banding <old.xlsx> <new.xlsx>: inovasi banding ${lama} ${baru};`);
    const ulang = await workbook(dir, "baru-kirim-ulang.xlsx", 2026, "iid-2026", [["SI-SEHAT", "Dinas Kesehatan", "Kesehatan", 3]]);
    const resent = await cli(["banding", baru, ulang]);
    expect(resent.out).toContain(`! Kedua buku kerja untuk tahun 2026: ini perbandingan dua kiriman tahun yang sama (mis. kiriman ulang dibandingkan dengan yang pertama), bukan antartahun. Bila salah satunya tahun lain, perbaiki Tahun Penilaian-nya (${baru}: ${atBaru}; ${ulang}: ${await year(ulang)}) lalu jalankan lagi.`);
    expect(resent.out).not.toContain("urutannya");
    expect((await cli(["banding", baru, ulang, "--lang", "en"])).out).toContain("! Both workbooks are for 2026: this compares two submissions of the same year");
    // the comparison sheet says the same apart from the files: a re-sent copy is not "not later" (before: it said so)
    const sheet = async (args: string[], name: string) => {
      const out = join(dir, name);
      await cli(["banding", ...args, "-o", out]);
      const rows: unknown[] = [];
      (await load(out)).getWorksheet("Banding")!.eachRow((row) => rows.push((row.values as unknown[])[1]));
      return rows;
    };
    expect(await sheet([baru, ulang], "banding-ulang.xlsx")).toContain("Kedua buku kerja untuk tahun 2026: perbandingan dua kiriman tahun yang sama, bukan antartahun.");
    expect(await sheet([baru, lama], "banding-terbalik.xlsx")).toContain("Buku kerja pertama (2026) lebih baru dari yang kedua (2025): selisihnya dihitung dari 2026 ke 2025; urutannya lama lalu baru.");
  });

  it("writes the comparison sheet in English with --lang en: no Bahasa heading or word of the tool's own", async () => {
    const out = join(dir, "banding-en.xlsx");
    expect((await cli(["banding", lama, baru, "-o", out, "--lang", "en"])).code).toBe(0);
    const ws = (await load(out)).getWorksheet("Banding")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["Figure", "2025 (iid-2026)", "2026 (iid-2026)", "Change"]);
    expect(rows).toContainEqual(["Verified index", 4.93, 6.17, 1.24]);
    expect(rows).toContainEqual(["SI-SEHAT", "dinas kesehatan", "implementation", 74, 111, 37, "carried over"]);
    const words = rows.slice(1).flat().filter((v) => typeof v === "string");
    for (const w of ["Daerah", "Angka", "Selisih", "Indeks terverifikasi", "Inovasi", "Perangkat Daerah", "Tahapan", "berlanjut", "baru", "tidak dilaporkan lagi", "(tidak ada)", "Tercapai?", "Ya", "Tidak"]) expect(words, w).not.toContain(w);
  });

  it("writes the comparison to a workbook with -o: figures under each year and edition, innovations with their status", async () => {
    const out = join(dir, "banding.xlsx");
    const r = await cli(["banding", lama, baru, "-o", out]);
    expect(r.out).toContain(`banding ditulis: ${out}`);
    const ws = (await load(out)).getWorksheet("Banding")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["Angka", "2025 (iid-2026)", "2026 (iid-2026)", "Selisih"]);
    expect(rows).toContainEqual(["Indeks terverifikasi", 4.93, 6.17, 1.24]);
    // the stage as the template offers it (it was the internal "penerapan")
    expect(rows).toContainEqual(["SI-SEHAT", "dinas kesehatan", "Penerapan", 74, 111, 37, "berlanjut"]);
    expect(rows.find((x) => x[0] === "Posyandu Digital")?.at(-1)).toBe("baru");
    expect(rows.find((x) => x[0] === "Sapa Warga")?.at(-1)).toBe("tidak dilaporkan lagi");
    // as a reader sees it: a whole score with two decimals like the others (74.00 beside 110.50), the headings wrapped
    let carried = 0, heading = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === "SI-SEHAT") carried = n; if (row.getCell(1).value === "Angka") heading = n; });
    expect([4, 5, 6].map((c) => ws.getRow(carried).getCell(c).numFmt)).toEqual(["0.00", "0.00", "0.00"]);
    expect(ws.getRow(heading).getCell(3).alignment).toMatchObject({ wrapText: true });
    expect((await cli(["banding", lama, baru, "-o", out])).err).toContain("berkas keluaran sudah ada");
    expect((await cli(["banding", lama, baru, "-o", lama])).err).toContain("berkas keluaran harus berbeda dari masukan");
  });

  it("shows the close pairs the terminal lists on the Banding sheet too, marked not paired (each stays dropped and added)", async () => {
    // "Sapa Warga" (2025) and "Sapa Wargaa" (2026), one agency: a typo apart, named as probably one, never paired
    const typo = await workbook(dir, "baru-mirip.xlsx", 2026, "iid-2026", [["SI-SEHAT", "Dinas Kesehatan", "Kesehatan", 3], ["Sapa Wargaa", "Dinas Sosial", "Sosial", 2]]);
    const out = join(dir, "banding-mirip.xlsx");
    const r = await cli(["banding", lama, typo, "-o", out]);
    expect(r.out).toContain("  mirip, mungkin inovasi yang sama (tidak dipasangkan; bila sama, samakan nama dan perangkat daerahnya): Sapa Warga (Dinas Sosial, 2025) ~ Sapa Wargaa (Dinas Sosial, 2026)");
    const ws = (await load(out)).getWorksheet("Banding")!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // still dropped and added in the innovations table, and the pair in a table of its own below, not paired
    expect(rows.find((x) => x[0] === "Sapa Warga")?.at(-1)).toBe("tidak dilaporkan lagi");
    expect(rows.find((x) => x[0] === "Sapa Wargaa")?.at(-1)).toBe("baru");
    const head = rows.findIndex((x) => x[0] === "Mirip, mungkin Inovasi yang Sama (tidak dipasangkan)");
    expect(head).toBeGreaterThan(rows.findIndex((x) => x[0] === "Sapa Wargaa"));
    expect(rows[head + 1]).toEqual(["Inovasi 2025", "Perangkat Daerah 2025", "Inovasi 2026", "Perangkat Daerah 2026", "Status"]);
    expect(rows[head + 2]).toEqual(["Sapa Warga", "Dinas Sosial", "Sapa Wargaa", "Dinas Sosial", "mirip, tidak dipasangkan"]);
    expect(String(rows[head + 3]![0])).toMatch(/^Tidak dipasangkan: setiap inovasi di atas tercatat tidak dilaporkan lagi atau baru/);
    const en = join(dir, "banding-mirip-en.xlsx");
    expect((await cli(["banding", lama, typo, "-o", en, "--lang", "en"])).code).toBe(0);
    const enRows: unknown[][] = [];
    (await load(en)).getWorksheet("Banding")!.eachRow((row) => enRows.push((row.values as unknown[]).slice(1)));
    expect(enRows).toContainEqual(["Sapa Warga", "Dinas Sosial", "Sapa Wargaa", "Dinas Sosial", "close, not paired"]);
    // no close pair: no such table (the first comparison's sheet)
    const plain = join(dir, "banding-tanpa-mirip.xlsx");
    expect((await cli(["banding", lama, baru, "-o", plain])).code).toBe(0);
    const plainRows: unknown[] = [];
    (await load(plain)).getWorksheet("Banding")!.eachRow((row) => plainRows.push(row.getCell(1).value));
    expect(plainRows).not.toContain("Mirip, mungkin Inovasi yang Sama (tidak dipasangkan)");
  });

  it("refuses with the reason when a workbook cannot be read, in English with --lang en", async () => {
    const r = await cli(["--lang", "en", "banding", join(dir, "tidak-ada.xlsx"), baru]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("file not found");
    const en = await cli(["banding", lama, baru, "--lang", "en"]);
    expect(en.out).toContain("Innovations: 1 carried over, 1 added, 1 dropped");
    expect(en.out).toMatch(/Verified index\s+4\.93 .*6\.17 .*\+1\.24/); // a decimal point in English
  });

  it("prints a target's progress with the decimal comma in Bahasa Indonesia (87,50 %), a point in English", () => {
    const c = exampleAgainstItself();
    c.targets.after = [{ targetId: "t", name: { id: "Target 80 inovasi", en: "Target of 80 innovations" }, year: 2026, target: 80, count: 70, progress: 87.5, met: false }];
    expect(comparisonLines(c, "id").join("\n")).toContain("70/80 (87,50 %) belum tercapai");
    expect(comparisonLines(c, "en").join("\n")).toContain("70/80 (87.50 %)");
  });

  it("says the agencies not complying as a count per year, the year after its count (was '2023 5 → 2026 5')", () => {
    const c = exampleAgainstItself();
    c.years.before = 2023;
    c.nonCompliant = { ...c.nonCompliant, before: 5, after: 3 };
    expect(comparisonLines(c, "id")).toContain("Perangkat daerah belum patuh: 5 (2023) → 3 (2026)");
    expect(comparisonLines(c, "en")).toContain("Agencies not complying: 5 (2023) → 3 (2026)");
  });
});

describe("inovasi banding of two regions", () => {
  it("refuses, naming both files and regions (exit 2; was a warning, a full comparison and exit 0) (prov13 F7)", async () => {
    const ex = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));
    const r = await cli(["banding", ex("kab-bukit-contoh.xlsx"), ex("kota-bandar-contoh.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(`adalah buku kerja dua daerah berbeda ("Kabupaten Bukit Contoh" dan "Kota Bandar Contoh", nama daerah di lembar Pengaturan)`);
    const en = await cli(["--lang", "en", "banding", ex("kab-bukit-contoh.xlsx"), ex("kota-bandar-contoh.xlsx"), "--json"]);
    expect(en.code).toBe(2);
    expect(JSON.parse(en.out).messages[0]).toContain(`are workbooks of two different regions ("Kabupaten Bukit Contoh" and "Kota Bandar Contoh"`);
  });

  it("one name, two levels: names the Tingkat cells and both values, not two identical names to make the same (audit29 F3)", async () => {
    const dir = tmp();
    const old = await workbook(dir, "lama.xlsx", 2025, "iid-2026", [["Posyandu Digital", "Dinas Kesehatan", "Kesehatan", 2]]);
    const next = await workbook(dir, "baru.xlsx", 2026, "iid-2026", [["Posyandu Digital", "Dinas Kesehatan", "Kesehatan", 2]]);
    const wb = await load(old);
    let at = "";
    wb.getWorksheet("Pengaturan")!.eachRow((row, n) => {
      if (row.getCell(1).value === "Tingkat") { row.getCell(2).value = "Kota"; at = `Pengaturan!B${n}`; }
    });
    await wb.xlsx.writeFile(old);
    const r = await cli(["banding", old, next]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${old} dan ${next} berbeda Tingkat: "Kota" di ${at} dan "Kabupaten" di ${at} (nama daerah keduanya "Kabupaten Banding"); kabupaten dan kota dengan nama yang sama adalah dua daerah, dan banding membandingkan satu daerah di dua tahun. Periksa berkasnya; bila daerahnya sama, perbaiki Tingkat di berkas yang keliru lalu jalankan lagi.`);
    expect(r.err).not.toContain("samakan nama daerah");
    const en = await cli(["--lang", "en", "banding", old, next]);
    expect(en.err).toContain(`differ in Tingkat (level): "Kota" at ${at} and "Kabupaten" at ${at} (both name the region "Kabupaten Banding")`);
  });
});
