/**
 * Sheets and SPD headers that were refused, not read (read12's leftover): an Inovasi sheet named "Data Inovasi", a
 * Perangkat Daerah sheet named "OPD", SPD headers "Kode Indikator", "No", "Capaian", "Nilai". Read by words and said
 * (an info note), or — where a header may name two columns ("No": Kode or row number; "Nilai": Jawaban or tier) —
 * decided by the column's cells, and where those do not settle it said once at the header with what is meant.
 */
import { describe, expect, it } from "vitest";
import { getEdition, scoreRegion } from "@inovasi/core";
import { type WorkbookGrids, namesSheet, readWorkbook, sheetsTaken } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

/** The template with one fully answered innovation and every SPD row answered with its last option, evidence accepted. */
function filled(): WorkbookGrids {
  const grids = templateAsGrids();
  addRow(grids["Perangkat Daerah"]!, { Nama: "Dinas Pendidikan", Jenis: "Dinas" });
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), "Jumlah Keikutsertaan": 1, Ditolak: "Tidak" });
  const spd = grids["SPD"]!;
  const [kode, jawaban, bukti] = ["Kode", "Jawaban", "Bukti"].map((h) => spd.cells[0]!.indexOf(h));
  for (const row of spd.cells.slice(1)) {
    const ind = e2026.indicators.find((i) => i.id === row[kode!]);
    if (!ind) continue;
    row[jawaban!] = ind.options[ind.options.length - 1]!.label.id;
    row[bukti!] = "Diterima";
  }
  return grids;
}
const renameSheet = (grids: WorkbookGrids, from: string, to: string) => {
  grids[to] = { ...grids[from]!, name: to };
  delete grids[from];
};
const renameHeader = (grids: WorkbookGrids, sheet: string, from: string, to: string) => {
  const row = grids[sheet]!.cells[0]!;
  row[row.indexOf(from)] = to;
};
const codes = (r: ReturnType<typeof readWorkbook>) => r.issues.map((i) => `${i.severity}:${i.code}@${i.sheet}!${i.cell ?? ""}`);
const index = (grids: WorkbookGrids) => {
  const r = readWorkbook(grids);
  return { r, index: r.input ? scoreRegion(r.input, r.edition).claimed.index : undefined };
};
const BASE = index(filled()).index;
/** The SPD row (0-based) of an indicator. */
const spdRow = (grids: WorkbookGrids, id: string) => grids["SPD"]!.cells.findIndex((r) => r[0] === id);

