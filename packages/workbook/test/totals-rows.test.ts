/**
 * Totals rows typed under the Inovasi list (audit27 d8, values28): "JUMLAH" under Perangkat Daerah with counts beside
 * it, or "Jumlah Inovasi" / "Jumlah" with "35 OPD" beside it, were read as broken innovations (1–4 errors, exit 1),
 * while "JUMLAH" in Nama Inovasi alone was skipped without a word. A row whose first text cell is the totals word and
 * that answers no indicator is now skipped like it, and every skipped totals row is said once. A real innovation (a
 * name of its own, or answers) is never skipped.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const SID1 = (() => {
  const ind = e2026.indicators.find((i) => i.id === "SID-1")!;
  return { answer: `${ind.number}. ${ind.name.id}`, option: ind.options.find((o) => o.tier === 2)!.label.id };
})();

function read(...rows: Record<string, CellValue>[]) {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  for (const row of rows) addRow(grids["Inovasi"]!, row);
  return readWorkbook(grids);
}
const said = (r: ReturnType<typeof read>) => r.issues.map((i) => [i.severity, i.code, i.cell, i.text]);

describe("a totals row typed under the list", () => {
  it.each<[string, Record<string, CellValue>, string, string]>([
    ["JUMLAH under Perangkat Daerah, counts beside it", { "Perangkat Daerah": "JUMLAH", "Jumlah Kata Rancang Bangun": 50000, "1. Bukti": 70, Tahapan: 90 }, "B3", "JUMLAH"],
    ["Jumlah Inovasi beside 35 Perangkat Daerah", { "Nama Inovasi": "Jumlah Inovasi", "Perangkat Daerah": "35 Perangkat Daerah", Tahapan: "Penerapan: 60" }, "A3", "Jumlah Inovasi"],
    ["Jumlah beside 35 OPD and 20 urusan", { "Nama Inovasi": "Jumlah", "Perangkat Daerah": "35 OPD", Urusan: "20 urusan" }, "A3", "Jumlah"],
    ["JUMLAH in Nama Inovasi alone (skipped before, silently)", { "Nama Inovasi": "JUMLAH", "Jumlah Kata Rancang Bangun": 400, [SID1.answer]: 12 }, "A3", "JUMLAH"],
  ])("%s: skipped, said once", (_name, row, cell, word) => {
    const r = read(row);
    expect(r.input!.innovations.map((i) => i.name)).toEqual(["Si Sehat"]);
    expect(said(r)).toEqual([["info", "totals_row_skipped", cell, `baris 3 berisi jumlah ("${word}"), bukan inovasi; dilewati`]]);
  });

  it("several are said in one note, in both languages", () => {
    const rows = [{ "Perangkat Daerah": "Sub Total", Tahapan: 40 }, { "Perangkat Daerah": "Grand Total", Tahapan: 90 }];
    expect(said(read(...rows))).toEqual([["info", "totals_row_skipped", "B3", 'baris 3–4 berisi jumlah ("Sub Total"), bukan inovasi; dilewati']]);
    const grids = templateAsGrids();
    for (const row of rows) addRow(grids["Inovasi"]!, row);
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "totals_row_skipped")!.text).toBe('rows 2–3 hold a total ("Sub Total"), not an innovation; skipped');
  });

  it("a row with the totals word but an indicator answered, or its own name first, is read as an innovation", () => {
    // JUMLAH where the agency goes, with an answer: a row begun, its missing name said
    const answered = read({ "Perangkat Daerah": "JUMLAH", Tahapan: "Penerapan", [SID1.answer]: SID1.option });
    expect(answered.issues.map((i) => i.code)).toContain("required");
    expect(answered.issues.map((i) => i.code)).not.toContain("totals_row_skipped");
    // an innovation whose agency cell says Total: its own name comes first
    const named = read({ "Nama Inovasi": "Lapor Cepat", "Perangkat Daerah": "Total", Urusan: "Kesehatan", Tahapan: "Penerapan" });
    expect(named.input!.innovations.map((i) => i.name)).toEqual(["Si Sehat", "Lapor Cepat"]);
    // named Jumlah, with an agency, stage and answers: an innovation (oddly named)
    expect(read(fullInnovation(e2026, "Jumlah", "Dinas Kesehatan", "Kesehatan")).input!.innovations).toHaveLength(2);
  });
});

describe("Tahapan 'Inisiasi' (audit27 d10)", () => {
  it.each(["Inisiasi", "Tahap Inisiasi", "INISIASI"])("'%s' is the Inisiatif stage (the spec's first stage; no stage is scored above it)", (typed) => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Tahapan: typed });
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.stage).toBe("inisiatif");
    expect(r.issues).toEqual([]);
  });
});
