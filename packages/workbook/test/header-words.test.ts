/**
 * Columns, sheets and rows an analyst reworded or added (audit11 F1–F4, F6, F13, F14): a column the edition reads is
 * taken under its common other names, and where it is absent the reader says so once at the header row with what that
 * costs — never an index silently lower.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type WorkbookGrids, locateIssues, parseIndicatorHeader, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

/** The template with one fully answered innovation and every SPD row answered with its first option, evidence accepted. */
function filled(): WorkbookGrids {
  const grids = templateAsGrids();
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
const rename = (grids: WorkbookGrids, sheet: string, from: string, to: string) => {
  const row = grids[sheet]!.cells[0]!;
  row[row.indexOf(from)] = to;
};
const codes = (r: ReturnType<typeof readWorkbook>) => r.issues.map((i) => `${i.severity}:${i.code}@${i.sheet}!${i.cell ?? ""}`);
const score = (grids: WorkbookGrids) => {
  const r = readWorkbook(grids);
  return { r, s: scoreRegion(r.input!, r.edition) };
};

describe("the SPD evidence column under another name (F1)", () => {
  it.each(["Bukti Dukung", "Status Bukti", "Status", "Verifikasi", "bukti dukung:"])("'%s' is read as Bukti, said once", (header) => {
    const base = score(filled()).s.verified.index;
    const grids = filled();
    rename(grids, "SPD", "Bukti", header);
    const { r, s } = score(grids);
    expect(s.verified.index).toBe(base);
    expect(Object.values(r.input!.spdAnswers).every((a) => a.evidence === "accepted")).toBe(true);
    expect(codes(r)).toEqual(["info:column_read_as@SPD!D1"]);
    expect(r.issues[0]!.message).toBe(`SPD!D1: kolom "${header}" dibaca sebagai "Bukti"`);
  });

  it("absent: one warning at the header row saying the cost and the header that may be it", () => {
    const grids = filled();
    rename(grids, "SPD", "Bukti", "Catatan Bukti Verifikator");
    const r = readWorkbook(grids, { locale: "en" });
    expect(codes(r)).toEqual(["warning:column_absent@SPD!E1"]);
    expect(r.issues[0]!.message).toBe(
      `SPD!E1: column "Bukti" not found in the header row: all SPD evidence reads as Menunggu (pending): the verified projection has no SPD; perhaps "Catatan Bukti Verifikator" (D1) is meant; add the column or head it "Bukti"`,
    );
    expect(readWorkbook(grids).issues[0]!.text).toContain("semua bukti SPD dibaca Menunggu: proyeksi terverifikasi tanpa SPD; mungkin maksudnya \"Catatan Bukti Verifikator\" (D1)");
  });
});

describe("Inovasi evidence columns headed with the number after the word (F2)", () => {
  it.each([["Bukti 18", "18"], ["Status Bukti 18", "18"], ["Bukti (18)", "18"], ["18 Bukti", "18"], ["Bukti Dukung 3", "3"], ["Bukti SID-7", "7"]])("%s", (h, n) => {
    expect(parseIndicatorHeader(h)).toEqual({ number: n, role: "evidence" });
  });
  it.each([["18. Dasar Ukuran", "18"], ["Dasar Ukur 18", "18"], ["18. Dasar Pengukuran", "18"]])("%s is the measure column", (h, n) => {
    expect(parseIndicatorHeader(h)).toEqual({ number: n, role: "measure" });
  });
  it.each(["Kualitas inovasi (video)", "20 Kualitas inovasi (video)"])("an answer column headed '%s' (no number's stop) is read by the indicator's name", (header) => {
    const base = score(filled()).s.verified.index;
    const grids = filled();
    rename(grids, "Inovasi", "20. Kualitas inovasi (video)", header);
    const { r, s } = score(grids);
    expect(s.verified.index).toBe(base);
    expect(codes(r)).toEqual(["info:column_read_as@Inovasi!BB1"]);
  });
  it("an answer column absent: its message alone (an error: SID-20 is mandatory), not 'evidence without an answer' at every row", () => {
    const grids = filled();
    rename(grids, "Inovasi", "20. Kualitas inovasi (video)", "Tautan");
    expect(codes(readWorkbook(grids))).toEqual(["error:indicator_column_missing@Inovasi!BD1"]);
  });
  it("a number then words that are no evidence stays no indicator column", () => {
    expect(parseIndicatorHeader("2 Tahun Terakhir")).toBeUndefined();
    expect(parseIndicatorHeader("Bukti 2023")).toBeUndefined();
  });

  it("every 'N. Bukti' headed 'Bukti N': the verified score as before, nothing said", () => {
    const base = score(filled()).s.verified.index;
    const grids = filled();
    const h = grids["Inovasi"]!.cells[0]!;
    h.forEach((v, c) => { if (typeof v === "string" && v.endsWith(". Bukti")) h[c] = `Bukti ${v.split(".")[0]}`; });
    const { r, s } = score(grids);
    expect(s.verified.index).toBe(base);
    expect(codes(r)).toEqual([]);
  });

  it("evidence columns absent: one warning naming the indicators and the header that may be them", () => {
    const grids = filled();
    const h = grids["Inovasi"]!.cells[0]!;
    h.forEach((v, c) => { if (typeof v === "string" && v.endsWith(". Bukti")) h[c] = `Ket ${c}`; });
    h[h.indexOf("Ket 15")] = "Hasil Verifikasi";
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["warning:evidence_column_missing@Inovasi!O1"]);
    expect(r.issues[0]!.text).toBe(
      `kolom bukti indikator 1–20 tidak ditemukan (judulnya mis. "1. Bukti"): bukti jawabannya dibaca Menunggu, indikator itu tidak menambah skor terverifikasi; mungkin maksudnya "Hasil Verifikasi" (P1)`,
    );
  });
});

