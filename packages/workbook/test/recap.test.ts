import { describe, expect, it } from "vitest";
import { type Recap, type RecapRow } from "@inovasi/core";
import { RECAP_HEADERS, RECAP_HEADERS_EN, RECAP_MARKER, RECAP_MAX_FROZEN_ROWS, RECAP_PROBLEMS_PER_FILE, RECAP_SHEETS, RECAP_TITLES, distributionLabels, recapDuplicateNote, recapExpectedNotes, recapCountTargetsNote, recapGainText, recapWorkbook, firstPageLastCol, wrappedRowHeights, wrappedLines, rowPoints, LINE_POINTS } from "@inovasi/workbook";

const pred = (id: string, label: string) => ({ id, label: { id: label, en: label } });
const row = (id: string, name: string, rank: number | null, index: number | null): RecapRow => ({
  id,
  region: { name, level: "kabupaten", year: 2026, reported: true },
  edition: { id: "iid-2026", year: 2026, caveat: null, decimals: 2 },
  claimed: { index, predicate: pred("inovatif", "Inovatif"), spd: 40, sid: 60, total: 100, counted: 10 },
  verified: { index, predicate: pred("inovatif", "Inovatif"), spd: 40, sid: 60, total: 100, counted: 10 },
  innovations: 12,
  yandasMet: { claimed: true, verified: false },
  yandasApplies: true,
  nonCompliant: ["Dinas A", "=Dinas B"],
  agenciesWithout: ["Dinas A"],
  evidenceGap: { count: 3, points: 1.25, index: 0.5 },
  rank,
  flaws: null,
  countTargets: [],
  target: { band: pred("sangat-inovatif", "Sangat Inovatif"), index: 65.01, met: false, indexNeeded: 25.01, pointsNeeded: 62.53 },
  lacks: [
    { kind: "count", name: { id: "Skor jumlah inovasi", en: "Innovation count score" }, points: 71.44, index: 28.58, more: 188 },
    { kind: "indicator", indicatorId: "SID-20", name: { id: "Kualitas inovasi", en: "Quality" }, points: 4, index: 1.6 },
  ],
  plan: { target: { predicate: pred("sangat-inovatif", "Sangat Inovatif"), index: 65.01 }, status: "reached", steps: 4, effort: 7, end: { index: 65.02, predicate: pred("sangat-inovatif", "Sangat Inovatif") }, first: [{ kind: "evidence", text: { id: "Terima bukti", en: "Accept evidence" }, gain: 1.5, indexAfter: 41.5 }] },
});
const recap: Recap = {
  target: null,
  regions: [row("b.xlsx", "Kota B", 1, 40), row("a.xlsx", "Kabupaten A", 2, 39.5)],
  distribution: [{ predicate: pred("sangat-inovatif", "Sangat Inovatif"), claimed: 0, verified: 0, editions: ["iid-2026"] }, { predicate: pred("inovatif", "Inovatif"), claimed: 2, verified: 2, editions: ["iid-2026"] }],
  editions: [{ id: "iid-2026", year: 2026, caveat: null, regions: 2 }],
  mixedEditions: false,
  duplicates: [],
  years: [{ year: 2026, regions: 2, ids: ["b.xlsx", "a.xlsx"] }],
  mixedYears: false,
  provinces: [],
  expected: null,
  outsideDistribution: [],
  totals: { regions: 2, reported: 2, ranked: 2, unranked: { indexUnknown: 0, flawed: 0, notReported: 0 }, innovations: { reported: 24, counted: 20, flawed: 0 }, averageIndex: 39.75, withoutInnovation: [], agenciesWithout: 2 },
  year: 2026,
  outsideYear: [],
  notScored: [],
  unknownTarget: null,
};

