/**
 * What analysts really type into the workbook: each case read as meant, or reported at its cell — never scored silently
 * wrong or silently dropped.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type CellValue, type WorkbookGrids, readNumber, readWorkbook, toInteger, toIsoDate, toNumber } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const sid = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const answerHeader = (id: string) => `${sid(id).number}. ${sid(id).name.id}`;
const col = (grids: WorkbookGrids, header: string) => grids["Inovasi"]!.cells[0]!.indexOf(header);
const letters = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));

/** A workbook with one fully answered innovation whose cells `over` replaces (by header). */
function oneInnovation(over: Record<string, CellValue>): { grids: WorkbookGrids; row: number } {
  const grids = templateAsGrids();
  const row = addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...over });
  return { grids, row };
}

describe("numbers as they are typed", () => {
  it("reads a decimal whose whole part is 0 as a decimal, not as thousands (0.125 was 125)", () => {
    expect(toNumber("0.125")).toBe(0.125);
    expect(toNumber("-0.365")).toBe(-0.365);
    expect(toNumber("0.365 %")).toBe(0.365);
    expect(readNumber("0.125")).toEqual({ value: 0.125 });
  });

  it("gives the other reading of a text that could mean two numbers, and none when it cannot", () => {
    expect(readNumber("1.234")).toEqual({ value: 1234, other: 1.234 });
    expect(readNumber("72.513")).toEqual({ value: 72513, other: 72.513 });
    expect(readNumber("1,234")).toEqual({ value: 1.234, other: 1234 });
    for (const plain of ["12.345.678", "1.234,5", "1,234.5", "1,5", "72,51", "1.5", "1234", "0,125"]) expect(readNumber(plain)?.other, plain).toBeUndefined();
  });

  it("reads the minus sign of the template's own labels, full-width digits, 'persen', invisible characters", () => {
    expect(toNumber("−12,5 %")).toBe(-12.5);
    expect(toNumber("９４,３")).toBe(94.3);
    expect(toNumber("94,3 persen")).toBe(94.3);
    expect(toNumber("95\u200b")).toBe(95);
    expect(toNumber("tiga")).toBeUndefined();
  });

  it("takes the whole-number reading for a count typed with an English thousands comma", () => {
    expect(toInteger("1,250")).toBe(1250);
    expect(toInteger("2.025")).toBe(2025);
    expect(toInteger("1,5")).toBeUndefined();
  });
});

describe("dates as they are typed", () => {
  it("refuses a year typed into a date column instead of reading it as a day in 1905", () => {
    expect(toIsoDate(2025)).toBeUndefined();
    expect(toIsoDate(45728)).toBe("2025-03-12"); // a real serial (a date cell through Office.js)
  });

  it("reads day, month name and year in Bahasa Indonesia or English, and DD/MM/YYYY with a time", () => {
    expect(toIsoDate("12 Maret 2025")).toBe("2025-03-12");
    expect(toIsoDate("1 Agustus 2024")).toBe("2024-08-01");
    expect(toIsoDate("12-Mar-2025")).toBe("2025-03-12");
    expect(toIsoDate("5 Okt. 2024")).toBe("2024-10-05");
    expect(toIsoDate("12/03/2025 10:00")).toBe("2025-03-12");
    expect(toIsoDate("2025/03/12")).toBe("2025-03-12");
    expect(toIsoDate("Senin, 12 Maret 2025")).toBe("2025-03-12");
    expect(toIsoDate("Jum'at 14 Maret 2025")).toBe("2025-03-14");
    expect(toIsoDate("Maret 2025")).toBeUndefined(); // which day? not a date (the reader reads a month where the day cannot matter: month-dates.test.ts)
    expect(toIsoDate("31 Februari 2025")).toBeUndefined();
  });

  it("reports the year as typed, at its cell (a year outside the window: one inside it is read, month-dates.test.ts)", () => {
    const { grids, row } = oneInnovation({ "Tanggal Penerapan": 2023 });
    const r = readWorkbook(grids);
    const c = letters(col(grids, "Tanggal Penerapan"));
    expect(r.issues.map((i) => i.message)).toContain(`Inovasi!${c}${row + 1}: "2023" bukan tanggal (contoh yang sah: 2024-03-01, 01/03/2024 atau 1 Maret 2024); tahun saja tidak dibaca: seluruh tahun 2023 di luar rentang 1 Januari 2024 s.d. 31 Desember 2025, jadi tanggalnya menentukan penilaian — tulis tanggal lengkapnya; sampai diperbaiki, inovasi ini tidak dihitung dalam proyeksi terverifikasi (tanpa tanggal yang sah)`);
  });
});