describe("optional profile columns under another name (F3, F4)", () => {
  it("a 'Status Verifikasi' column is not read as Ditolak, only named as what may be meant (review12 F2: 'Sudah diverifikasi' read as rejected)", () => {
    const grids = filled();
    grids["Inovasi"]!.cells[1]![grids["Inovasi"]!.cells[0]!.indexOf("Ditolak")] = "Sudah diverifikasi";
    rename(grids, "Inovasi", "Ditolak", "Status Verifikasi");
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.rejected).toBe(false);
    const absent = r.issues.find((i) => i.code === "column_absent")!;
    expect(absent.text).toContain('mungkin maksudnya "Status Verifikasi"');
  });
  it.each(["Ditolak?", "Ditolak (Ya/Tidak)", "Tolak", "Ditolak Verifikator"])("Ditolak headed '%s' is read", (header) => {
    const grids = filled();
    grids["Inovasi"]!.cells[1]![grids["Inovasi"]!.cells[0]!.indexOf("Ditolak")] = "Ya";
    rename(grids, "Inovasi", "Ditolak", header);
    expect(readWorkbook(grids).input!.innovations[0]!.rejected).toBe(true);
  });
  it.each(["Keikutsertaan", "Jumlah Keikutsertaan IGA", "Keikutsertaan ke-"])("Jumlah Keikutsertaan headed '%s' is read", (header) => {
    const grids = filled();
    grids["Inovasi"]!.cells[1]![grids["Inovasi"]!.cells[0]!.indexOf("Jumlah Keikutsertaan")] = 3;
    rename(grids, "Inovasi", "Jumlah Keikutsertaan", header);
    expect(readWorkbook(grids).input!.innovations[0]!.entries).toBe(3);
  });
  it.each(["Tgl Penerapan", "Tgl. Penerapan", "Tanggal Implementasi", "Tanggal Mulai Penerapan"])("Tanggal Penerapan headed '%s' is read", (header) => {
    const grids = filled();
    rename(grids, "Inovasi", "Tanggal Penerapan", header);
    expect(readWorkbook(grids).input!.innovations[0]!.implementationDate).toBe("2025-02-01");
  });
  it.each(["Jumlah Kata", "Jml Kata Rancang Bangun", "Jumlah Kata Rancangan Bangun"])("Jumlah Kata Rancang Bangun headed '%s' is read", (header) => {
    const grids = filled();
    rename(grids, "Inovasi", "Jumlah Kata Rancang Bangun", header);
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.designWords).toBe(400);
    expect(codes(r)).toEqual([`info:column_read_as@Inovasi!L1`]);
  });

  it("Jumlah Kata Rancang Bangun absent: said once at the header row with its cost, not at every row", () => {
    const grids = filled();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Cepat", "Dinas Kesehatan", "Kesehatan"));
    rename(grids, "Inovasi", "Jumlah Kata Rancang Bangun", "Rangkuman");
    const r = readWorkbook(grids);
    const s = scoreRegion(r.input!, r.edition);
    const all = [...codes(r), ...locateIssues(s.issues, r.source).map((i) => `${i.severity}:${i.code}@${i.sheet}!${i.cell ?? ""}`)];
    expect(all.filter((c) => !c.startsWith("info") && !c.includes("yandas"))).toEqual(["warning:column_absent@Inovasi!BD1"]);
    expect(r.issues[0]!.text).toContain("setiap inovasi dianggap tanpa rancang bangun (minimal 300 kata): tidak ada yang dihitung di proyeksi terverifikasi");
    expect(s.innovations.some((i) => i.verified.counted)).toBe(false);
  });

  it("Ditolak absent: said once", () => {
    const grids = filled();
    rename(grids, "Inovasi", "Ditolak", "Keterangan Tolak");
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["warning:column_absent@Inovasi!BD1"]);
    expect(r.issues[0]!.text).toContain(`tidak ada inovasi yang dibaca ditolak saat verifikasi; mungkin maksudnya "Keterangan Tolak" (N1)`);
  });
});

