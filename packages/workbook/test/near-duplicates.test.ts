/**
 * The same innovation entered twice under a name that differs a little, within one agency (audit22 F6): counted twice
 * without a word, while an exact copy was named. A warning, as for the copy: both may be real.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { matchKey } from "@inovasi/core";
import { duplicateKey } from "../src/duplicate-key.js";
import { NearDuplicates, nameWords } from "../src/near-duplicates.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function read(rows: [string, string, Record<string, CellValue>?][], locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  grids["Perangkat Daerah"]!.cells.push(["Dinas Sosial", "Dinas"]);
  for (const [name, agency, over] of rows) addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, name, agency, "Kesehatan"), ...over });
  const r = readWorkbook(grids, { locale });
  return { count: r.input!.innovations.length, said: r.issues.filter((i) => i.code.startsWith("innovation_")).map((i) => [i.code, i.message]) };
}

const FIRST = "Kartu Ramah Kesehatan";

describe("near-duplicate innovations of one agency", () => {
  it.each(["Kartu Ramah Kesehtan", "Kartu Ramah Kesehatna", "Kartu Ramah Kesehatann", "Kartu Rumah Kesehatan"])("%j (one edit) beside 'Kartu Ramah Kesehatan' is said, both scored", (typo) => {
    const r = read([[FIRST, "Dinas Kesehatan"], [typo, "Dinas Kesehatan", { "1. Regulasi inovasi daerah": "Peraturan Daerah (Perda)" }]]);
    expect(r.count).toBe(2);
    expect(r.said).toEqual([["innovation_near_duplicate", `Inovasi!A3: inovasi "${typo}" dari "Dinas Kesehatan" mungkin "${FIRST}" di A2 yang tercatat lagi (namanya beda satu huruf); keduanya dinilai — hapus salah satu bila tercatat dua kali`]]);
  });

  it("a generic word before or after the name is the same name; identical answers are said as well", () => {
    const r = read([[FIRST, "Dinas Kesehatan"], [`Inovasi ${FIRST}`, "Dinas Kesehatan"], ["Program Si Sehat", "Dinas Kesehatan"], ["Si Sehat", "Dinas Kesehatan", { "1. Regulasi inovasi daerah": "Peraturan Daerah (Perda)" }]]);
    expect(r.said).toEqual([
      ["innovation_near_duplicate", `Inovasi!A3: inovasi "Inovasi ${FIRST}" dari "Dinas Kesehatan" mungkin "${FIRST}" di A2 yang tercatat lagi (namanya sama selain kata seperti "Inovasi" atau "Program", dan semua jawaban serta buktinya sama); keduanya dinilai — hapus salah satu bila tercatat dua kali`],
      ["innovation_near_duplicate", `Inovasi!A5: inovasi "Si Sehat" dari "Dinas Kesehatan" mungkin "Program Si Sehat" di A4 yang tercatat lagi (namanya sama selain kata seperti "Inovasi" atau "Program"); keduanya dinilai — hapus salah satu bila tercatat dua kali`],
    ]);
    expect(read([[FIRST, "Dinas Kesehatan"], [`Inovasi ${FIRST}`, "Dinas Kesehatan"]], "en").said[0]![1]).toContain(`may be "${FIRST}" at A2 entered again (the names differ only by a word such as "Inovasi" or "Program", and every answer and its evidence are the same); both are scored`);
  });

  it.each(["KRK (Kartu Ramah Kesehatan)", "KRK - Kartu Ramah Kesehatan"])("%j (the abbreviation first) is the same name: an exact duplicate", (copy) => {
    expect(read([[FIRST, "Dinas Kesehatan"], [copy, "Dinas Kesehatan"]]).said.map(([c]) => c)).toEqual(["innovation_duplicate"]);
  });

  it("leaves apart other agencies, other numbers, short names, a distinguishing word and two edits", () => {
    expect(read([[FIRST, "Dinas Kesehatan"], ["Kartu Ramah Kesehtan", "Dinas Sosial"]]).said).toEqual([]);
    expect(read([["Posyandu Keliling 1", "Dinas Kesehatan"], ["Posyandu Keliling 2", "Dinas Kesehatan"]]).said).toEqual([]);
    expect(read([["Si Dul", "Dinas Kesehatan"], ["Si Dol", "Dinas Kesehatan"]]).said).toEqual([]);
    expect(read([["Si Sehat", "Dinas Kesehatan"], ["Si Sehat Jiwa", "Dinas Kesehatan"]]).said).toEqual([]);
    expect(read([["Kartu Ramah Anak", "Dinas Kesehatan"], ["Kartu Ramah Lansia", "Dinas Kesehatan"]]).said).toEqual([]);
    expect(read([[FIRST, "Dinas Kesehatan"], ["Kartu Ramah Kesehatan Jiwa", "Dinas Kesehatan"]]).said).toEqual([]);
  });

  it("finds every one-edit pair through its halves, whatever the edit's place", () => {
    const key = "sisteminformasilayanan";
    for (let p = 0; p <= key.length; p++) {
      const edits = [key.slice(0, p) + "x" + key.slice(p), key.slice(0, p) + key.slice(p + 1), key.slice(0, p) + "x" + key.slice(p + 1)];
      if (p + 1 < key.length) edits.push(key.slice(0, p) + key[p + 1] + key[p] + key.slice(p + 2));
      for (const e of edits) {
        if (e === key) continue;
        for (const [a, b] of [[key, e], [e, key]]) {
          const near = new NearDuplicates();
          near.add(0, "dinkes", a!, [a!]);
          expect(near.add(1, "dinkes", b!, [b!]), `${a} / ${b}`).toEqual({ first: 0, why: "edit" });
        }
      }
    }
  });

  // the reader normalises a name once: its words give the key of a name kept whole, so both must normalise alike
  it("a name's words give its duplicate key: the key banding's matchKey makes, accents and any combining mark off", () => {
    const names = ["Kartu Ramah-Kesehatan", "  SIMPEL  (Sistem Informasi) ", "Pelayanan Terpadu Desa 2", "Pelayanan Ter\u0301padu", "Kartu Se\u20DDhat", "Ngẹ̃t Ōtsu Ĳssel ﬁle", "İnovasi", "!!!", "", "Posyandu Keliling (Balita)", "KRK (Kartu Ramah Kesehatan)", "KRK - Kartu Ramah Kesehatan", "ꦱꦶꦱꦺꦲꦠ꧀ Sehat"];
    for (const name of names) {
      expect(duplicateKey(name, nameWords(name)), JSON.stringify(name)).toBe(duplicateKey(name));
      if (!/[()]| - /.test(name)) expect(duplicateKey(name), JSON.stringify(name)).toBe(matchKey(name, ""));
    }
  });
});