describe("formula errors", () => {
  it("reports an answer whose formula failed at its cell, instead of reading it as unanswered", () => {
    const { grids, row } = oneInnovation({ [answerHeader("SID-1")]: "#N/A" });
    const r = readWorkbook(grids);
    const c = letters(col(grids, answerHeader("SID-1")));
    const err = r.issues.find((i) => i.code === "formula_error")!;
    expect(err).toMatchObject({ severity: "error", sheet: "Inovasi", cell: `${c}${row + 1}`, given: "#N/A" });
    expect(err.message).toBe(`Inovasi!${c}${row + 1}: rumus di sel ini menghasilkan kesalahan #N/A, jadi "1. Regulasi inovasi daerah" tidak terbaca; perbaiki rumusnya atau ketik nilainya`);
    expect(r.input!.innovations[0]!.answers["SID-1"]).toBeUndefined();
    // its evidence ("Diterima") is not reported as evidence without an answer: the one fault is the formula
    expect(r.issues.filter((i) => i.code === "evidence_without_answer")).toEqual([]);
  });

  it("says the formula failed, not that a required cell is empty (one message per cell)", () => {
    const { grids, row } = oneInnovation({ "Nama Inovasi": "#REF!" });
    const r = readWorkbook(grids, { locale: "en" });
    const at = r.issues.filter((i) => i.cell === `A${row + 1}`);
    expect(at.map((i) => i.code)).toEqual(["formula_error"]);
    expect(at[0]!.text).toBe('the formula in this cell gives the error #REF!, so "Nama Inovasi" cannot be read; fix the formula or type the value; until it is corrected, this row is not scored and not counted in n (the innovations reported), compliance or yandas');
  });

  it("a failed mandatory answer or date is reported once, as the formula error; the innovation still does not count verified", () => {
    const mandatory = e2026.indicators.find((i) => i.aspect === "SID" && i.mandatory)!;
    const { grids, row } = oneInnovation({ [answerHeader(mandatory.id)]: "#N/A", "Tanggal Penerapan": "#VALUE!" });
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.leftOut).toEqual(["implementationDate", `answers.${mandatory.id}`]);
    const scored = scoreRegion(r.input!, e2026);
    const about = scored.issues.filter((i) => i.path[0] === "innovations" && i.path[1] === 0).map((i) => i.code);
    expect(about).not.toContain("mandatory_unanswered");
    expect(about).not.toContain("outside_window");
    expect(r.issues.filter((i) => i.cell?.endsWith(String(row + 1))).map((i) => i.code)).toEqual(["formula_error", "formula_error"]);
    expect(scored.innovations[0]!.verified.counted).toBe(false); // what the formulas should give is not known
    expect(scored.innovations[0]!.claimed.counted).toBe(true);
  });

  it("reports a failed setting (the region's name) at its cell", () => {
    const grids = templateAsGrids();
    grids["Pengaturan"]!.cells.find((x) => x[0] === "Nama Daerah")![1] = "#NAME?";
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.sheet === "Pengaturan").map((i) => i.code)).toEqual(["formula_error"]);
    expect(r.input).toBeUndefined();
  });
});

describe("merged cells", () => {
  it("reads the agency and the evidence merged over several rows in every row they cover", () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    const first = addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const second = addRow(g, { ...fullInnovation(e2026, "Si Bugar", "", "Kesehatan"), "Perangkat Daerah": null, "1. Bukti": null });
    const agency = col(grids, "Perangkat Daerah");
    const evidence = col(grids, "1. Bukti");
    g.merges = [
      { row: first, col: agency, rows: 2, cols: 1 },
      { row: first, col: evidence, rows: 2, cols: 2 },
      { row: 0, col: 0, rows: 2, cols: 1 }, // a merge from the header down: a heading, never data
    ];
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    const [a, b] = r.input!.innovations;
    expect(b!.agency).toBe("Dinas Kesehatan");
    expect(b!.answers["SID-1"]!.evidence).toBe("accepted");
    expect(a!.name).toBe("Si Sehat");
    expect(r.input!.innovations).toHaveLength(2);
    expect(second).toBe(first + 1);
  });
});

