import { describe, expect, it } from "vitest";
import { type Recap, type RecapRow } from "@inovasi/core";
import { RECAP_HEADERS, RECAP_MARKER, RECAP_MAX_FROZEN_ROWS, RECAP_PROBLEMS_PER_FILE, RECAP_SHEETS, recapExpectedNotes, recapWorkbook } from "@inovasi/workbook";

const pred = (id: string, label: string) => ({ id, label: { id: label, en: label } });
const row = (id: string, name: string, rank: number | null, index: number | null): RecapRow => ({
  id,
  region: { name, level: "kabupaten", year: 2026, reported: true },
  edition: { id: "iid-2026", year: 2026, caveat: null },
  claimed: { index, predicate: pred("inovatif", "Inovatif"), spd: 40, sid: 60, total: 100, counted: 10 },
  verified: { index, predicate: pred("inovatif", "Inovatif"), spd: 40, sid: 60, total: 100, counted: 10 },
  innovations: 12,
  yandasMet: { claimed: true, verified: false },
  nonCompliant: ["Dinas A", "=Dinas B"],
  agenciesWithout: ["Dinas A"],
  evidenceGap: { count: 3, points: 1.25, index: 0.5 },
  rank,
  target: { band: pred("sangat-inovatif", "Sangat Inovatif"), index: 65.01, met: false, indexNeeded: 25.01, pointsNeeded: 62.53 },
  lacks: [
    { kind: "count", name: { id: "Jumlah inovasi", en: "Number of innovations" }, points: 71.44, index: 28.58, more: 188 },
    { kind: "indicator", indicatorId: "SID-20", name: { id: "Kualitas inovasi", en: "Quality" }, points: 4, index: 1.6 },
  ],
  plan: { target: { predicate: pred("sangat-inovatif", "Sangat Inovatif"), index: 65.01 }, status: "reached", steps: 4, effort: 7, end: { index: 65.02, predicate: pred("sangat-inovatif", "Sangat Inovatif") }, first: [{ kind: "evidence", text: { id: "Terima bukti", en: "Accept evidence" }, gain: 1.5, indexAfter: 41.5 }] },
});
const recap: Recap = {
  regions: [row("b.xlsx", "Kota B", 1, 40), row("a.xlsx", "Kabupaten A", 2, 39.5)],
  distribution: [{ predicate: pred("sangat-inovatif", "Sangat Inovatif"), claimed: 0, verified: 0 }, { predicate: pred("inovatif", "Inovatif"), claimed: 2, verified: 2 }],
  editions: [{ id: "iid-2026", year: 2026, caveat: null, regions: 2 }],
  mixedEditions: false,
  duplicates: [],
  years: [{ year: 2026, regions: 2, ids: ["b.xlsx", "a.xlsx"] }],
  mixedYears: false,
  provinces: [],
  expected: null,
  outsideDistribution: [],
  year: 2026,
  outsideYear: [],
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
    expect(r.A3).toBe("3 berkas: 2 dinilai, 1 tidak dapat dinilai (lihat lembar Masalah per Berkas).");
    RECAP_HEADERS.forEach((h) => expect(Object.entries(r).some(([a, v]) => a.endsWith("5") && v === h), h).toBe(true));
    expect([r.A6, r.A7]).toEqual(["Kabupaten A", "Kota B"]);
    expect(r.F6).toBe(2); // rank
    expect(r.B6).toBe("Kabupaten"); // the level as Pengaturan offers it, not the model id "kabupaten"
    expect(r.X6).toBe("Jumlah inovasi (tambah 188 inovasi)");
    expect(r.Y6).toBe(71.44);
    // figures inside texts in the sheet's decimal mark; the plan's end index a number, like the other indices
    expect(r.Z6).toBe("SID-20 Kualitas inovasi: 4,00 poin");
    expect([r.AA6, r.AB6, r.AC6, r.AD6, r.AE6]).toEqual(["Sangat Inovatif", 4, 7, 65.02, "Terima bukti (+1,50 indeks)"]);
    expect(writes.find((w) => w.sheet === RECAP_SHEETS.recap && w.value === "Dinas A; =Dinas B")?.text).toBeUndefined();
  });

  it("shows every index and points figure with two decimals (an index of 24 as 24.00), and wraps the table's long headings", () => {
    const fmt = (sheetName: string, address: string) => writes.find((w) => w.sheet === sheetName && w.address === address)?.numFmt;
    const kota = sheet(RECAP_SHEETS.recap);
    const rows = [6, 7];
    const integral = rows.flatMap((row) => ["G", "I", "K", "L", "T", "U", "W", "Y", "AD"].map((c) => `${c}${row}`)).filter((a) => typeof kota[a] === "number");
    expect(integral.length).toBeGreaterThan(10);
    for (const a of integral) expect(fmt(RECAP_SHEETS.recap, a), a).toBe("0.00");
    expect(fmt(RECAP_SHEETS.recap, "M6")).toBeUndefined(); // a count of innovations stays a count
    expect(output.ownedSheets.find((s) => s.name === RECAP_SHEETS.recap)!.wrapRows).toEqual([4]);
    expect(output.ownedSheets.find((s) => s.name === RECAP_SHEETS.ranking)!.wrapRows).toEqual([2]);
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

describe("recapWorkbook's frozen rows", () => {
  it("freezes the notes with the table's header, but not a long list of regions that sent nothing", () => {
    const rekap = (n: number) => recapWorkbook({ ...recap, expected: { year: 2026, listed: 38, missing: Array.from({ length: n }, (_, k) => ({ name: `Kabupaten ${k}`, level: "kabupaten" as const, otherYears: [] })), notListed: [] } }, []).output.ownedSheets[0]!;
    expect(rekap(3).freezeRows).toBe(9); // title, edition, list heading, 3 regions, files, blank, header
    expect(rekap(3).freezeRows).toBeLessThanOrEqual(RECAP_MAX_FROZEN_ROWS);
    expect(rekap(20).freezeRows).toBe(0); // 26 frozen rows would fill the window
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
