/**
 * An unreadable cell's error says what is taken until it is fixed ("sampai diperbaiki daerah ini dianggap tidak
 * melapor (indeks 0 …)") where a workbook is scored despite its errors (the pane, `inovasi score`); a caller that gives
 * no result while an error stands (a custom function: #VALUE!) reads with `errorsStop`, and the clause is not said
 * there, since nothing is taken (words35).
 */
import { describe, expect, it } from "vitest";
import { type CellValue, SETTINGS_KEYS, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function read(over: { melapor?: CellValue; ditolak?: CellValue }, errorsStop?: boolean, locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...(over.ditolak !== undefined ? { Ditolak: over.ditolak } : {}) });
  if (over.melapor !== undefined) grids["Pengaturan"]!.cells.find((r) => r[0] === SETTINGS_KEYS.reported)![1] = over.melapor;
  return readWorkbook(grids, { locale, ...(errorsStop === undefined ? {} : { errorsStop }) });
}
const text = (r: ReturnType<typeof read>, field: string) => r.issues.filter((i) => i.field === field && i.severity === "error").map((i) => i.text);

describe("what an error says is taken meanwhile, only where the workbook is scored despite it", () => {
  it("an unreadable Melapor: the region taken as not reporting is said to the pane and the CLI, not to a function", () => {
    const words = 'isian "Mungkin" tidak dikenal untuk "Melapor"; pilihan yang sah: "Ya", "Tidak"';
    const sheet = read({ melapor: "Mungkin" });
    expect(text(sheet, SETTINGS_KEYS.reported)).toEqual([`${words}; sampai diperbaiki daerah ini dianggap tidak melapor (indeks 0, tidak dihitung melapor di rekap provinsi)`]);
    expect(sheet.input!.region.reported).toBe(false);
    expect(text(read({ melapor: "Mungkin" }, false), SETTINGS_KEYS.reported)).toEqual(text(sheet, SETTINGS_KEYS.reported));
    const fn = read({ melapor: "Mungkin" }, true);
    expect(text(fn, SETTINGS_KEYS.reported)).toEqual([words]);
    expect(read({ melapor: "Mungkin" }, true, "en").issues.find((i) => i.field === SETTINGS_KEYS.reported)!.text).not.toContain("until corrected");
    // the reading itself is the same: only the words differ
    expect(fn.input).toEqual(sheet.input);
  });

  it("an unreadable Ditolak: the innovation taken as rejected, said only where the workbook is scored despite it", () => {
    expect(text(read({ ditolak: "Diverifikasi" }), "Ditolak")[0]).toMatch(/; sampai diperbaiki inovasi ini dianggap ditolak \(tidak dihitung\)$/);
    expect(text(read({ ditolak: "Diverifikasi" }, true), "Ditolak")[0]).toBe('isian "Diverifikasi" tidak dikenal; pilihan: "Ya", "Tidak"');
  });
});
