import { describe, expect, it } from "vitest";
import { COMPARISON_MARKER, COMPARISON_SHEET, RECAP_HEADERS, RECAP_HEADERS_EN, RECAP_MARKER, RECAP_SHEETS, isOwnComparison, isOwnRecap, recapBook, recapIds, unreadableBook } from "../src/index.js";
import { addRow, e2026, templateAsGrids } from "./helpers.js";
import { getEdition } from "@inovasi/core";

describe("recapBook: one workbook's part in a recap", () => {
  it("scores a workbook into a recap entry with its located issues and the edition it names", () => {
    const grids = templateAsGrids();
    const inv = grids["Inovasi"]!;
    addRow(inv, { "Nama Inovasi": "Posyandu Digital", "Perangkat Daerah": "Dinas Kesehatan" });
    const { report, entry } = recapBook("kab-uji.xlsx", grids);
    expect(report).toMatchObject({ file: "kab-uji.xlsx", id: "kab-uji.xlsx", scored: true });
    expect(report.edition?.id).toBe(e2026.id);
    expect(entry).toMatchObject({ id: "kab-uji.xlsx", edition: { id: e2026.id } });
    expect(entry!.result.region.name).toBe("Kabupaten Uji");
    expect(report.problems).toEqual(report.issues.map((i) => ({ severity: i.severity, message: i.message })));
    // a forced edition wins over the Pengaturan cell
    const forced = recapBook("kab-uji.xlsx", grids, { edition: getEdition("iid-2023-inferred")! });
    expect(forced.entry?.edition.id).toBe("iid-2023-inferred");
  });

  it("a workbook without the contract's sheets is listed with the reader's located errors, no entry", () => {
    const { report, entry } = recapBook("catatan.xlsx", { Lembar1: { name: "Lembar1", cells: [["catatan rapat"]] } });
    expect(entry).toBeUndefined();
    expect(report.scored).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.every((p) => p.severity === "error")).toBe(true);
    expect(report.problems.map((p) => p.message).join("\n")).toMatch(/Pengaturan/);
  });

  it("the tool's own recap workbook is skipped, not an error", () => {
    const grids = { [RECAP_SHEETS.recap]: { name: RECAP_SHEETS.recap, cells: [[RECAP_MARKER]] } };
    expect(isOwnRecap(grids)).toBe(true);
    const { report, entry } = recapBook("rekap.xlsx", grids);
    expect(entry).toBeUndefined();
    expect(report).toMatchObject({ skipped: true, scored: false, problems: [{ severity: "info" }] });
    expect(isOwnRecap({ [RECAP_SHEETS.recap]: { name: RECAP_SHEETS.recap, cells: [["Rekap kegiatan"]] } })).toBe(false);
  });

  it("a recap without its A1 marker is known by its table's header row with one column deleted, not two (cli38)", () => {
    const rekap = (header: readonly string[]) => ({ [RECAP_SHEETS.recap]: { name: RECAP_SHEETS.recap, cells: [["Catatan"], [], [...header], ["Kabupaten Uji", 1, 38.55]] } });
    const without = (h: readonly string[], ...k: number[]) => h.filter((_, j) => !k.includes(j));
    expect(isOwnRecap(rekap(RECAP_HEADERS))).toBe(true);
    // one column deleted, wherever it was (the rest moved left), in either language, headings typed in other case
    for (const k of [0, 6, 20, RECAP_HEADERS.length - 1]) {
      expect(isOwnRecap(rekap(without(RECAP_HEADERS, k))), `${k}`).toBe(true);
      expect(isOwnRecap(rekap(without(RECAP_HEADERS_EN, k).map((h) => h.toUpperCase()))), `en ${k}`).toBe(true);
    }
    expect(recapBook("rekap.xlsx", rekap(without(RECAP_HEADERS, 6))).report).toMatchObject({ skipped: true, ownKind: "recap" });
    // two deleted, or a region's own table headed with some of the same words: not ours
    expect(isOwnRecap(rekap(without(RECAP_HEADERS, 6, 20)))).toBe(false);
    expect(isOwnRecap(rekap(without(RECAP_HEADERS, 0, 1)))).toBe(false);
    expect(isOwnRecap(rekap(RECAP_HEADERS.slice(0, 12)))).toBe(false);
  });

  it("the tool's own comparison workbook (inovasi banding) is skipped too, named as one, not read as a region without Pengaturan", () => {
    const grids = { [COMPARISON_SHEET]: { name: COMPARISON_SHEET, cells: [[COMPARISON_MARKER]] } };
    expect(isOwnComparison(grids)).toBe(true);
    const { report, entry } = recapBook("banding.xlsx", grids);
    expect(entry).toBeUndefined();
    expect(report).toMatchObject({ skipped: true, ownKind: "comparison", scored: false, problems: [{ severity: "info", message: "banding.xlsx: banding buatan inovasi, bukan buku kerja daerah; dilewati" }] });
    expect(recapBook("banding.xlsx", grids, { locale: "en" }).report.problems[0]!.message).toBe("banding.xlsx: a comparison (banding) made by inovasi, not a region's workbook; skipped");
    expect(recapBook("rekap.xlsx", { [RECAP_SHEETS.recap]: { name: RECAP_SHEETS.recap, cells: [[RECAP_MARKER]] } }).report.ownKind).toBe("recap");
    // a sheet named Banding of the analyst's own is read as what it is
    expect(isOwnComparison({ [COMPARISON_SHEET]: { name: COMPARISON_SHEET, cells: [["Banding anggaran"]] } })).toBe(false);
  });

  it("the entry plans as inovasi plan does on this workbook: its step limit (Batas Langkah Rencana, empty = 100), not the recap's 1000", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, { "Nama Inovasi": "Posyandu Digital", "Perangkat Daerah": "Dinas Kesehatan" });
    expect(recapBook("kab-uji.xlsx", grids).entry!.planOptions).toMatchObject({ maxActions: 100 });
    const set = grids["Pengaturan"]!.cells;
    const row = set.findIndex((r) => r[0] === "Batas Langkah Rencana");
    if (row >= 0) set[row] = ["Batas Langkah Rencana", 7];
    else set.push(["Batas Langkah Rencana", 7]);
    expect(recapBook("kab-uji.xlsx", grids).entry!.planOptions).toMatchObject({ maxActions: 7 });
  });

  it("ids: a repeated name gets (2), (3); an unreadable file is one error per reason", () => {
    expect(recapIds(["a.xlsx", "b.xlsx", "a.xlsx", "a.xlsx"])).toEqual(["a.xlsx", "b.xlsx", "a.xlsx (2)", "a.xlsx (3)"]);
    expect(unreadableBook("x.xlsx", ["rusak", "lagi"])).toEqual({ file: "x.xlsx", id: "x.xlsx", scored: false, problems: [{ severity: "error", message: "rusak" }, { severity: "error", message: "lagi" }], issues: [] });
  });
});
