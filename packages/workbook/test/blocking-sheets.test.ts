import { describe, expect, it } from "vitest";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

/** What keeps a workbook from being scored is an error, said where the analyst fixes it (pane11 finding 6). */
describe("problems that block scoring", () => {
  const book = () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    spdAtTier2(grids);
    return grids;
  };

  it("a missing Pengaturan sheet is an error (it was a warning while nothing could be scored)", () => {
    const grids = book();
    delete grids["Pengaturan"];
    const r = readWorkbook(grids);
    expect(r.input).toBeUndefined();
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["sheet_missing"]);
  });

  it("an SPD answer header renamed (\"Jawab\"): the error at that header with what it probably means, no follow-on warning per row, nothing scored", () => {
    const grids = book();
    const header = grids["SPD"]!.cells[0]!;
    const c = header.indexOf("Jawaban");
    header[c] = "Jawab";
    const r = readWorkbook(grids);
    expect(r.input).toBeUndefined();
    const spd = r.issues.filter((i) => i.sheet === "SPD");
    expect(spd).toHaveLength(1);
    expect(spd[0]).toMatchObject({ severity: "error", code: "column_missing", cell: `${String.fromCharCode(65 + c)}1` });
    expect(spd[0]!.text).toBe('kolom "Jawaban" tidak ditemukan di baris judul; mungkin maksudnya judul "Jawab" ini: ganti menjadi "Jawaban"');
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.sheet === "SPD")!.text).toMatch(/perhaps the header "Jawab" here is meant: rename it "Jawaban"$/);
    // a header with nothing like it: after the last header, as before
    header[c] = "Catatan";
    const far = readWorkbook(grids).issues.find((i) => i.sheet === "SPD")!;
    expect(far.text).toBe('kolom "Jawaban" tidak ditemukan di baris judul');
    expect(far.cell).toBe(`${String.fromCharCode(65 + header.length)}1`);
  });
});