describe("merged cells on the agencies' sheet", () => {
  it("gives every agency the type merged down beside a group of them", () => {
    const grids = templateAsGrids();
    const a = grids["Perangkat Daerah"]!;
    a.cells.push(["Kecamatan Hilir", null], ["Kecamatan Tengah", null]);
    const top = a.cells.findIndex((x) => x[0] === "Kecamatan Hulu");
    a.merges = [{ row: top, col: 1, rows: 3, cols: 1 }];
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.input!.agencies.slice(-3).map((x) => x.type)).toEqual(["kecamatan", "kecamatan", "kecamatan"]);
  });
});

describe("text that looks right but is not", () => {
  it("drops invisible characters pasted with a word (zero-width space, BOM, soft hyphen)", () => {
    const { grids } = oneInnovation({ "Perangkat Daerah": "Dinas Kesehatan\u200b", "1. Bukti": "\ufeffDiterima\u200b", Tahapan: "Pene\u00adrapan" });
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => i.message)).toEqual([]);
    expect(r.input!.innovations[0]).toMatchObject({ agency: "Dinas Kesehatan", stage: "penerapan" });
    expect(r.input!.innovations[0]!.answers["SID-1"]!.evidence).toBe("accepted");
  });

  it("matches an option label typed with a hyphen for its dash, >= for ≥, or without its spaces", () => {
    const { grids } = oneInnovation({ [answerHeader("SID-14")]: "51-90 %", [answerHeader("SID-2")]: "11 - 30 orang", [answerHeader("SID-9")]: "3-4 perangkat daerah" });
    const r = readWorkbook(grids);
    const answers = r.input!.innovations[0]!.answers;
    expect(answers["SID-14"]!.option).toBe("51–90 %");
    expect(answers["SID-2"]!.option).toBe("11–30 orang");
    expect(answers["SID-9"]!.option).toBe("3–4 perangkat daerah");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reads a value typed with its unit, and names the measure by the unit when the indicator has several", () => {
    const { grids } = oneInnovation({ [answerHeader("SID-2")]: "25 orang", [answerHeader("SID-5")]: "3 kali", [answerHeader("SID-18")]: "350 orang", "18. Dasar Ukur": null });
    const r = readWorkbook(grids);
    const answers = r.input!.innovations[0]!.answers;
    expect(answers["SID-2"]).toMatchObject({ value: 25 });
    expect(answers["SID-5"]).toMatchObject({ value: 3 });
    expect(answers["SID-18"]).toMatchObject({ value: 350, measure: "orang" });
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("leaves text that fits no option nor unit to the core, which reports it", () => {
    const { grids } = oneInnovation({ [answerHeader("SID-2")]: "25 kali" });
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.answers["SID-2"]!.option).toBe("25 kali");
  });

  it("asks about a value that could be two numbers, at its cell, instead of guessing silently", () => {
    const { grids, row } = oneInnovation({ [answerHeader("SID-18")]: "1.234", "18. Dasar Ukur": "pendapatan" });
    const r = readWorkbook(grids);
    const c = letters(col(grids, answerHeader("SID-18")));
    expect(r.input!.innovations[0]!.answers["SID-18"]!.value).toBe(1234);
    expect(r.issues.map((i) => i.message)).toContain(`Inovasi!${c}${row + 1}: "1.234" dibaca sebagai 1234 (titik sebagai pemisah ribuan, koma sebagai desimal); bila maksudnya 1,234, tulis "1,234"`);
  });

  it("asks about 1.234 in a share whose tiers end at 100 %: an amount typed in the wrong column, most likely, not 1,234 % (review19 F1)", () => {
    // the top tier's end is a scoring range, not the measure's definition (Measure.maximum): 1234 is read as Bahasa
    // writes it, asked at the cell, and the core refuses it as outside the tiers (tier 0), as before the IPM's maximum
    const { grids, row } = oneInnovation({ [answerHeader("SID-14")]: "1.234" });
    const r = readWorkbook(grids);
    const c = letters(col(grids, answerHeader("SID-14")));
    expect(r.input!.innovations[0]!.answers["SID-14"]!.value).toBe(1234);
    expect(r.issues.filter((i) => i.cell === `${c}${row + 1}`).map((i) => [i.code, i.severity])).toEqual([["number_ambiguous", "warning"]]);
  });

  it("reads a count of persons typed with one separator as whole, and says so (1,234 persons cannot be)", () => {
    const { grids, row } = oneInnovation({ [answerHeader("SID-2")]: "1.234" });
    const r = readWorkbook(grids);
    const c = letters(col(grids, answerHeader("SID-2")));
    expect(r.input!.innovations[0]!.answers["SID-2"]!.value).toBe(1234);
    expect(r.issues.map((i) => i.message)).toContain(`Inovasi!${c}${row + 1}: "1.234" dibaca 1234 orang: jumlah orang selalu bilangan bulat`);
  });

  it("says how a fraction in a share of 0–100 % is read when the cell is not formatted as a percentage", () => {
    const { grids, row } = oneInnovation({ [answerHeader("SID-14")]: 0.943 });
    const c = letters(col(grids, answerHeader("SID-14")));
    let r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.answers["SID-14"]!.value).toBe(0.943);
    expect(r.issues.map((i) => i.message)).toContain(`Inovasi!${c}${row + 1}: nilai 0,943 dibaca sebagai 0,943 % (tingkat 1); bila maksudnya 94,3 % (tingkat 3), tulis 94,3 atau format sel sebagai persen`);
    // formatted as a percentage, it is the 94.3 % shown, and nothing is asked
    grids["Inovasi"]!.formats = [];
    grids["Inovasi"]!.formats[row] = [];
    grids["Inovasi"]!.formats[row]![col(grids, answerHeader("SID-14"))] = "0.0%";
    r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.answers["SID-14"]!.value).toBe(94.3);
    expect(r.issues.filter((i) => i.code === "percent_as_fraction")).toEqual([]);
  });

  it("quotes a fraction typed as text as it was typed, in English too ('0,95', not 'the value 0.95') (audit22b E2)", () => {
    const { grids, row } = oneInnovation({ [answerHeader("SID-14")]: "0,95" });
    const c = letters(col(grids, answerHeader("SID-14")));
    const en = readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "percent_as_fraction")!;
    expect(en.message).toBe(`Inovasi!${c}${row + 1}: "0,95" is read as 0.95 % (tier 1); if 95 % (tier 3) is meant, write 95 or format the cell as a percentage`);
    expect(en.given).toBe("0,95");
    // quoted in Bahasa too, as every other message quotes what was typed (read23)
    expect(readWorkbook(grids).issues.find((i) => i.code === "percent_as_fraction")!.message).toBe(`Inovasi!${c}${row + 1}: "0,95" dibaca sebagai 0,95 % (tingkat 1); bila maksudnya 95 % (tingkat 3), tulis 95 atau format sel sebagai persen`);
    // a number cell: the value as English writes it
    const n = oneInnovation({ [answerHeader("SID-14")]: 0.95 });
    expect(readWorkbook(n.grids, { locale: "en" }).issues.find((i) => i.code === "percent_as_fraction")!.text).toBe("the value 0.95 is read as 0.95 % (tier 1); if 95 % (tier 3) is meant, write 95 or format the cell as a percentage");
    expect(readWorkbook(n.grids).issues.find((i) => i.code === "percent_as_fraction")!.text).toBe("nilai 0,95 dibaca sebagai 0,95 % (tingkat 1); bila maksudnya 95 % (tingkat 3), tulis 95 atau format sel sebagai persen");
  });

  it("reads a list of agency types joined with 'dan', '&' or '/'", () => {
    const grids = templateAsGrids();
    const set = grids["Pengaturan"]!.cells;
    set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
    set.find((x) => x[0] === "Jenis Perangkat Daerah Wajib")![1] = "OPD, Kecamatan dan Kelurahan";
    set.find((x) => x[0] === "Tahapan yang Dihitung")![1] = "Uji Coba & Penerapan";
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.input!.compliance!.rules[0]).toMatchObject({ agencyTypes: ["opd", "kecamatan", "kelurahan"], countedStages: ["uji_coba", "penerapan"] });
  });

  it("names the cell of the first of two agencies listed twice, not an internal path", () => {
    const grids = templateAsGrids();
    grids["Perangkat Daerah"]!.cells.push(["DINAS KESEHATAN", "Dinas"]);
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const r = readWorkbook(grids);
    const first = grids["Perangkat Daerah"]!.cells.findIndex((x) => x[0] === "Dinas Kesehatan") + 1;
    // said by the reader, which passes the agency on once (audit22 F7)
    const dup = r.issues.find((i) => i.code === "duplicate_agency")!;
    expect(dup.message).toBe(`'Perangkat Daerah'!A${grids["Perangkat Daerah"]!.cells.length}: perangkat daerah "DINAS KESEHATAN" terdaftar lebih dari sekali (pertama di 'Perangkat Daerah'!A${first})`);
  });
});