describe("SPD rows and sheet (F6, F14)", () => {
  it("the Jawaban column absent: its error alone, not 'evidence without an answer' at every row", () => {
    const grids = filled();
    rename(grids, "SPD", "Jawaban", "Keterangan");
    expect(codes(readWorkbook(grids))).toEqual(["error:column_missing@SPD!E1"]);
  });
  it("a row without its Kode is read by its indicator's name, said at the Kode cell", () => {
    const base = score(filled()).s.claimed.index;
    const grids = filled();
    grids["SPD"]!.cells[4]![0] = null;
    const { r, s } = score(grids);
    expect(s.claimed.index).toBe(base);
    expect(codes(r)).toEqual(["info:spd_row_by_name@SPD!A5"]);
  });
  it("a row without its Kode and with a name not known: its answer said not read", () => {
    const grids = filled();
    grids["SPD"]!.cells[4]![0] = null;
    grids["SPD"]!.cells[4]![1] = "Indikator lain";
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["warning:spd_row_not_read@SPD!A5"]);
    expect(r.issues[0]!.text).toBe(`Kode kosong dan nama indikator "Indikator lain" tidak dikenali: jawaban baris ini tidak dibaca; isi Kode (mis. "SPD-1")`);
  });
  // audit27 d2: an SPD sheet without its Kode column; its Indikator names the edition's, or not
  const noKode = (name?: (n: string) => string) => {
    const grids = filled();
    const g = grids["SPD"]!;
    for (const row of g.cells) row.splice(0, 1);
    if (name) for (const row of g.cells.slice(1)) if (typeof row[0] === "string") row[0] = name(row[0]);
    return grids;
  };
  it("no Kode column, each Indikator the edition's name of one indicator: read by the names, said once", () => {
    const base = score(filled()).s.claimed.index;
    const { r, s } = score(noKode());
    expect(s.claimed.index).toBe(base);
    expect(codes(r)).toEqual(["info:spd_read_by_names@SPD!A1"]);
    expect(r.issues[0]!.text).toBe(`kolom "Kode" tidak ada; 20 baris dibaca dari nama indikatornya (mis. SPD!A2 "${e2026.indicators.find((i) => i.id === "SPD-1")!.name.id}" sebagai SPD-1), karena setiap nama itu tepat nama satu indikator SPD edisi ini`);
  });
  it("no Kode column, one Indikator not the edition's: that row said not read, at its name", () => {
    const grids = noKode();
    grids["SPD"]!.cells[4]![0] = "Indikator lain";
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["info:spd_read_by_names@SPD!A1", "warning:spd_row_not_read@SPD!A5"]);
    expect(r.issues[1]!.text).toContain(`lembar ini tidak punya kolom Kode dan nama indikator "Indikator lain" tidak dikenali`);
  });
  it("no Kode column and no Indikator the edition's: SPD 0 said at the SPD sheet, with why (not 'no answer yet')", () => {
    const read = readWorkbook(noKode((n) => `${n} (daerah)x`));
    const result = scoreRegion(read.input!, read.edition);
    expect(result.claimed.spd.score).toBe(0);
    const all = [...read.issues, ...locateIssues(result.issues, read.source)];
    const spd = all.filter((i) => i.sheet === "SPD" || /SPD/.test(i.text));
    expect(spd.map((i) => `${i.severity}:${i.code}@${i.sheet}!${i.cell ?? ""}`)).toEqual(["error:column_missing@SPD!D1", "warning:spd_rows_not_read@SPD!D1"]);
    expect(spd[1]!.text).toBe(`lembar "SPD" tidak punya kolom "Kode", jadi 20 baris yang terisi di sana tidak dibaca (nama indikatornya pun bukan nama indikator SPD edisi ini); SPD dihitung 0 — tambahkan kolom "Kode" dengan kode tiap indikator (mis. "SPD-1")`);
    expect(locateIssues(result.issues, read.source, "en").find((i) => i.code === "spd_rows_not_read")!.text).toContain(`sheet "SPD" has no "Kode" column, so the 20 filled rows on it are not read`);
  });

  it("the SPD sheet renamed 'SPD 2026' is read, and said", () => {
    const base = score(filled()).s.claimed.index;
    const grids = filled();
    grids["SPD 2026"] = { ...grids["SPD"]!, name: "SPD 2026" };
    delete grids["SPD"];
    const { r, s } = score(grids);
    expect(s.claimed.index).toBe(base);
    expect(codes(r)).toEqual(["info:sheet_read_as@SPD 2026!"]);
    expect(r.source.spd!.sheet).toBe("SPD 2026");
  });
  it("two sheets that could be the SPD sheet: an error naming both, none read", () => {
    const grids = filled();
    grids["SPD 2025"] = { ...grids["SPD"]!, name: "SPD 2025" };
    grids["SPD 2026"] = { ...grids["SPD"]!, name: "SPD 2026" };
    delete grids["SPD"];
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["error:sheet_ambiguous@SPD!"]);
    expect(r.issues[0]!.text).toContain(`"SPD 2025", "SPD 2026"`);
  });
});