describe("recapWorkbook", () => {
  const files = [
    { file: "a.xlsx", scored: true, problems: [{ severity: "warning" as const, message: "Inovasi!C3: …" }] },
    { file: "b.xlsx", scored: true, problems: [] },
    { file: "rusak.xlsx", scored: false, problems: Array.from({ length: RECAP_PROBLEMS_PER_FILE + 5 }, (_, i) => ({ severity: "error" as const, message: `masalah ${i}` })) },
  ];
  const { writes, output } = recapWorkbook(recap, files);
  const sheet = (name: string) => {
    const cells: Record<string, unknown> = {};
    for (const w of writes) if (w.sheet === name) cells[w.address] = w.value;
    return cells;
  };

  it("writes the recap table alphabetically under its notes, every header, one row per region", () => {
    const r = sheet(RECAP_SHEETS.recap);
    expect(r.A1).toBe(RECAP_MARKER);
    // the province in one line, above the files' count (figures: recap.totals)
    expect(r.B3).toBe("Seluruh daerah tahun 2026: 2 daerah, 2 melapor, 2 diberi peringkat · 24 inovasi, 20 dihitung (terverifikasi) · rata-rata indeks terverifikasi 39,75 (2 daerah berperingkat) · predikat terverifikasi: Sangat Inovatif 0, Inovatif 2 · daerah tanpa inovasi 0 · perangkat daerah tanpa inovasi (tahun aturan) 2");
    expect(r.B4).toBe("3 berkas: 2 dinilai, 1 tidak dapat dinilai (lihat lembar Masalah per Berkas).");
    RECAP_HEADERS.forEach((h) => expect(Object.entries(r).some(([a, v]) => a.endsWith("6") && v === h), h).toBe(true));
    expect([r.A7, r.A8]).toEqual(["Kabupaten A", "Kota B"]);
    expect(r.B7).toBe(2); // rank, beside the name (printed on the first page with the verified index and predicate)
    expect(r.H7).toBe("Kabupaten"); // the level as Pengaturan offers it, not the model id "kabupaten"
    expect(r.G7).toBeUndefined(); // Status Angka: nothing to say of a sound row
    expect(r.AB7).toBe("Skor jumlah inovasi (tambah 188 inovasi yang dihitung, masing-masing berskor median)");
    expect(r.AC7).toBe(71.44);
    // figures inside texts in the sheet's decimal mark; the plan's end index a number, like the other indices
    expect(r.AD7).toBe("SID-20 Kualitas inovasi: 4,00 poin");
    // the plan's outcome, not the region's standing: the row is below its target
    expect([r.AE7, r.AF7, r.AG7, r.AH7, r.AI7, r.AJ7]).toEqual(["Sangat Inovatif", 4, 7, 65.02, "rencana mencapai target", "Terima bukti (+1,50 indeks)"]);
    expect(writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.value === "Dinas A; =Dinas B")?.text).toBeUndefined();
  });

  it("a rule not judged (no agency listed): '?' under Belum Patuh and why beside it, never 0 (agency28, audit27 C2)", () => {
    const one = { ...row("a.xlsx", "Kabupaten A", 2, 39.5), nonCompliant: [], notJudged: ["satu"] };
    const book = recapWorkbook({ ...recap, regions: [one] }, []);
    const cells = (r: number) => Object.fromEntries(book.writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row === r).map((w) => [RECAP_HEADERS[w.col], w.value]));
    const header = book.writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.value === "Daerah")!.row;
    expect(cells(header + 1)["Perangkat Daerah Belum Patuh"]).toBe("?");
    expect(cells(header + 1)["Nama Perangkat Daerah Belum Patuh"]).toMatch(/^\(aturan tidak dapat dinilai/);
  });

  it("a region's targets of a number of innovations: the number asked, the innovations counted, met Ya/Tidak; a line under the totals (prov22)", () => {
    const target = (id: string, name: string, asked: number, count: number) => ({ targetId: id, name: { id: name, en: name }, year: 2026, target: asked, count, progress: Math.min(100, Math.round((count / asked) * 10000) / 100), met: count >= asked });
    const one = { ...row("a.xlsx", "Kabupaten A", 2, 39.5), countTargets: [target("target-daerah", "Target 60 inovasi", 60, 48)] };
    const two = { ...row("b.xlsx", "Kota B", 1, 40), countTargets: [target("target-daerah", "Target daerah", 10, 12), target("prov", "Target provinsi", 20, 12)] };
    const met = { ...row("c.xlsx", "Kota C", 3, 30), countTargets: [target("target-daerah", "Target 5 inovasi", 5, 12)] };
    const none = row("d.xlsx", "Kabupaten D", 4, 20);
    const book = recapWorkbook({ ...recap, regions: [one, two, met, none] }, []);
    const cells = (r: number) => Object.fromEntries(book.writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row === r).map((w) => [RECAP_HEADERS[w.col], w.value]));
    const header = book.writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.value === "Daerah")!.row;
    const cols = ["Target Jumlah Inovasi", "Inovasi Dihitung untuk Target", "Target Jumlah Tercapai"] as const;
    const byName = Object.fromEntries([1, 2, 3, 4].map((k) => { const c = cells(header + k); return [c["Daerah"], cols.map((h) => c[h])]; }));
    expect(byName).toEqual({
      "Kabupaten A": [60, 48, "Tidak"],
      // several targets: each named, met only when all are
      "Kota B": ["10 (Target daerah); 20 (Target provinsi)", "12 (Target daerah); 12 (Target provinsi)", "Tidak"],
      "Kota C": [5, 12, "Ya"],
      "Kabupaten D": [undefined, undefined, undefined],
    });
    const notes = book.writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row < header).map((w) => w.value);
    expect(notes).toContain("Target jumlah inovasi: tercapai 1 dari 3 daerah bertarget; belum: Kabupaten A 48 dari 60, Kota B 12 dari 20 (Target provinsi).");
    const en = recapWorkbook({ ...recap, regions: [one, met] }, [], "en").writes.filter((w) => w.sheet === RECAP_SHEETS.recap).map((w) => w.value);
    expect(en).toContain("Innovation count targets: met by 1 of the 2 regions with one; not met: Kabupaten A 48 of 60.");
    expect(en).toEqual(expect.arrayContaining(["Innovation Count Target", "Innovations Counted for the Target", "Count Target Met", "Yes", "No"]));
    // no region with such a target: no line
    expect(recapWorkbook(recap, []).writes.some((w) => String(w.value).startsWith("Target jumlah inovasi"))).toBe(false);
  });

  it("a region short of two targets of one number is named once, both targets beside it; two numbers in its one entry (audit37 #2)", () => {
    const target = (id: string, name: string, asked: number, count: number) => ({ targetId: id, name: { id: name, en: name }, year: 2026, target: asked, count, progress: 0, met: count >= asked });
    // the province's model asks 60, the workbook's own Target Rencana 60 too: "Bukit 48 dari 60 (…), Bukit 48 dari 60 (…)"
    const bukit = { ...row("bukit.xlsx", "Kabupaten Bukit Contoh", 2, 26), countTargets: [target("target-60", "60 inovasi setahun", 60, 48), target("target-daerah", "Target 60 inovasi", 60, 48)] };
    const baru = { ...row("baru.xlsx", "Kota Baru Contoh", 3, 25), countTargets: [target("target-60", "60 inovasi setahun", 60, 80), target("target-daerah", "Target 100 inovasi", 100, 80)] };
    const hulu = { ...row("hulu.xlsx", "Kabupaten Hulu Contoh", 1, 54), countTargets: [target("target-60", "60 inovasi setahun", 60, 50), target("target-daerah", "Target 100 inovasi", 100, 50)] };
    expect(recapCountTargetsNote({ regions: [bukit, baru, hulu] })).toBe(
      "Target jumlah inovasi: tercapai 0 dari 3 daerah bertarget; belum: Kabupaten Bukit Contoh 48 dari 60 (60 inovasi setahun, Target 60 inovasi), Kota Baru Contoh 80 dari 100 (Target 100 inovasi), Kabupaten Hulu Contoh 50 dari 60 (60 inovasi setahun) dan 50 dari 100 (Target 100 inovasi).",
    );
    expect(recapCountTargetsNote({ regions: [bukit, hulu] }, "en")).toBe(
      "Innovation count targets: met by 0 of the 2 regions with one; not met: Kabupaten Bukit Contoh 48 of 60 (60 inovasi setahun, Target 60 inovasi), Kabupaten Hulu Contoh 50 of 60 (60 inovasi setahun) and 50 of 100 (Target 100 inovasi).",
    );
  });

  it("the Rekap's per-target columns: targets of one number and one count are one entry naming both, as the line above says them (tidy38)", () => {
    const target = (id: string, name: [string, string], asked: number, count: number, year = 2026) => ({ targetId: id, name: { id: name[0], en: name[1] }, year, target: asked, count, progress: 0, met: count >= asked });
    const model = target("target-60", ["60 inovasi setahun", "60 innovations a year"], 60, 48);
    const own = target("target-daerah", ["Target 60 inovasi", "Target of 60 innovations"], 60, 48);
    const bukit = { ...row("bukit.xlsx", "Kabupaten Bukit Contoh", 2, 26), countTargets: [model, own] };
    // one number, two counts (another year's target counts that year's innovations): two entries, each named
    const lalu = target("target-lalu", ["60 inovasi 2025", "60 innovations in 2025"], 60, 30, 2025);
    const hulu = { ...row("hulu.xlsx", "Kabupaten Hulu Contoh", 1, 54), countTargets: [model, lalu, own] };
    const columns = (locale: "id" | "en") => {
      const book = recapWorkbook({ ...recap, regions: [bukit, hulu] }, [], locale);
      const headers = locale === "en" ? RECAP_HEADERS_EN : RECAP_HEADERS;
      const header = book.writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.value === headers[0])!.row;
      const cells = (r: number) => Object.fromEntries(book.writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row === r).map((w) => [headers[w.col], w.value]));
      const cols = (["Target Jumlah Inovasi", "Inovasi Dihitung untuk Target", "Target Jumlah Tercapai"] as const).map((h) => headers[RECAP_HEADERS.indexOf(h)]!);
      return Object.fromEntries([1, 2].map((k) => { const c = cells(header + k); return [c[headers[0]!], cols.map((h) => c[h])]; }));
    };
    expect(columns("id")).toEqual({
      "Kabupaten Bukit Contoh": ["60 (60 inovasi setahun, Target 60 inovasi)", "48 (60 inovasi setahun, Target 60 inovasi)", "Tidak"],
      "Kabupaten Hulu Contoh": ["60 (60 inovasi setahun, Target 60 inovasi); 60 (60 inovasi 2025)", "48 (60 inovasi setahun, Target 60 inovasi); 30 (60 inovasi 2025)", "Tidak"],
    });
    expect(columns("en")).toEqual({
      "Kabupaten Bukit Contoh": ["60 (60 innovations a year, Target of 60 innovations)", "48 (60 innovations a year, Target of 60 innovations)", "No"],
      "Kabupaten Hulu Contoh": ["60 (60 innovations a year, Target of 60 innovations); 60 (60 innovations in 2025)", "48 (60 innovations a year, Target of 60 innovations); 30 (60 innovations in 2025)", "No"],
    });
  });

  it("many regions short of a count target: counts, per target, the three furthest named, the rest in the column — sheet, CLI and pane one line (recap23)", () => {
    const target = (id: string, name: string, asked: number, count: number) => ({ targetId: id, name: { id: name, en: name }, year: 2026, target: asked, count, progress: 0, met: count >= asked });
    // 30 regions, each with its own workbook target and the province's (60): 29 short of one or both
    const regions = Array.from({ length: 30 }, (_, k) => ({
      ...row(`r${k}.xlsx`, `Kabupaten ${String(k).padStart(2, "0")}`, k + 1, 40),
      countTargets: [target("target-daerah", `Target ${80 + k} inovasi`, 80 + k, 20 + 2 * k), target("prov", "Target provinsi", 60, 20 + 2 * k)],
    }));
    regions[29]!.countTargets = [target("target-daerah", "Target 10 inovasi", 10, 90), target("prov", "Target provinsi", 60, 90)];
    const note = (locale: "id" | "en") => recapCountTargetsNote({ regions }, locale)!;
    expect(note("id")).toBe(
      'Target jumlah inovasi: tercapai 1 dari 30 daerah bertarget; belum 29 daerah (target buku kerja 29, Target provinsi 20), terjauh: Kabupaten 00 20 dari 80 (Target 80 inovasi), Kabupaten 01 22 dari 81 (Target 81 inovasi), Kabupaten 02 24 dari 82 (Target 82 inovasi); 26 lainnya di kolom "Target Jumlah Tercapai" lembar Rekap.',
    );
    expect(note("en")).toBe(
      'Innovation count targets: met by 1 of the 30 regions with one; not met by 29 regions (the workbooks\' own target 29, Target provinsi 20), the furthest: Kabupaten 00 20 of 80 (Target 80 inovasi), Kabupaten 01 22 of 81 (Target 81 inovasi), Kabupaten 02 24 of 82 (Target 82 inovasi); the other 26 in the "Count Target Met" column of the Rekap sheet.',
    );
    // the sheet writes the same line (the CLI and the pane print recapCountTargetsNote too)
    expect(recapWorkbook({ ...recap, regions }, []).writes.map((w) => w.value)).toContain(note("id"));
  });

  it("the three furthest are regions that reported, one that did not named apart (audit35 #2); figures not valid yet are neither met nor short, counted at the end (recap25)", () => {
    const target = (asked: number, count: number) => ({ targetId: "target-daerah", name: { id: `Target ${asked} inovasi`, en: `Target ${asked} inovasi` }, year: 2026, target: asked, count, progress: 0, met: count >= asked });
    const regions = Array.from({ length: 9 }, (_, k) => ({ ...row(`r${k}.xlsx`, `Kabupaten ${k}`, k + 1, 40), countTargets: [target(60, 10 + 5 * k)] }));
    // Kabupaten 0 did not report (its empty workbook: 0 of 60, the furthest by share); Kabupaten 1's file has errors
    regions[0] = { ...regions[0]!, rank: null, region: { ...regions[0]!.region, reported: false }, countTargets: [target(60, 0)] };
    regions[1] = { ...regions[1]!, rank: null, flaws: { errors: 2, missing: [], columns: [] } };
    regions[8] = { ...regions[8]!, countTargets: [target(60, 70)] };
    regions.push({ ...row("r9.xlsx", "Kabupaten 9", null, 40), flaws: { errors: 0, missing: ["SPD"], columns: [] }, countTargets: [target(60, 90)] });
    expect(recapCountTargetsNote({ regions })).toBe(
      // Kabupaten 9 (no SPD sheet, 90 of 60: met, `countTargetMet`) is met all the same, said so (recplan29; it was
      // counted apart too); Kabupaten 1 (errors, short) waits
      'Target jumlah inovasi: tercapai 2 dari 10 daerah bertarget (1 walau angkanya belum valid: baris yang terbaca sudah mencapainya, baris yang tidak dihitung hanya dapat menambah); belum 7 daerah, terjauh: Kabupaten 2 20 dari 60, Kabupaten 3 25 dari 60, Kabupaten 4 30 dari 60; 1 belum melapor: Kabupaten 0; 3 lainnya di kolom "Target Jumlah Tercapai" lembar Rekap; 1 daerah belum dihitung: angka belum valid (lihat Status Angka).',
    );
    expect(recapCountTargetsNote({ regions }, "en")).toBe(
      'Innovation count targets: met by 2 of the 10 regions with one (1 although its figures are not valid yet: the rows read already reach it, and rows left out can only add); not met by 7 regions, the furthest: Kabupaten 2 20 of 60, Kabupaten 3 25 of 60, Kabupaten 4 30 of 60; 1 not reported: Kabupaten 0; the other 3 in the "Count Target Met" column of the Rekap sheet; 1 not counted: figures not valid yet (see Figures Status).',
    );
    // short regions none of which reported: counted as such, none "furthest"; more than three: not named (audit35 #2)
    const silent = Array.from({ length: 6 }, (_, k) => ({ ...row(`s${k}.xlsx`, `Kota ${k}`, null, 0), region: { name: `Kota ${k}`, level: "kota", year: 2026, reported: false }, countTargets: [target(60, k)] }));
    expect(recapCountTargetsNote({ regions: silent })).toBe('Target jumlah inovasi: tercapai 0 dari 6 daerah bertarget; belum 6 daerah; 6 belum melapor; semuanya di kolom "Target Jumlah Tercapai" lembar Rekap.');
    expect(recapCountTargetsNote({ regions: silent }, "en")).toBe('Innovation count targets: met by 0 of the 6 regions with one; not met by 6 regions; 6 not reported; all in the "Count Target Met" column of the Rekap sheet.');
    // the sheet: the line, the column the line points at, and the largest gap waiting for the fix (English too)
    const book = (locale: "id" | "en") => recapWorkbook({ ...recap, regions }, [], locale).writes.filter((w) => w.sheet === RECAP_SHEETS.recap);
    const header = book("id").find((w) => w.value === "Daerah")!.row;
    const cell = (locale: "id" | "en", name: string, h: (typeof RECAP_HEADERS)[number]) => {
      const at = book(locale).find((w) => w.col === 0 && w.value === name)!.row;
      return book(locale).find((w) => w.row === at && w.col === RECAP_HEADERS.indexOf(h))?.value;
    };
    expect(book("id").some((w) => w.row < header && w.value === recapCountTargetsNote({ regions }))).toBe(true);
    expect(["Kabupaten 0", "Kabupaten 1", "Kabupaten 2", "Kabupaten 8", "Kabupaten 9"].map((n) => cell("id", n, "Target Jumlah Tercapai"))).toEqual(["Tidak", "angka belum valid", "Tidak", "Ya", "Ya (baris yang terbaca sudah mencapainya)"]);
    expect(["Kekurangan Terbesar", "Poin", "Kekurangan Berikutnya"].map((h) => cell("id", "Kabupaten 1", h as (typeof RECAP_HEADERS)[number]))).toEqual(["menunggu angka valid (lihat Status Angka)", undefined, undefined]);
    expect([cell("en", "Kabupaten 9", "Target Jumlah Tercapai"), cell("en", "Kabupaten 9", "Kekurangan Terbesar")]).toEqual(["Yes (the rows read already reach it)", "waits for valid figures (see Figures Status)"]);
    expect(cell("id", "Kabupaten 2", "Kekurangan Terbesar")).toBe("Skor jumlah inovasi (tambah 188 inovasi yang dihitung, masing-masing berskor median)");
  });

  it("measures the shortfall to the target the plan aims at, keeps the plan's final index a number, and words the severity in Bahasa", () => {
    // the default target (no --target): core's row target is the plan's, one predicate up
    const next = row("k.xlsx", "Kota Pelabuhan", 3, 37.75);
    next.target = { band: pred("inovatif", "Inovatif"), index: 40.01, met: false, indexNeeded: 2.26, pointsNeeded: 5.65 };
    next.plan = { target: { predicate: pred("inovatif", "Inovatif"), index: 40.01 }, status: "out_of_reach", steps: 1, effort: 2, end: { index: 38.5, predicate: pred("kurang-inovatif", "Kurang Inovatif") }, first: [] };
    const book = recapWorkbook({ ...recap, regions: [next] }, [{ file: "k.xlsx", id: "k.xlsx", scored: true, problems: [{ severity: "error", message: "x" }, { severity: "warning", message: "y" }] }]);
    const cells = Object.fromEntries(book.writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row === 6).map((w) => [RECAP_HEADERS[w.col], w.value]));
    expect([cells["Target (juga Rencana)"], cells["Kurang ke Target (indeks)"], cells["Rencana: Menuju"]]).toEqual(["Inovatif", 2.26, "Inovatif"]);
    expect([cells["Rencana: Indeks Akhir"], cells["Rencana: Status"]]).toEqual([38.5, "rencana tidak sampai ke target"]);
    const problems = book.writes.filter((w) => w.sheet === RECAP_SHEETS.problems && w.col === 2 && w.row > 2).map((w) => w.value);
    // in the words of the workbook's own Masalah sheet
    expect(problems).toEqual(["Kesalahan", "Peringatan"]);
  });

  it("shows every index and points figure with two decimals (an index of 24 as 24.00), and wraps the table's long headings", () => {
    const fmt = (sheetName: string, address: string) => writes.find((w) => w.sheet === sheetName && w.address === address)?.numFmt;
    const kota = sheet(RECAP_SHEETS.recap);
    const rows = [7, 8];
    const integral = rows.flatMap((row) => ["H", "J", "L", "M", "X", "Y", "AA", "AC", "AH"].map((c) => `${c}${row}`)).filter((a) => typeof kota[a] === "number");
    expect(integral.length).toBeGreaterThan(10);
    for (const a of integral) expect(fmt(RECAP_SHEETS.recap, a), a).toBe("0.00");
    expect(fmt(RECAP_SHEETS.recap, "N7")).toBeUndefined(); // a count of innovations stays a count
    expect(output.ownedSheets.find((s) => s.name === RECAP_SHEETS.recap)!.wrapRows).toEqual([0, 5]); // the title, the header
    expect(output.ownedSheets.find((s) => s.name === RECAP_SHEETS.ranking)!.wrapRows).toEqual([2]);
  });

  it("shows each region's index at its own edition's decimals (a recap may mix editions): 39 under a 0-decimal model, not 39.00; its first step's gain too", () => {
    const whole = row("c.xlsx", "Kota C", 1, 39);
    whole.edition = { id: "prov-x-2026", year: 2026, caveat: null, decimals: 0 };
    Object.assign(whole.evidenceGap, { index: 1 });
    whole.target = { ...whole.target!, index: 65, indexNeeded: 26 };
    whole.plan = { ...whole.plan!, target: { predicate: whole.plan!.target!.predicate, index: 65 }, end: { ...whole.plan!.end, index: 65 }, first: [{ kind: "evidence", text: { id: "Terima bukti", en: "Accept evidence" }, gain: 0.4, indexAfter: 39 }] };
    const mixed: Recap = { ...recap, regions: [...recap.regions, whole], editions: [...recap.editions, { id: "prov-x-2026", year: 2026, caveat: null, regions: 1 }], mixedEditions: true };
    const book = recapWorkbook(mixed, files);
    const at = (sheetName: string, r: number, c: number) => book.writes.find((w) => w.sheet === sheetName && w.row === r && w.col === c);
    const index = (["Indeks Klaim", "Indeks Terverifikasi", "Kekurangan Bukti (indeks)", "Kurang ke Target (indeks)", "Rencana: Indeks Akhir"] as const).map((h) => RECAP_HEADERS.indexOf(h));
    for (const c of index) {
      expect(at(RECAP_SHEETS.recap, book.at.recap["c.xlsx"]!, c)?.numFmt, RECAP_HEADERS[c]).toBe("0");
      expect(at(RECAP_SHEETS.recap, book.at.recap["a.xlsx"]!, c)?.numFmt, RECAP_HEADERS[c]).toBe("0.00");
    }
    // points stay at two decimals
    expect(at(RECAP_SHEETS.recap, book.at.recap["c.xlsx"]!, RECAP_HEADERS.indexOf("SPD (terverifikasi)"))?.numFmt).toBe("0.00");
    // the ranking's indices likewise
    for (const c of [2, 4]) {
      expect(at(RECAP_SHEETS.ranking, book.at.ranking["c.xlsx"]!, c)?.numFmt).toBe("0");
      expect(at(RECAP_SHEETS.ranking, book.at.ranking["a.xlsx"]!, c)?.numFmt).toBe("0.00");
    }
    // a step that moves no whole index: "+<1", as inovasi plan prints it (it was "+0,40")
    expect(at(RECAP_SHEETS.recap, book.at.recap["c.xlsx"]!, RECAP_HEADERS.indexOf("Rencana: Langkah Pertama"))?.value).toBe("Terima bukti (+<1 indeks)");
    expect(at(RECAP_SHEETS.recap, book.at.recap["a.xlsx"]!, RECAP_HEADERS.indexOf("Rencana: Langkah Pertama"))?.value).toBe("Terima bukti (+1,50 indeks)");
    expect(recapGainText(0.004, "id", 2)).toBe("+<0,01");
    expect(recapGainText(1, "en", 0)).toBe("+1");
  });

  it("describes a column chart over the distribution table (rows 5–6, claimed and verified series)", () => {
    const d = sheet(RECAP_SHEETS.distribution);
    expect([d.A4, d.B4, d.C4]).toEqual(["Predikat", "Klaim", "Terverifikasi"]);
    expect([d.A5, d.C5, d.A6, d.C6]).toEqual(["Sangat Inovatif", 0, "Inovatif", 2]);
    expect(output.charts).toEqual([expect.objectContaining({ sheet: RECAP_SHEETS.distribution, kind: "column", firstRow: 4, lastRow: 5, series: [{ col: 1, name: "Klaim" }, { col: 2, name: "Terverifikasi" }] })]);
    expect(output.ownedSheets.map((s) => s.name)).toEqual(Object.values(RECAP_SHEETS));
  });

  it("lists each file's problems apart, a file not scored with its reasons, capped with a count", () => {
    const p = writes.filter((w) => w.sheet === RECAP_SHEETS.problems && w.col === 3 && w.row > 2).map((w) => w.value);
    expect(p[0]).toBe("Inovasi!C3: …");
    expect(p[1]).toBe("(tidak ada masalah)");
    expect(p.filter((v) => String(v).startsWith("masalah "))).toHaveLength(RECAP_PROBLEMS_PER_FILE);
    expect(p.at(-1)).toBe("… dan 5 masalah lainnya (jalankan inovasi score pada berkas ini untuk daftar lengkap)");
  });
});