describe("rows and codes as forms lay them out", () => {
  it("skips the (1) (2) (3) … row under the header that numbers a form's columns", () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    g.cells.push(g.cells[0]!.map((_, k) => (k < 20 ? `(${k + 1})` : null)));
    addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.input!.innovations.map((i) => i.name)).toEqual(["Si Sehat"]);
  });

  it("reads SPD codes typed as SPD 3, spd3 or SPD-03, and names a second row of the same indicator instead of letting it win", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const spd = grids["SPD"]!.cells;
    spd.find((x) => x[0] === "SPD-8")![0] = "SPD 8";
    spd.find((x) => x[0] === "SPD 8")![2] = "WTP";
    spd.find((x) => x[0] === "SPD-9")![0] = "spd09";
    spd.find((x) => x[0] === "spd09")![2] = "A";
    spd.push(["SPD-8", "Opini BPK (diperbarui)", "WDP"]);
    const r = readWorkbook(grids);
    // (the first row's WTP, read as the option it abbreviates; not the second row's WDP)
    expect(r.input!.spdAnswers["SPD-8"]!.option).toBe("Wajar Tanpa Pengecualian (WTP)");
    expect(r.input!.spdAnswers["SPD-9"]!.option).toBe("A");
    const at = spd.findIndex((x) => x[0] === "SPD 8") + 1;
    expect(r.issues.map((i) => i.message)).toContain(`SPD!A${spd.length}: indikator SPD-8 ("SPD-8") sudah ada di A${at}; baris ini diabaikan, yang dinilai baris pertama`);
  });

  it("names an innovation entered twice (same name and agency), and scores both as given", () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    const first = addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const second = addRow(g, fullInnovation(e2026, "SI SEHAT ", "dinas kesehatan", "Kesehatan"));
    addRow(g, fullInnovation(e2026, "Si Sehat", "Kecamatan Hulu", "Kesehatan")); // another agency's: not the same
    const r = readWorkbook(grids);
    expect(r.input!.innovations).toHaveLength(3);
    expect(r.issues.filter((i) => i.code === "innovation_duplicate").map((i) => i.message)).toEqual([
      `Inovasi!A${second + 1}: inovasi "SI SEHAT" dari "dinas kesehatan" sudah tercantum di A${first + 1}; keduanya dinilai — hapus salah satu bila tercatat dua kali`,
    ]);
  });

  it("reads a closed-list word typed with a hyphen or without its space, and the stage as Implementasi", () => {
    const { grids } = oneInnovation({ Tahapan: "uji-coba", Jenis: "NonDigital", "1. Bukti": "tidak-ada" });
    let r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.input!.innovations[0]).toMatchObject({ stage: "uji_coba", kind: "non_digital" });
    expect(r.input!.innovations[0]!.answers["SID-1"]!.evidence).toBe("missing");
    r = readWorkbook(oneInnovation({ Tahapan: "Implementasi" }).grids);
    expect(r.input!.innovations[0]!.stage).toBe("penerapan");
  });

  it("reads an answer copied with its tier from the guide sheet, when the tier is the option's", () => {
    const ok = readWorkbook(oneInnovation({ [answerHeader("SID-1")]: "2: Peraturan Kepala Daerah (Perkada)" }).grids);
    expect(ok.input!.innovations[0]!.answers["SID-1"]!.option).toBe("Peraturan Kepala Daerah (Perkada)");
    const wrong = readWorkbook(oneInnovation({ [answerHeader("SID-1")]: "1: Peraturan Kepala Daerah (Perkada)" }).grids);
    expect(wrong.input!.innovations[0]!.answers["SID-1"]!.option).toBe("1: Peraturan Kepala Daerah (Perkada)"); // the core reports it
  });

  it("finds indicator columns headed SID-1. … or Indikator 2. …, and never one headed by a number and a space", () => {
    const grids = templateAsGrids();
    const h = grids["Inovasi"]!.cells[0]!;
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    h[h.indexOf(answerHeader("SID-1"))] = "SID-1. Regulasi";
    h[h.indexOf(answerHeader("SID-2"))] = "Indikator 2. SDM";
    h.push("2 Tahun Terakhir");
    grids["Inovasi"]!.cells[1]!.push("ya");
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.code === "indicator_column_missing" || i.severity === "error")).toEqual([]);
    expect(Object.keys(r.input!.innovations[0]!.answers)).toEqual(expect.arrayContaining(["SID-1", "SID-2"]));
    expect(r.input!.innovations[0]!.answers["SID-2"]!.option).toBe(sid("SID-2").options.find((o) => o.tier === 2)!.label.id);
  });

  it("names a copied Inovasi sheet (or one per agency) whose rows are not scored", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const copy = { name: "Inovasi (2)", cells: [grids["Inovasi"]!.cells[0]!.slice(), grids["Inovasi"]!.cells[1]!.slice(), grids["Inovasi"]!.cells[1]!.slice()] };
    grids[copy.name] = copy;
    grids["Catatan"] = { name: "Catatan", cells: [["Nama Inovasi"]] }; // a header with nothing under it: nothing to say
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.code === "sheet_not_read").map((i) => i.message)).toEqual([
      `'Inovasi (2)'!A1: lembar "Inovasi (2)" memuat 2 baris di bawah kolom "Nama Inovasi", tetapi hanya lembar "Inovasi" yang dinilai; pindahkan barisnya ke lembar "Inovasi" bila ikut dinilai`,
    ]);
    expect(r.input!.innovations).toHaveLength(1);
  });

  it("skips a JUMLAH / TOTAL row typed under the list, and reads >= 91 as the option ≥ 91 %", () => {
    const { grids } = oneInnovation({ [answerHeader("SID-14")]: ">= 91" });
    addRow(grids["Inovasi"]!, { "Nama Inovasi": "JUMLAH", "Jumlah Kata Rancang Bangun": 400 });
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.input!.innovations).toHaveLength(1);
    expect(r.input!.innovations[0]!.answers["SID-14"]!.option).toBe("≥ 91 %");
    // a row named Jumlah that has an agency is an innovation (oddly named), read as such
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Total", "Dinas Kesehatan", "Kesehatan"));
    expect(readWorkbook(grids).input!.innovations).toHaveLength(2);
  });

  it("splits related urusan typed on separate lines of one cell (Alt+Enter) as well as by ;", () => {
    const r = readWorkbook(oneInnovation({ "Urusan Terkait": "Sosial\r\nPendidikan; Perhubungan" }).grids);
    expect(r.input!.innovations[0]!.relatedUrusan).toEqual(["Sosial", "Pendidikan", "Perhubungan"]);
  });

  it("skips a heading merged across a row between groups of innovations, not a row that only looks like one", () => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    g.cells.push(["DINAS KESEHATAN"]);
    const heading = g.cells.length - 1;
    addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    g.merges = [{ row: heading, col: 0, rows: 1, cols: 14 }];
    let r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.input!.innovations.map((i) => i.name)).toEqual(["Si Sehat"]);
    // not merged: a listed agency's name is a heading all the same (tbl35, agency-headings.test.ts); a name with nothing
    // else that names no listed agency is reported as incomplete
    g.merges = [];
    expect(readWorkbook(grids).issues.filter((i) => i.severity === "error")).toEqual([]);
    g.cells[heading] = ["DINAS PARIWISATA"];
    r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.cell)).toEqual([`B${heading + 1}`, `G${heading + 1}`, `C${heading + 1}`]);
  });

  it("reads Tahap Penerapan, Sudah Diterima, Iya and Tdk", () => {
    const r = readWorkbook(oneInnovation({ Tahapan: "Tahap Penerapan", "1. Bukti": "Sudah diterima", Ditolak: "Tdk" }).grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.input!.innovations[0]).toMatchObject({ stage: "penerapan", rejected: false });
    expect(r.input!.innovations[0]!.answers["SID-1"]!.evidence).toBe("accepted");
    expect(readWorkbook(oneInnovation({ Ditolak: "Iya" }).grids).input!.innovations[0]!.rejected).toBe(true);
  });
});

