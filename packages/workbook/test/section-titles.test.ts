/**
 * A second table on the Inovasi sheet (tbl34): under the main list, a blank row, a title alone in its row ("Usulan
 * inovasi tahun 2027", in column A or merged across), often the header again, then more innovations. The title was read
 * as an innovation missing its agency, urusan and stage (three "wajib diisi" errors), and the next year's innovations
 * under it were scored and counted in n. Now the title is a title, said once; a title naming a year after Tahun
 * Penilaian sets its rows of that year aside (not scored, not in n), said at the title with the rows it names.
 */
import { describe, expect, it } from "vitest";
import { planRegion, scoreRegion } from "@inovasi/core";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { actionCells, readWorkbook, writeResults } from "../src/index.js";
import { newRowPlacer } from "../src/plan-rows.js";
import { addRow, applyWrites, e2026, fullInnovation, scored, spdAtTier2, templateAsGrids } from "./helpers.js";

/** Three innovations of 2026; then, after a blank row, `title` alone in column A (or `rows` as given) and what follows. */
function book(after: (CellValue[] | Record<string, CellValue>)[]): WorkbookGrids {
  const grids = templateAsGrids();
  const inv = grids["Inovasi"]!;
  for (let i = 1; i <= 3; i++) addRow(inv, fullInnovation(e2026, `Inovasi ${i}`, "Dinas Kesehatan", "Kesehatan"));
  inv.cells.push([]);
  for (const x of after) {
    if (Array.isArray(x)) inv.cells.push([...x]);
    else addRow(inv, x);
  }
  spdAtTier2(grids);
  return grids;
}
const header = () => templateAsGrids()["Inovasi"]!.cells[0]!;
const next = (name: string, year?: number) => ({ ...fullInnovation(e2026, name, "Kecamatan Hulu", "Kesehatan"), ...(year !== undefined ? { Tahun: year } : {}) });
const said = (grids: WorkbookGrids, locale?: "en") =>
  readWorkbook(grids, locale ? { locale } : {}).issues.filter((i) => i.sheet === "Inovasi" && /^(section_|required|header_row|innovation_year_other)/.test(i.code)).map((i) => [i.code, i.severity, i.cell, i.text]);

