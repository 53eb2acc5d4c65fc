/**
 * An answer that is no option label ("sudah ada", "Regulasi sudah ada") costs the reader the same however many cells
 * hold one: what it needs of the indicator — the words of its name that no option says, which lead a text such as
 * "Opini WTP" — is made once per indicator, not at every cell. Counted by the calls of `wordsOf` (NFKC, lower case, a
 * regex split), not timed: `afterSubjectWords` split the indicator's name in both languages again for every unknown
 * option cell, ~0.25 s of a messy 10,000-innovation workbook's read (bench/workbook.mjs --messy, ~31,000 such cells).
 * And a text typed again for the same indicator ("sudah ada" in thousands of cells) is read once: its answer is kept.
 */
import { describe, expect, it, vi } from "vitest";
import { type CellValue, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const calls = vi.hoisted(() => ({ wordsOf: 0 }));
vi.mock("../src/text-words.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/text-words.js")>();
  return { ...real, wordsOf: (s: string) => (calls.wordsOf++, real.wordsOf(s)) };
});

const header = (id: string) => {
  const ind = e2026.indicators.find((i) => i.id === id)!;
  return `${ind.number}. ${ind.name.id}`;
};

/** Three answers per row that name no option: a paraphrase, one led by the indicator's own name, a remark. */
const TYPED: Record<string, string> = { "SID-1": "Regulasi sudah ada", "SID-3": "sudah ada", "SID-8": "lihat lampiran" };

/** `rows` innovations answering {@link TYPED}; `distinct`: each row's texts its own ("sudah ada (baris 7)"). */
function read(rows: number, distinct = false) {
  const grids = templateAsGrids();
  for (let k = 0; k < rows; k++) {
    const row: Record<string, CellValue> = { ...fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", "Kesehatan"), Ditolak: "Tidak" };
    for (const [id, text] of Object.entries(TYPED)) row[header(id)] = distinct ? `${text} (baris ${k + 1})` : text;
    addRow(grids["Inovasi"]!, row);
  }
  calls.wordsOf = 0;
  const r = readWorkbook(grids);
  expect(r.input!.innovations).toHaveLength(rows);
  return { wordsOf: calls.wordsOf, answers: r.input!.innovations.at(-1)!.answers };
}

describe("answers that name no option, in many cells: the indicator's words are made once", () => {
  it("the texts are kept as typed (unknown options, for the core to say)", () => {
    const { answers } = read(2);
    expect(Object.fromEntries(Object.keys(TYPED).map((id) => [id, answers[id]?.option]))).toEqual(TYPED);
  });

  it("200 more rows (600 unknown option cells, each text new) split at most the typed texts' own words: ≤ 3 splits a cell (4.67 when the name was split at each)", () => {
    read(5, true); // the indicators' indexes, built once per process
    const few = read(50, true);
    const many = read(250, true);
    expect((many.wordsOf - few.wordsOf) / (200 * Object.keys(TYPED).length)).toBeLessThanOrEqual(3);
  });

  it("the same three texts in 200 more rows are read once: no split at all for the cells added", () => {
    read(5);
    const few = read(50);
    const many = read(250);
    expect(many.wordsOf - few.wordsOf).toBe(0);
  });
});