describe("a sheet named by its words, read and said", () => {
  it("names: 'Data Inovasi', 'Inovasi 2026' say Inovasi; 'OPD', 'Daftar_OPD', 'SKPD 2026' say Perangkat Daerah; 'Petunjuk Indikator' neither", () => {
    expect(["Data Inovasi", "Inovasi 2026", "inovasi"].map((n) => namesSheet("innovations", n))).toEqual([true, true, true]);
    expect(["OPD", "Daftar_OPD", "SKPD 2026", "Data Perangkat Daerah"].map((n) => namesSheet("agencies", n))).toEqual([true, true, true, true]);
    expect([namesSheet("innovations", "Petunjuk Indikator"), namesSheet("agencies", "Opdracht"), namesSheet("innovations", "Inovatif")]).toEqual([false, false, false]);
  });

  it("the Inovasi sheet named 'Data Inovasi' is read (the same index), said in an info note; its cells unchanged", () => {
    const grids = filled();
    renameSheet(grids, "Inovasi", "Data Inovasi");
    const before = JSON.stringify(grids);
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["info:sheet_read_as@Data Inovasi!"]);
    expect(r.issues[0]!.message).toBe(`'Data Inovasi': lembar "Inovasi" tidak ada; lembar "Data Inovasi" dibaca sebagai lembar "Inovasi"`);
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toBe(`sheet "Inovasi" is missing; sheet "Data Inovasi" is read as the "Inovasi" sheet`);
    expect(r.source.innovations!.sheet).toBe("Data Inovasi");
    expect(JSON.stringify(grids)).toBe(before);
  });

  it("the Perangkat Daerah sheet named 'OPD' is read, said in an info note", () => {
    const grids = filled();
    renameSheet(grids, "Perangkat Daerah", "OPD");
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["info:sheet_read_as@OPD!"]);
    expect(r.source.agencies!.sheet).toBe("OPD");
  });

  it("a sheet named for another year ('Inovasi 2024', 'SPD 2024' in a 2026 workbook): read, with a warning saying why it may be the wrong one", () => {
    // before: an info note only, though a copy of last year's sheet is a plausible reason this year's is missing
    const grids = filled();
    renameSheet(grids, "Inovasi", "Inovasi 2024");
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["warning:sheet_read_as@Inovasi 2024!"]);
    expect(r.issues[0]!.text).toBe(
      `lembar "Inovasi" tidak ada; lembar "Inovasi 2024" dibaca sebagai lembar "Inovasi", tetapi namanya menyebut tahun 2024, bukan Tahun Penilaian 2026: mungkin salinan lembar tahun lain; bila begitu, beri nama "Inovasi" pada lembar tahun ini`,
    );
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toBe(
      `sheet "Inovasi" is missing; sheet "Inovasi 2024" is read as the "Inovasi" sheet, but its name says 2024, not the assessment year (Tahun Penilaian) 2026: it may be a copy of another year's sheet; if so, name this year's sheet "Inovasi"`,
    );
    const spd = filled();
    renameSheet(spd, "SPD", "SPD_2024");
    expect(codes(readWorkbook(spd))).toEqual(["warning:sheet_read_as@SPD_2024!"]);
    const same = filled();
    renameSheet(same, "SPD", "SPD 2026");
    expect(codes(readWorkbook(same))).toEqual(["info:sheet_read_as@SPD 2026!"]);
  });

  it("a sheet whose name says it is another list ('OPD Tanpa Inovasi'): read, with a warning", () => {
    const grids = filled();
    renameSheet(grids, "Perangkat Daerah", "OPD Tanpa Inovasi");
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["warning:sheet_read_as@OPD Tanpa Inovasi!"]);
    expect(r.issues[0]!.text).toBe(
      `lembar "Perangkat Daerah" tidak ada; lembar "OPD Tanpa Inovasi" dibaca sebagai lembar "Perangkat Daerah", tetapi namanya memuat "tanpa": mungkin daftar lain, bukan lembar "Perangkat Daerah"; bila begitu, beri nama "Perangkat Daerah" pada lembar yang benar`,
    );
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toBe(
      `sheet "Perangkat Daerah" is missing; sheet "OPD Tanpa Inovasi" is read as the "Perangkat Daerah" sheet, but its name holds "tanpa": it may be another list, not the "Perangkat Daerah" sheet; if so, name the right sheet "Perangkat Daerah"`,
    );
  });

  it("a sheet laid out as Inovasi under a name that does not say it: read, with a warning", () => {
    const grids = filled();
    renameSheet(grids, "Inovasi", "Lembar1");
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["warning:sheet_read_as@Lembar1!"]);
  });

  it("two sheets that could be Inovasi: one error naming both (not also 'not read' for each), the region not scored", () => {
    const grids = filled();
    grids["Inovasi 2025"] = { ...grids["Inovasi"]!, name: "Inovasi 2025" };
    renameSheet(grids, "Inovasi", "Data Inovasi");
    const r = readWorkbook(grids);
    expect(r.input).toBeUndefined();
    expect(codes(r)).toEqual(["error:sheet_ambiguous@Inovasi!"]);
    expect(r.issues[0]!.text).toBe(`lembar "Inovasi" tidak ada, dan lebih dari satu lembar bisa menjadi lembar itu: "Inovasi 2025", "Data Inovasi"; tidak ada yang dibaca, jadi daerah ini tidak dinilai; beri salah satunya nama "Inovasi"`);
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain("none is read, so the region is not scored");
  });

  it("with the Inovasi sheet there, a copy is still only named (sheet_not_read), not read", () => {
    const grids = filled();
    grids["Data Inovasi"] = { ...grids["Inovasi"]!, name: "Data Inovasi" };
    expect(codes(readWorkbook(grids))).toEqual(["warning:sheet_not_read@Data Inovasi!A1"]);
  });
});

