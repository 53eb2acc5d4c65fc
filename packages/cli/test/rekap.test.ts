import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, hasPdftotext, hasSoffice, load, packageParts, partText, pdfOf, pdfPages, tmp, wordHeights } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));

describe("inovasi rekap", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp();
    for (const f of ["kab-muara-contoh.xlsx", "kab-danau-contoh.xlsx"]) copyFileSync(example(f), join(dir, f));
  });

  it("needs -o, and takes several workbooks and folders (each file once)", async () => {
    const r = await cli(["rekap", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("opsi wajib belum diberikan: -o <rekap.xlsx>");
    const out = join(dir, "..", `rekap-${Date.now()}.xlsx`);
    const both = await cli(["rekap", dir, join(dir, "kab-muara-contoh.xlsx"), "-o", out, "-q"]);
    expect(both.code).toBe(0);
    expect(both.out).toMatch(/^Rekap 2 berkas: 2 dinilai, 0 tidak dapat dinilai — edisi iid-2026$/m);
    expect(existsSync(out)).toBe(true);
  });

  it("refuses before any work: an output that exists, an unknown edition; and writes nothing when no workbook can be scored", async () => {
    const exists = join(tmp(), "ada.xlsx");
    writeFileSync(exists, "x");
    expect((await cli(["rekap", dir, "-o", exists])).err).toContain("berkas keluaran sudah ada");
    const bad = await cli(["rekap", dir, "-o", join(dir, "r1.xlsx"), "--edition", "iid-1999"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"iid-1999"');
    const empty = tmp();
    writeFileSync(join(empty, "rusak.xlsx"), "bukan zip");
    const none = await cli(["rekap", empty, "-o", join(empty, "r.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("tidak ada buku kerja yang dapat dinilai; rekap tidak ditulis");
    expect(existsSync(join(empty, "r.xlsx"))).toBe(false);
    const badTarget = await cli(["rekap", dir, "-o", join(empty, "r.xlsx"), "--target", "Unggul"]);
    expect(badTarget.code).toBe(2);
    expect(badTarget.err).toContain('--target "Unggul": bukan predikat edisi iid-2026 dan bukan nilai indeks; pilihan yang sah: "Kurang Inovatif", "Inovatif", "Sangat Inovatif", atau nilai indeks lebih dari 0 sampai 100 (mis. 60 atau 60,5)');
    expect(existsSync(join(empty, "r.xlsx"))).toBe(false);
    // a slip of the fingers: the predicate meant is named first
    const slip = await cli(["rekap", dir, "-o", join(empty, "r.xlsx"), "--target", "sangat inovativ"]);
    expect(slip.err).toContain('--target "sangat inovativ": bukan predikat edisi iid-2026 (mungkin maksudnya "Sangat Inovatif") dan bukan nilai indeks; pilihan yang sah:');
    // the band of regions that cannot be assessed is no target, and the message says so (it was listed as valid)
    const zero = await cli(["rekap", dir, "-o", join(empty, "r.xlsx"), "--target", "Tidak Dapat Dinilai"]);
    expect(zero.code).toBe(2);
    expect(zero.err).toContain('--target "Tidak Dapat Dinilai": "Tidak Dapat Dinilai" adalah predikat daerah yang tidak melapor atau tidak dapat dinilai (indeks 0), bukan target; pilihan yang sah: "Kurang Inovatif", "Inovatif", "Sangat Inovatif", atau nilai indeks lebih dari 0 sampai 100 (mis. 60 atau 60,5)');
    expect(existsSync(join(empty, "r.xlsx"))).toBe(false);
    // a predicate whose lower threshold a province model leaves unknown is a predicate still: said as inovasi plan
    // says it (it was called the band of regions that cannot be assessed)
    const model = join(empty, "model-ambang.json");
    const unknownEnd = { value: null, source: { ref: "tegal-2024", confidence: "unknown" } };
    writeFileSync(model, JSON.stringify({ extends: "iid-2026", id: "prov-ambang-2026", name: { id: "Model Ambang", en: "Threshold model" }, bands: [{ id: "inovatif", max: unknownEnd }, { id: "sangat-inovatif", min: unknownEnd }] }));
    for (const [lang, said] of [["id", 'batas bawah predikat "Sangat Inovatif" belum diketahui di edisi prov-ambang-2026'], ["en", 'the lower threshold of "Very innovative" is not known in edition prov-ambang-2026']] as const) {
      const r = await cli(["--lang", lang, "rekap", dir, "-o", join(empty, "r.xlsx"), "--model", model, "--target", "Sangat Inovatif", "-q"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--target: target "Sangat Inovatif": ${said}`);
      expect(r.err).not.toMatch(/indeks 0|index 0|bukan predikat|not a predicate/);
    }
    expect(existsSync(join(empty, "r.xlsx"))).toBe(false);
    const noFolder = await cli(["rekap", tmp(), "-o", join(empty, "r.xlsx")]);
    expect(noFolder.err).toMatch(/folder ini tidak berisi buku kerja \.xlsx/);
  });

  it("takes an index as the target, as inovasi plan --target does (it was refused: \"bukan predikat\")", async () => {
    const out = tmp();
    for (const t of ["60", "60,5"]) {
      const r = await cli(["rekap", dir, "-o", join(out, `r-index-${t.replace(",", "-")}.xlsx`), "--target", t, "-q", "--json"]);
      expect(r.code, r.err).toBe(0);
      const json = JSON.parse(r.out);
      const want = Number(t.replace(",", "."));
      for (const row of json.recap.regions) {
        expect(row.target).toMatchObject({ band: null, index: want });
        expect(row.target.met).toBe(row.verified.index >= want);
        if (row.plan) expect(row.plan.target).toEqual({ predicate: null, index: want });
      }
      expect(json.recap.unknownTarget).toBeNull();
    }
    const text = await cli(["rekap", dir, "-o", join(out, "r-index-text.xlsx"), "--target", "60", "-q"]);
    // the shortfall is to the index, named by its number; the count below the target names it too
    expect(text.out).toMatch(/^1  Kabupaten Danau Contoh .* 60,00 \+36,00 +ke 60,00: (batas )?\d+ langkah/m);
    expect(text.out).toMatch(/^Di bawah target 60,00: 2 daerah$/m);
    const en = await cli(["--lang", "en", "rekap", dir, "-o", join(out, "r-index-en.xlsx"), "--target", "0", "-q"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain('--target "0": not a predicate of edition iid-2026 nor an index; valid choices: "Less innovative", "Innovative", "Very innovative", or an index above 0 up to 100 (e.g. 60 or 60.5)');
  });

  it("speaks English with --lang en, takes a target by label, and reports the same recap as JSON", async () => {
    const en = await cli(["--lang", "en", "rekap", dir, "-o", join(dir, "r2.xlsx"), "--target", "Kurang Inovatif", "-q"]);
    expect(en.code).toBe(0);
    expect(en.out).toContain("Recap of 2 files: 2 scored, 0 could not be scored — edition iid-2026");
    expect(en.out).toMatch(/Below the target Less innovative: 0 regions/);
    expect(en.out).toMatch(/^1  Kabupaten Danau Contoh {2}30\.58 Less innovative/m); // a decimal point in English, a comma in Bahasa Indonesia
    // the recap workbook in English too: the Rekap table's headings and words, the chart's categories as the sheet's cells
    const book = await load(join(dir, "r2.xlsx"));
    const rekap = book.getWorksheet("Rekap")!;
    let header = 0;
    rekap.eachRow((row, r) => { if (row.getCell(1).value === "Region") header = r; });
    expect(header).toBeGreaterThan(1);
    expect([1, 3, 28, 29].map((c) => rekap.getRow(header).getCell(c).value)).toEqual(["Region", "Verified Index", "Largest Gap", "Points"]);
    expect([26, 27].map((c) => rekap.getRow(header + 1).getCell(c).value)).toEqual(["Less innovative", "met"]); // "tercapai" before
    expect(book.getWorksheet("Masalah per Berkas")!.getRow(3).values).toEqual([undefined, "File", "Status", "Severity", "Message"]);
    const chart = partText((await packageParts(new Uint8Array(readFileSync(join(dir, "r2.xlsx"))))).get("xl/charts/chart1.xml"));
    expect(chart).toContain("Less innovative");
    expect(chart).not.toContain("Kurang Inovatif");
    const json = JSON.parse((await cli(["rekap", dir, "-o", join(dir, "r3.xlsx"), "--json", "--edition", "iid-2026"])).out);
    expect(json.ok).toBe(true);
    expect(json.recap.regions.map((r: { region: { name: string }; rank: number }) => [r.region.name, r.rank])).toEqual([["Kabupaten Danau Contoh", 1], ["Kabupaten Muara Contoh", 2]]);
    // r2.xlsx, the recap just written into the same folder, is recognised and skipped, not a failed region
    expect(json.files.map((f: { file: string; scored: boolean; skipped?: boolean }) => [f.file, f.scored, f.skipped ?? false])).toEqual([
      ["kab-danau-contoh.xlsx", true, false], ["kab-muara-contoh.xlsx", true, false], ["r2.xlsx", false, true],
    ]);
  });

  it("skips a comparison workbook made by inovasi banding in the folder, with a note, as it skips its own recap (it was a failed region: no Pengaturan sheet)", async () => {
    const folder = tmp();
    copyFileSync(example("kab-danau-contoh.xlsx"), join(folder, "kab-danau-contoh.xlsx"));
    const kab = join(folder, "kab-danau-contoh.xlsx");
    expect((await cli(["banding", kab, kab, "-o", join(folder, "banding.xlsx")])).code).toBe(0);
    const r = await cli(["rekap", folder, "-o", join(tmp(), "r.xlsx"), "-q"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Rekap 1 berkas: 1 dinilai, 0 tidak dapat dinilai/m);
    expect(r.err).toContain("· dilewati: banding.xlsx (banding buatan inovasi)");
    expect(r.err).not.toContain("Pengaturan");
    const en = await cli(["--lang", "en", "rekap", folder, "-o", join(tmp(), "r.xlsx"), "-q"]);
    expect(en.err).toContain("· skipped: banding.xlsx (a comparison made by inovasi)");
    const json = JSON.parse((await cli(["rekap", folder, "-o", join(tmp(), "r.xlsx"), "--json"])).out);
    expect(json.files.map((f: { file: string; scored: boolean; skipped?: boolean }) => [f.file, f.scored, f.skipped ?? false])).toEqual([["banding.xlsx", false, true], ["kab-danau-contoh.xlsx", true, false]]);
    expect(json.files[0].problems).toEqual([{ severity: "info", message: `${join(folder, "banding.xlsx")}: banding buatan inovasi, bukan buku kerja daerah; dilewati` }]);
  });

  it("says \"1 step\" in English, not \"1 steps\" (Kota Pelabuhan's plan to Inovatif is one step)", async () => {
    const r = await cli(["--lang", "en", "rekap", example("kota-pelabuhan-contoh.xlsx"), "-o", join(tmp(), "r.xlsx"), "-q"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("to Innovative: 1 step, effort 1 ");
    expect(r.out).not.toMatch(/\b1 steps\b/);
  });

  it("freezes the header rows of its sheets as the add-in does (the Rekap notes with the table's header, Peringkat's and Masalah per Berkas' headers), and prints them readably", async (ctx) => {
    const out = join(tmp(), "beku.xlsx");
    expect((await cli(["rekap", dir, "-o", out, "-q"])).code).toBe(0);
    const wb = await load(out);
    const rekap = wb.getWorksheet("Rekap")!;
    // the header row of the table: the row whose first cell is "Daerah"
    let header = 0;
    rekap.eachRow((row, r) => { if (row.getCell(1).value === "Daerah") header = r; });
    expect(header).toBeGreaterThan(1);
    // the region's name frozen too, and a filter over the table (prov13 F12)
    expect(rekap.views[0]).toMatchObject({ state: "frozen", ySplit: header, xSplit: 1 });
    expect(rekap.autoFilter).toBe(`A${header}:AJ${rekap.rowCount}`);
    expect(wb.getWorksheet("Masalah per Berkas")!.autoFilter).toMatch(/^A3:D\d+$/);
    // the table's long headings wrap in a taller row rather than being cut at their columns' width
    // (what an official reads first right of the name: rank, verified index and predicate, on the first printed page)
    expect([2, 3, 4].map((c) => rekap.getRow(header).getCell(c).value)).toEqual(["Peringkat", "Indeks Terverifikasi", "Predikat Terverifikasi"]);
    expect(rekap.getRow(header).getCell(3).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(rekap.getRow(header).height).toBeGreaterThan(15);
    // an index always with two decimals
    expect(rekap.getRow(header + 1).getCell(3).numFmt).toBe("0.00");
    expect(wb.getWorksheet("Peringkat")!.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(wb.getWorksheet("Masalah per Berkas")!.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    // the distribution's note, table and chart sit side by side: nothing frozen there
    expect(wb.getWorksheet("Sebaran Predikat")!.views?.[0]?.state).not.toBe("frozen");

    // printed: Rekap's 31 columns one page wide printed at a fifth of their size, so across pages instead, at 75 %
    // (a row's pages in turn), its header row and the regions' names on every page; the narrower sheets one page wide
    expect(rekap.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: false, scale: 75, pageOrder: "overThenDown", printTitlesRow: `${header}:${header}`, printTitlesColumn: "A:A" });
    for (const name of ["Peringkat", "Masalah per Berkas"]) expect(wb.getWorksheet(name)!.pageSetup, name).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:3" });
    expect(wb.getWorksheet("Peringkat")!.pageSetup.printTitlesColumn).toBeUndefined(); // one page wide: no column repeats
    expect(wb.getWorksheet("Sebaran Predikat")!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });

    // as printed (LibreOffice to PDF): the Rekap pages each with the header and the regions, text at a readable size
    ctx.skip((!hasSoffice || !hasPdftotext) && !process.env.INOVASI_REQUIRE_LIBREOFFICE, "LibreOffice (soffice) or pdftotext is not on PATH");
    const pdf = pdfOf(new Uint8Array(readFileSync(out)), "beku.xlsx");
    const pages = pdfPages(pdf);
    const rekapPages = pages.filter((t) => t.includes("Kabupaten Danau Contoh") && t.includes("Kabupaten Muara Contoh") && /^Daerah\b/m.test(t));
    expect(rekapPages.length).toBeGreaterThan(2);
    // the first page: each region's rank, verified index and predicate (it stopped at Status Angka, with no index: audit36)
    for (const want of [/Peringkat/, /Indeks/, /Predikat/, /Terverifikasi/, /Kurang Inovatif/]) expect(rekapPages[0]).toMatch(want);
    expect(rekapPages.at(-1)).toMatch(/Langkah Pertama/);
    // a region's name printed at least 8 points tall (at one page wide it was 3)
    const heights = wordHeights(pdf, "Danau");
    expect(heights.length).toBeGreaterThanOrEqual(rekapPages.length);
    expect(Math.min(...heights)).toBeGreaterThan(8);
  });

  it("prints each region's index at its edition's decimals: whole under a 0-decimal model (\"31 Kurang Inovatif\", not \"31,00\"), the shortfall and the first step's gain too", async () => {
    const out = tmp();
    const model = join(out, "bulat.json");
    writeFileSync(model, JSON.stringify({ extends: "iid-2026", id: "prov-x-2026", formula: { rounding: { decimals: 0 } } }));
    const r = await cli(["rekap", dir, "-o", join(out, "r.xlsx"), "--model", model, "-q"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^1  Kabupaten Danau Contoh  31 Kurang Inovatif  24 Kurang Inovatif  Inovatif \+17 +ke Inovatif: (\d+ langkah, upaya \d+|batas \d+ langkah, belum sampai) +.+ \(\+1 indeks\)$/m);
    expect(r.out).not.toMatch(/\d,\d\d (Kurang Inovatif|indeks)/);
    // the Rekap sheet's index cells in whole numbers, points still at two
    const wb = await load(join(out, "r.xlsx"));
    const ws = wb.getWorksheet("Rekap")!;
    let header = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === "Daerah") header = n; });
    const col = (h: string) => (ws.getRow(header).values as unknown[]).indexOf(h);
    expect(ws.getCell(header + 1, col("Indeks Terverifikasi")).numFmt).toBe("0");
    expect(ws.getCell(header + 1, col("SPD (terverifikasi)")).numFmt).toBe("0.00");
  });

  it("names each edition and ranks within it when workbooks name different editions (never mixed silently)", async () => {
    const mixed = tmp();
    copyFileSync(example("kab-danau-contoh.xlsx"), join(mixed, "kab-danau-contoh.xlsx"));
    const wb = await load(example("kab-muara-contoh.xlsx"));
    wb.getWorksheet("Pengaturan")!.eachRow((row) => { if (row.getCell(1).value === "Edisi Model") row.getCell(2).value = "iid-2023-inferred"; });
    await wb.xlsx.writeFile(join(mixed, "kab-muara-2023.xlsx"));
    const r = await cli(["rekap", mixed, "-o", join(mixed, "r.xlsx"), "-q"]);
    expect(r.out).toContain("— edisi iid-2026, iid-2023-inferred");
    expect(r.out).toMatch(/^Catatan edisi iid-2023-inferred: .+/m);
    expect(r.out).toContain("Edisi berbeda: peringkat dihitung di dalam setiap edisi, tidak lintas edisi.");
    expect(r.out).toMatch(/^#  Daerah +Edisi {14}Klaim/m);
    expect(r.out).toMatch(/^1  Kabupaten Danau Contoh +iid-2026 {11}30,58 Kurang Inovatif/m);
    // this file has errors under the edition it names (5): not ranked, and marked on its row
    expect(r.out).toMatch(/^-  Kabupaten Muara Contoh \(angka belum valid\)  iid-2023-inferred {2}\d+,\d\d /m);
    // the two editions' predicates are the same ones (same id and label, 2023's ranges): one each, top band first
    expect(r.out).toMatch(/^Sebaran predikat \(terverifikasi\): Sangat Inovatif \d · Inovatif \d · Kurang Inovatif \d · Tidak Dapat Dinilai \d$/m);
  });
});