describe("recapWorkbook positions (links into the written sheets)", () => {
  const files = [
    { file: "a.xlsx", scored: true, problems: [{ severity: "warning" as const, message: "Inovasi!C3: …" }] },
    { file: "b.xlsx", scored: true, problems: [] },
    { file: "rusak.xlsx", scored: false, problems: [{ severity: "error" as const, message: "rusak" }] },
  ];
  const { writes, at } = recapWorkbook(recap, files);
  const value = (sheet: string, r: number, c: number) => writes.find((w) => w.sheet === sheet && w.row === r && w.col === c)?.value;
  it("each region's row on Rekap and Peringkat, each predicate's row, each file's first problem row", () => {
    expect(value(RECAP_SHEETS.recap, at.recap["a.xlsx"]!, 0)).toBe("Kabupaten A");
    expect(value(RECAP_SHEETS.recap, at.recap["b.xlsx"]!, 0)).toBe("Kota B");
    expect(value(RECAP_SHEETS.ranking, at.ranking["b.xlsx"]!, 1)).toBe("Kota B");
    expect(value(RECAP_SHEETS.ranking, at.ranking["a.xlsx"]!, 0)).toBe(2);
    expect(at.distribution.map((r) => value(RECAP_SHEETS.distribution, r, 0))).toEqual(["Sangat Inovatif", "Inovatif"]);
    expect(value(RECAP_SHEETS.problems, at.problems["rusak.xlsx"]!, 3)).toBe("rusak");
    expect(value(RECAP_SHEETS.problems, at.problems["b.xlsx"]!, 3)).toBe("(tidak ada masalah)");
  });
});

