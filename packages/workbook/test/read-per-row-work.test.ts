/**
 * The reader's work per innovation row stays the same however many rows there are: work done for the header (its
 * columns' words) is done once per header row, not again at every row under it. Counted by the calls of `headerKey`
 * (the words of a header text, two regular expressions), not timed: msgs28 computed the header's keys at every row and
 * a 10,000-innovation workbook took 17 s to read instead of 1 s (bench/workbook.mjs).
 */
import { describe, expect, it, vi } from "vitest";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const calls = vi.hoisted(() => ({ headerKey: 0 }));
vi.mock("../src/header-words.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/header-words.js")>();
  return { ...real, headerKey: (text: string) => (calls.headerKey++, real.headerKey(text)) };
});

function headerKeyCalls(rows: number): number {
  const grids = templateAsGrids();
  for (let k = 0; k < rows; k++) addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", "Kesehatan"), Ditolak: "Tidak" });
  calls.headerKey = 0;
  const read = readWorkbook(grids);
  expect(read.input!.innovations).toHaveLength(rows);
  return calls.headerKey;
}

describe("reading an Inovasi sheet: the header's work is not repeated at every row", () => {
  it("200 more rows cost at most a few header-word look-ups each (the name cell read as a possible repeated header)", () => {
    headerKeyCalls(5); // the profile columns' words, built once per process
    const few = headerKeyCalls(50);
    const many = headerKeyCalls(250);
    expect((many - few) / 200).toBeLessThanOrEqual(4);
  });
});
