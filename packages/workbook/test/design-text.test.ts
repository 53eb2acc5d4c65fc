/**
 * The rancang bangun itself where its word count is asked (audit22 F12): counted, said. Before: a "Rancang Bangun"
 * column of narratives was a missing Jumlah Kata (every innovation out of the verified projection, at rc 0), and a
 * narrative in the Jumlah Kata cell an error quoting the whole text.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook, wordCount } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const words = (n: number) => Array.from({ length: n }, (_, k) => `kata${k}`).join(" ");

function book(header: string, texts: string[]) {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  const c = g.cells[0]!.indexOf("Jumlah Kata Rancang Bangun");
  texts.forEach((t, k) => {
    const r = addRow(g, fullInnovation(e2026, `Si Sehat ${k}`, "Dinas Kesehatan", "Kesehatan"));
    g.cells[r]![c] = t;
  });
  g.cells[0]![c] = header;
  return { grids, col: String.fromCharCode(65 + c) };
}

describe("the design narrative where its word count is asked", () => {
  it("a 'Rancang Bangun' column of texts: each cell's words counted, said once at its header", () => {
    const { grids, col } = book("Rancang Bangun", [words(350), words(120)]);
    const r = readWorkbook(grids);
    expect(r.input!.innovations.map((i) => i.designWords)).toEqual([350, 120]);
    expect(r.issues.map((i) => `${i.severity}:${i.code}@${i.cell}`)).toEqual([`info:design_text_column@${col}1`]);
    expect(r.issues[0]!.text).toBe(`kolom "Rancang Bangun" berisi teks rancang bangun, bukan jumlah katanya: dibaca sebagai "Jumlah Kata Rancang Bangun" dengan menghitung kata tiap sel (mis. ${col}2: 350 kata)`);
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain(`read as "Jumlah Kata Rancang Bangun" by counting each cell's words (e.g. ${col}2: 350 words)`);
  });

  it("a 'Rancang Bangun' column of counts with one narrative: the narrative counted, the numbers read as counts", () => {
    const { grids } = book("Rancang Bangun", [words(350), 420 as unknown as string]);
    expect(readWorkbook(grids).input!.innovations.map((i) => i.designWords)).toEqual([350, 420]);
  });

  it("a 'Rancang Bangun (jumlah kata)' column of numbers is still not guessed (read12a)", () => {
    const { grids } = book("Rancang Bangun (jumlah kata)", [350 as unknown as string]);
    expect(readWorkbook(grids).issues.map((i) => i.code)).toContain("column_absent");
  });

  it("the narrative pasted into the Jumlah Kata cell: counted, an info quoting only its start", () => {
    const { grids, col } = book("Jumlah Kata Rancang Bangun", [`Inovasi ini  — dimulai ${words(347)}`]);
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.designWords).toBe(350);
    expect(r.issues.map((i) => [i.code, i.cell, i.text])).toEqual([["design_words_counted", `${col}2`, `sel ini berisi teks rancang bangun ("Inovasi ini — dimulai kata0 kata1 kata2 kata3 …"), bukan jumlah katanya: dihitung 350 kata`]]);
  });

  it("a count typed in a few words is not a narrative: refused as before", () => {
    const { grids } = book("Jumlah Kata Rancang Bangun", ["kurang lebih tiga ratus kata"]);
    expect(readWorkbook(grids).issues.map((i) => i.code)).toEqual(["not_an_integer"]);
    expect(wordCount("satu — dua\\nTiga 4")).toBe(3);
  });

  it("a formula error in the Jumlah Kata cell is said once, with what it costs until fixed", () => {
    const { grids, col } = book("Jumlah Kata Rancang Bangun", ["#REF!"]);
    const issues = readWorkbook(grids).issues.filter((i) => i.cell === `${col}2`);
    expect(issues.map((i) => i.code)).toEqual(["formula_error"]);
    expect(issues[0]!.text).toContain("sampai diperbaiki, rancang bangunnya dianggap kurang dari 300 kata");
  });
});

// read23: a narrative in a cell merged down over two innovations' rows was counted for the first and, for the second,
// "not a number" quoting the whole narrative (the count read the cell as stored, blank below the merge's top)
describe("a narrative in a merged cell", () => {
  it.each(["Jumlah Kata Rancang Bangun", "Rancang Bangun"])("under %j: counted for every row of the merge, said at the lower row with the cell it comes from", (header) => {
    const { grids, col } = book(header, [words(320), null as unknown as string]);
    const g = grids["Inovasi"]!;
    g.merges = [{ row: 1, col: col.charCodeAt(0) - 65, rows: 2, cols: 1 }];
    const r = readWorkbook(grids);
    expect(r.input!.innovations.map((i) => i.designWords)).toEqual([320, 320]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const below = r.issues.find((i) => i.cell === `${col}3`)!;
    expect([below.code, below.text]).toEqual(["design_words_counted", `sel ini, gabungan dengan ${col}2, berisi teks rancang bangun ("kata0 kata1 kata2 kata3 kata4 kata5 kata6 kata7 …"), bukan jumlah katanya: dihitung 320 kata`]);
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.cell === `${col}3`)!.text).toBe(`this cell, merged with ${col}2, holds the design text (rancang bangun) ("kata0 kata1 kata2 kata3 kata4 kata5 kata6 kata7 …"), not its word count: 320 words counted`);
  });
});