describe("Rekap's notes as printed", () => {
  it("sit right of the column repeated on every page, each merged across the first page's other columns and wrapped, the row as tall as its text", () => {
    const { writes, output } = recapWorkbook(recap, []);
    const rekap = output.ownedSheets.find((s) => s.name === RECAP_SHEETS.recap)!;
    expect(rekap.print?.titleCols).toEqual({ first: 0, last: 0 });
    const last = firstPageLastCol(rekap.widths, rekap.print!);
    expect(last).toBe(8); // Daerah … Tahun (A–I) at 75 % on a Letter page, LibreOffice's widths
    const notes = writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row > 0 && w.row < 5 && w.value !== null);
    expect(notes.length).toBe(4);
    // nothing in column A beside a note: on the pages after the first, column A is printed alone in those rows
    expect(notes.every((w) => w.col === 1)).toBe(true);
    expect(rekap.merges).toEqual([1, 2, 3, 4].map((row) => ({ row, col: 1, cols: last })));
    // the title alone in A1, wrapped within column A: whole on every page
    expect(writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row === 0 && w.value !== null).map((w) => w.address)).toEqual(["A1"]);
    expect(rekap.wrapRows).toContain(0);
    const heights = wrappedRowHeights(writes, rekap);
    const totals = notes.find((w) => String(w.value).startsWith("Seluruh daerah"))!;
    expect(heights.get(totals.row)).toBe(rowPoints(wrappedLines(String(totals.value), rekap.widths.slice(1, last + 1).reduce((a, b) => a + b, 0))));
    expect(heights.get(totals.row)).toBeGreaterThan(LINE_POINTS);
  });
});

