/**
 * Duplicates the check missed (audit11 F9): the same innovation under a second agency, or names differing only by
 * punctuation or a bracketed abbreviation, were counted twice silently.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function read(rows: [string, string][]) {
  const grids = templateAsGrids();
  grids["Perangkat Daerah"]!.cells.push(["Dinas Sosial", "Dinas"]);
  for (const [name, agency] of rows) addRow(grids["Inovasi"]!, fullInnovation(e2026, name, agency, "Kesehatan"));
  const r = readWorkbook(grids);
  return { count: r.input!.innovations.length, said: r.issues.filter((i) => i.code.startsWith("innovation_")).map((i) => [i.code, i.message]) };
}

describe("duplicate innovations", () => {
  it.each(["Kartu Ramah-Kesehatan", "kartu ramah  kesehatan", "Kartu Ramah Kesehatan (KRK)", "Kartu Ramah Kesehatan."])("%j beside 'Kartu Ramah Kesehatan' of the same agency is named", (copy) => {
    const r = read([["Kartu Ramah Kesehatan", "Dinas Kesehatan"], [copy, "Dinas Kesehatan"]]);
    expect(r.count).toBe(2);
    expect(r.said).toEqual([["innovation_duplicate", `Inovasi!A3: inovasi "${copy}" dari "Dinas Kesehatan" sudah tercantum di A2; keduanya dinilai — hapus salah satu bila tercatat dua kali`]]);
  });

  it("the same name under another agency is said, both scored", () => {
    const r = read([["Kartu Ramah Kesehatan", "Dinas Kesehatan"], ["Kartu Ramah-Kesehatan", "Dinas Sosial"]]);
    expect(r.count).toBe(2);
    expect(r.said.map(([c]) => c)).toEqual(["innovation_same_name"]);
    expect(r.said[0]![1]).toContain('Inovasi!A3: nama sama dengan inovasi "Kartu Ramah Kesehatan" dari "Dinas Kesehatan" di A2; keduanya dinilai');
  });

  it("a bracket that is not the name's initials keeps two innovations apart (review12 F3)", () => {
    expect(read([["Posyandu Keliling (Balita)", "Dinas Kesehatan"], ["Posyandu Keliling (Lansia)", "Dinas Kesehatan"]]).said).toEqual([]);
    expect(read([["Sekolah Ramah Anak (SD)", "Dinas Kesehatan"], ["Sekolah Ramah Anak (SMP)", "Dinas Kesehatan"]]).said).toEqual([]);
    expect(read([["Sistem Informasi dan Pelayanan", "Dinas Kesehatan"], ["Sistem Informasi dan Pelayanan (SIP)", "Dinas Kesehatan"]]).said.map(([c]) => c)).toEqual(["innovation_duplicate"]);
  });

  it("different names are not duplicates", () => {
    expect(read([["Si Sehat", "Dinas Kesehatan"], ["Si Sehat Jiwa", "Dinas Kesehatan"]]).said).toEqual([]);
  });
});