describe("a title over a second table on the Inovasi sheet", () => {
  it("a later year's title with the header repeated: the title is no innovation, its 2027 rows are set aside and named", () => {
    const grids = book([["Usulan inovasi tahun 2027"], header(), next("Usulan A", 2027), next("Usulan B"), next("Usulan C", 2027)]);
    const r = readWorkbook(grids);
    expect(r.input!.innovations.map((x) => x.name)).toEqual(["Inovasi 1", "Inovasi 2", "Inovasi 3"]);
    expect(said(grids)).toEqual([
      ["header_row_repeated", "info", "A7", "baris judul diulang di baris 7; dilewati, bukan inovasi"],
      ["section_year_later", "warning", "A6", 'baris 6 dibaca sebagai judul bagian ("Usulan inovasi tahun 2027"), bukan inovasi; tahun 2027 sesudah Tahun Penilaian 2026, jadi 3 inovasi di bawahnya (baris 8–10, Tahun kosong atau 2027) tidak dinilai dan tidak dihitung dalam n tahun ini; nilailah di berkas tahun 2027, atau isi Tahun 2026 pada baris yang diajukan tahun ini'],
    ]);
    expect(said(grids, "en").find((x) => x[0] === "section_year_later")![3]).toBe('row 6 is read as a section title ("Usulan inovasi tahun 2027"), not an innovation; 2027 is after Tahun Penilaian 2026, so the 3 innovations under it (rows 8–10, Tahun blank or 2027) are not scored nor counted in n this year; score them in the 2027 workbook, or enter Tahun 2026 on the rows submitted this year');
    // n and the index are those of the three 2026 innovations alone
    const alone = readWorkbook(book([])).input!;
    expect(scoreRegion(r.input!, e2026).claimed).toEqual(scoreRegion(alone, e2026).claimed);
  });

  it("the scored copy says it in the rows set aside: Skor Dihitung? \"Tidak\" as a row not counted, and why in its notes", () => {
    for (const locale of ["id", "en"] as const) {
      const grids = book([["Usulan inovasi tahun 2027"], header(), next("Usulan A", 2027), next("Usulan B"), next("Tetap 2026", 2026)]);
      const { read, result, issues } = scored(grids, locale);
      const out = writeResults(grids, result!, { source: read.source, issues, locale, edition: e2026 });
      applyWrites(grids, out.writes);
      const rows = grids["Inovasi"]!.cells;
      const col = (h: string) => rows[0]!.indexOf(h);
      const at = (r: number, h: string) => rows[r - 1]![col(h)] ?? null;
      const why = {
        id: "tidak dinilai dan tidak dihitung dalam n: di bawah judul tahun 2027 (A6), sesudah Tahun Penilaian 2026 — isi Tahun 2026 bila diajukan tahun ini",
        en: "not scored nor counted in n: under the title of 2027 (A6), after Tahun Penilaian 2026 — enter Tahun 2026 if it is submitted this year",
      }[locale];
      // rows 8 and 9 set aside: "Tidak", no score, the reason; row 10 (its own Tahun 2026) scored as any other
      for (const r of [8, 9]) {
        expect([at(r, "Skor Dihitung?"), at(r, "Skor Klaim"), at(r, "Skor Catatan")]).toEqual(["Tidak", null, why]);
      }
      expect(at(10, "Skor Dihitung?")).toBe("Ya");
      expect(at(6, "Skor Dihitung?")).toBeNull(); // the title: its warning in its notes, as before
      expect(String(at(6, "Skor Catatan"))).toMatch(/^A6: /);
      // the colour rule of rows not counted covers them (its formula compares "Skor Dihitung?" with "Tidak")
      const rule = out.output.conditionalFormats.find((f) => /="Tidak"$/.test(f.formula) && f.range.startsWith("A8:"));
      expect(rule?.range).toBe("A8:A10");
    }
  });

  it("the plan's new innovations never go over the title nor under it: the second goes above it, inserted (tbl35)", () => {
    const grids = book([["Usulan inovasi tahun 2027"], header(), next("Usulan A", 2027), next("Usulan B"), next("Usulan C", 2027)]);
    const inv = readWorkbook(grids).source!.innovations!;
    // 0-based: the title (row 6), the repeated header (7), the rows set aside (8–10)
    expect(inv.unreadRows).toEqual(expect.arrayContaining([5, 7, 8, 9]));
    // the blank row under the main list first; the next ones above the title (under it, a Tahun left blank would be
    // set aside as 2027's), each moving it down
    const place = newRowPlacer(inv);
    expect([place(1), place(1), place(2)]).toEqual([{ row: 4, inserted: false }, { row: 5, inserted: true, title: 2027 }, { row: 6, inserted: true, title: 2027 }]);
  });

  it("the plan's steps say so: the first new innovation on the blank row, the second in a row inserted above the title", () => {
    const grids = book([["Usulan inovasi tahun 2027"], header(), next("Usulan A", 2027), next("Usulan B"), next("Usulan C", 2027)]);
    const read = readWorkbook(grids);
    const plan = planRegion(read.input!, e2026, { target: { index: 75 }, maxNewInnovations: 2, maxActions: 1000 });
    const added = (locale: "id" | "en") => actionCells(plan, read.source, locale).filter((_, k) => plan.actions[k]!.where.added);
    expect(added("id")).toEqual(["Inovasi!A5", "Inovasi!A6 (sisipkan baris di atas judul tahun 2027, baris 6: baris di bawah judul itu yang Tahun-nya kosong tidak dinilai tahun ini)"]);
    expect(added("en")[1]).toBe("Inovasi!A6 (insert a row above the 2027 title, row 6: rows under that title with Tahun blank are not scored this year)");
  });

  it("the last innovation read under the title (its own Tahun 2026): new rows still go above the title, the rows under it named where they move (rerun36)", () => {
    const grids = book([["Usulan inovasi tahun 2027"], next("Usulan A", 2027), next("Tetap 2026", 2026), next("Usulan C")]);
    const read = readWorkbook(grids);
    const inv = read.source!.innovations!;
    // 0-based: the blank row (4), the title (5), set aside (6, 8), Tetap 2026 read (7); its part reaches the end
    expect(inv.rows).toEqual([1, 2, 3, 7]);
    expect(inv.laterYear).toEqual([{ row: 5, col: 0, year: 2027, assessed: 2026, rows: [6, 8] }]);
    const place = newRowPlacer(inv);
    expect([place(1), place(2)]).toEqual([{ row: 4, inserted: false }, { row: 5, inserted: true, title: 2027, moves: true }]);
    // Tetap 2026 is two rows lower once they are in; the rows above the title stay
    expect([place.shift(7), place.shift(3), place.shift(4)]).toEqual([9, 3, 4]);
    // the plan's steps: the second new innovation inserted above the title, saying the rows below move; a later step
    // on Tetap 2026 names its row as it is then
    const plan = planRegion(read.input!, e2026, { target: { index: 75 }, maxNewInnovations: 2, maxActions: 1000 });
    const cells = (locale: "id" | "en") => actionCells(plan, read.source, locale);
    const added = cells("id").filter((_, k) => plan.actions[k]!.where.added);
    expect(added).toEqual(["Inovasi!A5", "Inovasi!A6 (sisipkan baris di atas judul tahun 2027, baris 6: baris di bawah judul itu yang Tahun-nya kosong tidak dinilai tahun ini; baris di bawahnya turun 1 baris; nomor baris mulai langkah ini sudah memperhitungkannya)"]);
    expect(cells("en").filter((_, k) => plan.actions[k]!.where.added)[1]).toBe("Inovasi!A6 (insert a row above the 2027 title, row 6: rows under that title with Tahun blank are not scored this year; the rows below move down a row; the row numbers from this step on take that into account)");
    const inserted = plan.actions.findIndex((a) => a.where.added);
    const second = plan.actions.findIndex((a, k) => k > inserted && a.where.added);
    const onIt = plan.actions.map((a, k) => [k, a] as const).filter(([, a]) => a.where.innovation?.name === "Tetap 2026");
    expect(onIt.length).toBeGreaterThan(0);
    // typed as told (the row inserted above the title), each step after it on Tetap 2026 names a cell of its row
    const typed = structuredClone(grids["Inovasi"]!.cells);
    typed.splice(5, 0, []);
    const name = typed[0]!.indexOf("Nama Inovasi");
    for (const [k] of onIt) {
      const row = Number(/(\d+)/.exec(cells("id")[k]!.replace("Inovasi!", ""))![1]) - 1;
      expect(k > second ? typed[row]![name] : grids["Inovasi"]!.cells[row]![name]).toBe("Tetap 2026");
    }
  });

  it("a row under it with Tahun of the assessment year (or another year) is read as the row says", () => {
    const grids = book([["Usulan inovasi tahun 2027"], next("Tetap 2026", 2026), next("Usulan", 2027), next("Tahun lain", 2025)]);
    expect(readWorkbook(grids).input!.innovations.map((x) => x.name)).toEqual(["Inovasi 1", "Inovasi 2", "Inovasi 3", "Tetap 2026", "Tahun lain"]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["section_year_later", "A6"]]);
    expect(said(grids)[0]![3]).toContain("jadi 1 inovasi di bawahnya (baris 8, Tahun kosong atau 2027)");
  });

  it("merged across the row: the same (a merged heading naming no later year stays silent, as before)", () => {
    const grids = book([["Usulan inovasi tahun 2027"], next("Usulan", 2027)]);
    grids["Inovasi"]!.merges = [{ row: 5, col: 0, rows: 1, cols: 8 }];
    expect(readWorkbook(grids).input!.innovations).toHaveLength(3);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["section_year_later", "A6"]]);
    const group = book([["DINAS KESEHATAN"], next("Di bawah judul")]);
    group["Inovasi"]!.merges = [{ row: 5, col: 0, rows: 1, cols: 8 }];
    expect(readWorkbook(group).input!.innovations).toHaveLength(4);
    expect(said(group)).toEqual([]);
  });

  it("a title of the assessment year, or with no year above a repeated header: one info, every row read", () => {
    for (const [title, more] of [["Inovasi Tahun 2026", []], ["Tambahan dari kecamatan", [header()]]] as const) {
      const grids = book([[title], ...more, next("Baru", 2026)]);
      expect(readWorkbook(grids).input!.innovations).toHaveLength(4);
      const notes = said(grids).filter((x) => x[0] !== "header_row_repeated");
      expect(notes).toEqual([["section_title_skipped", "info", "A6", `baris 6 dibaca sebagai judul bagian ("${title}"), bukan inovasi; dilewati — bila baris ini inovasi, isi juga Perangkat Daerah, Urusan dan Tahapan-nya`]]);
    }
  });

  it("a section of this year after a later one ends it; a title without a year does not", () => {
    const grids = book([["Usulan 2027"], next("Usulan"), ["Kecamatan:"], next("Usulan kecamatan"), [], ["Inovasi tahun 2026"], next("Lagi 2026")]);
    expect(readWorkbook(grids).input!.innovations.map((x) => x.name)).toEqual(["Inovasi 1", "Inovasi 2", "Inovasi 3", "Lagi 2026"]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["section_year_later", "A6"], ["section_title_skipped", "A8"], ["section_title_skipped", "A11"]]);
    expect(said(grids)[0]![3]).toContain("jadi 2 inovasi di bawahnya (baris 7, 9,");
    // the later part ends at the 2026 title (0-based row 10): the last innovation read is under that one, so the plan's
    // new rows go after it, as under any list (rerun36)
    const inv = readWorkbook(grids).source!.innovations!;
    expect(inv.laterYear).toEqual([{ row: 5, col: 0, year: 2027, assessed: 2026, rows: [6, 8], until: 10 }]);
    expect(newRowPlacer(inv)(1)).toEqual({ row: 12, inserted: false });
  });

  it("a name typed alone is still an innovation begun (its missing cells said), whatever follows", () => {
    const grids = book([["Layanan Antar Obat"], next("Berikutnya")]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["required", "B6"], ["required", "G6"], ["required", "C6"]]);
  });
});