describe("recapWorkbook's frozen rows", () => {
  it("freezes the notes with the table's header, but not a long list of regions that sent nothing", () => {
    const rekap = (n: number) => recapWorkbook({ ...recap, expected: { year: 2026, listed: 38, missing: Array.from({ length: n }, (_, k) => ({ name: `Kabupaten ${k}`, level: "kabupaten" as const, otherYears: [] })), notListed: [] } }, []).output.ownedSheets[0]!;
    expect(rekap(3).freezeRows).toBe(10); // title, edition, list heading, 3 regions, totals, files, target, header
    expect(rekap(3).freezeRows).toBeLessThanOrEqual(RECAP_MAX_FROZEN_ROWS);
    expect(rekap(3).freezeCols).toBe(1); // the region's name stays in view
    // 26 frozen rows would fill the window: the list becomes one note, and the header stays frozen
    expect(rekap(20).freezeRows).toBe(7); // title, edition, the list in one line, totals, files, target, header
    const many = recapWorkbook({ ...recap, expected: { year: 2026, listed: 38, missing: Array.from({ length: 20 }, (_, k) => ({ name: `Kabupaten ${k}`, level: "kabupaten" as const, otherYears: [] })), notListed: [] } }, []);
    expect(many.writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.row === 2 && w.col === 1)?.value).toBe(`20 dari 38 daerah dalam daftar daerah belum mengirim berkas 2026: ${Array.from({ length: 20 }, (_, k) => `Kabupaten ${k}`).join("; ")}`);
  });
});