describe("a copy of the SPD sheet beside it (audit22 F1)", () => {
  /** The template's SPD copied to "SPD 2026" with SPD-4's answer changed there (the values updated in the copy). */
  const withCopy = (hideSpd: boolean) => {
    const grids = filled();
    const copy = { ...grids["SPD"]!, name: "SPD 2026", cells: grids["SPD"]!.cells.map((r) => [...r]) };
    copy.cells[spdRow(grids, "SPD-4")]![2] = 6.1;
    grids["SPD 2026"] = copy;
    if (hideSpd) grids["SPD"]!.hidden = true;
    return grids;
  };

  it("the template's SPD visible: SPD is read, the copy is named as not read, with its rows (before: nothing said)", () => {
    const r = readWorkbook(withCopy(false));
    expect(r.source.spd!.sheet).toBe("SPD");
    expect(codes(r)).toEqual(["warning:sheet_not_read@SPD 2026!A1"]);
    const n = e2026.indicators.filter((i) => i.id.startsWith("SPD")).length;
    expect(r.issues[0]!.text).toBe(`lembar "SPD 2026" memuat ${n} baris di bawah kolom "Kode", tetapi hanya lembar "SPD" yang dinilai; pindahkan barisnya ke lembar "SPD" bila ikut dinilai`);
    expect(readWorkbook(withCopy(false), { locale: "en" }).issues[0]!.text).toContain(`only sheet "SPD" is scored`);
  });

  it("the template's SPD hidden beside a visible copy: which one is meant is a guess, an error naming both, SPD not read (before: the hidden one scored silently)", () => {
    const grids = withCopy(true);
    const r = readWorkbook(grids);
    expect(r.input!.spdAnswers).toEqual({});
    expect(r.source.spd).toBeUndefined();
    expect(codes(r)).toEqual(["error:sheet_ambiguous@SPD!"]);
    expect(r.issues[0]!.text).toBe(
      `lembar "SPD" tersembunyi, dan lembar yang tampak "SPD 2026" juga tersusun sebagai lembar itu: "SPD", "SPD 2026" bisa menjadi lembar "SPD"; tidak ada yang dibaca, jadi SPD bernilai 0; hapus lembar yang tidak dipakai, atau beri nama "SPD" pada lembar yang benar dan tampilkan`,
    );
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain(`sheet "SPD" is hidden, and the visible sheet "SPD 2026" is laid out as it too`);
    expect(sheetsTaken(grids, { edition: e2026 }).spd.candidates!.map((g) => g.name)).toEqual(["SPD", "SPD 2026"]);
  });

  it("the template's SPD hidden and no copy: read as before, nothing said; a hidden copy is not a candidate", () => {
    const grids = filled();
    grids["SPD"]!.hidden = true;
    expect(codes(readWorkbook(grids))).toEqual([]);
    const hiddenCopy = withCopy(false);
    hiddenCopy["SPD 2026"]!.hidden = true;
    expect(codes(readWorkbook(hiddenCopy))).toEqual([]);
  });

  it("the Inovasi sheet hidden beside a visible copy: the copy's warning says the one scored is hidden", () => {
    const grids = filled();
    grids["Inovasi Final"] = { ...grids["Inovasi"]!, name: "Inovasi Final" };
    grids["Inovasi"]!.hidden = true;
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["warning:sheet_not_read@Inovasi Final!A1"]);
    expect(r.issues[0]!.text).toContain(`tetapi hanya lembar "Inovasi" (tersembunyi) yang dinilai`);
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain(`only sheet "Inovasi" (hidden) is scored`);
  });
});

