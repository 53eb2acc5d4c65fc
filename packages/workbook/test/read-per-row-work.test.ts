/**
 * The reader's work per innovation row stays the same however many rows there are: work done for the header (its
 * columns' words) is done once per header row, not again at every row under it. Counted by the calls of `headerKey`
 * (the words of a header text, two regular expressions), not timed: msgs28 computed the header's keys at every row and
 * a 10,000-innovation workbook took 17 s to read instead of 1 s (bench/workbook.mjs).
 */
import { describe, expect, it, vi } from "vitest";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";
import { blockOrder } from "./pasted-block.js";

const calls = vi.hoisted(() => ({ headerKey: 0 }));
vi.mock("../src/header-words.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/header-words.js")>();
  return { ...real, headerKey: (text: string) => (calls.headerKey++, real.headerKey(text)) };
});

/** `rows` innovations; `block`: the second half pasted under the header in another order (blocks31), read with its layout. */
function headerKeyCalls(rows: number, block = false): number {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  const head = g.cells[0]!;
  const order = blockOrder(head);
  for (let k = 0; k < rows; k++) {
    if (block && k === rows / 2) g.cells.push(order.map((c) => head[c]!));
    addRow(g, { ...fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", "Kesehatan"), Ditolak: "Tidak" });
    if (block && k >= rows / 2) { const row = g.cells[g.cells.length - 1]!; g.cells[g.cells.length - 1] = order.map((c) => row[c]!); }
  }
  calls.headerKey = 0;
  const read = readWorkbook(grids);
  expect(read.input!.innovations).toHaveLength(rows);
  expect(read.source.innovations!.blocks?.length ?? 0).toBe(block ? 1 : 0);
  return calls.headerKey;
}

describe("reading an Inovasi sheet: the header's work is not repeated at every row", () => {
  it("200 more rows cost at most a few header-word look-ups each (the name cell read as a possible repeated header)", () => {
    headerKeyCalls(5); // the profile columns' words, built once per process
    const few = headerKeyCalls(50);
    const many = headerKeyCalls(250);
    expect((many - few) / 200).toBeLessThanOrEqual(4);
  });
  it("rows in a block read with its own header's layout cost the same: the layout is made once, at its header", () => {
    headerKeyCalls(6, true);
    const few = headerKeyCalls(50, true);
    const many = headerKeyCalls(250, true);
    expect((many - few) / 200).toBeLessThanOrEqual(4);
  });
});