describe("recapExpectedNotes", () => {
  it("names the listed regions with no file, the files not on the list, and a level picked wrong in the workbook", () => {
    const expected = {
      year: 2026,
      listed: 3,
      missing: [{ name: "Kabupaten Danau", level: "kabupaten" as const, at: "daftar.txt baris 2", otherYears: [] }],
      notListed: [{ id: "danau.xlsx", name: "Kabupaten Danau", level: "kota", at: "Pengaturan!B2", near: { name: "Kabupaten Danau", level: "kabupaten" as const, at: "daftar.txt baris 2" } }],
    };
    expect(recapExpectedNotes(expected, "id", ["rusak.xlsx"])).toEqual([
      "1 dari 3 daerah dalam daftar daerah belum mengirim berkas 2026:",
      "· Kabupaten Danau (daftar.txt baris 2)",
      "1 berkas tidak dapat dinilai; daerahnya mungkin salah satu di atas (lihat lembar Masalah per Berkas).",
      "1 berkas dinilai untuk daerah yang tidak ada dalam daftar daerah (periksa ejaan nama daerah di buku kerjanya, atau tambahkan daerah itu ke daftar):",
      '· danau.xlsx: "Kabupaten Danau" (Pengaturan!B2) — mirip "Kabupaten Danau" (daftar.txt baris 2), yang belum mengirim berkas; tingkatnya berbeda: buku kerja Kota, daftar Kabupaten (periksa Tingkat di Pengaturan)',
    ]);
    // a file that could not be scored, whose name holds the region's: named beside it
    expect(recapExpectedNotes(expected, "id", ["kab-danau-2026.xlsx", "x.xlsx"]).slice(1, 3)).toEqual([
      "· Kabupaten Danau (daftar.txt baris 2) — berkasnya mungkin kab-danau-2026.xlsx, yang tidak dapat dinilai (lihat lembar Masalah per Berkas)",
      "1 berkas tidak dapat dinilai; daerahnya mungkin salah satu di atas (lihat lembar Masalah per Berkas).",
    ]);
    expect(recapExpectedNotes(expected, "en").at(-1)).toBe(
      '· danau.xlsx: "Kabupaten Danau" (Pengaturan!B2) — close to "Kabupaten Danau" (daftar.txt baris 2), which sent no file; the levels differ: the workbook Kota, the list Kabupaten (check Tingkat on Pengaturan)',
    );
  });
});

describe("one Nama Daerah in two files (audit27 d11: a workbook copied from a neighbour's)", () => {
  const dup = { name: "Kabupaten Bukit Contoh", year: 2026, ids: ["kab-bukit-contoh.xlsx", "kab-rawa-contoh.xlsx"], names: ["Kabupaten Bukit Contoh"], kept: null, left: [], by: null, saved: { "kab-bukit-contoh.xlsx": "2026-05-15T00:00:00Z", "kab-rawa-contoh.xlsx": "2026-05-15T00:00:00Z" } };
  const expected = (missing: string[]) => ({ year: 2026, listed: 12, missing: missing.map((name, k) => ({ name, level: "kabupaten" as const, at: `daftar.txt baris ${7 + k}`, otherYears: [] })), notListed: [] });
  it("a listed region with no file whose name is in one file's name: that file named, beside the region and in the note", () => {
    const e = expected(["Kabupaten Rawa Contoh"]);
    expect(recapExpectedNotes(e, "id", [], [dup])[1]).toBe(
      `· Kabupaten Rawa Contoh (daftar.txt baris 7) — berkasnya mungkin kab-rawa-contoh.xlsx, yang Nama Daerah-nya "Kabupaten Bukit Contoh" seperti berkas lain (periksa Nama Daerah di lembar Pengaturan berkas itu)`,
    );
    expect(recapDuplicateNote(dup, "id", e)).toContain(
      `(satu daerah tidak dihitung dua kali); kab-rawa-contoh.xlsx mungkin berkas Kabupaten Rawa Contoh, yang ada di daftar daerah tetapi belum mengirim berkas (nama berkasnya menyebut daerah itu): periksa Nama Daerah di lembar Pengaturan kab-rawa-contoh.xlsx; bila keduanya memang daerah yang sama, keluarkan berkas yang lama lalu jalankan lagi.`,
    );
    expect(recapDuplicateNote(dup, "en", e)).toContain(`kab-rawa-contoh.xlsx may be Kabupaten Rawa Contoh's file, on the list of regions but with no file yet (the file's name says that region): check the region's name on kab-rawa-contoh.xlsx's Pengaturan sheet; if both really are that region, leave the old file out and run again.`);
    // the newer counted: the hint follows, as its own sentence
    expect(recapDuplicateNote({ ...dup, kept: "kab-rawa-contoh.xlsx", left: ["kab-bukit-contoh.xlsx"], by: "workbook" }, "id", e)).toMatch(/dari rekap\. Kab-rawa-contoh\.xlsx mungkin berkas Kabupaten Rawa Contoh, .*kab-rawa-contoh\.xlsx\.$/);
  });
  it("a listed region with no file, no file named so: one of the two may mean it; no list: the file whose name is not the region's", () => {
    const files = { ...dup, ids: ["a.xlsx", "b.xlsx"] };
    expect(recapDuplicateNote(files, "id", expected(["Kabupaten Rawa Contoh"]))).toContain(`; salah satu dari a.xlsx dan b.xlsx mungkin berkas Kabupaten Rawa Contoh, yang ada di daftar daerah tetapi belum mengirim berkas: periksa Nama Daerah di lembar Pengaturan keduanya; bila keduanya`);
    expect(recapDuplicateNote(dup, "id")).toContain(`; nama berkas kab-rawa-contoh.xlsx tidak memuat nama Kabupaten Bukit Contoh: mungkin berkas daerah lain yang Nama Daerah-nya tersalin; periksa Nama Daerah di lembar Pengaturannya; bila keduanya memang daerah yang sama, keluarkan berkas yang lama lalu jalankan lagi.`);
    // copies of one region's file (both names hold it), no list: as before
    expect(recapDuplicateNote({ ...dup, ids: ["kab-bukit-contoh.xlsx", "kab-bukit-contoh (1).xlsx"] }, "id")).toMatch(/\(satu daerah tidak dihitung dua kali\); keluarkan berkas yang lama lalu jalankan lagi\.$/);
  });
});