describe("sheetsTaken: the sheet the reader takes, for a host to show (one source: the reader reads what it says)", () => {
  const names = (t: ReturnType<typeof sheetsTaken>) =>
    Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.grid ? v.grid.name : v.candidates ? v.candidates.map((g) => g.name) : v.grid]));
  const workbooks: Record<string, () => WorkbookGrids> = {
    template: filled,
    renamed: () => { const g = filled(); renameSheet(g, "Inovasi", "Data Inovasi"); renameSheet(g, "Perangkat Daerah", "OPD"); renameSheet(g, "SPD", "SPD 2026"); return g; },
    "exact beside a copy": () => { const g = filled(); g["Data Inovasi"] = { ...g["Inovasi"]!, name: "Data Inovasi" }; return g; },
    "two could be Inovasi": () => { const g = filled(); g["Inovasi 2025"] = { ...g["Inovasi"]!, name: "Inovasi 2025" }; renameSheet(g, "Inovasi", "Data Inovasi"); return g; },
    "laid out, named otherwise": () => { const g = filled(); renameSheet(g, "Inovasi", "Lembar1"); return g; },
    "no Inovasi, no SPD": () => { const g = filled(); delete g["Inovasi"]; delete g["SPD"]; return g; },
  };

  it.each(Object.keys(workbooks))("%s: the reader's ReadResult.sheets is sheetsTaken's, and its sources are those sheets", (k) => {
    const g = workbooks[k]!();
    const r = readWorkbook(g);
    const t = sheetsTaken(g, { edition: e2026, assessed: 2026 });
    expect(names(r.sheets)).toEqual(names(t));
    expect(r.sheets.innovations.renamed).toEqual(t.innovations.renamed);
    if (r.source.innovations) expect(r.source.innovations.sheet).toBe(t.innovations.grid?.name);
    if (r.source.agencies) expect(r.source.agencies.sheet).toBe(t.agencies.grid?.name);
    if (r.source.spd) expect(r.source.spd.sheet).toBe(t.spd.grid?.name);
  });

  it("what it says of each: by its name, under another (with why the name may be wrong), several, none", () => {
    expect(names(sheetsTaken(workbooks.renamed!(), { edition: e2026 }))).toEqual({ settings: "Pengaturan", agencies: "OPD", innovations: "Data Inovasi", spd: "SPD 2026" });
    expect(sheetsTaken(workbooks.renamed!(), { edition: e2026 }).innovations.renamed).toEqual({ named: true, coded: true });
    expect(sheetsTaken(workbooks.template!(), { edition: e2026 }).innovations.renamed).toBeUndefined();
    expect(names(sheetsTaken(workbooks["two could be Inovasi"]!(), { edition: e2026 })).innovations).toEqual(["Inovasi 2025", "Data Inovasi"]);
    expect(names(sheetsTaken(workbooks["exact beside a copy"]!(), { edition: e2026 })).innovations).toBe("Inovasi");
    const lastYear = filled();
    renameSheet(lastYear, "Inovasi", "Inovasi 2024");
    expect(sheetsTaken(lastYear, { edition: e2026, assessed: 2026 }).innovations.renamed?.doubt).toEqual({ year: "2024", assessed: "2026" });
    // a hidden sheet is never taken; an edition scored from an SPD total reads the SPD sheet by its name only
    const hidden = filled();
    renameSheet(hidden, "Inovasi", "Data Inovasi");
    hidden["Data Inovasi"]!.hidden = true;
    expect(sheetsTaken(hidden, { edition: e2026 }).innovations.grid).toBeUndefined();
    expect(sheetsTaken(workbooks.renamed!(), { edition: getEdition("iid-2023")! }).spd.grid).toBeUndefined();
  });

  it("from sheet names alone (a host that listed the sheets): a sheet whose name says it counts; one laid out only by its cells cannot", () => {
    const only = (list: string[]) => Object.fromEntries(list.map((name) => [name, { name, cells: [] }]));
    expect(names(sheetsTaken(only(["Pengaturan", "Data Inovasi", "Daftar OPD", "spd_2026"]), { edition: e2026, namesOnly: true }))).toEqual({ settings: "Pengaturan", agencies: "Daftar OPD", innovations: "Data Inovasi", spd: "spd_2026" });
    expect(names(sheetsTaken(only(["Lembar1", "Petunjuk Indikator"]), { edition: e2026, namesOnly: true })).innovations).toBeUndefined();
    expect(names(sheetsTaken(only(["Inovasi 2024", "Inovasi 2025"]), { edition: e2026, namesOnly: true })).innovations).toEqual(["Inovasi 2024", "Inovasi 2025"]);
  });
});