describe("rows that hold no innovation (F13)", () => {
  it("the header row repeated lower down: one note, not an error per cell", () => {
    const grids = filled();
    const g = grids["Inovasi"]!;
    g.cells.push([...g.cells[0]!]);
    addRow(g, fullInnovation(e2026, "Si Cepat", "Dinas Kesehatan", "Kesehatan"));
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["info:header_row_repeated@Inovasi!A3"]);
    expect(r.input!.innovations.map((i) => i.name)).toEqual(["Si Sehat", "Si Cepat"]);
  });
  // audit27 d5: rows pasted from an agency's file with their own header, Tahapan and Bentuk swapped
  const swapped = () => {
    const grids = filled();
    const g = grids["Inovasi"]!;
    const head = [...g.cells[0]!];
    const [t, b] = [head.indexOf("Tahapan"), head.indexOf("Bentuk")];
    [head[t], head[b]] = [head[b]!, head[t]!];
    g.cells.push(head);
    for (const name of ["Si Cepat", "Si Tanggap"]) {
      addRow(g, fullInnovation(e2026, name, "Dinas Kesehatan", "Kesehatan"));
      const row = g.cells[g.cells.length - 1]!;
      [row[t], row[b]] = [row[b]!, row[t]!];
    }
    return grids;
  };
  it("the header repeated with two columns swapped: the rows below read with its layout, said at the row (blocks31)", () => {
    const r = readWorkbook(swapped());
    // before blocks31: an error, the rows read with row 1's columns (their Bentuk as Tahapan: refused)
    expect(codes(r)).toEqual(["info:header_row_own_order@Inovasi!C3"]);
    expect(r.input!.innovations.map((i) => [i.name, i.stage])).toEqual([["Si Sehat", "penerapan"], ["Si Cepat", "penerapan"], ["Si Tanggap", "penerapan"]]);
    expect(r.issues[0]!.text).toBe(
      `baris 3: kolom dibaca dengan urutan judul baris ini untuk 2 baris di bawahnya (4–5), bukan dengan urutan baris judul 1: kolomnya sama dalam urutan lain (baris 3: C "Bentuk", D "Tahapan"; baris 1: C "Tahapan", D "Bentuk"); skor dan catatannya tetap ditulis di kolom keluaran lembar ini`,
    );
  });
  it("the header repeated reworded, or in another order with nothing below: a note, as before", () => {
    const grids = filled();
    const g = grids["Inovasi"]!;
    g.cells.push(g.cells[0]!.map((v) => (v === "Nama Inovasi" ? "Nama Inovasi Daerah" : v)));
    addRow(g, fullInnovation(e2026, "Si Cepat", "Dinas Kesehatan", "Kesehatan"));
    expect(codes(readWorkbook(grids))).toEqual(["info:header_row_repeated@Inovasi!A3"]);
    const only = swapped();
    only["Inovasi"]!.cells.splice(3);
    expect(codes(readWorkbook(only))).toEqual(["info:header_row_repeated@Inovasi!A3"]);
  });
  it("Nama and Perangkat Daerah swapped in a repeated header: the header, not an innovation named \"Perangkat Daerah\"", () => {
    const grids = filled();
    const g = grids["Inovasi"]!;
    const head = [...g.cells[0]!];
    [head[0], head[1]] = [head[1]!, head[0]!];
    g.cells.push(head);
    addRow(g, { ...fullInnovation(e2026, "Dinas Kesehatan", "Si Cepat", "Kesehatan") });
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["info:header_row_own_order@Inovasi!A3"]);
    expect(r.input!.innovations.map((i) => [i.name, i.agency])).toEqual([["Si Sehat", "Dinas Kesehatan"], ["Si Cepat", "Dinas Kesehatan"]]);
  });
  it("an explanation row under the header: one note", () => {
    const grids = filled();
    const g = grids["Inovasi"]!;
    g.cells.splice(1, 0, g.cells[0]!.map((_, c) => (c === 0 ? "Nama" : c === 1 ? "OPD" : "(diisi sesuai petunjuk)")));
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["info:explanation_row_skipped@Inovasi!A2"]);
    expect(r.input!.innovations).toHaveLength(1);
  });
  it("rows pre-filled with defaults only: one note naming them", () => {
    const grids = filled();
    const g = grids["Inovasi"]!;
    for (let k = 0; k < 5; k++) addRow(g, { Ditolak: "Tidak", Tahun: 2026, "1. Bukti": "Menunggu" });
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["info:prefilled_rows_skipped@Inovasi!A3"]);
    expect(r.issues[0]!.text).toBe(`5 baris (3–7) hanya berisi "Tahun", "Ditolak", "1. Bukti" tanpa Nama Inovasi maupun jawaban indikator; dilewati, bukan inovasi (isi Nama Inovasi bila baris itu inovasi)`);
    expect(r.input!.innovations).toHaveLength(1);
  });
  it("rows set aside for an agency, without a name nor an answer: one note, not three errors a row", () => {
    const grids = filled();
    const g = grids["Inovasi"]!;
    for (let k = 0; k < 3; k++) addRow(g, { "Perangkat Daerah": "Dinas Kesehatan", Ditolak: "Tidak" });
    expect(codes(readWorkbook(grids))).toEqual(["info:prefilled_rows_skipped@Inovasi!A3"]);
  });
  it("a row with a name and no answer is still read (its missing stage and urusan said)", () => {
    const grids = filled();
    addRow(grids["Inovasi"]!, { "Nama Inovasi": "Si Baru", "Perangkat Daerah": "Dinas Kesehatan" });
    const r = readWorkbook(grids);
    expect(codes(r)).toEqual(["error:required@Inovasi!G3", "error:required@Inovasi!C3"]);
  });
});

describe("Inovasi headers in the edition's and the spec's own words (audit22 F11)", () => {
  it.each([
    ["Nama Inovasi", "Nama Inovasi Daerah", "A1"],
    ["Nama Inovasi", "Judul Inovasi", "A1"],
    ["Tahapan", "Tahapan Inovasi", "C1"],
    ["Urusan", "Urusan Pemerintahan", "G1"],
    ["Urusan", "Urusan Utama", "G1"],
  ])("'%s' headed '%s': read (the same index), said once (before: the region not scored)", (from, to, cell) => {
    const base = score(filled()).s.claimed.index;
    const grids = filled();
    rename(grids, "Inovasi", from, to);
    const { r, s } = score(grids);
    expect(s.claimed.index).toBe(base);
    expect(codes(r)).toEqual([`info:column_read_as@Inovasi!${cell}`]);
    expect(r.issues[0]!.text).toBe(`kolom "${to}" dibaca sebagai "${from}"`);
  });
});