describe("recapWorkbook in the run's language", () => {
  // labels that differ between the languages, so a Bahasa label in the English workbook shows
  const p2 = (id: string, label: string, en: string) => ({ id, label: { id: label, en } });
  const top = p2("sangat-inovatif", "Sangat Inovatif", "Very Innovative");
  const mid = p2("inovatif", "Inovatif", "Innovative");
  const base = recap.regions[0]!;
  const region = (id: string, name: string, over: Partial<RecapRow>): RecapRow => ({
    ...base, id, region: { ...base.region, name }, claimed: { ...base.claimed, predicate: mid }, verified: { ...base.verified, predicate: mid }, lacks: [], plan: null, target: null, ...over,
  });
  const lacks: RecapRow["lacks"] = [
    { kind: "count", name: { id: "Skor jumlah inovasi", en: "Innovation count score" }, points: 71.44, index: 28.58, more: 188 },
    { kind: "yandas", name: { id: "Urusan pelayanan dasar", en: "Basic-service urusan" }, points: 10, index: 4, more: 2 },
    { kind: "evidence", name: { id: "Bukti dukung", en: "Evidence" }, points: 3, index: 1.2, more: 7 },
  ];
  const plan = (status: "reached" | "out_of_reach"): RecapRow["plan"] => ({
    target: { predicate: top, index: 65.01 }, status, steps: 4, effort: 7, end: { index: status === "reached" ? 65.02 : 50.5, predicate: status === "reached" ? top : mid },
    first: [{ kind: "evidence", text: { id: "Terima bukti", en: "Accept evidence" }, gain: 1.5, indexAfter: 41.5 }],
  });
  const mixed: Recap = {
    ...recap,
    regions: [
      region("a.xlsx", "Kabupaten A", { lacks, plan: plan("reached"), target: { band: top, index: 65.01, met: false, indexNeeded: 25.01, pointsNeeded: 62.53 } }),
      region("b.xlsx", "Kota B", { lacks: [], plan: plan("out_of_reach"), yandasMet: { claimed: true, verified: true }, target: { band: top, index: 65.01, met: true, indexNeeded: 0, pointsNeeded: 0 } }),
      region("c.xlsx", "Kabupaten C", { yandasMet: { claimed: null, verified: null } }),
      region("p.xlsx", "Provinsi P", { region: { ...base.region, name: "Provinsi P", level: "provinsi" } }),
    ],
    distribution: [{ predicate: top, claimed: 0, verified: 0, editions: ["iid-2026"] }, { predicate: mid, claimed: 2, verified: 2, editions: ["iid-2026"] }, { predicate: null, claimed: 1, verified: 1, editions: ["iid-2026"] }],
    editions: [{ id: "iid-2026", year: 2026, caveat: { id: "angka sementara", en: "provisional figures" }, regions: 3 }, { id: "iid-2025", year: 2025, caveat: null, regions: 1 }],
    mixedEditions: true,
    duplicates: [{ name: "Kabupaten A", year: 2026, ids: ["a.xlsx", "a2.xlsx"], names: ["Kabupaten A", "Kab. A"], kept: "a.xlsx", left: ["a2.xlsx"], by: "workbook", saved: { "a.xlsx": "2026-06-01T09:30:00Z", "a2.xlsx": null } }],
    years: [{ year: 2026, regions: 3, ids: ["a.xlsx", "b.xlsx", "p.xlsx"] }, { year: 2025, regions: 1, ids: ["c.xlsx"] }],
    mixedYears: true,
    provinces: ["p.xlsx"],
    outsideDistribution: ["c.xlsx", "p.xlsx"],
    outsideYear: [{ id: "d.xlsx", year: 2024 }],
    expected: {
      year: 2026, listed: 5,
      missing: [{ name: "Kabupaten E", level: "kabupaten", at: { id: "daftar.txt baris 4", en: "daftar.txt line 4" }, otherYears: ["2025"] }],
      notListed: [{ id: "c.xlsx", name: "Kabupaten C", level: "kota", at: "Pengaturan!B2", near: { name: "Kabupaten Ce", level: "kabupaten", at: { id: "daftar.txt baris 2", en: "daftar.txt line 2" } } }],
    },
  };
  const files = (locale: "id" | "en") => [
    { file: "a.xlsx", id: "a.xlsx", scored: true, problems: [{ severity: "warning" as const, message: locale === "en" ? "Inovasi!C3: check" : "Inovasi!C3: periksa" }] },
    { file: "a2.xlsx", id: "a2.xlsx", scored: true, problems: [] },
    { file: "b.xlsx", id: "b.xlsx", scored: true, problems: [] },
    { file: "d.xlsx", id: "d.xlsx", scored: true, problems: [] },
    { file: "rusak.xlsx", scored: false, problems: Array.from({ length: RECAP_PROBLEMS_PER_FILE + 2 }, () => ({ severity: "error" as const, message: locale === "en" ? "broken" : "rusak" })) },
  ];
  const id = recapWorkbook(mixed, files("id"), "id");
  const en = recapWorkbook(mixed, files("en"), "en");
  // what stays as written in both: each sheet's A1 title and the sheet names in the notes (how the tool knows its
  // sheets), the regions', files' and agencies' names, the level as picked on Pengaturan, the command's name, and the
  // words both languages share
  const names = Object.values(RECAP_SHEETS).sort((x, y) => y.length - x.length);
  const words = (b: typeof id) =>
    new Set(b.writes.flatMap((w) => (typeof w.value === "string" && w.row > 0 ? (names.reduce((t, n) => t.replaceAll(n, " "), w.value).toLowerCase().match(/\p{L}+/gu) ?? []) : [])));
  const kept = new Set([
    ...["Kabupaten A", "Kota B", "Kabupaten C", "Provinsi P", "Kabupaten E", "Kabupaten Ce", "Kab. A", "Dinas A; =Dinas B", "a.xlsx a2.xlsx d.xlsx rusak.xlsx", "daftar.txt Pengaturan Tingkat", "inovasi score rekap --year UTC iid"]
      .flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []),
    "target", "spd", "sid", "yandas", "status", "error", "urusan", "median",
  ]);

  it("writes no Bahasa word of its own on any recap sheet of an English run", () => {
    const bahasa = [...words(id)].filter((w) => !kept.has(w));
    expect(bahasa).toEqual(expect.arrayContaining(["poin", "indeks", "tercapai", "berkas", "dinilai", "ya", "tidak", "tambah", "lagi", "jawaban", "peringatan", "daerah", "edisi"]));
    expect([...words(en)].filter((w) => bahasa.includes(w))).toEqual([]);
  });

  it("keeps the columns, rows, formats and positions of the Bahasa run; only the words differ", () => {
    const shape = (b: typeof id) => b.writes.map((w) => [w.sheet, w.address, typeof w.value, w.numFmt, w.header, w.text]);
    expect(shape(en)).toEqual(shape(id));
    expect(en.at).toEqual(id.at);
    expect(en.output.ownedSheets.map((s) => [s.name, s.freezeRows, s.headingRows, s.wrapRows])).toEqual(id.output.ownedSheets.map((s) => [s.name, s.freezeRows, s.headingRows, s.wrapRows]));
    const rekap = (b: typeof id, address: string) => b.writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.address === address)?.value;
    const header = id.output.ownedSheets[0]!.headingRows[0]! + 1;
    expect(RECAP_HEADERS_EN.map((_, c) => en.writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.row === header - 1 && w.col === c)?.value)).toEqual([...RECAP_HEADERS_EN]);
    // each sheet's title in the run's language (either is the tool's: isRecapTitle)
    expect(rekap(en, "A1")).toBe("Regional Innovation Index Recap (made by inovasi)");
    expect(rekap(id, "A1")).toBe(RECAP_MARKER);
    // every English heading's longest word fits its column (the headings wrap at spaces)
    const widths = en.output.ownedSheets[0]!.widths;
    RECAP_HEADERS_EN.forEach((h, c) => expect(Math.max(...h.split(" ").map((x) => x.length)), h).toBeLessThan(widths[c]!));
    expect(id.output.ownedSheets[0]!.widths[13]).toBe(9); // the Bahasa widths as they were
    expect(en.output.charts[0]).toMatchObject({ title: "Predicate distribution: claimed and verified", series: [{ col: 1, name: "Claimed" }, { col: 2, name: "Verified" }] });
  });
});