describe("SPD headers by their words", () => {
  it("'Kode Indikator' is the Kode, 'Capaian' the Jawaban: read, each said at its header", () => {
    const grids = filled();
    renameHeader(grids, "SPD", "Kode", "Kode Indikator");
    renameHeader(grids, "SPD", "Jawaban", "Capaian");
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["info:column_read_as@SPD!A1", "info:column_read_as@SPD!C1"]);
    expect(r.issues.map((x) => x.text)).toEqual([`kolom "Kode Indikator" dibaca sebagai "Kode"`, `kolom "Capaian" dibaca sebagai "Jawaban"`]);
  });

  it("'No' holding the indicators' numbers (1, 2a, 2b …) is the Kode, said", () => {
    const grids = filled();
    const spd = grids["SPD"]!;
    for (const row of spd.cells.slice(1)) row[0] = e2026.indicators.find((x) => x.id === row[0])!.number;
    renameHeader(grids, "SPD", "Kode", "No.");
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["info:column_read_as@SPD!A1"]);
  });

  it("'No' counting the rows beside a Kode column: a row number, nothing said", () => {
    const grids = filled();
    grids["SPD"]!.cells.forEach((row, k) => row.push(k === 0 ? "No" : k));
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual([]);
  });

  it("'No' counting the rows without a Kode column is not read as the codes: the rows read by their names (msgs28; before: Kode missing, SPD 0)", () => {
    const grids = filled();
    grids["SPD"]!.cells.forEach((row, k) => (row[0] = k === 0 ? "No" : k));
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["info:spd_read_by_names@SPD!B1"]);
    expect(r.input!.spdAnswers).toEqual(readWorkbook(filled()).input!.spdAnswers);
    // without the names of the edition's indicators, the Kode is missing as before
    grids["SPD"]!.cells.slice(1).forEach((row) => (row[1] = `${row[1]} lama`));
    expect(codes(readWorkbook(grids))).toEqual(["error:column_missing@SPD!E1"]);
  });

  it("'No' whose numbers name other indicators than the rows' names: one error at its header, 'mungkin maksudnya'", () => {
    const grids = filled();
    const spd = grids["SPD"]!;
    for (const row of spd.cells.slice(1)) row[0] = e2026.indicators.find((x) => x.id === row[0])!.number;
    const [r3, r4] = [spdRow(filled(), "SPD-3"), spdRow(filled(), "SPD-4")];
    [spd.cells[r3]![0], spd.cells[r4]![0]] = ["4", "3"];
    renameHeader(grids, "SPD", "Kode", "No");
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["error:column_unsure@SPD!A1"]);
    expect(r.issues[0]!.text).toBe(
      `kolom "No" bisa berisi nomor urut baris atau nomor indikator SPD (mis. SPD!A${r3 + 1} "4", di baris indikator SPD-3); tidak dibaca sebagai "Kode", jadi baris SPD tidak dibaca dan SPD bernilai 0 — mungkin maksudnya "Kode": beri judul "Kode" bila kolom ini berisi nomor indikator, atau tambahkan kolom "Kode"`,
    );
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain(`perhaps "Kode" is meant`);
  });

  it("'No' counting 1 … with no name to confirm it, every number an indicator's too: said, not guessed", () => {
    const grids = filled();
    const spd = grids["SPD"]!;
    spd.cells = [spd.cells[0]!, spd.cells[spdRow(grids, "SPD-1")]!];
    spd.cells[1]![0] = 1;
    spd.cells[1]![1] = null;
    renameHeader(grids, "SPD", "Kode", "No");
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["error:column_unsure@SPD!A1"]);
    expect(r.issues[0]!.text).toContain(`(mis. SPD!A2 "1"); tidak dibaca sebagai "Kode"`);
  });

  it("'Nilai' holding values and options is the Jawaban, said; a whole number that scores the same either way does not doubt it", () => {
    const grids = filled();
    renameHeader(grids, "SPD", "Jawaban", "Nilai");
    grids["SPD"]!.cells[spdRow(grids, "SPD-1")]![2] = 3; // no measures: 3 is the tier either way
    const { r, index: i } = index(grids);
    expect(i).toBe(BASE);
    expect(codes(r)).toEqual(["info:column_read_as@SPD!C1"]);
  });

  it("'Nilai' with a whole number that may be a tier and reads as a value of another tier: one error at its header, not read", () => {
    const grids = filled();
    renameHeader(grids, "SPD", "Jawaban", "Nilai");
    const r4 = spdRow(grids, "SPD-4");
    grids["SPD"]!.cells[r4]![2] = 3;
    const before = JSON.stringify(grids);
    const r = readWorkbook(grids);
    expect(r.input).toBeUndefined();
    expect(codes(r)).toEqual(["error:column_unsure@SPD!C1"]);
    expect(r.issues[0]!.text).toBe(
      `kolom "Nilai" bisa berisi tingkat atau capaian: SPD!C${r4 + 1} "3" untuk SPD-4 adalah tingkat 3 bila tingkat, tetapi capaian 3 % (tingkat 2); kolom ini tidak dibaca, jadi daerah ini tidak dinilai — mungkin maksudnya "Jawaban": beri judul "Jawaban" bila kolom ini berisi capaian atau pilihan; bila berisi tingkat, tulis capaian atau pilihannya di kolom "Jawaban"`,
    );
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain(`for SPD-4 is tier 3 as a tier, but a value of 3 % (tier 2)`);
    expect(JSON.stringify(grids)).toBe(before);
  });

  /** review14's fixture: a `Nilai` column of tiers, 0 on every measured row and 3 on the others. */
  function tiersWithZero(): WorkbookGrids {
    const grids = filled();
    const spd = grids["SPD"]!;
    for (const row of spd.cells.slice(1)) {
      const ind = e2026.indicators.find((i) => i.id === row[0])!;
      row[2] = ind.measures.length ? 0 : 3;
    }
    renameHeader(grids, "SPD", "Jawaban", "Nilai");
    return grids;
  }

  it("'Nilai' of tiers with 0 on the measured rows: in doubt (0 may be tier 0 or a growth of 0 %), one error at its header, not read as values", () => {
    // before: read as values with an info note, SPD 42 instead of the tiers' 25,5 (about +6,6 index points)
    const grids = tiersWithZero();
    const r = readWorkbook(grids);
    expect(r.input).toBeUndefined();
    expect(codes(r)).toEqual(["error:column_unsure@SPD!C1"]);
    const r3 = spdRow(grids, "SPD-3");
    expect(r.issues[0]!.text).toContain(`SPD!C${r3 + 1} "0" untuk SPD-3 adalah tingkat 0 bila tingkat, tetapi capaian 0 %`);
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain(`"0" for SPD-3 is tier 0 as a tier, but a value of 0 %`);
  });

  it("'Nilai' with 0 on a measured row beside a cell that can only be a value: the values, said as read", () => {
    const grids = tiersWithZero();
    grids["SPD"]!.cells[spdRow(grids, "SPD-4")]![2] = "4,5"; // a fraction: no tier
    const r = readWorkbook(grids);
    expect(r.input).toBeDefined();
    expect(codes(r)).toEqual(["info:column_read_as@SPD!C1"]);
  });
});