describe("Sebaran Predikat with two editions' bands", () => {
  it("a label two rows share (not one predicate: another id or English label) names each row's editions; the others stay as they are", () => {
    const provB = { id: "b", label: { id: "Inovatif", en: "Innovative (B)" } };
    const mixed: Recap = {
      ...recap,
      distribution: [
        { predicate: pred("sangat-inovatif", "Sangat Inovatif"), claimed: 0, verified: 0, editions: ["iid-2026"] },
        { predicate: provB, claimed: 1, verified: 1, editions: ["prov-b-2026"] },
        { predicate: pred("inovatif", "Inovatif"), claimed: 2, verified: 2, editions: ["iid-2026", "iid-2027-projection"] },
      ],
    };
    const { writes, at } = recapWorkbook(mixed, []);
    const names = at.distribution.map((r) => writes.find((w) => w.sheet === RECAP_SHEETS.distribution && w.row === r && w.col === 0)?.value);
    expect(names).toEqual(["Sangat Inovatif", "Inovatif (prov-b-2026)", "Inovatif (iid-2026, iid-2027-projection)"]);
    // in English the labels differ: no edition needed
    expect(distributionLabels(mixed.distribution, "en", "(none)")).toEqual(["Sangat Inovatif", "Innovative (B)", "Inovatif"]);
  });
});

describe("Rekap's yandas column under an edition that does not apply the rule", () => {
  it("says it does not apply, not Tidak", () => {
    const off: Recap = { ...recap, regions: recap.regions.map((r) => ({ ...r, yandasApplies: false })) };
    const { writes, at } = recapWorkbook(off, []);
    const col = RECAP_HEADERS.indexOf("Yandas Terpenuhi (terverifikasi)");
    expect(col).toBeGreaterThan(0);
    const cell = (id: string) => writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.row === at.recap[id] && w.col === col)?.value;
    expect([cell("a.xlsx"), cell("b.xlsx")]).toEqual(["Tidak berlaku", "Tidak berlaku"]);
    const { writes: w2, at: at2 } = recapWorkbook(recap, []);
    expect(w2.find((w) => w.sheet === RECAP_SHEETS.recap && w.row === at2.recap["a.xlsx"] && w.col === col)?.value).toBe("Tidak");
  });
});

describe("recapTargetNote", () => {
  it("an index given as a number is written in the note's language (a text stays as typed)", async () => {
    const { recapTargetNote } = await import("@inovasi/workbook");
    expect(recapTargetNote({ target: 60.5 }, "id")).toBe('Target: 60,5 untuk semua daerah (--target). "Kurang ke Target" dan Rencana sama-sama menuju target itu.');
    expect(recapTargetNote({ target: 60.5 }, "en")).toBe('Target: 60.5 for every region (--target). "Short of Target" and the plan both go to that target.');
    expect(recapTargetNote({ target: "60,5" }, "en")).toContain("Target: 60,5 for every region");
  });
});
